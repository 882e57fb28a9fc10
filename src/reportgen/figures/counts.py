"""A count the text announces (三项制度, 五个方面, “四进”) against the items it lists.

Two shapes. The count first, then a colon (or ——, 即, 包括) and the items: numbered
(一是…二是…, （一）…, 1.…, ①…), 《》 titles, quoted items side by side (“A”“B”“C”, read
as probable), or words joined by 、 or ；. The items first,
then the count: 《A》《B》等4项制度, “校园、家庭、社会、政法”四位一体, 县、乡、村三级.

A numbered list, a run of titles or a quoted list is closed: any other number of items is a
contradiction. A list that ends in 等 may be some of the items only: it contradicts the count
only by having more. Words joined by 、 are certain only when they are more than announced
and the sentence ends with them: with fewer, one item may hold a 、 (组织干部、群众学习), and
before a comma the list may go on; those give a probable finding. A quoted count's word
(注重 of “三个注重”, 进 of “四进”) marks its items, also when commas join them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..lazyregex import lazy_compile
from .numerals import chinese_value
from .spans import WORD, lazy

_NUMBER = r"[一二两三四五六七八九十]{1,3}|\d{1,2}"
_KIND = r"个方面|方面|个|项|条|类|种|大|批|点|支|部|家|所|件|张|套|级|步|本|份|篇|位"
_INTRO = r"：|:|——|--|，即|即|，包括|包括|，分别是|分别是|，分别为|分别为|（"
# The regexes start with the number (their lookbehinds are done in Python, _counted), so
# that they are tried only where a numeral stands, not at every character.
_NOT_COUNTED_AFTER = frozenset("第0123456789一二三四五六七八九十两")
_ANNOUNCED = lazy_compile(
    rf"(?:(?P<num>{_NUMBER})(?P<kind>{_KIND})|“(?P<qnum>{_NUMBER})(?P<qword>{WORD}{{1,3}})”)"
    rf"(?P<noun>(?:{WORD}|[“”]){{0,10}}?)(?P<intro>{_INTRO}|。(?=[一（(1①第]))"
)
_COUNT_AFTER = lazy_compile(
    rf"(?P<num>{_NUMBER})(?P<kind>{_KIND}|位一体)"
    rf"(?={WORD})"
)
# Words that make the words after a count a statement of its own (…全部覆盖。), not the
# name of what a list after the full stop counts.
_STATED = lazy(r"全部|均|都|已|覆盖|完成|建成|实现|达到")
_KIND_OF = lazy(rf"(?<=[\d一二两三四五六七八九十])(?:{_KIND})")
_ORDINAL_FAMILIES = (
    lazy_compile(r"(?:^|(?<=[。；：:，！？”\s]))([一二三四五六七八九十]{1,2})是"),
    lazy_compile(r"[（(]([一二三四五六七八九十]{1,2})[）)]"),
    lazy_compile(r"[（(](\d{1,2})[）)]"),
    lazy_compile(r"(?:^|(?<=[。；：:\s]))(\d{1,2})[.、．](?!\d)"),
    lazy_compile(r"([①②③④⑤⑥⑦⑧⑨⑩])"),
    lazy_compile(r"(?:^|(?<=[。；：:\s]))第([一二三四五六七八九十]{1,2})[，、：:]"),
)
_TITLES = lazy_compile(r"(?:《[^《》]{1,60}》(?:、|和|及|与|以及)?)+")
_TITLES_BEFORE = lazy_compile(r"(?:《[^《》]{1,60}》(?:、|和|及|与|以及)?)+$")
# Quoted items one after another, no 、 between: “法律进村”“法律进校”“法律进企”.
_QUOTED_RUN = lazy_compile(r"(?:“[^“”。；]{1,30}”){2,}(?:(?:和|及|与|以及)“[^“”。；]{1,30}”)?")
_QUOTED_RUN_BEFORE = lazy_compile(r"(?:“[^“”。；]{1,30}”){2,}$")
_QUOTED_BEFORE = lazy_compile(r"“([^“”]{1,80})”$")
# An unquoted list before its count: only counts of levels and sides (县、乡、村三级;
# 思想、组织、作风三个方面), where the items are what is counted. In 在东村、西村建成3个
# 调解室 the count is of something else.
_GROUPINGS = frozenset({"级", "位一体", "方面", "个方面", "大"})
_LOOK_BACK = 300  # a list and its count stand close together: no scan from the text's start
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
_CLAUSE_END = lazy_compile(r"[，,。；;！？!?]")
_JOINED = lazy_compile(r"和|及|与|以及")
_NOUN = lazy_compile(f"{WORD}{{0,2}}")
_ITEM_MARKS = lazy_compile(r"[，,；;、]")
_CLAUSE_START = lazy_compile(r"[，,。；;：:“”（）()！？]|\d")
# Names that begin with a number and count nothing a list could give: ordinals (党的二十大,
# 二十届三中全会, “十四五”规划, “八五”普法) and the fixed phrases of the genre (“两个维护”,
# “四个意识”, “三农”, 中央八项规定), whose items no report lists to be counted.
_NAMES = lazy(
    r"(?:十[一二三四五六七八九]|二十)[大届]|十[一二三四五六]五|[六七八九]五(?=”?(?:普法|法治宣传))"
    r"|两会|三农|四风|两学一做|三严三实|三会一课|一岗双责|三重一大|两个责任|四下基层"
    r"|四个意识|四个自信|两个维护|两个确立|四个全面|五位一体|三个务必|三个代表|八项规定"
)

# What a quoted count names when it is a class of members, not a set of items: “四上”企业
# (规模以上 and 限额以上 in four sectors), “两新”组织, “五小”行业, “三无”人员.
_CLASS = lazy(r"企业|组织|行业|单位|人员|群体|主体|场所|产品|农产品|商户|经营户|门店")
_NUMERALS = frozenset("一二两三四五六七八九十0123456789")


class Listing(NamedTuple):
    """The items a text lists at some place."""

    items: int  # how many
    closed: bool  # no other item can belong: numbered, titles, quoted, or the sentence ends
    partial: bool  # ends in 等: some of the items only
    end: int
    joined: bool = False  # the last item holds 和/及: it may be two (A、B和C)
    loose: bool = False  # words joined by 、: too few may be one item with a 、 in it


class Announcement(NamedTuple):
    start: int
    end: int  # where the items begin
    number: int
    written: str  # 三项制度, “四进”
    key: str = ""  # the word each item of a quoted count repeats: 注重 of “三个注重”


class Mismatch(NamedTuple):
    """A count the items listed with it contradict."""

    announcement: Announcement
    listing: Listing
    certain: bool
    span: tuple[int, int] = (0, 0)  # the count and its items in the text


def number_value(written: str) -> int | None:
    return int(written) if written.isdigit() else chinese_value(written)


def _ordinal(family: int, written: str) -> int | None:
    if family == 4:
        return _CIRCLED.index(written) + 1
    return number_value(written)


def ordinals(text: str, start: int) -> Listing | None:
    """A numbered list beginning at `start` (一是 …): its consecutive run from 1."""
    for family, pattern in enumerate(_ORDINAL_FAMILIES):
        first = pattern.match(text, start)
        if first is None or _ordinal(family, first.group(1)) != 1:
            continue
        count, end = 0, first.end()
        for match in pattern.finditer(text, start):
            if _ordinal(family, match.group(1)) != count + 1:
                break
            count, end = count + 1, match.end()
        return Listing(count, True, False, len(text) if count else end)
    return None


def _depth_zero_split(text: str, mark: str) -> list[str]:
    items: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        depth += char in "《“（(‘"
        depth -= char in "》”）)’"
        if char == mark and depth == 0:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return items


def listed_after(text: str, start: int, bracket: bool = False) -> Listing | None:
    """The items listed from `start` to the end of their list, or None if none is there."""
    while start < len(text) and text[start].isspace():
        start += 1
    numbered = ordinals(text, start)
    if numbered is not None:
        return numbered
    titles = _TITLES.match(text, start)
    if titles:
        end = titles.end()
        partial = text.startswith("等", end)
        return Listing(titles.group().count("《"), True, partial, end)
    quoted = _QUOTED_RUN.match(text, start)
    if quoted:
        # Read as probable: a quoted item may be a slogan of the item before it.
        end = quoted.end()
        partial = text.startswith("等", end)
        return Listing(quoted.group().count("“"), False, partial, end)
    stop = _CLAUSE_END.search(text, start)
    if bracket:
        closing = text.find("）", start)
        stop_at = closing if closing >= 0 else len(text)
    else:
        stop_at = stop.start() if stop else len(text)
    clause = text[start:stop_at]
    items = _depth_zero_split(clause, "、")
    partial = clause.rstrip().endswith("等") or text.startswith("等", stop_at)
    closing_mark = text[stop_at : stop_at + 1]
    if bracket and len(items) < 2:
        return None
    if len(items) > 1:
        closed = bracket or closing_mark in ("。", "；", ";", "") or partial
        joined = bool(_JOINED.search(items[-1]))
        return Listing(len(items), closed and not joined, partial, stop_at, joined, True)
    sentence_end = text.find("。", start)
    sentence = text[start : sentence_end if sentence_end >= 0 else len(text)]
    pieces = [p for p in _depth_zero_split(sentence, "；") if p.strip()]
    if len(pieces) > 1:
        return Listing(len(pieces), True, False, start + len(sentence))
    return None


def _counted(text: str, start: int) -> bool:
    """A number at `start` that counts: not 第三 or the tail of 123."""
    return start == 0 or text[start - 1] not in _NOT_COUNTED_AFTER


def _a_name(text: str, match: re.Match[str]) -> bool:
    """The number begins a name (二十大, “十四五”, “两个维护”), not a count."""
    start = match.start("num") if match.group("num") else match.start("qnum")
    return _NAMES().match(text, start) is not None


def _figures_listed(text: str, announcement: Announcement, listing: Listing) -> bool:
    """共受理38件（婚姻纠纷12件、邻里纠纷14件）: the items carry figures of the count's own
    measure word, so they break a total down (N004), they are not 38 items."""
    kind = _KIND_OF().search(announcement.written)
    if kind is None or not listing.loose:
        return False
    figure = re.compile(rf"(?:\d|[一二两三四五六七八九十百千万])+{re.escape(kind.group())}")
    return figure.search(text, announcement.end, listing.end) is not None


def _names_a_class(text: str, match: re.Match[str]) -> bool:
    """A quoted count that is part of a name: two counts in one (“三品一标”), or a class
    whose members the text breaks down (“四上”企业：工业…、建筑业…), not the quote's items."""
    word = (match.group("qword") or "").removeprefix("个")
    if any(char in _NUMERALS for char in word[1:]):
        return True
    return bool(match.group("qnum")) and _CLASS().match(text, match.end("qword") + 1) is not None


def announcements(text: str) -> list[Announcement]:
    found = []
    for match in _ANNOUNCED.finditer(text):
        if match.group("num") and not _counted(text, match.start()):
            continue
        if _a_name(text, match) or _names_a_class(text, match):
            continue
        if match.group("intro").startswith("。") and _STATED().search(match.group("noun")):
            continue  # 全镇12个行政村全部覆盖。1.…: a sentence said of them, then a new list
        written = match.group("num") or match.group("qnum")
        number = number_value(written)
        if number is None or number < 2:
            continue
        written_as = text[match.start() : match.start("intro")]
        key = (match.group("qword") or "").removeprefix("个")
        found.append(Announcement(match.start(), match.end(), number, written_as, key))
    return found


def compare(
    announcement: Announcement, listing: Listing, sure: bool, items_start: int | None = None
) -> Mismatch | None:
    """A Mismatch when the listing has another number of items than announced."""
    count, number = listing.items, announcement.number
    if count == number or (listing.partial and count < number):
        return None
    if listing.joined and number == count + 1:
        return None
    if items_start is None:
        span = (announcement.start, max(listing.end, announcement.end))
    else:
        span = (items_start, announcement.end)
    certain = sure and listing.closed and not (listing.loose and count < number)
    return Mismatch(announcement, listing, certain, span)


def begins_numbered(text: str) -> bool:
    """The text opens with an ordinal of any family: 一是, （一）, 1., ①, 第一，."""
    start = len(text) - len(text.lstrip())
    return any(pattern.match(text, start) for pattern in _ORDINAL_FAMILIES)


def mismatched_counts(text: str) -> tuple[list[Mismatch], Announcement | None]:
    """The counts of `text` its own lists contradict, and a count at the very end of the
    text whose items must be in what follows it (the next point list or sections)."""
    result: list[Mismatch] = []
    trailing = None
    for announcement in announcements(text):
        if not text[announcement.end :].strip():
            trailing = announcement
            continue
        bracket = text[announcement.end - 1] == "（"
        listing = listed_after(text, announcement.end, bracket)
        if announcement.key:
            keyed = _keyed(text, announcement.end, announcement.key)
            if listing is None:
                listing = keyed
            elif keyed is not None and keyed.items == listing.items:
                listing = listing._replace(loose=False)  # “四进”：进A、进B、进C: all there
        if listing is not None and not _figures_listed(text, announcement, listing):
            found = compare(announcement, listing, True)
            if found:
                result.append(found)
    result += _counts_after_lists(text)
    return sorted(result, key=lambda m: m.announcement.start), trailing


def _keyed(text: str, start: int, key: str) -> Listing | None:
    """“三个注重”：注重学习，注重宣传 — the clauses of the sentence that begin or end with
    the word the count repeats, when the items are not joined by 、 or ；."""
    stop = text.find("。", start)
    end = stop if stop >= 0 else len(text)
    clauses = (c.strip() for c in _ITEM_MARKS.split(text[start:end]))
    count = sum(1 for c in clauses if c.startswith(key) or c.endswith(key))
    return Listing(count, False, False, end) if count > 1 else None


def _counts_after_lists(text: str) -> list[Mismatch]:
    """《A》《B》等4项制度, “A、B、C”四位一体, 县、乡、村三级: the items, then their count."""
    result = []
    for match in _COUNT_AFTER.finditer(text):
        number = number_value(match.group("num"))
        if number is None or number < 2 or not _counted(text, match.start()):
            continue
        if _a_name(text, match):
            continue
        start = match.start()
        partial = text.endswith("等", 0, start)
        start -= partial
        noun = _NOUN.match(text, match.end())
        written = match.group() + (noun.group() if noun else "")
        announcement = Announcement(start, match.end(), number, written)
        before = text[max(0, start - _LOOK_BACK) : start]
        offset = start - len(before)
        titles = _TITLES_BEFORE.search(before)
        quoted = _QUOTED_BEFORE.search(before)
        if titles:
            listing = Listing(titles.group().count("《"), True, partial, start)
            sure, items_start = True, offset + titles.start()
        elif run := _QUOTED_RUN_BEFORE.search(before):
            listing = Listing(run.group().count("“"), False, partial, start)
            sure, items_start = False, offset + run.start()
        elif quoted and "、" in quoted.group(1):
            listing = Listing(len(_depth_zero_split(quoted.group(1), "、")), True, partial, start)
            sure, items_start = True, offset + quoted.start()
        elif match.group("kind") not in _GROUPINGS:
            continue
        else:
            clause = _CLAUSE_START.split(before)[-1]
            items = _depth_zero_split(clause, "、")
            if len(items) < 2 or not all(i.strip() for i in items):
                continue  # 四级调解员132名、三级调解员: no list before the count
            if len(items) > number and any(len(i) > 6 for i in items):
                continue  # the first item may begin with other words
            listing = Listing(len(items), False, partial, start, bool(_JOINED.search(items[-1])))
            sure, items_start = False, start - len(clause)
        found = compare(announcement, listing, sure, items_start)
        if found:
            result.append(found)
    return result
