"""What import reads right but the draft still writes wrong: a heading numbered `1、` or
`（一）、`, a date written `2025年01月15日` or `2025.1.15`.

Import normalises both (its notes say so) and the data file never holds them, so no
rule sees them; in the clerk's own document they are still there. For an annotated copy
they are certain changes like any safe fix: the number kept, the mark GB/T 15834 asks
for (1. （一） 一、); the date as GB/T 9704 writes it (Arabic numerals, no leading 0).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..numbering import format_date
from ..structure import divisions, read_heading
from .opening import Opened
from .sourcemap import Span


@dataclass(frozen=True)
class Normalised:
    span: Span  # the words in the draft
    written: str
    right: str
    message: str
    suggestion: str


def normalised(opened: Opened) -> Iterator[Normalised]:
    """The draft's typed heading numbers and its date, where written otherwise."""
    if opened.map is None or opened.source is None:
        return
    texts = opened.source.texts
    for division in divisions(opened.report):
        path = (*division.path, division.level.title)
        chars = opened.map.chars.get(path)
        if not chars:
            continue
        paragraph, title_at = chars[0]
        text = texts[paragraph]
        begin = len(text) - len(text.lstrip())
        numbered = read_heading(text[begin:title_at] + division.title)
        if numbered is None or numbered.canonical or begin >= title_at:
            continue
        typed = text[begin:title_at]
        right = numbered.level.format(numbered.number)
        yield Normalised(
            Span(paragraph, begin, title_at),
            typed,
            right,
            f"标题序号“{typed.strip()}”写法不规范（GB/T 15834）。",
            f"改为“{right}”。",
        )
    date, chars = opened.report.date, opened.map.chars.get(("date",))
    if date is not None and chars:
        written = opened.map.strings[("date",)]
        right = format_date(date.year, date.month, date.day)
        if written != right:
            paragraph = chars[0][0]
            yield Normalised(
                Span(paragraph, chars[0][1], chars[-1][1] + 1),
                written,
                right,
                f"成文日期“{written}”写法不规范：用阿拉伯数字，年份写全，月、日不编虚位"
                "（GB/T 9704）。",
                f"改为“{right}”。",
            )
