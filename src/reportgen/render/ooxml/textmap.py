"""A document's body as Word shows it, each character traced to the element it comes
from, and what was left out or read specially.

reading.py makes these for every use: import reads their text and bold, `validate
草稿.docx` numbers them (第 N 段), `--annotate` marks their runs (marks.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(name: str) -> str:
    return f"{{{W}}}{name}"


class Piece(NamedTuple):
    """Text one run shows: a w:t (any length), or one tab, line break or hyphen, with the
    run and the node it comes from (None: the tab between a table row's cells, or a
    reading without elements). A tuple: a large document has one for every run."""

    text: str
    bold: bool
    run: Any = None
    node: Any = None
    # The run stands in the clerk's plain text (a paragraph, hyperlink, content control,
    # smart tag, custom XML), so a tracked change can be written on it; not in a field's
    # result, someone's pending change, a phonetic guide or a text box.
    editable: bool = False

    @property
    def splittable(self) -> bool:
        return self.editable and self.node.tag == w("t")


@dataclass(slots=True)
class Paragraph:
    """A paragraph as Word shows it, and the w:p it was read from: several where a
    paragraph mark is deleted or hidden, or a table row's cells."""

    pieces: list[Piece] = field(default_factory=list)
    elements: list[Any] = field(default_factory=list)
    in_text_box: bool = False

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)


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
    part: str = ""  # the main document part (word/document.xml)
    root: Any = None  # that part parsed: the pieces' elements are in it


class Unreadable(Exception):
    """A package without its main document part, or a part that is not XML."""
