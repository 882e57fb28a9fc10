"""What import reads of WordprocessingML (kept in this layer with every other tag): each body paragraph's runs, their text and bold.

python-docx answers the same questions through an XPath query for every run's text
and a scan of styles.xml for every run's style: 2.4 ms a paragraph, most of an
import's time. Here each element is visited once, and each character style's bold is
worked out once. The answers are python-docx's own: a paragraph is the runs directly
in it or in a hyperlink (`Paragraph.text`), a run's text counts tabs and line breaks
(`CT_R.text`), and a run is bold by its own w:b, else by its character style.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from docx.oxml.ns import qn

_P, _R, _HYPERLINK, _RPR, _B, _RSTYLE = (
    qn(f"w:{name}") for name in ("p", "r", "hyperlink", "rPr", "b", "rStyle")
)
_VAL, _TYPE = qn("w:val"), qn("w:type")
_T, _BR = qn("w:t"), qn("w:br")
# Run content that stands for text, as python-docx's CT_R.text reads it.
_TEXT_OF = {qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}
_OFF = ("0", "false", "off")

Piece = tuple[str, bool]  # a run's text and whether it is bold


def runs_of_paragraphs(document: Any) -> Iterator[list[Piece]]:
    """The body's paragraphs (tables and text boxes aside, as python-docx gives them)."""
    bold_styles = _bold_character_styles(document)
    for paragraph in document.element.body.iterchildren(_P):
        yield [(_text(run), _bold(run, bold_styles)) for run in _runs(paragraph)]


def _runs(paragraph: Any) -> Iterator[Any]:
    for child in paragraph.iterchildren(_R, _HYPERLINK):
        if child.tag == _R:
            yield child
        else:
            yield from child.iterchildren(_R)


def _text(run: Any) -> str:
    parts = []
    for child in run:
        if child.tag == _T:
            parts.append(child.text or "")
        elif child.tag == _BR:
            # A line break is a newline; a page or column break is no text.
            parts.append("\n" if child.get(_TYPE, "textWrapping") == "textWrapping" else "")
        elif child.tag in _TEXT_OF:
            parts.append(_TEXT_OF[child.tag])
    return "".join(parts)


def _bold(run: Any, bold_styles: dict[str | None, bool]) -> bool:
    properties = run.find(_RPR)
    if properties is None:
        return bold_styles[None]
    bold = properties.find(_B)
    if bold is not None:
        return bold.get(_VAL, "true") not in _OFF
    style = properties.find(_RSTYLE)
    if style is None:
        return bold_styles[None]
    return bold_styles.get(style.get(_VAL), bold_styles[None])  # unknown: Word's default


def _bold_character_styles(document: Any) -> dict[str | None, bool]:
    """Whether each character style is bold, following `basedOn`; None: the default one."""
    from docx.enum.style import WD_STYLE_TYPE

    def bold(style: Any, depth: int = 0) -> bool:
        if style.font.bold is not None or style.base_style is None or depth > 20:
            return bool(style.font.bold)
        return bold(style.base_style, depth + 1)

    table: dict[str | None, bool] = {
        style.style_id: bold(style)
        for style in document.styles
        if style.type == WD_STYLE_TYPE.CHARACTER
    }
    default = document.styles.default(WD_STYLE_TYPE.CHARACTER)
    table[None] = bold(default) if default is not None else False
    return table
