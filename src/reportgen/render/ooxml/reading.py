"""What Word shows of a document's body, paragraph by paragraph, each character traced
to the element it stands in; and what was left out or read in a special way.

One reader for every use: import takes each paragraph's text and its bold runs;
`validate 草稿.docx` takes the same paragraphs to say where a finding is (第 N 段
counts them), and `--annotate` writes its comments and tracked changes on the pieces'
runs. Every visible run wherever it stands: tracked changes as if all were accepted
(w:ins, w:moveTo in; w:del, w:moveFrom out; a deleted or hidden paragraph mark joins two
paragraphs), content controls (unless still showing their prompt), smart tags, custom
XML, a field's result but never its code, tables row by row, text boxes after their
paragraph; hidden text out; comments never; footnotes apart, for a note. What each
element reads as, and why: docs/word-files.md. Each element is visited once and styles
are resolved once (styles.RunLook); a run's text counts tabs and line breaks as
python-docx's `CT_R.text` does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .package import parse_part
from .parts import main_part, related_part
from .styles import RunLook, on
from .textmap import Paragraph, Piece, Reading, Table, Unreadable, w

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(*names: str) -> tuple[str, ...]:
    return tuple(w(name) for name in names)


_P, _R, _TBL, _TR, _TC, _SDT, _SDT_CONTENT, _SDT_PR = _w(
    "p", "r", "tbl", "tr", "tc", "sdt", "sdtContent", "sdtPr"
)
_PPR, _RPR, _PSTYLE, _TRPR, _TCPR, _BODY = _w("pPr", "rPr", "pStyle", "trPr", "tcPr", "body")
_T, _BR, _FLD_CHAR, _TXBX, _RUBY, _RUBY_BASE = _w(
    "t", "br", "fldChar", "txbxContent", "ruby", "rubyBase"
)
_DEL, _MOVE_FROM, _CELL_DEL, _ALT_CHUNK = _w("del", "moveFrom", "cellDel", "altChunk")
_SHOWING_PROMPT, _FOOTNOTE_REFERENCE, _ENDNOTE_REFERENCE = _w(
    "showingPlcHdr", "footnoteReference", "endnoteReference"
)
_ALTERNATE, _CHOICE, _FALLBACK = (
    f"{{{_MC}}}{name}" for name in ("AlternateContent", "Choice", "Fallback")
)
_VAL, _TYPE, _ID, _FLD_CHAR_TYPE = _w("val", "type", "id", "fldCharType")
# Run content that stands for text, as python-docx's CT_R.text reads it.
_TEXT_OF = {w("tab"): "\t", w("ptab"): "\t", w("cr"): "\n", w("noBreakHyphen"): "-"}
# Containers whose content Word shows as if they were not there: the clerk's own text
# (plain: a tracked change can be written there), and text that is not plainly theirs
# (someone's pending change, a field's result).
_PLAIN_WRAPPERS = frozenset(_w("hyperlink", "smartTag", "customXml", "dir", "bdo"))
_OTHER_WRAPPERS = frozenset(_w("ins", "moveTo", "fldSimple"))
_BLOCK_WRAPPERS = frozenset(_w("customXml", "ins", "moveTo"))
# Where a run can hold a drawing or a VML shape, and so a text box.
_SHAPES = frozenset([*_w("drawing", "pict", "object"), _ALTERNATE])
_REVISIONS = _w(
    "ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange",
    "tblPrChange", "tblGridChange", "trPrChange", "tcPrChange", "cellIns", "cellDel",
    "cellMerge", "numberingChange",
)  # fmt: skip
_COMMENT_MARKS = _w("commentReference", "commentRangeStart")


def read_package(parts: dict[str, bytes], elements: bool = False) -> Reading:
    """What Word shows of a package's main document body (headers and footers aside).
    The package has been checked already (package.check_docx: no DTD, bounded).
    With `elements`, each piece keeps its run and node and each paragraph its w:p, for
    marking them; without, a run is one piece and no proxy of the tree stays alive (import
    of 20,000 paragraphs: peak memory 147 MiB rather than 165; docs/word-files.md)."""
    from lxml import etree  # type: ignore[import-untyped]  # python-docx depends on lxml

    part = main_part(parts)
    if part not in parts:
        raise Unreadable(part)
    roots: dict[str, Any] = {}
    for kind in ("", "styles", "footnotes", "endnotes"):
        name = related_part(parts, part, kind) if kind else part
        try:
            roots[kind] = parse_part(parts[name]) if name in parts else None
        except etree.XMLSyntaxError:
            raise Unreadable(name) from None
    walker = _Walker(RunLook(roots["styles"]), elements)
    reading = walker.reading
    reading.part, reading.root = part, roots[""]
    body = reading.root.find(_BODY)
    if body is None:  # a document.xml without w:body: nothing to show
        return reading
    walker.block(body)
    walker.finish()
    reading.revisions = next(body.iter(*_REVISIONS), None) is not None
    reading.comments = len({mark.get(_ID) for mark in body.iter(*_COMMENT_MARKS)})
    for notes_root, ids, notes in (
        (roots["footnotes"], walker.footnotes, reading.footnotes),
        (roots["endnotes"], walker.endnotes, reading.endnotes),
    ):
        if ids and notes_root is not None:  # each once, in the order of reference
            by_id = {note.get(_ID): note for note in notes_root}
            found = (by_id.get(note_id) for note_id in dict.fromkeys(ids))
            notes += [_text(walker.capture(note)).strip() for note in found if note is not None]
    return reading


class _Walker:
    """One pass over a story in document order; complex fields span runs and even
    paragraphs, so their state is the walker's."""

    def __init__(self, look: RunLook, elements: bool = False) -> None:
        self.look = look
        self.elements = elements
        self.reading = Reading()
        self.out = self.reading.paragraphs
        self.carry: Paragraph | None = None  # a paragraph whose mark is gone runs on
        self.after: list[Paragraph] = []  # text boxes, placed after their anchor's paragraph
        self.fields: list[bool] = []  # open complex fields: True once past `separate`
        self.in_code = False
        self.in_box = False
        self.footnotes: list[str] = []
        self.endnotes: list[str] = []

    # --- blocks: paragraphs, tables and what wraps them

    def block(self, container: Any) -> None:
        for child in container:
            tag = child.tag
            if tag == _P:
                self.paragraph(child)
            elif tag == _TBL:
                self.table(child)
            elif tag == _SDT:
                self.content_control(child, self.block)
            elif tag in _BLOCK_WRAPPERS:
                self.block(child)
            elif tag == _ALTERNATE:
                self.block(_branch(child))
            elif tag == _ALT_CHUNK:
                self.reading.alt_chunks += 1

    def paragraph(self, element: Any) -> None:
        current = self.carry or Paragraph(in_text_box=self.in_box)
        self.carry = None
        if self.elements:
            current.elements.append(element)
        style_id = mark = None
        properties = element.find(_PPR)
        for child in () if properties is None else properties:
            if child.tag == _PSTYLE:
                style_id = child.get(_VAL)
            elif child.tag == _RPR:
                mark = child  # the paragraph mark's own properties
        self.inline(element, current.pieces, style_id, True)
        gone = mark is not None and (
            mark.find(_DEL) is not None or mark.find(_MOVE_FROM) is not None
        )
        if gone or self.look.of(mark, style_id)[1]:
            self.carry = current  # the mark deleted, moved away or hidden: no break here
        else:
            self.emit(current)

    def emit(self, paragraph: Paragraph) -> None:
        self.out.append(paragraph)
        self.out.extend(self.after)
        self.after = []

    def finish(self) -> None:
        if self.carry is not None and self.carry.pieces:
            self.emit(self.carry)
        self.carry = None
        self.out.extend(self.after)
        self.after = []

    def capture(self, story: Any) -> list[Paragraph]:
        """The paragraphs of a cell, text box or note, read apart from the main flow."""
        saved = self.out, self.carry, self.after, self.fields, self.in_code
        self.out, self.carry, self.after, self.fields, self.in_code = [], None, [], [], False
        self.block(story)
        self.finish()
        captured = self.out
        self.out, self.carry, self.after, self.fields, self.in_code = saved
        return captured

    def table(self, table: Any) -> None:
        if self.carry is not None and self.carry.pieces:
            self.emit(self.carry)  # a paragraph cannot run on into a table: it stays before
        self.carry = None
        lines: list[Paragraph] = []
        rows = 0
        for row in _rows(table):
            rows += 1
            cells = [self.capture(cell) for cell in _cells(row)]
            filled = [[p for p in cell if p.text.strip()] for cell in cells]
            if all(len(cell) <= 1 for cell in filled):
                elements = [element for cell in cells for p in cell for element in p.elements]
                line = Paragraph([], elements, self.in_box)
                for index, cell in enumerate(filled):
                    if index:
                        line.pieces.append(Piece("\t", False))
                    if cell:
                        line.pieces += cell[0].pieces
                lines.append(line)
            else:  # a table for layout: a cell's paragraphs are paragraphs
                lines += [paragraph for cell in filled for paragraph in cell]
        if rows:
            first = next((line.text for line in lines if line.text.strip()), "")
            self.reading.tables.append(Table(first.strip(), rows))
        for line in lines:
            self.emit(line)

    def content_control(self, control: Any, walk: Callable[[Any], None]) -> None:
        properties = control.find(_SDT_PR)
        if properties is not None and on(properties.find(_SHOWING_PROMPT)):
            self.reading.prompts += 1
            return
        content = control.find(_SDT_CONTENT)
        if content is not None:
            walk(content)

    # --- runs and what wraps them inside a paragraph

    def inline(self, container: Any, pieces: list[Piece], style: str | None, plain: bool) -> None:
        for child in container:
            tag = child.tag
            if tag == _R:
                self.run(child, pieces, style, plain)
            elif tag in _PLAIN_WRAPPERS or tag in _OTHER_WRAPPERS:
                self.inline(child, pieces, style, plain and tag in _PLAIN_WRAPPERS)
            elif tag == _SDT:
                self.content_control(child, lambda c: self.inline(c, pieces, style, plain))
            elif tag == _ALTERNATE:
                self.inline(_branch(child), pieces, style, False)
            # w:del and w:moveFrom (deleted text), bookmarks, comment ranges: nothing shown

    def run(self, run: Any, pieces: list[Piece], style: str | None, plain: bool) -> None:
        bold, hidden = self.look.of(None, style)
        plain = plain and not self.in_box
        left_out = False
        own: list[Piece] = []
        for child in run:
            tag = child.tag
            if tag == _T:
                if hidden:
                    left_out = left_out or bool(child.text)
                elif not self.in_code and child.text:
                    own.append(self.piece(child.text, bold, run, child, plain))
            elif tag == _RPR:  # first in a run (the schema's order): before any text
                bold, hidden = self.look.of(child, style)
            elif tag == _FLD_CHAR:
                self.field_char(child)
            elif hidden or self.in_code:
                continue
            elif tag == _BR:
                # A line break is a newline; a page or column break is no text.
                if child.get(_TYPE, "textWrapping") == "textWrapping":
                    own.append(self.piece("\n", bold, run, child, plain))
            elif tag in _TEXT_OF:
                own.append(self.piece(_TEXT_OF[tag], bold, run, child, plain))
            elif tag in _SHAPES:
                self.text_boxes(child)
            elif tag == _RUBY:  # the base text, not the reading set above it
                base = child.find(_RUBY_BASE)
                if base is not None:  # its runs, each with its own bold
                    pieces += self.joined(own, bold)
                    own = []
                    self.inline(base, pieces, style, False)
            elif tag == _FOOTNOTE_REFERENCE:
                self.footnotes.append(child.get(_ID))
            elif tag == _ENDNOTE_REFERENCE:
                self.endnotes.append(child.get(_ID))
        if left_out:
            self.reading.hidden += 1
        pieces += self.joined(own, bold)

    def joined(self, own: list[Piece], bold: bool) -> list[Piece]:
        """A run's pieces; read without elements, one piece: the run's text, its bold."""
        if own and not self.elements:
            return [Piece("".join(piece.text for piece in own), bold)]
        return own

    def piece(self, text: str, bold: bool, run: Any, node: Any, plain: bool) -> Piece:
        if not self.elements:
            return Piece(text, bold)
        return Piece(text, bold, run, node, plain and not self.fields)

    def field_char(self, mark: Any) -> None:
        kind = mark.get(_FLD_CHAR_TYPE)
        if kind == "begin":
            self.fields.append(False)
        elif kind == "separate" and self.fields:
            self.fields[-1] = True
        elif kind == "end" and self.fields:
            self.fields.pop()
        # Inside a field's code (before its `separate`, or any enclosing field's): no text.
        self.in_code = not all(self.fields)

    def text_boxes(self, shape: Any) -> None:
        for child in _branch(shape) if shape.tag == _ALTERNATE else shape:
            if child.tag == _TXBX:
                self.reading.text_boxes += 1
                outside, self.in_box = self.in_box, True
                self.after += self.capture(child)
                self.in_box = outside
            else:
                self.text_boxes(child)


def _branch(alternate: Any) -> Any:
    """The branch of mc:AlternateContent to read: the first Choice (what Word 2010 and
    later show), else the Fallback; both hold the same text, read once."""
    for tag in (_CHOICE, _FALLBACK):
        found = alternate.find(tag)
        if found is not None:
            return found
    return ()


def _rows(table: Any) -> Iterator[Any]:
    """A table's rows, through content controls and custom XML; a deleted row is gone."""
    return _kept(table, _TR, _TRPR, _DEL)


def _cells(row: Any) -> Iterator[Any]:
    return _kept(row, _TC, _TCPR, _CELL_DEL)


def _kept(parent: Any, tag: str, properties_tag: str, deleted_tag: str) -> Iterator[Any]:
    """`parent`'s children of `tag` whose properties do not mark them deleted, found
    through content controls and custom XML as well."""
    for child in parent:
        if child.tag == tag:
            properties = child.find(properties_tag)
            if properties is None or properties.find(deleted_tag) is None:
                yield child
        elif child.tag in (_SDT, *_BLOCK_WRAPPERS):
            yield from _kept(_unwrapped(child), tag, properties_tag, deleted_tag)


def _unwrapped(wrapper: Any) -> Any:
    if wrapper.tag == _SDT:
        content = wrapper.find(_SDT_CONTENT)
        return () if content is None else content
    return wrapper


def _text(paragraphs: list[Paragraph]) -> str:
    return "".join(paragraph.text for paragraph in paragraphs)
