"""A story's paragraphs and runs: read their text, add paragraphs, isolate quotation marks.

Built on python-docx's element classes (CT_P, CT_R, CT_PPr, CT_RPr); a whole
Document object per report made batch builds four times slower, so parts are parsed
and edited as elements.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.shared import RGBColor, Twips

from ...lazyregex import lazy_compile
from .properties import east_asian_font, set_fonts

# Ambiguous-width quotation marks: Word draws them in the Latin font unless told.
QUOTATION_MARKS = "“”‘’"
_QUOTE = lazy_compile(f"[{QUOTATION_MARKS}]")
_SCRIPT_STRETCH = lazy_compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")


def parse(xml: bytes) -> Any:
    """A part's root element, with python-docx's element classes."""
    return parse_xml(xml)


def serialize(element: Any) -> bytes:
    """A part's XML as python-docx writes it."""
    from lxml import etree  # type: ignore[import-untyped]  # python-docx depends on lxml

    return bytes(etree.tostring(element, encoding="UTF-8", standalone=True))


def paragraphs(root: Any) -> list[Any]:
    """Every paragraph in a story (document, header, footer), tables included."""
    return list(root.iter(qn("w:p")))


def text(paragraph: Any) -> str:
    return str(paragraph.text)


def runs(paragraph: Any) -> list[Any]:
    """The paragraph's runs; each has a `text` that can be read and set."""
    return list(paragraph.r_lst)


def remove(paragraph: Any) -> None:
    paragraph.getparent().remove(paragraph)


def insert_paragraph_before(anchor: Any, style_id: str, texts: list[tuple[str, str | None]]) -> Any:
    """A new paragraph before `anchor`: paragraph style `style_id`, runs of (text,
    character style id or None); a tab in the text becomes w:tab.

    Built as elements: python-docx's `add_run` and `run.text` look styles up by
    scanning them and add text a character at a time, which made a batch build slow.
    """
    paragraph = OxmlElement("w:p")
    paragraph.style = style_id
    for content, run_style in texts:
        run = paragraph.add_r()
        if run_style:
            run.style = run_style
        for index, piece in enumerate(content.split("\t")):
            if index:
                run.add_tab()
            if piece:
                run.append(_text_element(piece))
    anchor.addprevious(paragraph)
    return paragraph


def _text_element(content: str) -> Any:
    element = OxmlElement("w:t")
    element.set(qn("xml:space"), "preserve")
    element.text = content
    return element


def isolate_quotes(
    paragraph: Any, font_for: Callable[[str | None, str | None], str | None]
) -> None:
    """Set the quotation marks “ ” ‘ ’ in the East Asian font, in Word as in LibreOffice.

    A run holding a mark is split where its text changes between ASCII (digits, Latin)
    and the rest; each non-ASCII piece with a mark becomes a run of its own whose
    w:rFonts name one East Asian font in every slot, with w:hint="eastAsia" (see
    docs/layout.md, 'Quotation marks'). Pieces stay as long as the script allows:
    LibreOffice fits about a quarter point less on a line for every extra run.

    `font_for(paragraph style id, run style id)` gives that font when the run names
    none itself; a run whose font is unknown is left as it is.
    """
    for run in runs(paragraph):
        if not _QUOTE.search(run.text):
            continue
        font = east_asian_font(run.rPr) or font_for(paragraph.style, run.style)
        if font is None:
            continue
        for has_quote, children in _pieces(run):
            piece = OxmlElement("w:r")
            piece.attrib.update(run.attrib)
            if run.rPr is not None:
                piece.append(copy.deepcopy(run.rPr))
            piece.extend(children)
            if has_quote:
                set_fonts(piece.get_or_add_rPr(), east_asian=font, latin=font, hint=True)
            run.addprevious(piece)
        run.getparent().remove(run)


def _pieces(run: Any) -> list[tuple[bool, list[Any]]]:
    """The run's content split into ASCII and non-ASCII stretches, each stretch with a
    quotation mark on its own: (holds a mark, children)."""
    pieces: list[tuple[bool, list[Any]]] = []
    current: list[Any] = []
    for child in list(run):
        if child.tag == qn("w:rPr"):
            continue
        if child.tag != qn("w:t") or not _QUOTE.search(child.text or ""):
            current.append(child)
            continue
        for part in _SCRIPT_STRETCH.findall(child.text):
            if _QUOTE.search(part):
                if current:
                    pieces.append((False, current))
                    current = []
                pieces.append((True, [_text_element(part)]))
            else:
                current.append(_text_element(part))
    if current:
        pieces.append((False, current))
    return pieces


def set_indents(paragraph: Any, *, left: int, right: int) -> None:
    ind = paragraph.get_or_add_pPr().get_or_add_ind()
    ind.left, ind.right = Twips(left), Twips(right)


def keep_with_next(paragraph: Any) -> None:
    paragraph.get_or_add_pPr().keepNext_val = True


def emphasise(paragraph: Any, *, color: str) -> None:
    """Bold and coloured runs (the draft mark)."""
    for run in runs(paragraph):
        properties = run.get_or_add_rPr()
        properties.get_or_add_b()
        properties.get_or_add_color().val = RGBColor.from_string(color)


def append_page_field(paragraph: Any) -> None:
    """A PAGE field as begin/instrText/separate/result/end runs (read by Word, WPS,
    LibreOffice), at the end of a python-docx Paragraph."""
    element = paragraph._p  # python-docx's Paragraph keeps its element private

    def run_with(child: Any) -> None:
        element.add_r().append(child)

    begin = OxmlElement("w:fldChar", {qn("w:fldCharType"): "begin"})
    run_with(begin)
    instruction = OxmlElement("w:instrText", {qn("xml:space"): "preserve"})
    instruction.text = " PAGE "
    run_with(instruction)
    run_with(OxmlElement("w:fldChar", {qn("w:fldCharType"): "separate"}))
    run_with(_text_element("1"))
    run_with(OxmlElement("w:fldChar", {qn("w:fldCharType"): "end"}))
