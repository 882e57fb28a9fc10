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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction
from typing import NamedTuple

from .quantities import Figure
from .spans import gap, in_span, sentences

# What opens the parts of a total: 其中, 包括, or a colon or bracket right after it
# (开展普法活动56场次：进机关12场次、进学校15场次…; 受理97件（含…）).
_OPENS = re.compile(r"其中|包括|[：:（(]")
# The sum right after the parts: ，共计32场 (closed); ，共开展活动50场 (a total of its own).
_SUM = re.compile(r"[，,；;]\s*(?:共计|合计|总计|一共|共)(?:达到|达|为|有)?")
# Words that end a list of parts: what follows says something else of the figures.
_STOP = re.compile(
    r"均|全部|已|并|同比|较上|比上|较去|比去|成功|办结|结案|化解|涉及|挽回|帮助|其中|共|合计|累计"
    r"|总计|平均|人均|每|上年|去年|同期|上一年|\d{4}年"
)
# Verbs of the genre that open a clause of their own: a part is a category, not an action.
_NEW_CLAUSE = re.compile(
    r"受理|办理|开展|调处|接待|培训|召开|组织|发放|审查|处理|排查|走访|举办|收集|提出|出具"
    r"|解答|新增|完成|建成|查处|立案|印发|制定|聘请|选派|投入"
)
_REST = re.compile(r"^[，,、；;]?\s*(?:(?P<rest>其余|剩余|余下|另有)|其他|其它)")
_OTHER_KIND = ("", "类", "类型", "方面", "的")
_MAX_GAP = 20
_MAX_FIRST_GAP = 30  # 其中，婚姻纠纷、邻里纠纷、土地纠纷分别为32件、28件、31件
_LEAD_TO_OPENER = re.compile(r"[，,（(：:。\s]*")


class Sum(NamedTuple):
    """A total and the parts listed for it, whose sum the total contradicts."""

    total: Figure
    parts: tuple[Figure, ...]
    closed: bool  # the text makes the parts the whole
    certain: bool  # exact figures, and a closed list or one part above the total
    low: Fraction  # the parts' sum, as a range
    high: Fraction | None

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


def _the_rest(text: str, start: int, parts: Sequence[Figure]) -> bool:
    """The last part is the rest of the total (其余8件; 其他纠纷31件 after 邻里纠纷38件),
    so the parts are the whole. 其他部门转办20件 is a category of its own."""
    if len(parts) < 2:
        return False
    rest = _REST.match(gap(text, parts[-2], parts[-1]))
    if rest is None:
        return False
    if rest.group("rest"):
        return True
    kind = text[parts[-2].end + rest.end() : parts[-1].start].strip()
    before = text[parts[-3].end if len(parts) > 2 else start : parts[-2].start]
    return kind in _OTHER_KIND or before.rstrip().endswith(kind[-2:])


def _inside_brackets(between: str) -> bool:
    """A figure after `between` stands in a bracket opened there: 40件（含A 10件）."""
    return between.count("（") + between.count("(") > between.count("）") + between.count(")")


def _parts_after(
    text: str, found: Sequence[Figure], start: int, unit: str, bracket: bool = False
) -> list[Figure]:
    """The run of figures of `unit` after `start`, each a short category and its figure
    (村（社区）22场次 is one); in a bracket, up to its end."""
    parts: list[Figure] = []
    at = start
    for figure in found:
        if figure.start < start:
            continue
        between = text[at : figure.start]
        if figure.percent and parts:
            at = figure.end  # 其中维持31件，占68.9%；撤销6件: a share between parts
            continue
        limit = _MAX_GAP if parts else _MAX_FIRST_GAP
        if figure.unit != unit or len(between) > limit or _STOP.search(between):
            break
        if parts and _NEW_CLAUSE.search(between):
            break  # 其中婚姻纠纷20件；受理信访30件: a new clause, not another part
        if _inside_brackets(between) or (bracket and ("）" in between or ")" in between)):
            break
        parts.append(figure)
        at = figure.end
    return parts


class Breakdown(NamedTuple):
    """A total and the parts listed after it (其中/包括)."""

    total: Figure
    parts: tuple[Figure, ...]
    closed: bool  # the last part is the rest (其余、其他)


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
        for opener in _OPENS.finditer(text, begin, end):
            before = [f for f in here if f.end <= opener.start() and not f.percent]
            if not before and previous and not text[begin : opener.start()].strip():
                before = previous
            if not before or not _LEAD_TO_OPENER.fullmatch(text, before[-1].end, opener.start()):
                continue
            if len(opener.group()) == 1 and before[-1].end != opener.start():
                continue  # a colon or bracket opens parts only right after the total
            total = before[-1]
            bracket = opener.group() in "（("
            parts = _parts_after(text, here, opener.end(), total.unit, bracket)
            if len(parts) > 1 or (parts and len(opener.group()) > 1):
                closed = _the_rest(text, opener.end(), parts)
                result.append(Breakdown(total, tuple(parts), closed))
        previous = [f for f in here if not f.percent]
    return result


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
            result.append(Sum(total, parts, False, False, low, high))
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
            if (
                not parts
                or figure.unit != total.unit
                or len(between) > _MAX_GAP
                or _STOP.search(between)
            ):
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
