"""The report as a flat sequence of typed lines, numbering applied.

Every output format walks this list instead of the model, so the order of parts,
the numbering and the bold point leads are decided once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .. import numbering
from ..model import Block, Part, PointList, Report
from ..structure import LEVELS, Division, Role, divisions, part_divisions

__all__ = ["HEADING_ROLES", "Line", "Role", "Segment"]

HEADING_ROLES = tuple(level.role for level in LEVELS)


@dataclass(frozen=True)
class Segment:
    text: str
    bold: bool = False  # a point's lead phrase
    signer: bool = False  # the 签发人's name, set in 楷体


@dataclass(frozen=True)
class Line:
    role: Role
    segments: tuple[Segment, ...]

    @property
    def text(self) -> str:
        return "".join(segment.text for segment in self.segments)


def _plain(role: Role, text: str) -> Line:
    return Line(role, (Segment(text),))


def addressee_line(report: Report) -> str:
    """主送机关 line; "" when the report names none."""
    return "、".join(report.addressees) + "：" if report.addressees else ""


def date_line(report: Report) -> str:
    """成文日期 as printed; "" when the report has none yet."""
    if report.date is None:
        return ""
    return numbering.format_date(report.date.year, report.date.month, report.date.day)


def _points(block: PointList) -> Iterator[Line]:
    segments: list[Segment] = [Segment(block.intro)] if block.intro else []
    for number, point in enumerate(block.points, start=1):
        ordinal = numbering.point(number)
        if point.lead:
            own = [Segment(ordinal + point.lead, bold=True), Segment(point.text)]
        else:
            own = [Segment(ordinal + point.text)]
        if block.inline:
            segments.extend(own)
        else:
            yield Line(Role.BODY, tuple(own))
    if block.inline:
        yield Line(Role.BODY, tuple(segments))


def _blocks(blocks: Sequence[Block]) -> Iterator[Line]:
    for block in blocks:
        if isinstance(block, str):
            yield _plain(Role.BODY, block)
        else:
            yield from _points(block)


def _division(division: Division) -> Iterator[Line]:
    yield _plain(division.level.role, division.heading)
    yield from _blocks(division.node.content)


def part_lines(number: int, part: Part) -> Iterator[Line]:
    """The lines of part `number` (1-based): its heading and everything under it."""
    for division in part_divisions(number - 1, part):
        yield from _division(division)


def body(report: Report) -> list[Line]:
    """The opening and the numbered parts: what stands between addressee and signature."""
    lines = [_plain(Role.BODY, paragraph) for paragraph in report.opening]
    for division in divisions(report):
        lines.extend(_division(division))
    return lines


ATTACHMENT_LEAD = "附件："


def attachment_number(number: int, count: int) -> str:
    """What stands before an attachment's name: 1. 2. …, nothing when there is one."""
    return f"{number}." if count > 1 else ""


def attachments(report: Report) -> list[Line]:
    """附件说明 (GB/T 9704 7.3.4): 附件：1.××× on the first line, 2.××× under it; a single
    attachment without a number."""
    count = len(report.attachments)
    return [
        _plain(
            Role.ATTACHMENT,
            (ATTACHMENT_LEAD if number == 1 else "") + attachment_number(number, count) + name,
        )
        for number, name in enumerate(report.attachments, start=1)
    ]


def signature(report: Report) -> list[Line]:
    return [_plain(Role.SIGNATURE, organ) for organ in report.signatories]


def masthead(report: Report) -> list[Line]:
    """版头: the organ's mark, then 发文字号 left and 签发人 right on one line."""
    head = report.masthead
    if head is None:
        return []
    number: list[Segment] = [Segment(head.number)]
    if head.signer:
        number += [Segment("\t签发人："), Segment(head.signer, signer=True)]
    return [_plain(Role.MASTHEAD_MARK, head.mark), Line(Role.MASTHEAD_NUMBER, tuple(number))]


DRAFT_MARK = "【草稿】本稿尚未通过 reportgen validate 检查，不得报送。"


def document(report: Report, draft: bool = False) -> list[Line]:
    """Every line of the document from 版头 to 附注, for the text-like formats."""
    lines = [Line(Role.DRAFT, (Segment(DRAFT_MARK, bold=True),))] if draft else []
    lines += masthead(report)
    # What the report lacks is left out (a draft may lack it; validate says so).
    heads = ((Role.TITLE, report.full_title), (Role.ADDRESSEE, addressee_line(report)))
    lines += [_plain(role, text) for role, text in heads if text]
    lines += body(report)
    lines += attachments(report)
    lines += signature(report)
    if report.date is not None:
        lines.append(_plain(Role.DATE, date_line(report)))
    if report.note:
        lines.append(_plain(Role.NOTE, report.note))
    return lines
