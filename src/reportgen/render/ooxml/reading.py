"""What import reads of WordprocessingML: the body's text as Word shows it, paragraph by
paragraph, each run's text with whether it is bold; and what was left out or read in a
special way, so that import can say so.

Every visible run wherever it stands: tracked changes as if all were accepted (w:ins,
w:moveTo in; w:del, w:moveFrom out; a deleted or hidden paragraph mark joins two
paragraphs), content controls (unless still showing their prompt), smart tags, custom
XML, a field's result but never its code, tables row by row, text boxes after their
paragraph; hidden text out; comments never; footnotes apart, for a note. What each
element reads as, and why: docs/word-files.md. Each element is visited once and styles
are resolved once (styles.RunLook); a run's text counts tabs and line breaks as
python-docx's `CT_R.text` does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn

from .package import related_root
from .styles import RunLook, on

Piece = tuple[str, bool]  # a run's text and whether it is bold
Paragraph = list[Piece]
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(*names: str) -> tuple[str, ...]:
    return tuple(f"{{{_W}}}{name}" for name in names)


_P, _R, _TBL, _TR, _TC, _SDT, _SDT_CONTENT, _SDT_PR = _w(
    "p", "r", "tbl", "tr", "tc", "sdt", "sdtContent", "sdtPr"
)
_PPR, _RPR, _PSTYLE, _TRPR, _TCPR = _w("pPr", "rPr", "pStyle", "trPr", "tcPr")
_T, _BR, _FLD_CHAR, _TXBX, _RUBY, _RUBY_BASE = _w(
    "t", "br", "fldChar", "txbxContent", "ruby", "rubyBase"
)
_DEL, _MOVE_FROM, _CELL_DEL, _ALT_CHUNK = _w("del", "moveFrom", "cellDel", "altChunk")
_SHOWING_PROMPT = qn("w:showingPlcHdr")
_FOOTNOTE_REFERENCE, _ENDNOTE_REFERENCE = _w("footnoteReference", "endnoteReference")
_ALTERNATE, _CHOICE, _FALLBACK = (
    f"{{{_MC}}}{name}" for name in ("AlternateContent", "Choice", "Fallback")
)
_VAL, _TYPE, _ID, _FLD_CHAR_TYPE = qn("w:val"), qn("w:type"), qn("w:id"), qn("w:fldCharType")
# Run content that stands for text, as python-docx's CT_R.text reads it.
_TEXT_OF = {qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}
# Containers whose content Word shows as if they were not there.
_INLINE_WRAPPERS = frozenset(
    _w("hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "dir", "bdo")
)
_BLOCK_WRAPPERS = frozenset(_w("customXml", "ins", "moveTo"))
# Where a run can hold a drawing or a VML shape, and so a text box.
_SHAPES = frozenset([*_w("drawing", "pict", "object"), _ALTERNATE])
_REVISIONS = _w(
    "ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange",
    "tblPrChange", "tblGridChange", "trPrChange", "tcPrChange", "cellIns", "cellDel",
    "cellMerge", "numberingChange",
)  # fmt: skip
_COMMENT_MARKS = _w("commentReference", "commentRangeStart")


@dataclass(frozen=True)
class Table:
    first_row: str  # its first row's text, cells joined by tabs
    rows: int


@dataclass
class Reading:
    """A document's body as Word shows it, and what was left out or read specially."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    revisions: bool = False  # tracked changes: read as if all were accepted
    hidden: int = 0  # runs of hidden text left out
    prompts: int = 0  # content controls still showing their prompt, left out
    tables: list[Table] = field(default_factory=list)
    text_boxes: int = 0
    comments: int = 0  # comments anchored in the body, never read
    footnotes: list[str] = field(default_factory=list)  # each note's text, not read as body
    endnotes: list[str] = field(default_factory=list)
    alt_chunks: int = 0  # other documents imported whole (altChunk), not read


def read_document(document: Any) -> Reading:
    """What Word shows of a python-docx Document's body (headers and footers aside)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    part = document.part
    body = document.element.body
    if body is None:  # a document.xml without w:body: nothing to show
        return Reading()
    walker = _Walker(RunLook(related_root(part, RT.STYLES)))
    walker.block(body)
    walker.finish()
    reading = walker.reading
    reading.revisions = next(body.iter(*_REVISIONS), None) is not None
    reading.comments = len({mark.get(_ID) for mark in body.iter(*_COMMENT_MARKS)})
    for kind, ids, notes in (
        (RT.FOOTNOTES, walker.footnotes, reading.footnotes),
        (RT.ENDNOTES, walker.endnotes, reading.endnotes),
    ):
        if ids:  # each once; a note that refers to notes does not add to the list read
            notes += _notes_text(walker, related_root(part, kind), list(dict.fromkeys(ids)))
    return reading


def _notes_text(walker: _Walker, root: Any, ids: list[str]) -> list[str]:
    """The text of each footnote or endnote referred to, in the order of reference."""
    if root is None:
        return []
    by_id = {note.get(_ID): note for note in root}
    found = (by_id.get(note_id) for note_id in ids)
    return [
        "".join(text for paragraph in walker.capture(note) for text, _ in paragraph).strip()
        for note in found
        if note is not None
    ]


class _Walker:
    """One pass over a story in document order; complex fields span runs and even
    paragraphs, so their state is the walker's."""

    def __init__(self, look: RunLook) -> None:
        self.look = look
        self.reading = Reading()
        self.out = self.reading.paragraphs
        self.carry: Paragraph = []  # a paragraph whose mark is gone runs on into the next
        self.after: list[Paragraph] = []  # text boxes, placed after their anchor's paragraph
        self.fields: list[bool] = []  # open complex fields: True once past `separate`
        self.in_code = False
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

    def paragraph(self, paragraph: Any) -> None:
        pieces, self.carry = self.carry, []
        style_id = mark = None
        properties = paragraph.find(_PPR)
        for child in () if properties is None else properties:
            if child.tag == _PSTYLE:
                style_id = child.get(_VAL)
            elif child.tag == _RPR:
                mark = child  # the paragraph mark's own properties
        self.inline(paragraph, pieces, style_id)
        gone = mark is not None and (
            mark.find(_DEL) is not None or mark.find(_MOVE_FROM) is not None
        )
        if gone or self.look.of(mark, style_id)[1]:
            self.carry = pieces  # the mark deleted, moved away or hidden: no break here
        else:
            self.emit(pieces)

    def emit(self, pieces: Paragraph) -> None:
        self.out.append(pieces)
        self.out.extend(self.after)
        self.after = []

    def finish(self) -> None:
        if self.carry:
            self.emit(self.carry)
            self.carry = []
        self.out.extend(self.after)
        self.after = []

    def capture(self, story: Any) -> list[Paragraph]:
        """The paragraphs of a cell, text box or note, read apart from the main flow."""
        saved = self.out, self.carry, self.after, self.fields, self.in_code
        self.out, self.carry, self.after, self.fields, self.in_code = [], [], [], [], False
        self.block(story)
        self.finish()
        captured = self.out
        self.out, self.carry, self.after, self.fields, self.in_code = saved
        return captured

    def table(self, table: Any) -> None:
        if self.carry:  # a paragraph cannot run on into a table: it stays before it
            self.emit(self.carry)
            self.carry = []
        lines: list[Paragraph] = []
        rows = 0
        for row in _rows(table):
            rows += 1
            cells = [self.capture(cell) for cell in _cells(row)]
            filled = [[p for p in cell if _text(p).strip()] for cell in cells]
            if all(len(cell) <= 1 for cell in filled):
                line: Paragraph = []
                for index, cell in enumerate(filled):
                    if index:
                        line.append(("\t", False))
                    if cell:
                        line.extend(cell[0])
                lines.append(line)
            else:  # a table for layout: a cell's paragraphs are paragraphs
                lines += [paragraph for cell in filled for paragraph in cell]
        if rows:
            first = next((_text(line) for line in lines if _text(line).strip()), "")
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

    def inline(self, container: Any, pieces: Paragraph, style_id: str | None) -> None:
        for child in container:
            tag = child.tag
            if tag == _R:
                self.run(child, pieces, style_id)
            elif tag in _INLINE_WRAPPERS:
                self.inline(child, pieces, style_id)
            elif tag == _SDT:
                self.content_control(child, lambda c: self.inline(c, pieces, style_id))
            elif tag == _ALTERNATE:
                self.inline(_branch(child), pieces, style_id)
            # w:del and w:moveFrom (deleted text), bookmarks, comment ranges: nothing shown

    def run(self, run: Any, pieces: Paragraph, style_id: str | None) -> None:
        bold, hidden = self.look.of(None, style_id)
        parts: list[str] = []
        left_out = False
        for child in run:
            tag = child.tag
            if tag == _T:
                if hidden:
                    left_out = left_out or bool(child.text)
                elif not self.in_code:
                    parts.append(child.text or "")
            elif tag == _RPR:  # first in a run (the schema's order): before any text
                bold, hidden = self.look.of(child, style_id)
            elif tag == _FLD_CHAR:
                self.field_char(child)
            elif hidden or self.in_code:
                continue
            elif tag == _BR:
                # A line break is a newline; a page or column break is no text.
                parts.append("\n" if child.get(_TYPE, "textWrapping") == "textWrapping" else "")
            elif tag in _TEXT_OF:
                parts.append(_TEXT_OF[tag])
            elif tag in _SHAPES:
                self.text_boxes(child)
            elif tag == _RUBY:  # the base text, not the reading set above it
                base = child.find(_RUBY_BASE)
                if base is not None:
                    inner: Paragraph = []
                    self.inline(base, inner, style_id)
                    parts.append(_text(inner))
            elif tag == _FOOTNOTE_REFERENCE:
                self.footnotes.append(child.get(_ID))
            elif tag == _ENDNOTE_REFERENCE:
                self.endnotes.append(child.get(_ID))
        if left_out:
            self.reading.hidden += 1
        if parts:
            pieces.append(("".join(parts), bold))

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
                self.after += self.capture(child)
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
    for child in table:
        if child.tag == _TR:
            properties = child.find(_TRPR)
            if properties is None or properties.find(_DEL) is None:
                yield child
        elif child.tag in (_SDT, *_BLOCK_WRAPPERS):
            yield from _rows(_unwrapped(child))


def _cells(row: Any) -> Iterator[Any]:
    for child in row:
        if child.tag == _TC:
            properties = child.find(_TCPR)
            if properties is None or properties.find(_CELL_DEL) is None:
                yield child
        elif child.tag in (_SDT, *_BLOCK_WRAPPERS):
            yield from _cells(_unwrapped(child))


def _unwrapped(wrapper: Any) -> Any:
    if wrapper.tag == _SDT:
        content = wrapper.find(_SDT_CONTENT)
        return () if content is None else content
    return wrapper


def _text(paragraph: Paragraph) -> str:
    return "".join(text for text, _ in paragraph)
