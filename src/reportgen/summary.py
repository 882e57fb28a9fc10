"""What `show` tells about a report: characters per part and the pages it will take."""

from __future__ import annotations

import math
from dataclasses import dataclass

from . import numbering
from .model import Report
from .render.gongwen import text_width
from .render.outline import Role, body, document, part_lines

LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
_INDENTED = {
    Role.BODY,
    Role.HEADING1,
    Role.HEADING2,
    Role.HEADING3,
    Role.HEADING4,
    Role.ATTACHMENT,
    Role.NOTE,
}


@dataclass(frozen=True)
class PartSummary:
    heading: str  # with its number: 二、推进法治政府建设的主要举措和成效
    kind: str
    characters: int


@dataclass(frozen=True)
class Summary:
    parts: list[PartSummary]
    characters: int
    pages: int


def _lines(report: Report) -> int:
    """Lines on the 22 × 28 grid: each paragraph rounded up; the blank lines and the
    title's, the signature's and the 版头's space counted as the template lays them out."""
    total = 2  # the blank line under the title, the one above the signature
    total += 1 if report.attachments else 0  # and the one between 附件说明 and signature
    for line in document(report):
        indent = 2 if line.role in _INDENTED else 0
        total += max(1, math.ceil((text_width(line.text, 1, 0.5) + indent) / CHARS_PER_LINE))
    if report.masthead:
        total += 6  # 35 mm, the mark, two blank lines, 发文字号, two more
    return total


def summarize(report: Report) -> Summary:
    parts = []
    for number, part in enumerate(report.parts, start=1):
        chars = sum(len(line.text) for line in part_lines(number, part))
        parts.append(PartSummary(numbering.level1(number) + part.heading, part.kind.value, chars))
    body_chars = sum(len(line.text) for line in body(report))
    return Summary(parts, body_chars, math.ceil(_lines(report) / LINES_PER_PAGE))
