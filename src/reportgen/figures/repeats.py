"""The same quantity given twice with two values: 全年调处矛盾纠纷231件 in the opening and
全年调处矛盾纠纷213件 in the body.

Two figures are the same quantity when the words that lead up to them are the same after
the words of time and sum (全年, 今年以来, 共) are set aside, and those words are long
enough to name one thing (调处矛盾纠纷, not 开展活动). Words of another scope (累计, 其中,
a village's name, another year) make another quantity. Both figures must be exact: 300余人
and 320人 may be the same count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .quantities import Figure
from .spans import WORD, leads

_TIME_AND_SUM = re.compile(
    r"^(?:全年|今年以来|今年|年内|一年来|本年度|本年|[上下]半年)?(?:共计|共|一共|总共|先后)?"
)
_LINK = re.compile(r"(?:达到了?|达|为|有|了|是|数)+$")
_HAN = re.compile(WORD)
_MIN_WORDS = 6  # 调处矛盾纠纷: a verb and its object, at the least
_MIN_RATE_WORDS = 5  # 调解成功率


class Repeat(NamedTuple):
    """A quantity the text gives twice, with two values."""

    label: str
    first_text: int  # index into the texts
    first: Figure
    second_text: int
    second: Figure


def label(words: str) -> str:
    """What a figure counts, from the words leading up to it: 全年共调处矛盾纠纷 → 调处矛盾纠纷."""
    return _LINK.sub("", _TIME_AND_SUM.sub("", words.strip()))


def _long_enough(name: str, figure: Figure) -> bool:
    if any(c.isdigit() for c in name):
        return False
    size = len(_HAN.findall(name))
    return size >= (_MIN_RATE_WORDS if figure.percent else _MIN_WORDS)


def repeated_quantities(texts: Sequence[tuple[str, Sequence[Figure]]]) -> list[Repeat]:
    """Each later figure of `texts` that gives a quantity already given another value."""
    seen: dict[tuple[str, str], tuple[int, Figure]] = {}
    result: list[Repeat] = []
    for index, (text, found) in enumerate(texts):
        for figure, words in zip(found, leads(text, found), strict=True):
            name = label(words)
            if not figure.exact or not _long_enough(name, figure):
                continue
            key = (name, figure.unit)
            if key not in seen:
                seen[key] = (index, figure)
                continue
            first_text, first = seen[key]
            if first.value != figure.value:
                result.append(Repeat(name, first_text, first, index, figure))
    return result
