"""A Word document's paragraphs as Word shows them, each character traced to its element.

`validate 草稿.docx` aligns the imported report with these texts (findings name the
paragraph they stand in) and `--annotate` marks them (comments, tracked changes), so
both need to know which w:t holds which character. What counts as shown text is what
Word displays with every pending change accepted: runs directly in the paragraph or
in a hyperlink, content control, smart tag, custom XML, simple field, tracked
insertion or move; not deleted or moved-away runs, not hidden runs (w:vanish, set on
the run or through its character or paragraph style), not field instructions
(w:instrText is no w:t), not paragraphs of text boxes (they float beside the text).

A piece is `editable` when its run stands in plain containers only (paragraph,
hyperlink, content control, smart tag, custom XML): there a tracked change can be
written; inside a field's result or someone's pending change it is left alone.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(name: str) -> str:
    return f"{{{W}}}{name}"


_PLAIN = {w(n) for n in ("hyperlink", "sdt", "sdtContent", "smartTag", "customXml", "dir", "bdo")}
_SHOWN = {w(n) for n in ("ins", "moveTo", "fldSimple")}
_TEXT_OF = {w("tab"): "\t", w("ptab"): "\t", w("cr"): "\n", w("noBreakHyphen"): "-"}
_OFF = ("0", "false", "off")


@dataclass(frozen=True)
class Piece:
    """One run child that shows text: a w:t (any length) or a tab, break or hyphen."""

    text: str
    run: Any  # the w:r
    node: Any  # the w:t, w:tab, w:br …
    editable: bool

    @property
    def splittable(self) -> bool:
        return self.editable and self.node.tag == w("t")


@dataclass
class ParagraphText:
    element: Any  # the w:p
    pieces: list[Piece]
    hidden: Collection[str] = ()  # the document's hidden styles, to read it again
    inherited: bool = False  # hidden through its paragraph style

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)

    def reread(self) -> None:
        """Read the pieces again after the paragraph's runs were split."""
        self.pieces = list(_pieces(self.element, self.hidden, self.inherited, editable=True))


def parse_part(xml: bytes) -> Any:
    """A part's root element. Callers have refused packages with a DTD (package.py);
    entities are not resolved and nothing is fetched all the same."""
    from lxml import etree  # type: ignore[import-untyped]  # python-docx depends on lxml

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(xml, parser)


def hidden_styles(styles: Any | None) -> set[str]:
    """Ids of the styles that hide their text (w:vanish), following basedOn."""
    if styles is None:
        return set()
    own: dict[str, bool | None] = {}
    based: dict[str, str] = {}
    for style in styles.iterchildren(w("style")):
        style_id = style.get(w("styleId"))
        if style_id is None:
            continue
        vanish = style.find(f"{w('rPr')}/{w('vanish')}")
        own[style_id] = None if vanish is None else vanish.get(w("val"), "true") not in _OFF
        parent = style.find(w("basedOn"))
        if parent is not None and parent.get(w("val")):
            based[style_id] = parent.get(w("val"))

    def hidden(style_id: str) -> bool:
        seen: set[str] = set()
        while style_id not in seen:  # a basedOn loop ends the walk
            seen.add(style_id)
            if own.get(style_id) is not None:
                return bool(own[style_id])
            if style_id not in based:
                return False
            style_id = based[style_id]
        return False

    return {style_id for style_id in own if hidden(style_id)}


def document_paragraphs(document: Any, hidden: Collection[str] = ()) -> list[ParagraphText]:
    """Every paragraph of the body in reading order (tables included, text boxes not)."""
    body = document.find(w("body"))
    if body is None:
        return []
    result = []
    for paragraph in body.iter(w("p")):
        if _in_text_box(paragraph):
            continue
        style = paragraph.find(f"{w('pPr')}/{w('pStyle')}")
        paragraph_hidden = style is not None and style.get(w("val")) in hidden
        pieces = list(_pieces(paragraph, hidden, paragraph_hidden, editable=True))
        result.append(ParagraphText(paragraph, pieces, hidden, paragraph_hidden))
    return result


def _in_text_box(paragraph: Any) -> bool:
    parent = paragraph.getparent()
    while parent is not None:
        if parent.tag == w("txbxContent"):
            return True
        parent = parent.getparent()
    return False


def _pieces(
    container: Any, hidden: Collection[str], inherited: bool, editable: bool
) -> Iterator[Piece]:
    for child in container:
        tag = child.tag
        if tag == w("r"):
            if not _hidden_run(child, hidden, inherited):
                yield from _run_pieces(child, editable)
        elif tag in _PLAIN:
            yield from _pieces(child, hidden, inherited, editable)
        elif tag in _SHOWN:
            yield from _pieces(child, hidden, inherited, editable=False)
        # w:del, w:moveFrom, properties, bookmarks, comment ranges: no shown text


def _hidden_run(run: Any, hidden: Collection[str], inherited: bool) -> bool:
    properties = run.find(w("rPr"))
    if properties is not None:
        vanish = properties.find(w("vanish"))
        if vanish is not None:
            return vanish.get(w("val"), "true") not in _OFF
        style = properties.find(w("rStyle"))
        if style is not None and style.get(w("val")) in hidden:
            return True
    return inherited


def _run_pieces(run: Any, editable: bool) -> Iterator[Piece]:
    for child in run:
        if child.tag == w("t"):
            if child.text:
                yield Piece(child.text, run, child, editable)
        elif child.tag == w("br"):
            # A line break is a newline; a page or column break shows no text.
            if child.get(w("type"), "textWrapping") == "textWrapping":
                yield Piece("\n", run, child, editable)
        elif child.tag in _TEXT_OF:
            yield Piece(_TEXT_OF[child.tag], run, child, editable)
