"""The same quantity given twice with two values: 全年调处矛盾纠纷231件 in the opening and
全年调处矛盾纠纷213件 in the body; 接待法律咨询326人次 and, further on, 法律咨询362人次;
完成15个图斑核查整改 and 15个图斑 … 13个图斑; 全乡12个行政村 and 全乡13个行政村.

A figure's quantity is read from its words: the words before it, back to the clause's
start, split into words of time and sum (全年, 今年以来, 共), a scope (全乡, 全镇, 累计,
新增, 现有), a verb or preposition (接待, 完成, 对) and the counted noun that remains
(法律咨询); and, when nothing remains before it, the noun after its measure word (个图斑,
个行政村). Two figures are the same quantity when scope, noun and unit are the same and
their verbs are the same or one has none (法律咨询 is what 接待法律咨询 counted), and the
noun is long enough to name one thing (法律咨询, 矛盾纠纷: four characters; 图斑, 行政村
after a measure word: two).

Figures of another scope are another quantity and are left out: last year's (上年, 去年,
同期, 2022年), a plan's (计划, 目标, 力争), a subset (其中, 专项行动中), the base of a change (同比,
较上年, 由50件增加到…). Both figures must be exact: 300余人 and 320人 may be the same
count. A rate (调解成功率) is matched by its whole name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .quantities import Figure
from .spans import WORD, lazy, leads

_TIME_AND_SUM = r"全年|今年以来|今年|年内|一年来|本年度|本年|共计|一共|总共|共|先后|已经|已|均|全部"
_SCOPE = (
    r"全乡|全镇|全县|全区|全市|全局|全街道|全所|全村|全体|辖区内|辖区|本镇|本乡|本街道"
    r"|累计|新增|新建|现有|已有|共有"
)
_VERB = (
    r"受理|办理|办结|开展|调处|调解|化解|接待|解答|提供|培训|召开|组织|举办|发放|审查|审核"
    r"|处理|排查|走访|收集|提出|出具|完成|建成|建立|设立|配备|打造|创建|培育|评选|选聘|聘请"
    r"|查处|立案|印发|制定|投入|覆盖|实现|涉及|核查|整改|摸排|参与|参加|开通|上报|推送"
    r"|发现|解决|收到|接收|下达|检查|签订|审结|答复|回复|督办|交办|转办|走访|慰问|帮扶|救助"
    r"|追回|挽回|出动"
    r"|对|在|为|向|将|把|从"
)
_HEAD = lazy(rf"(?P<time>{_TIME_AND_SUM})|(?P<scope>{_SCOPE})|(?P<verb>{_VERB})")
_PREPOSITIONS = frozenset("对在为向将把从")
_LINK = re.compile(r"(?:达到了?|达|为|有|了|是|数)+$")
# Words that make a figure another scope's: last year, a plan, a subset, a change's base.
_OTHER_SCOPE = lazy(
    r"上年|去年|同期|上一年|前年|半年|月份?|季度|计划|拟|目标|预计|力争|任务|确保|争取|要求"
    r"|其中|分别|同比|较|比上|由|从|增加|减少|增长|下降|以上|以下|\d"
)
# Where the noun after a measure word ends: a verb, an adverb or a particle of the clause.
_NOUN_END = lazy(
    rf"{_VERB}|进行|全部|均|已|都|的|和|及|与|中|共|被|内|等|达|实施|全面|基本|逐一|顺利"
)
_HAN = re.compile(WORD)
_CLAUSE_START = "，,；;：:。！？!?…—\n "
_SUBSET = re.compile(r"其中|分别|含|专项|行动中|活动中|期间|中，")
_LAST_YEAR = re.compile(r"上年|去年|同期|上一年|前年")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_NOUN_AFTER = re.compile(f"{WORD}{{2,6}}")
_MIN_NOUN = 4  # 法律咨询, 矛盾纠纷: a noun that names one thing
_MIN_NOUN_AFTER = 2  # 个图斑, 个行政村
_MIN_WORDS = 6  # 调处矛盾纠纷: a verb and its object, when the noun is shorter
_MIN_RATE_WORDS = 5  # 调解成功率


class Repeat(NamedTuple):
    """A quantity the text gives twice, with two values."""

    label: str  # what it counts, as the message names it: 法律咨询, 个行政村
    first_text: int  # index into the texts
    first: Figure
    second_text: int
    second: Figure
    first_span: tuple[int, int] = (0, 0)  # the words and the figure, in each text
    second_span: tuple[int, int] = (0, 0)


class _Quantity(NamedTuple):
    scope: str
    verb: str
    noun: str  # the counted noun before the figure, or its measure word and the noun after
    after: bool  # the noun follows the measure word (12个行政村)
    shown: str  # what the message calls it
    span: tuple[int, int]
    years: frozenset[str]  # the years its sentence names before it (2022年，…)


def label(words: str) -> str:
    """What a figure counts, from the words leading up to it: 全年共调处矛盾纠纷 → 调处矛盾纠纷."""
    return _quantity_words(words)[2]


def _quantity_words(words: str) -> tuple[str, str, str]:
    """(scope, verb, what remains) of the words before a figure."""
    rest = _LINK.sub("", words.strip())
    scope, verb = "", ""
    while rest:
        head = _HEAD().match(rest)
        if head is None:
            break
        if head.group("scope"):
            scope += head.group()
        elif head.group("verb"):
            verb += head.group()
        rest = rest[head.end() :]
    return scope, verb, rest


def _quantity(text: str, figure: Figure, words: str) -> _Quantity | None:
    """What `figure` counts, or None when it is not a count to compare (another scope,
    approximate, a noun too short to name one thing)."""
    if not figure.exact or _OTHER_SCOPE().search(words):
        return None
    start = figure.start - len(words.lstrip())  # the clause's words and the figure
    if start > 0 and text[start - 1] not in _CLAUSE_START:
        return None  # 家庭、邻里纠纷3955件, 村（社区）专职调解员: the words go on before
    sentence = text.rfind("。", 0, start) + 1
    if _SUBSET.search(text, sentence, start) or _LAST_YEAR.search(text, sentence, start):
        return None  # 其中…, 专项行动中…: a part of the total; 与上年相比: last year's
    years = frozenset(_YEAR.findall(text, sentence, start))
    if figure.percent:
        name = _LINK.sub("", words.strip())
        if len(_HAN.findall(name)) < _MIN_RATE_WORDS:
            return None
        return _Quantity("", "", name, False, name, (start, figure.end), years)
    scope, verb, noun = _quantity_words(words)
    if noun:
        if len(_HAN.findall(noun)) < _MIN_NOUN and len(_HAN.findall(verb + noun)) < _MIN_WORDS:
            return None
        shown = noun if not verb or verb in _PREPOSITIONS else verb + noun
        return _Quantity(scope, verb, noun, False, shown, (start, figure.end), years)
    if verb in _PREPOSITIONS and not scope:
        return None  # 在3个村开展试点: a place among others, not a total
    after = _NOUN_AFTER.match(text, figure.end)
    if after is None:
        return None
    cut = _NOUN_END().search(after.group(), 1)
    noun = after.group()[: cut.start() if cut else None]
    if len(noun) < _MIN_NOUN_AFTER:
        return None
    shown = scope + noun if scope else noun
    span = (start, figure.end + len(noun))
    return _Quantity(scope, verb, figure.unit + noun, True, shown, span, years)


def repeated_quantities(texts: Sequence[tuple[str, Sequence[Figure]]]) -> list[Repeat]:
    """Each later figure of `texts` that gives a quantity already given another value."""
    groups: dict[tuple[str, str, bool, str], list[tuple[int, Figure, _Quantity]]] = {}
    for index, (text, found) in enumerate(texts):
        for figure, words in zip(found, leads(text, found), strict=True):
            quantity = _quantity(text, figure, words)
            if quantity is not None:
                key = (quantity.scope, quantity.noun, quantity.after, figure.unit)
                groups.setdefault(key, []).append((index, figure, quantity))
    result: list[Repeat] = []
    for places in groups.values():
        verbs = {q.verb for _, _, q in places if q.verb}
        seen: list[tuple[int, Figure, _Quantity, str]] = []
        for index, figure, quantity in places:
            # A figure without a verb is the quantity of the one verb the others have; with
            # two verbs about (受理 and 办结) it could be either, and is left alone.
            verb = quantity.verb or (next(iter(verbs)) if len(verbs) == 1 else "")
            if not verb and verbs:
                continue
            earlier = next((e for e in seen if e[3] == verb and _same_time(e[2], quantity)), None)
            if earlier is None:
                seen.append((index, figure, quantity, verb))
            elif earlier[1].value != figure.value:
                first_text, first, before, _ = earlier
                result.append(
                    Repeat(
                        quantity.shown, first_text, first, index, figure, before.span, quantity.span
                    )
                )
    return sorted(result, key=lambda r: (r.second_text, r.second.start))


def _same_time(one: _Quantity, other: _Quantity) -> bool:
    """Two sentences that name years name the same ones (2022年，… and 2023年，… do not)."""
    return not one.years or not other.years or one.years == other.years
