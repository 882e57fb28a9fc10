"""A total against the parts the text lists for it.

Two shapes: the total first and its parts after 其中, 包括, or a colon or bracket right
after it (受理49件，其中维持31件、撤销6件; 开展活动56场次：进机关12场次、…), and the parts
first and their sum after 共计/合计 (讲座12场、咨询20场，共计32场).

Listed parts may be some of the categories only, and may overlap (党员 and 女性; 线上 and
进校园), so they contradict the total only when they exceed it, and that is certain only
when one part alone exceeds it. The list is the whole when the text says so: its last part
is the rest (其余8件, 其他纠纷31件), or the sum follows the parts directly (，共计32场);
then any difference is a contradiction. An approximate figure (余, 约, 近) never makes one
certain.

Parts that fall short of their total are what a reviewer sends back too (共办理12件，其中
维持7件、撤销3件: make them add up, or name the rest), unless the text marks the list as
some of the categories (等, 主要有, 包括…在内, 较多的是) or the parts are not of one kind
(one a subset of another, people who may be counted by different traits), and when they
come close to the total, as a slip of one figure leaves them (partlists.close: four fifths
of it, or its digits swapped); a few kinds far short of it are a selection. That is a
Shortfall: never certain, since a clerk may list what matters; firmer, and at any
shortfall, when the parts are outcomes that make up the whole between them (维持、撤销、
驳回、终止; 简易程序、普通程序), which may also follow the total after a bare comma.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from fractions import Fraction
from typing import NamedTuple

from ..lazyregex import lazy_compile
from .partlists import close, one_kind, traits, whole
from .partsafter import MAX_GAP, name, parts_after, stops
from .quantities import Figure
from .spans import gap, in_span, lazy, lead, sentences

# What opens the parts of a total: 其中, 包括, or a colon or bracket right after it
# (开展普法活动56场次：进机关12场次、进学校15场次…; 受理97件（含…）).
_OPENS = lazy_compile(r"其中|包括|[：:（(，,]")
# A comma opens parts only when they divide the whole between them (审结45件，维持26件、
# 撤销5件…): elsewhere what follows a comma is the next clause.
_COMMAS = "，,"
# The sum right after the parts: ，共计32场 (closed); ，共开展活动50场 (a total of its own).
_SUM = lazy_compile(r"[，,；;]\s*(?:共计|合计|总计|一共|共)(?:达到|达|为|有)?")
# The last part is the rest: 其余8件, 其他纠纷31件, 其他的10件 (its name, 和 of
# 和其他纠纷10件 set aside by _NAME_HEAD).
_REST = lazy_compile(r"^(?:(?P<rest>其余|剩余|余下|另有)|其他|其它)(?P<kind>.*)$")
_OTHER_KIND = ("", "类", "类型", "方面", "的", "各类")
_LEAD_TO_OPENER = lazy_compile(r"[，,（(：:。\s]*")
# The list is marked as some of the categories only: before its first part (其中主要是,
# 其中较多的是, （含…）) or after its last (…等, 包括…在内, 以…为主, 其余为其他纠纷).
_PARTIAL_BEFORE = lazy(r"主要|如|例如|比如|较多|最多|居多|突出|重点|典型|前[二三四五十]|含")
_PARTIAL_AFTER = lazy(
    r"[^，,。；;]{0,10}?(?:等|在内|为主|居多)|[^。；;]{0,20}?(?:其余|其他|其它|剩余|余下|另有)"
)


class Sum(NamedTuple):
    """A total and the parts listed for it, whose sum the total contradicts."""

    total: Figure
    parts: tuple[Figure, ...]
    closed: bool  # the text makes the parts the whole
    certain: bool  # exact figures, and a closed list or one part above the total
    low: Fraction  # the parts' sum, as a range
    high: Fraction | None
    short: bool = False  # the parts fall short of the total (a Shortfall, see above)
    whole: str = ""  # what parts that make up the whole divide it by (办理结果: 维持、撤销 …)
    names: tuple[str, ...] = ()  # what each part is called, where the message needs it

    @property
    def start(self) -> int:
        return min(self.total.start, self.parts[0].start)

    @property
    def end(self) -> int:
        return max(self.total.end, self.parts[-1].end)


def _sum(parts: Sequence[Figure]) -> tuple[Fraction, Fraction | None]:
    low = sum((p.low for p in parts), Fraction(0))
    highs = [p.high for p in parts]
    high = None if None in highs else sum((h for h in highs if h is not None), Fraction(0))
    return low, high


def _apart(low: Fraction, high: Fraction | None, figure: Figure) -> bool:
    """The range low–high and the figure's range have no value in common."""
    return low > (figure.high if figure.high is not None else low) or (
        high is not None and high < figure.low
    )


def _the_rest(total_name: str, names: Sequence[str]) -> bool:
    """The last part is the rest of the total (其余8件; 其他纠纷31件 after 邻里纠纷38件 or
    of 矛盾纠纷38件), so the parts are the whole. 其他部门转办20件 is a category of its own."""
    if len(names) < 2:
        return False
    rest = _REST.match(names[-1])
    if rest is None:
        return False
    if rest.group("rest"):
        return True
    kind = rest.group("kind").removeprefix("各类").removeprefix("各")
    return kind in _OTHER_KIND or any(n.endswith(kind[-2:]) for n in (names[-2], total_name))


class Breakdown(NamedTuple):
    """A total and the parts listed after it (其中/包括)."""

    total: Figure
    parts: tuple[Figure, ...]
    closed: bool  # the last part is the rest (其余、其他)
    names: tuple[str, ...] = ()  # what each part is called
    partial: bool = False  # the text marks the list as some of the categories only
    shares: bool = False  # each part is given with its share of the total
    open_end: bool = False  # the list may go on past its last part read (partsafter.py)


def _marked_partial(text: str, opener: re.Match[str], parts: Sequence[Figure], end: int) -> bool:
    before = text[max(0, opener.start() - 2) : opener.start()] + text[opener.end() : parts[0].start]
    return bool(
        _PARTIAL_BEFORE().search(before) or _PARTIAL_AFTER().match(text, parts[-1].end, end)
    )


def _with_shares(text: str, found: Sequence[Figure], parts: Sequence[Figure]) -> bool:
    """Parts given with their shares (婚姻纠纷48件，占40%；邻里纠纷36件，占30%): the text
    shows the main categories and what part of the whole each is, not the whole."""
    last = parts[-1].end
    return any(
        f.percent and parts[0].end <= f.start and (f.start < last or f.start - last <= 4)
        for f in found
    )


def breakdowns(text: str, found: Sequence[Figure]) -> list[Breakdown]:
    """Every total of `text` followed by 其中/包括 and its parts. The total is the figure
    just before the opener, or, for a sentence opening with 其中, the one that ends the
    sentence before (…调处矛盾纠纷156件。其中，婚姻家庭纠纷45件…)."""
    result: list[Breakdown] = []
    if len(found) < 2:
        return result
    previous: list[Figure] = []
    for begin, end in sentences(text):
        here = in_span(found, begin, end)
        ends = {f.end for f in here}
        # Figures come in text order, apart: bisected, as a scan of 3,000 took seconds.
        counts = [f for f in here if not f.percent]
        count_ends = [f.end for f in counts]
        for opener in _OPENS.finditer(text, begin, end):
            if len(opener.group()) == 1 and opener.start() not in ends:
                continue  # a mark opens parts only right after the total
            before = counts[: bisect_right(count_ends, opener.start())]
            if not before and previous and not text[begin : opener.start()].strip():
                before = previous
            if not before or not _LEAD_TO_OPENER.fullmatch(text, before[-1].end, opener.start()):
                continue
            if len(opener.group()) == 1 and before[-1].end != opener.start():
                continue  # a share (占40%) ends there, not the total
            total = before[-1]
            if len(opener.group()) > 1:
                total = _of_parts_unit(here, opener.end(), before) or total
            bracket = opener.group() in "（("
            parts, names, open_end = parts_after(text, here, opener.end(), total.unit, bracket)
            total_name = name(lead(text, total))
            if opener.group() in _COMMAS and (
                len(parts) < 2 or not whole(names) or whole([total_name])
            ):
                continue  # 维持26件，撤销5件: the list itself, not a total and its parts
            if len(parts) > 1 or (parts and len(opener.group()) > 1):
                closed = _the_rest(total_name, names)
                partial = _marked_partial(text, opener, parts, end)
                shares = _with_shares(text, here, parts)
                listed = (total, tuple(parts), closed, tuple(names), partial, shares, open_end)
                result.append(Breakdown(*listed))
        previous = [f for f in here if not f.percent]
    return result


def _of_parts_unit(here: Sequence[Figure], after: int, before: Sequence[Figure]) -> Figure | None:
    """The total of parts of another unit than the figure right before 其中: the last
    figure of their unit before it, in its sentence (受理矛盾纠纷120件，涉及群众350人次，
    其中婚姻家庭纠纷45件… lists the 120件; 开展活动56场次，受益群众1.2万人次，其中宣讲38场次…)."""
    first = next((f for f in here if f.start >= after and not f.percent), None)
    if first is None or first.unit == before[-1].unit:
        return None
    return next((f for f in reversed(before) if f.unit == first.unit), None)


def _short(listed: Breakdown, low: Fraction, high: Fraction | None) -> Sum | None:
    """A Shortfall: the parts of a list not marked partial add up to less than the total."""
    total, parts = listed.total, listed.parts
    if listed.partial or listed.open_end or len(parts) < 2 or high is None or high >= total.low:
        return None
    divided_by = whole(listed.names)
    if (listed.shares and not divided_by) or not one_kind(
        listed.names, listed.total.unit, divided_by
    ):
        return None
    if not divided_by and not close(low, high, total):
        return None  # a few kinds named out of many: a selection, not a slip
    return Sum(total, parts, False, False, low, high, True, divided_by, listed.names)


def _after_opener(listed_parts: Sequence[Breakdown]) -> list[Sum]:
    result: list[Sum] = []
    for listed in listed_parts:
        total, parts, closed = listed.total, listed.parts, listed.closed
        exact = total.exact and all(p.exact for p in parts)
        low, high = _sum(parts)
        over = [p for p in parts if p.low > (total.high if total.high is not None else p.low)]
        if over and exact:
            result.append(Sum(total, parts, closed, True, low, high))
        elif closed and _apart(low, high, total):
            result.append(Sum(total, parts, True, exact, low, high))
        elif len(parts) > 1 and total.high is not None and low > total.high:
            if not traits(listed.names, listed.total.unit):
                result.append(Sum(total, parts, False, False, low, high))
        elif not closed and (short := _short(listed, low, high)) is not None:
            result.append(short)
    return result


def _before_sum(text: str, found: Sequence[Figure], begin: int, end: int) -> list[Sum]:
    result: list[Sum] = []
    for marker in _SUM.finditer(text, begin, end):
        after = [f for f in found if f.start >= marker.end()]
        before = [f for f in found if f.end <= marker.start()]
        if not after or not before or after[0].percent:
            continue
        total = after[0]
        closed = total.start == marker.end()
        parts = [before[-1]] if before[-1].unit == total.unit else []
        for figure in reversed(before[:-1]):
            between = gap(text, figure, parts[0]) if parts else ""
            if not parts or figure.unit != total.unit or len(between) > MAX_GAP or stops(between):
                break
            parts.insert(0, figure)
        if len(parts) < 2 or text[parts[-1].end : marker.start()].strip():
            continue
        suffixes = [parts[i:] for i in range(len(parts) - 1)]
        if closed and any(not _apart(*_sum(s), total) for s in suffixes):
            continue
        low, high = _sum(parts)
        exact = total.exact and all(p.exact for p in parts)
        if closed:
            result.append(Sum(total, tuple(parts), True, exact, low, high))
        elif total.high is not None and low > total.high:
            result.append(Sum(total, tuple(parts), False, False, low, high))
    return result


def contradicted_sums(text: str, found: Sequence[Figure]) -> list[Sum]:
    """Every total of `text` that the parts listed for it contradict."""
    if len(found) < 2:
        return []
    result = _after_opener(breakdowns(text, found))
    for begin, end in sentences(text):
        here = in_span(found, begin, end)
        if len(here) > 2:
            result += _before_sum(text, here, begin, end)
    return sorted(result, key=lambda s: s.start)
