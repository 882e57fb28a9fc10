"""Every string of a report a reader sees, with its JSON path, for the text rules."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Block, PartKind, Report
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
    fields += [TextField(("organ",), report.organ, None)]
    fields += [TextField(("addressees", i), name, None) for i, name in enumerate(report.addressees)]
    fields += [TextField(("opening", i), text, None) for i, text in enumerate(report.opening)]
    for p, part in enumerate(report.parts):
        kind = part.kind
        base: JsonPath = ("parts", p)
        fields.append(TextField((*base, "heading"), part.heading, kind))
        fields += _blocks(part.content, (*base, "content"), kind)
        for s, section in enumerate(part.sections):
            sec: JsonPath = (*base, "sections", s)
            fields.append(TextField((*sec, "title"), section.title, kind))
            fields += _blocks(section.content, (*sec, "content"), kind)
            for i, item in enumerate(section.items):
                it: JsonPath = (*sec, "items", i)
                fields.append(TextField((*it, "title"), item.title, kind))
                fields += _blocks(item.content, (*it, "content"), kind)
                for j, subitem in enumerate(item.subitems):
                    sub: JsonPath = (*it, "subitems", j)
                    fields.append(TextField((*sub, "title"), subitem.title, kind))
                    fields += _blocks(subitem.content, (*sub, "content"), kind)
    fields += [
        TextField(("signatories", i), name, None) for i, name in enumerate(report.signatories)
    ]
    if report.note:
        fields.append(TextField(("note",), report.note, None))
    if report.masthead:
        fields.append(TextField(("masthead", "mark"), report.masthead.mark, None))
    return fields
