"""Every string of a report a reader sees, with its JSON path, for the text rules."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Block, PartKind, Report
from ..structure import divisions
from .base import JsonPath, TextField


def _blocks(blocks: Sequence[Block], path: JsonPath, kind: PartKind) -> Iterator[TextField]:
    for index, block in enumerate(blocks):
        here = (*path, index)
        if isinstance(block, str):
            yield TextField(here, block, kind)
            continue
        if block.intro is not None:
            yield TextField((*here, "intro"), block.intro, kind)
        for number, point in enumerate(block.points):
            if point.lead is not None:
                yield TextField((*here, "points", number, "lead"), point.lead, kind)
            yield TextField((*here, "points", number, "text"), point.text, kind)


def report_texts(report: Report) -> list[TextField]:
    fields = [TextField(("title",), report.full_title, None)] if report.title else []
    fields += [TextField(("organ",), report.organ, None)] if report.organ else []
    fields += [TextField(("addressees", i), name, None) for i, name in enumerate(report.addressees)]
    fields += [TextField(("opening", i), text, None) for i, text in enumerate(report.opening)]
    for division in divisions(report):
        kind, path = division.part.kind, division.path
        fields.append(TextField((*path, division.level.title), division.title, kind))
        fields += _blocks(division.node.content, (*path, "content"), kind)
    fields += [
        TextField(("attachments", i), name, None) for i, name in enumerate(report.attachments)
    ]
    fields += [
        TextField(("signatories", i), name, None) for i, name in enumerate(report.signatories)
    ]
    if report.note:
        fields.append(TextField(("note",), report.note, None))
    if report.masthead:
        fields.append(TextField(("masthead", "mark"), report.masthead.mark, None))
    return fields
