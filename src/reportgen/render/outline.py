"""The report as a flat sequence of typed lines, numbering applied.

Every output format walks this list instead of the model, so the order of parts,
the numbering and the bold point leads are decided once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from .. import numbering
from ..model import Block, Item, Part, PointList, Report, Section, SubItem


class Role(StrEnum):
    """What a line is; each role has one paragraph style in the template."""

    DRAFT = "draft"
    MASTHEAD_MARK = "masthead_mark"
    MASTHEAD_NUMBER = "masthead_number"
    TITLE = "title"
    ADDRESSEE = "addressee"
    BODY = "body"
    HEADING1 = "heading1"
    HEADING2 = "heading2"
    HEADING3 = "heading3"
    HEADING4 = "heading4"
    SIGNATURE = "signature"
    DATE = "date"
    NOTE = "note"


HEADING_ROLES = (Role.HEADING1, Role.HEADING2, Role.HEADING3, Role.HEADING4)


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
    return "、".join(report.addressees) + "："


def date_line(report: Report) -> str:
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


# Level by level: the heading's role, its numbering, and the key of the level below.
_LEVELS = (
    (Role.HEADING1, numbering.level1, "sections"),
    (Role.HEADING2, numbering.level2, "items"),
    (Role.HEADING3, numbering.level3, "subitems"),
    (Role.HEADING4, numbering.level4, None),
)


def _division(number: int, node: Part | Section | Item | SubItem, depth: int) -> Iterator[Line]:
    role, numbered, children = _LEVELS[depth]
    title = node.heading if isinstance(node, Part) else node.title
    yield _plain(role, numbered(number) + title)
    yield from _blocks(node.content)
    if children:
        for n, child in enumerate(getattr(node, children), start=1):
            yield from _division(n, child, depth + 1)


def part_lines(number: int, part: Part) -> Iterator[Line]:
    """The lines of part `number` (1-based): its heading and everything under it."""
    return _division(number, part, 0)


def body(report: Report) -> list[Line]:
    """The opening and the numbered parts: what stands between addressee and signature."""
    lines = [_plain(Role.BODY, paragraph) for paragraph in report.opening]
    for number, part in enumerate(report.parts, start=1):
        lines.extend(part_lines(number, part))
    return lines


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
    lines += [_plain(Role.TITLE, report.full_title), _plain(Role.ADDRESSEE, addressee_line(report))]
    lines += body(report)
    lines += signature(report)
    lines.append(_plain(Role.DATE, date_line(report)))
    if report.note:
        lines.append(_plain(Role.NOTE, report.note))
    return lines
