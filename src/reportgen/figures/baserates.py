"""A rate over the report's own constituents whose base is given elsewhere: 全镇辖14个行政村
… 13个村建成法治文化阵地，覆盖率达95.2% (13 ÷ 14 is 92.9 %).

The township's count of its villages or communities (全镇辖14个行政村, constants.py) is
a constant of the report; a rate right after a count of some of them (13个村建成…，覆盖率达…;
已在13个村建立…，覆盖率…) is read as over all of them, in whatever sentence or paragraph the count stands. The base
is not written beside the rate, so a rate the figures contradict is probable, not certain;
a rate that agrees with any reading of the figures is left alone. A count of the
constituents given twice with two values is N008's, and then no base is taken. A count of
this year's new ones (年内新建3个…, 今年又有2个村建成…) is not all that have it, and its
rate is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from itertools import pairwise
from typing import NamedTuple

from ..lazyregex import lazy_compile
from .constants import constant, constituent_after
from .quantities import Figure
from .rounding import agrees, ratio
from .spans import NAME_MARKS, WORD, lead

# The name of a rate over constituents and the words that link it to its value.
_NAME = lazy_compile(
    rf"((?:{WORD}){{0,6}}(?:覆盖率|建成率|达标率|完成率|实现率|创建率|普及率|比例|占比))"
    r"(?:均|已)?(?:达到了?|达|为|是|提高到|提高至|提升到|提升至|在)?$"
)
_NOT_OVER_ALL = lazy_compile(r"满意|知晓|增长|下降|同比|较上年|上年")
# Words before a count that make it this year's new ones (年内新建3个, 今年又有2个村): the
# rate after it is over all that have it, the older ones too, which the text does not count.
_NEW = lazy_compile(r"新建|新增|年内|今年(?!以来)|又有|本年|(?<![创更最革])新(?!时代|闻|媒体|型)")


class BaseRate(NamedTuple):
    """A rate over the report's constituents that the count of all of them contradicts."""

    text: int  # the rate's text
    stated: Figure
    name: str
    numerator: Figure
    base_text: int  # where the count of all of them stands
    base: Figure
    base_span: tuple[int, int]
    low: Fraction
    high: Fraction | None


def _bases(
    texts: Sequence[tuple[str, Sequence[Figure]]],
) -> dict[str, tuple[int, Figure, tuple[int, int]]]:
    """Each constituent's count of all of them, the first place it is given; none for a
    constituent counted twice with two values."""
    found: dict[str, tuple[int, Figure, tuple[int, int]]] = {}
    twice: set[str] = set()
    for index, (text, figures) in enumerate(texts):
        for figure in figures:
            whole = constant(text, figure)
            if whole is None or whole.some:
                continue
            known = found.get(whole.noun)
            if known is None:
                found[whole.noun] = (index, figure, whole.span)
            elif known[1].value != figure.value:
                twice.add(whole.noun)
    return {noun: place for noun, place in found.items() if noun not in twice}


def rates_over_constants(texts: Sequence[tuple[str, Sequence[Figure]]]) -> list[BaseRate]:
    """The rates right after some of the report's constituents that the count of all of
    them, given anywhere in `texts`, contradicts."""
    bases = _bases(texts)
    result: list[BaseRate] = []
    if not bases:
        return result
    for index, (text, figures) in enumerate(texts):
        for before, stated in pairwise(figures):
            if not stated.percent:
                continue
            name = _NAME.search(lead(text, stated, before.end, NAME_MARKS))
            if name is None or "。" in text[before.end : stated.start]:
                continue
            if _NOT_OVER_ALL.search(text, before.end, stated.start):
                continue
            if _NEW.search(lead(text, before)):
                continue  # this year's new ones, not all that have it
            noun, whole = constituent_after(text, before), constant(text, before)
            if noun not in bases or (whole is not None and not whole.some):
                continue  # not a count of them, or the count of all of them
            base_text, base, span = bases[noun]
            given = ratio(before, base)
            if given is None or before.value > base.value or agrees(stated, *given):
                continue
            result.append(
                BaseRate(index, stated, name.group(1), before, base_text, base, span, *given)
            )
    return result
