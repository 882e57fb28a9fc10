"""N007: a count the text announces (三项制度, 五个方面, “四进”) against the items it lists:
in the same sentence, in the point list that follows, or in the numbered sections below."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..figures.counts import (
    Listing,
    Mismatch,
    begins_numbered,
    compare,
    mismatched_counts,
    ordinals,
)
from ..model import Block, PointList, Report
from ..structure import divisions
from .base import Finding, JsonPath, Rule, Severity, TextField
from .figuretext import figure_finding


def _following(blocks: Sequence[Block], index: int, children: int) -> Listing | None:
    """The items that follow a block ending in 以下三个方面：— the next point list, the next
    paragraphs numbered 一是、二是…, or, after the last block, the numbered headings below."""
    rest = blocks[index + 1 :]
    if not rest:
        return Listing(children, True, False, 0) if children else None
    if isinstance(rest[0], PointList):
        return Listing(len(rest[0].points), True, False, 0)
    numbered: list[str] = []
    for block in rest:
        if not isinstance(block, str) or not begins_numbered(block):
            break
        numbered.append(block)
    return ordinals("\n".join(numbered), 0) if numbered else None


class CountAndItems(Rule):
    code = "N007"
    severity = Severity.ERROR
    summary = "说了几项就列几项：“三项制度：……”“主要做了五个方面的工作”与后面列出的条目数相符（顿号分隔、可能未列完的只作提示）"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field in texts:
            mismatches, _ = mismatched_counts(field.text)
            for mismatch in mismatches:
                yield self._finding(field.path, field.text, mismatch)
        if report.opening:
            # 现将有关情况从以下四个方面报告如下：— the parts are the items
            yield from self._trailing(("opening",), report.opening, len(report.parts))
        for division in divisions(report):
            blocks = division.node.content
            children = division.level.children
            below = len(getattr(division.node, children)) if children else 0
            path = (*division.path, "content")
            yield from self._trailing(path, blocks, below)

    def _trailing(
        self, path: JsonPath, blocks: Sequence[Block], children: int
    ) -> Iterator[Finding]:
        for index, block in enumerate(blocks):
            if isinstance(block, PointList):
                if block.intro is None:
                    continue
                _, trailing = mismatched_counts(block.intro)
                if trailing is not None:
                    points = Listing(len(block.points), True, False, 0)
                    mismatch = compare(trailing, points, True)
                    if mismatch:
                        yield self._finding((*path, index, "intro"), block.intro, mismatch)
                continue
            _, trailing = mismatched_counts(block)
            if trailing is None:
                continue
            listing = _following(blocks, index, children)
            mismatch = compare(trailing, listing, True) if listing else None
            if mismatch:
                yield self._finding((*path, index), block, mismatch)

    def _finding(self, path: JsonPath, text: str, mismatch: Mismatch) -> Finding:
        announced, listing = mismatch.announcement, mismatch.listing
        count = listing.items
        fewer = count < announced.number
        if mismatch.certain:
            message = f"说的是“{announced.written}”，列出的却是{count}项。"
            suggestion = f"核对项数：如果列全了，把“{announced.written}”的数目改为{count}；" + (
                "否则补上漏列的项。" if fewer else "否则删去多列的项。"
            )
        else:
            message = f"说的是“{announced.written}”，按顿号分隔数来是{count}项。"
            suggestion = (
                "如果某一项里本身含有顿号，或者后面还有未列完的项，可以不改；否则请核对项数。"
            )
        return figure_finding(
            self, mismatch.certain, path, text, mismatch.span, message, suggestion
        )
