"""One quantity written twice with its digits in another order: 配备专职调解员58名 … 加强对
85名调解员的培训; 辖区规模以上企业132家 … 为123家规模以上企业开展法律体检; 县级储备粮规模
3.4万吨 … 对4.3万吨县级储备粮开展检查.

A slip of the keys swaps digits. Two exact figures of one kind of measure word whose digits
are the same ones in another order, and whose nouns name one thing, are read as one
quantity written twice, whatever the order of the words around them: the noun may stand
before one figure and after the other's measure word, and one may add words in front (专职
调解员 and 调解员). The digits make the match: two values that merely differ (26名 and 30名)
are left to repeats.py and stocks.py, which ask more of the words.

Set apart, because they are other quantities: a figure of another kind of measure (人 and
人次), of another time (上年, 2022年, a plan's target), a subset or a change (其中, 新增,
参训, 持证 …), a figure the two values of one sentence compare (由40件降至30件), a figure
another organ owns (邀请县执法局32名执法人员, 上级, 市…局), and nouns that differ other
than by words in front (东村调解员 and 西村调解员).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..lazyregex import lazy_compile
from .counted import events_of, label, noun_after
from .quantities import Figure
from .spans import CLAUSE_MARKS, WORD
from .stocks import Twice

# Measure words that count the same things: people (58名, 85人), sessions, cases.
_KIND_OF_UNIT = {"名": "人", "位": "人", "场次": "场", "起": "件", "宗": "件"}
# Words after a noun that name its size, not another thing: 储备粮规模 is 储备粮.
_SIZE = lazy_compile(r"(?:保护面积|总规模|规模|总量|数量|总数|人数|户数|家数|面积)$")
# Words in a figure's clause that make it another quantity: another time, a plan, a part,
# a change, what some of them did or hold (参训, 持证), a comparison.
_OTHER = lazy_compile(
    r"上年|去年|同期|上一年|前年|上半年|下半年|季度|\d{1,2}月|计划|目标|预计|力争|争取|确保|拟"
    r"|其中|分别|部分|新增|新建|新培育|新聘|新招|参训|参加|参与|持证|累计|同比|环比|较|比上"
    r"|由|增加|减少|增长|下降|降至|增至|降低|提高|不足|超过|(?<!规模)(?<!限额)以上|以下|占|率"
)
# Words in front of a noun, anywhere, that make it a part of it: a kind, a procedure, a
# place, a group of people (简易程序行政处罚案件, 东村调解员, 女性调解员).
_NARROWER = lazy_compile(
    r"简易|程序|一般|普通|涉企|涉|婚姻|家庭|邻里|土地|劳动|女|男|未成年|青少年|重点|重大|兼职"
    r"|村|社区|东|西|南|北|中|新|老|少数|困难|特殊|骨干|优秀|示范"
)
# Words anywhere in the sentence before a figure that make it another time's or a plan's.
_OTHER_TIME = lazy_compile(
    r"上年|去年|同期|上一年|前年|以来|历年|近年|近[两三五]年|多年|计划|目标|力争|争取|预计"
)
# Words before a figure, or in its noun, that make it another organ's: a county's, district's
# or city's office (县执法局, 区司法局, 市中级人民法院), the level above, one invited
# (邀请县执法局32名执法人员): their staff are not the report's own.
_OTHER_ORGAN = lazy_compile(
    rf"邀请|上级|(?<![社辖园景片城小校街全])区(?!域|内|级|划){WORD}{{0,8}}?局"
    rf"|(?<![全])县(?!级|域|内|城){WORD}{{0,8}}?局"
    rf"|(?<![城超都全])市(?!场|民|容|级|域|内|政){WORD}{{0,10}}?(?:局|院|委|办|厅|中心|部|队)"
)
_YEAR = lazy_compile(r"((?:19|20)\d\d)年")
_HAN = lazy_compile(WORD)
_WORDS = lazy_compile(f"{WORD}+")
# Words before a figure that make it a figure per unit: 每个网格配备2名, 人均3次 (after
# it, 每月 says how often, not per what).
_PER = lazy_compile(r"每|人均|平均|户均|村均")
_MIN_NOUN = 3  # 调解员: a noun of two characters (企业, 案件) names too many things
_MIN_DIGITS = 2


class _Read(NamedTuple):
    text: int
    figure: Figure
    nouns: tuple[tuple[str, bool], ...]  # the noun before the figure, the noun after its
    # measure word (True), which may run on into the words of the clause
    span: tuple[int, int]
    years: frozenset[str]
    events: frozenset[str]  # what was done that it counts (核查, 整改), none for a stock


def _digits(figure: Figure) -> str | None:
    """The digits of an exact Arabic figure, as written (3.4 of 3.4万吨), or None."""
    number = figure.written
    if not figure.exact or figure.percent or not number[:1].isdigit():
        return None
    digits = "".join(c for c in number if c.isdigit())
    if len(digits) < _MIN_DIGITS or len(set(digits)) < _MIN_DIGITS:
        return None  # 8名 has no order; 11名 and 11名 are one value
    return digits


def _shape(figure: Figure, digits: str) -> tuple[object, ...]:
    """What two figures with swapped digits share: the digits, their number and where the
    point stands, the scale and the kind of measure word."""
    point = figure.written.find(".")
    unit = _KIND_OF_UNIT.get(figure.unit, figure.unit)
    return ("".join(sorted(digits)), len(digits), point, figure.scale, unit)


def _clause(text: str, figure: Figure) -> tuple[int, int]:
    """The words of the figure's clause, from the mark before it to the mark after it."""
    start = figure.start
    while start > 0 and text[start - 1] not in CLAUSE_MARKS:
        start -= 1
    end = figure.end
    while end < len(text) and text[end] not in CLAUSE_MARKS:
        end += 1
    return start, end


def _noun(words: str) -> str:
    return _SIZE.sub("", words) if len(words) > _MIN_NOUN else words


def _read(index: int, text: str, figure: Figure) -> _Read | None:
    """The figure's nouns, or None when its clause makes it another quantity."""
    start, end = _clause(text, figure)
    if _OTHER.search(text, start, figure.start) or _OTHER.search(text, figure.end, end):
        return None
    if _PER.search(text, start, figure.start):
        return None
    sentence = text.rfind("。", 0, start) + 1
    if _OTHER_TIME.search(text, sentence, figure.start):
        return None
    before = _noun(label(text[start : figure.start]))
    after = _noun(noun_after(text, figure.end))
    if _OTHER_ORGAN.search(text[start : figure.start] + after):
        return None  # 邀请县执法局32名执法人员: another organ's staff, not ours
    # The clause's words after the measure word as they stand, for a noun that holds a
    # verb (人民调解委员会 holds 调解, where noun_after stops).
    words = _WORDS.match(text, figure.end)
    rest = words.group() if words else ""
    nouns = tuple(
        (noun, runs_on)
        for noun, runs_on in ((before, False), (after, True), (rest, True))
        if len(_HAN.findall(noun)) >= _MIN_NOUN and len(noun) == len(_HAN.findall(noun))
    )
    if not nouns:
        return None
    span_end = figure.end + len(after) if after else figure.end
    years = frozenset(_YEAR.findall(text, sentence, figure.start))
    events = events_of(text, figure, text[start : figure.start])
    return _Read(index, figure, nouns, (start, span_end), years, events)


def _one_thing(one: _Read, other: _Read) -> str:
    """The noun both count ("" when none): equal, or one the other with words in front that
    narrow nothing (专职调解员 and 调解员); two counts of different events (核查 and 整改
    of one noun) are two quantities."""
    if one.events and other.events and not one.events & other.events:
        return ""
    for a in one.nouns:
        for b in other.nouns:
            shared = _shared(a, b) or _shared(b, a)
            if shared:
                return shared
    return ""


def _shared(one: tuple[str, bool], other: tuple[str, bool]) -> str:
    """The longest end of `one`'s noun that `other`'s ends with (专职调解员, 调解员) or, when
    it runs on into its clause, begins with (网格员购买保险); neither with a narrowing word
    in front."""
    (noun, _), (words, runs_on) = one, other
    for size in range(min(len(noun), len(words)), _MIN_NOUN - 1, -1):
        tail = noun[-size:]
        if _NARROWER.search(noun[:-size]):
            return ""
        if words.endswith(tail) and not _NARROWER.search(words[:-size]):
            return tail
        if runs_on and words.startswith(tail):
            return tail
    return ""


def transposed_figures(texts: Sequence[tuple[str, Sequence[Figure]]]) -> list[Twice]:
    """Each later figure of `texts` whose digits an earlier figure of the same quantity
    holds in another order (the texts in the report's order, the plans left out)."""
    groups: dict[tuple[object, ...], list[_Read]] = {}
    for index, (text, found) in enumerate(texts):
        for figure in found:
            digits = _digits(figure)
            if digits is None:
                continue
            read = _read(index, text, figure)
            if read is not None:
                groups.setdefault(_shape(figure, digits), []).append(read)
    result: list[Twice] = []
    for places in groups.values():
        for later_at, later in enumerate(places):
            for earlier in places[:later_at]:
                if earlier.figure.value == later.figure.value:
                    continue
                if earlier.years and later.years and earlier.years != later.years:
                    continue  # 2022年，… and 2023年，…
                noun = _one_thing(earlier, later)
                if noun:
                    result.append(
                        Twice(
                            noun,
                            earlier.text,
                            earlier.figure,
                            earlier.span,
                            later.text,
                            later.figure,
                            later.span,
                        )
                    )
                    break
    return sorted(result, key=lambda t: (t.second_text, t.second.start))
