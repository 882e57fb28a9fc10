"""Where figures stand in a text: its sentences, and the words that lead up to a figure."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

from ..lazyregex import lazy_compile
from ..regexcache import compiled
from .quantities import Figure

# A character of the words: a Chinese character or another letter, not a digit or Latin.
# (Written as a category, not as the range 一-鿿, whose charset costs the regex
# compiler a millisecond each time it appears: this is compiled at every start.)
WORD = r"[^\W\d_a-zA-Z]"


def lazy(pattern: str) -> Callable[[], re.Pattern[str]]:
    """A regex compiled on its first use, once: what a rule needs only for some texts
    (a list that falls short, a plan's name) costs a process nothing until then."""
    return cache(lambda: compiled(pattern))


_SENTENCE_END = lazy_compile(r"[。！？!?]+”?|$")
# What ends a clause: the words before a figure are read back to one of these.
CLAUSE_MARKS = "，,；;：:、。！？!?（）()“”《》…—\n"
# What ends the name of a rate: 参考率、合格率均为100% names two.
NAME_MARKS = CLAUSE_MARKS.replace("、", "")


@lru_cache(maxsize=1024)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of `text` as (start, end) offsets, each with its closing mark
    (cached: the relations of one text each read them)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if end > start:
            spans.append((start, end))
        start = end
        if end == len(text):
            break
    return tuple(spans)


def in_span(found: Sequence[Figure], start: int, end: int) -> list[Figure]:
    return [f for f in found if start <= f.start and f.end <= end]


def lead(text: str, figure: Figure, floor: int = 0, marks: str = CLAUSE_MARKS) -> str:
    """The words of the clause up to `figure` (调处矛盾纠纷 for 全年调处矛盾纠纷231件),
    not reaching back past `floor` (the end of the figure before) or one of `marks`."""
    start = figure.start
    while start > floor and text[start - 1] not in marks:
        start -= 1
    return text[start : figure.start]


def leads(text: str, found: Sequence[Figure]) -> list[str]:
    """lead() of each figure, each stopped at the figure before it."""
    result = []
    floor = 0
    for figure in found:
        result.append(lead(text, figure, floor))
        floor = figure.end
    return result


def gap(text: str, before: Figure, after: Figure) -> str:
    return text[before.end : after.start]
