"""The page a template sets up: the width and side margins of its last section, as
written. python-docx's typed properties raise on a value outside the schema ("abc", a
width past 2³¹); here the text is taken as it stands and `twips` says whether it is a
length at all, so the caller can tell the clerk which value is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import qn

from ...lazyregex import lazy_compile

# Where a section ends, as python-docx's `Document.sections` finds them: in a paragraph's
# properties, and last in the body.
_PARAGRAPH_SECTION = f"{qn('w:pPr')}/{qn('w:sectPr')}"
# ST_TwipsMeasure (ECMA-376 §22.9.2.14): a whole number of twips, or a number with a unit.
_TWIPS = lazy_compile(r"\s*(-?\d+)\s*")
_MEASURE = lazy_compile(r"\s*(-?\d+(?:\.\d+)?)(mm|cm|in|pt|pc|pi)\s*")
_TWIPS_PER_UNIT = {"mm": 1440 / 25.4, "cm": 1440 / 2.54, "in": 1440, "pt": 20, "pc": 240, "pi": 240}


@dataclass(frozen=True)
class PageSetup:
    """The values as written (None: not given)."""

    width: str | None
    left: str | None
    right: str | None


def page_setup(body: Any) -> PageSetup | None:
    """The page of the body's last section; None when the body has no section at all."""
    sections = [
        *(paragraph.find(_PARAGRAPH_SECTION) for paragraph in body.iterchildren(qn("w:p"))),
        body.find(qn("w:sectPr")),
    ]
    section = next((found for found in reversed(sections) if found is not None), None)
    if section is None:
        return None
    size, margins = section.find(qn("w:pgSz")), section.find(qn("w:pgMar"))
    return PageSetup(
        width=None if size is None else size.get(qn("w:w")),
        left=None if margins is None else margins.get(qn("w:left")),
        right=None if margins is None else margins.get(qn("w:right")),
    )


def twips(value: str) -> int | None:
    """A length as twips, or None when the text is not a length."""
    whole = _TWIPS.fullmatch(value)
    if whole:
        return int(whole.group(1))
    measure = _MEASURE.fullmatch(value)
    if measure:
        return round(float(measure.group(1)) * _TWIPS_PER_UNIT[measure.group(2)])
    return None
