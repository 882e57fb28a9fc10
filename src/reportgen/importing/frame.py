"""What the lines around the numbered body are: organ names, titles, years, places.

top.py reads what stands above the body, bottom.py what stands below it; both ask
these questions of a line.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from .. import numbering
from ..chinese import HAN
from ..lazyregex import lazy_compile
from ..organs import is_organ_name
from ..structure import read_heading
from .joint import split_names

# A title of the genre ends in 报告 (or 总结, 情况), perhaps with a bracketed remark.
_TITLE_END = lazy_compile(r"(?:报告|总结|情况|汇报)(?:[（(][^）)]{1,20}[）)])?$")
SENTENCE_MARKS = lazy_compile(r"[。；！？!?;：:]")
YEAR = lazy_compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
_CHINESE_YEAR = lazy_compile(r"([〇○O零一二三四五六七八九]{4})年")


# Half-width marks a copy (or a site) put for the full-width ones: read as those, kept as typed.
_HALF_WIDTH = str.maketrans(
    {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"}
)


def reading(text: str) -> str:
    """The line as import reads its marks: 2021年,在… as 2021年，在…; the same length, so
    a position found in it is the position in the line."""
    return text.translate(_HALF_WIDTH)


def names_on_line(text: str) -> list[str] | None:
    """The organ names a line consists of (separated by spaces or 、), or None."""
    names = [name for name in re.split(r"[\s\u3000、]+", text) if name]
    if read_heading(text) is not None or len(text) > 80:
        return None
    if names and all(is_organ_name(name) for name in names):
        return split_names(names)  # 中共青石县委青石县人民政府: two organs, run together
    return None


def is_prose(text: str) -> bool:
    text = reading(text)
    return "。" in text or "，" in text or len(text) > 50


def reads_as_title(text: str) -> bool:
    text = reading(text)
    return (
        6 <= len(text) <= 90
        and not text.startswith("的")  # 的报告（三）: the tail of a line, never a title
        and not SENTENCE_MARKS.search(text)
        and "，" not in text
        and bool(_TITLE_END.search(text))
        and read_heading(text) is None
    )


# What a document's own title says, as a line that merely ends in 报告 need not: 关于, a
# year, its subject.
_NAMES_SUBJECT = lazy_compile(r"关于|(?:19|20)\d{2}|[〇零一二三四五六七八九]{4}年|法治|依法|法制")


def names_its_subject(text: str) -> bool:
    return bool(_NAMES_SUBJECT.search(reading(text)))


# What a report of the genre is about, as its title says it.
_SUBJECT_WORDS = lazy_compile(r"法治政府建设|法治建设|依法行政|法治政府|法制")
# A report's own title ends in 报告 (or 总结); …工作情况 under a title is the opening's.
_REPORT_END = lazy_compile(r"(?:报告|总结)(?:[（(][^）)]{1,20}[）)])?$")


def restates(headline: str, title: str) -> bool:
    """Whether `title`, under `headline`, is the same year's report on the same subject
    in its own wording (青山镇2024年度法治政府建设情况报告 over 青山县青山镇人民政府
    关于2024年法治政府建设情况的报告): the page's headline, then the document's title."""
    years = title_year(headline), title_year(title)
    topics = _SUBJECT_WORDS.search(reading(headline)), _SUBJECT_WORDS.search(reading(title))
    return (
        bool(_REPORT_END.search(reading(title)))
        and years[1] is not None
        and years[0] in (None, years[1])
        and topics[0] is not None
        and topics[1] is not None
        and topics[0].group() == topics[1].group()
    )


def without_stray_spaces(title: str) -> str:
    """The title without the spaces a page or a clerk left inside it (…法治政府建设 工作
    情况报告, 青 石 县 …, 青石经开区管委 会关于…, 2024 年): a space inside a word or a
    name is never the title's. What stays: a space after an organ's whole name (between
    the two organs of a joint title, 中共青石县委 青石县人民政府关于…, or before what the
    organ reports on), as wide as printed, and one between two Latin words or numbers."""
    pieces = re.split(r"([\s\u3000]+)", title.strip())
    kept, word = pieces[0], pieces[0]  # `word`: the text since the last space kept
    # 青 石 县 人 民 政 府 关 于: typed letter by letter, no space is the title's
    spaced = all(len(piece) <= 2 for piece in pieces[::2] if _HAN_CHAR.search(piece))
    for at in range(1, len(pieces), 2):
        space, after = pieces[at], pieces[at + 1]
        if not spaced and _name_ends(word, after):
            kept, word = kept + space + after, after
        else:
            kept, word = kept + _latin_space(pieces[at - 1], after) + after, word + after
    return kept


def _latin_space(before: str, after: str) -> str:
    """One space between two Latin words or numbers (COVID 19); none beside a Chinese
    character, none between letters or digits typed apart (2 0 2 4)."""
    left, right = _LATIN_END.search(before), _LATIN_START.match(after)
    return " " if left and right and max(len(left.group()), len(right.group())) > 1 else ""


def _name_ends(word: str, after: str) -> bool:
    """Whether `word` ends in an organ's whole name: `after` starts a second organ
    (中共青石县委 / 青石县人民政府…) or does not go on with the name (青石县司法局 /
    关于…); never where it does (青石经开区管委 / 会关于…: 青石经开区管委会 is one name)."""
    if not is_organ_name(word):
        return False
    heads = [after[:end] for end in range(1, min(len(after), 16) + 1)]
    if any(is_organ_name(head) and not _PLACE_ONLY.search(head) for head in heads[2:]):
        return True
    return not any(is_organ_name(word + head) for head in heads)


_PLACE_ONLY = lazy_compile(r"(?:镇|乡|街道)$")


_HAN_CHAR = lazy_compile(rf"[{HAN}]")
_LATIN_END = lazy_compile(r"[A-Za-z0-9]+$")
_LATIN_START = lazy_compile(r"^[A-Za-z0-9]+")


def letter_spaced(text: str) -> str | None:
    """A line typed with spaces between its characters or words (青 石 县 人 民 政 府,
    关 于 2024 年 度 …的 报 告) that reads, without them, as an organ's name or a title
    of the genre and does not with them: the line without them; else None."""
    squeezed = without_stray_spaces(text)
    if squeezed == text.strip():
        return None
    spaced = all(len(piece) <= 2 for piece in text.split())  # 青 石 县, not 发布机构 青石县…
    if spaced and names_on_line(squeezed) and not names_on_line(text):
        return squeezed
    if reads_as_title(squeezed) and not reads_as_title(text):
        return squeezed
    return None


def ends_as_title(text: str) -> bool:
    """Whether a line without sentence marks ends as a title of the genre (…的报告), as
    the last of a title's lines does."""
    text = reading(text)
    return bool(_TITLE_END.search(text)) and not SENTENCE_MARKS.search(text) and "，" not in text


# The organ a title starts with, before 关于 or its year.
_LEADING_ORGAN = lazy_compile(r"^(?!关于)(\S{2,30}?)(?:关于|(?:19|20)\d{2}\s*年)")


def own_organ(title: str) -> str | None:
    """The organ a title starts with (临溪县交通运输局2024年…报告), or None; never what
    stands after 关于 (关于临溪县柳湾镇2024年…: the subject, not the sender)."""
    found = _LEADING_ORGAN.match(title)
    return found.group(1) if found and is_organ_name(found.group(1)) else None


# What an organ's name adds to its place: 柳湾镇人民政府 is 柳湾镇's government.
_FORMAL_END = lazy_compile(r"(?:人民政府|政府|办事处|管理委员会)$")


# What may stand in front of a place's name in a longer name of it: a whole place above it
# (临溪县柳湾镇), never a piece of another name (柳河镇 is not 河镇, 东城关镇 not 城关镇).
_ABOVE = lazy_compile(r"(?:^|[省市县区旗州盟])$")


def same_organ(name: str, other: str) -> bool:
    """Whether two names are one organ, one of them with its city in front: 柳湾镇人民政府
    and 临溪县柳湾镇 (or 临溪县柳湾镇人民政府)."""
    short, long = sorted((_FORMAL_END.sub("", name), _FORMAL_END.sub("", other)), key=len)
    if len(short) < 2 or PLACE.match(short) is None or not long.endswith(short):
        return False
    return _ABOVE.search(long[: len(long) - len(short)]) is not None


# An organ's name with a slip in its ending (青山县人民政, 青山镇人民政付): its place, then
# a few characters most of which are those of an organ's ending.
_SLIPPED = lazy_compile(rf"^([{HAN}]{{2,20}}(?:省|市|县|区|镇|乡|街道|旗))([{HAN}]{{2,5}})$")
_ENDINGS = ("人民政府", "办事处", "管理委员会", "委员会")


def slipped_organ(line: str, title: str) -> bool:
    """Whether `line` is an organ's name typed with a slip in its ending, over a title
    that names the same place: the title's first line, as typed (never corrected)."""
    found = _SLIPPED.match(line.strip())
    if found is None or is_organ_name(line.strip()) or found.group(1) not in reading(title):
        return False
    ending = found.group(2)
    return any(SequenceMatcher(None, ending, end).ratio() >= 0.6 for end in _ENDINGS)


def title_year(title: str) -> int | None:
    found = YEAR.search(title)
    if found:
        return int(found.group(1))
    chinese = _CHINESE_YEAR.search(title)
    if chinese:
        day = numbering.read_date(chinese.group(0) + "一月一日")
        return day.year if day else None
    return None


# A place named without its organ: 白鹭乡, 金桥街道, 澜江区; the organ's formal name adds
# what the place's government is called.
PLACE = lazy_compile(rf"^[{HAN}]{{1,12}}(?:镇|乡|街道|县|区|市|旗)$")
_FORMAL = {"街道": "办事处"}


def formal_name(place: str) -> str:
    """白鹭乡 → 白鹭乡人民政府, 金桥街道 → 金桥街道办事处."""
    return place + next((v for k, v in _FORMAL.items() if place.endswith(k)), "人民政府")


_SUBJECT = lazy_compile(
    rf"^(?:(?:19|20)\d{{2}}年(?:度|以来)?，)?(?:一年来，)?(?!根据|按照|依据|遵照|对照|结合)"
    rf"([{HAN}]{{2,12}}?)(?:在|坚持|以|始终|认真|深入|全面|紧紧|围绕|聚焦)"
)


def opening_subject(opening: list[str]) -> str | None:
    """Who an opening says acted: 2023年，青石镇坚持… → 青石镇; 县司法局在… → 县司法局."""
    for paragraph in opening[:1]:
        for sentence in reading(paragraph).split("。")[:2]:
            found = _SUBJECT.match(sentence)
            if found:
                return found.group(1)
    return None


def full_name(short: str, texts: list[str]) -> str | None:
    """县司法局 → 松川县司法局, as the text writes it in full somewhere: after a mark
    (《松川县司法局…》), else with a two-character place name; the most frequent."""
    if not (short[:1] in "县区市镇乡" and is_organ_name(short)):
        return None
    after_mark = re.compile(rf"(?:^|(?<=[^{HAN}]))[{HAN}]{{2,4}}{re.escape(short)}")
    anywhere = re.compile(rf"[{HAN}]{{2}}{re.escape(short)}")
    for pattern in (after_mark, anywhere):
        found = Counter(m.group() for text in texts for m in pattern.finditer(text))
        if found:
            return found.most_common(1)[0][0]
    return None
