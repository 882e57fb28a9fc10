"""A total given with each of its kinds after 分别 (respectively), without 其中:
受理婚姻家庭、邻里、土地纠纷共120件，分别为40件、30件、20件 (the kinds before the total)
and 办理法律援助案件45件，民事、刑事、行政案件分别为20件、15件、5件 (the kinds between
the total and 分别). totals.py reads the lists that 其中 and 包括 open.

As many figures as kinds, one for each: the parts are the whole of what was named. With
the kinds before the total, the total is theirs, and a sum that differs is certain; with
the kinds after it, the total may hold kinds not named (非诉案件), and a sum that differs
is probable only.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from ..lazyregex import lazy_compile
from .quantities import Figure
from .spans import lead
from .totals import Sum

_MARKER = lazy_compile(r"分别(?:为|是|有|达)?")
# What may stand between two parts of the list after 分别: a mark or a word of joining.
_JOIN = lazy_compile(r"\s*(?:[、，,]|和|及|以及|与)?\s*")
# What stands between the total and 分别 when the kinds come before the total.
_NOTHING = lazy_compile(r"[，,\s]*")
_KIND_SPLIT = lazy_compile(r"、|和|及|与")
_CLAUSE_ENDS = "，,。；;：:！？!?（）()\n"
_MAX_KIND = 12  # characters of one kind's name (婚姻家庭纠纷, 道路交通事故损害赔偿)


def _parts_after(text: str, found: Sequence[Figure], start: int) -> list[Figure]:
    """The figures of one unit right after 分别为, joined only by marks and 和/及."""
    parts: list[Figure] = []
    at = start
    for figure in found:
        if figure.start < start:
            continue
        if not _JOIN.fullmatch(text, at, figure.start) or (parts and figure.unit != parts[0].unit):
            break
        parts.append(figure)
        at = figure.end
    return parts


def _kinds(words: str) -> int:
    """How many kinds `words` names (婚姻家庭、邻里、土地纠纷 names three); 0 when its
    pieces are too long to be names of kinds."""
    pieces = [p for p in _KIND_SPLIT.split(words) if p.strip()]
    if len(pieces) < 2 or any(len(p) > _MAX_KIND for p in pieces):
        return 0
    return len(pieces)


def respective_sums(text: str, found: Sequence[Figure]) -> list[Sum]:
    """Every total of `text` whose kinds, given one by one after 分别, add up otherwise."""
    result: list[Sum] = []
    for marker in _MARKER.finditer(text):
        parts = _parts_after(text, found, marker.end())
        before = [f for f in found if f.end <= marker.start()]
        if len(parts) < 2 or not before or parts[0].percent:
            continue
        total = before[-1]
        if total.unit != parts[0].unit or any(p.unit != total.unit for p in parts):
            continue
        between = text[total.end : marker.start()]
        if _NOTHING.fullmatch(between):
            start = total.start
            while start > 0 and text[start - 1] not in _CLAUSE_ENDS:
                start -= 1
            named, certain = text[start : total.start], True
        else:
            named, certain = between.lstrip("，, "), False
            if any(mark in named for mark in _CLAUSE_ENDS):
                continue  # another clause stands between: not this total's kinds
            if not named.endswith(lead(text, total)[-2:]):
                continue  # 东村、西村分别为…: places, some of the total, not its kinds
        if _kinds(named) != len(parts):
            continue
        exact = total.exact and all(p.exact for p in parts)
        if not exact:
            continue  # 余, 约: the figures allow the sum
        added = sum((p.value for p in parts), Fraction(0))
        if added != total.value:
            result.append(Sum(total, tuple(parts), True, certain, added, added))
    return result
