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


def _subitem(number: int, subitem: SubItem) -> Iterator[Line]:
    yield _plain(Role.HEADING4, numbering.level4(number) + subitem.title)
    yield from _blocks(subitem.content)


def _item(number: int, item: Item) -> Iterator[Line]:
    yield _plain(Role.HEADING3, numbering.level3(number) + item.title)
    yield from _blocks(item.content)
    for n, subitem in enumerate(item.subitems, start=1):
        yield from _subitem(n, subitem)


def _section(number: int, section: Section) -> Iterator[Line]:
    yield _plain(Role.HEADING2, numbering.level2(number) + section.title)
    yield from _blocks(section.content)
    for n, item in enumerate(section.items, start=1):
        yield from _item(n, item)


def part_lines(number: int, part: Part) -> Iterator[Line]:
    """The lines of part `number` (1-based): its heading and everything under it."""
    yield _plain(Role.HEADING1, numbering.level1(number) + part.heading)
    yield from _blocks(part.content)
    for n, section in enumerate(part.sections, start=1):
        yield from _section(n, section)


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
