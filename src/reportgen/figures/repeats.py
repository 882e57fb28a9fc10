"""The same quantity given twice with two values: 全年调处矛盾纠纷231件 in the opening and
全年调处矛盾纠纷213件 in the body; 接待群众法律咨询1260人次 and 接待法律咨询1620人次;
核查卫片执法图斑216个 and 完成261个卫片执法图斑核查整改; 全乡9个行政村 and 全乡11个行政村.

Two figures are the same quantity when scope and unit are the same, the nouns are the same
or differ by a word that narrows nothing (群众法律咨询 is 法律咨询: who asked, not what),
their verbs share one or one has none, and the noun names one thing: four characters, or a
verb and noun of six, or shorter when both figures say they are the year's total (全年检查企业
and 全年累计检查企业). 累计 with a word of the year (全年累计) is the year's total; alone it
may run over years (累计培育法律明白人96名 beside 全年培育12名) and is a scope of its own.

A scope word with a count of its own constituents (全乡9个行政村, 全县15个乡镇) is a
constant of the report, whatever the verbs around it and in whichever part (constants.py).

The plans are a time of their own: their figures are compared with each other, as two
targets of one quantity, never with what was done (a plan's 15场 is not the year's 12场),
and a plan's own words (计划, 力争) are not another scope there; a figure the plans say
was done (已, 一年来, the report's own year) is compared with what was done.

What a figure counts is read in counted.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .counted import Quantity, read_quantity
from .quantities import Figure
from .spans import lazy, leads

# A word before a counted noun that narrows nothing: who came (群众法律咨询 is the 法律咨询
# of the people who came), all kinds (各类矛盾纠纷), the genre's own field (法治宣传资料
# in a report on the rule of law; 行政执法人员 are a township's 执法人员). A kind word (婚姻家庭纠纷, 简易程序案件) makes a subset.
_BROAD = lazy(
    r"(?:群众|人民群众|来访群众|辖区群众|广大群众|办事群众|居民|村民|市民|农民|各类|各种|各项"
    r"|相关|有关|免费|公益|法治|普法|行政)+"
)
# The township's own scope, said or not: 全镇培训执法人员 is the report's 培训执法人员.
_OWN = frozenset({"全乡", "全镇", "全街道", "本镇", "本乡", "本街道", "辖区", "辖区内"})
# Measure words that count the same things: people (120人, 112名), sessions, cases.
_UNIT_OF = {"名": "人", "位": "人", "场次": "场", "起": "件", "宗": "件"}
_TAIL = 2  # nouns that may be the same end in the same two characters


class Repeat(NamedTuple):
    """A quantity the text gives twice, with two values."""

    label: str  # what it counts, as the message names it: 法律咨询, 全乡行政村
    first_text: int  # index into the texts
    first: Figure
    second_text: int
    second: Figure
    first_span: tuple[int, int] = (0, 0)  # the words and the figure, in each text
    second_span: tuple[int, int] = (0, 0)


def _related(one: str, other: str) -> bool:
    """The same noun, or one with a word before it that narrows nothing (群众法律咨询)."""
    if one == other:
        return True
    short, long = sorted((one, other), key=len)
    if long.endswith(short) and _BROAD().fullmatch(long[: -len(short)]):
        return True
    # Both with such a word (法治宣传活动, 普法宣传活动): the same noun once they go.
    one_broad, other_broad = _BROAD().match(one), _BROAD().match(other)
    if one_broad is None or other_broad is None:
        return False
    return one[one_broad.end() :] == other[other_broad.end() :]


def _same(one: Quantity, other: Quantity, free: tuple[bool, bool]) -> bool:
    """Two quantities count the same thing. `free` says of each whether, having no verb,
    it may be counted by the verb of the other (see _free)."""
    if one.fixed or other.fixed:
        # A count without the unit's name (下辖12个行政村) is the report's own unit's;
        # across the report and its plans, the years named may differ (2024年，对全镇…).
        scopes = one.scope == other.scope or not (one.scope and other.scope)
        time = one.planned != other.planned or _same_time(one, other)
        return one.fixed and other.fixed and one.noun == other.noun and scopes and time
    if one.planned != other.planned:
        return False  # a plan's target is not what was done
    if one.within != other.within:
        return False  # 开展燃气安全整治，…: that campaign's count, not the year's
    if one.occasion and other.occasion and one.occasion != other.occasion:
        return False  # 述法会议上 and 专题会议上: one noun counted at two occasions
    if not _related(one.noun, other.noun) or not _same_time(one, other):
        return False
    if (one.short or other.short) and not (one.yearly and other.yearly):
        return False
    if one.verbs and other.verbs:
        # One's verbs are all the other's (化解 of 调处化解); 排查化解 and 调处化解 share
        # a verb but say different things.
        return one.verbs <= other.verbs or other.verbs <= one.verbs
    return all(free)


def repeated_quantities(
    texts: Sequence[tuple[str, Sequence[Figure]]], planned: Sequence[bool] = (), year: str = ""
) -> list[Repeat]:
    """Each later figure of `texts` that gives a quantity already given another value;
    `planned` says of each text whether it is in the plans (none are, if not given) of
    the report for `year`."""
    groups: dict[tuple[str, str, str], list[tuple[int, Figure, Quantity]]] = {}
    for index, (text, found) in enumerate(texts):
        plan = bool(planned) and planned[index]
        for figure, words in zip(found, leads(text, found), strict=True):
            quantity = read_quantity(text, figure, words, plan, year)
            if quantity is not None:
                # Constants are grouped by noun alone: 下辖 and 全镇 name one unit.
                scope = "" if quantity.fixed or quantity.scope in _OWN else quantity.scope
                unit = _UNIT_OF.get(figure.unit, figure.unit)
                key = (scope, unit, quantity.noun[-_TAIL:])
                groups.setdefault(key, []).append((index, figure, quantity))
    result: list[Repeat] = []
    for places in groups.values():
        if len(places) < 2:
            continue
        seen: list[tuple[int, Figure, Quantity, bool]] = []
        for index, figure, quantity in places:
            if quantity.some:
                continue  # compared with the count below
            free = _free(quantity, places)
            earlier = next((e for e in seen if _same(e[2], quantity, (e[3], free))), None)
            if earlier is None:
                seen.append((index, figure, quantity, free))
            elif earlier[1].value != figure.value:
                first_text, first, before, _ = earlier
                shown = min(before.shown, quantity.shown, key=len)
                result.append(
                    Repeat(shown, first_text, first, index, figure, before.span, quantity.span)
                )
        result.extend(_more_than_all(places, seen))
    return sorted(result, key=lambda r: (r.second_text, r.second.start))


def _more_than_all(
    places: Sequence[tuple[int, Figure, Quantity]],
    seen: Sequence[tuple[int, Figure, Quantity, bool]],
) -> list[Repeat]:
    """Some of the report's own constituents (在13个行政村开展…) more than the count of all
    of them (全镇共有行政村12个): the two cannot both be right."""
    found: list[Repeat] = []
    for index, figure, some in places:
        whole = next(
            (
                (at, count, total)
                for at, count, total, _ in seen
                if some.some and total.noun == some.noun and count.value < figure.value
            ),
            None,
        )
        if whole is None:
            continue
        one, other = sorted([whole, (index, figure, some)], key=lambda p: (p[0], p[1].start))
        shown = min(whole[2].shown, some.shown, key=len)
        found.append(Repeat(shown, one[0], one[1], other[0], other[1], one[2].span, other[2].span))
    return found


def _free(quantity: Quantity, places: Sequence[tuple[int, Figure, Quantity]]) -> bool:
    """A figure without a verb is the quantity of the verb the others of its noun share
    (法律咨询362人次 is what 接待法律咨询326人次 counted); beside 受理 and 办结 it could
    be either, and is left alone. A figure with verbs is judged by them."""
    if quantity.verbs:
        return True
    common: frozenset[str] | None = None
    for _, _, other in places:
        if other.verbs and _related(other.noun, quantity.noun):
            common = other.verbs if common is None else common & other.verbs
    return common is None or bool(common)


def _same_time(one: Quantity, other: Quantity) -> bool:
    """Two sentences that name years name the same ones (2022年，… and 2023年，… do not)."""
    return not one.years or not other.years or one.years == other.years
