"""What kind of file an input is, and a document's paragraphs as the clerk wrote them.

A report given as .docx or .txt is read by import (into the model), and kept here
paragraph by paragraph as Word shows it (the very paragraphs import read, with each
character's element: render/ooxml/reading.py) or line by line as the text file holds
it, without import's normalisations, so that a finding can be traced back to the words
the clerk sees and marked there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ReportgenError
from ..files import read_bytes
from ..load import decode_text

if TYPE_CHECKING:
    from ..importing.read import Source as Read
    from ..render.ooxml.textmap import Paragraph

MAX_BYTES = 20 * 1024 * 1024  # as import reads a report
_HINT = "请检查文件名和路径；报告可以是 Word 文档（.docx）或文本文件（.txt）。"
_ZIP = b"PK\x03\x04"
# Compiled on first use: a data file (`{` in its head) never needs it, and a class over the
# CJK block costs a regex compile about a millisecond.
_chinese = cache(lambda: re.compile("[\u4e00-\u9fff]"))


class InputKind(StrEnum):
    DATA = "data"  # a data file (JSON)
    WORD = "docx"
    TEXT = "txt"
    OLD_WORD = "doc"  # .doc or .wps: import says to save it as .docx


_BY_SUFFIX = {
    ".json": InputKind.DATA,
    ".docx": InputKind.WORD,
    ".txt": InputKind.TEXT,
    ".text": InputKind.TEXT,
    ".doc": InputKind.OLD_WORD,
    ".wps": InputKind.OLD_WORD,
}


def input_kind(path: Path) -> InputKind:
    """A data file or a document, by the suffix; a file whose bytes plainly are not what
    its suffix says (a Word file saved as .json, a report without a suffix) is said so,
    never taken for JSON with a syntax error."""
    kind = _BY_SUFFIX.get(path.suffix.lower())
    if kind in (InputKind.WORD, InputKind.TEXT, InputKind.OLD_WORD):
        return kind
    try:
        head = read_bytes(path, "文件", _HINT, MAX_BYTES)[:4096]
    except ReportgenError:
        return InputKind.DATA  # the data file's reader says what is wrong
    if head.startswith(_ZIP):
        raise ReportgenError(
            f"{path} 是 Word 文档，但文件名不以 .docx 结尾。",
            hint=f"请把文件改名为 {path.with_suffix('.docx').name} 后再用。",
        )
    try:
        text = decode_text(head)[0]
    except UnicodeDecodeError:
        return InputKind.DATA
    if "{" in text or not _chinese().search(text):
        return InputKind.DATA
    if kind is None and not path.suffix:
        return InputKind.TEXT  # import reads a file without a suffix as text
    raise ReportgenError(
        f"{path} 的内容是报告正文，不是数据文件（.json）。",
        hint=f"文本报告请以 .txt 结尾（如 {path.with_suffix('.txt').name}），"
        "Word 报告以 .docx 结尾；数据文件是 reportgen import 生成的 .json。",
    )


@dataclass
class Source:
    """A document's paragraphs: .docx paragraphs as Word shows them, or .txt lines."""

    kind: InputKind
    texts: list[str]
    members: list[tuple[str, bytes]] = field(default_factory=list)  # .docx: its parts
    part: str = ""  # .docx: the main document part, word/document.xml
    root: Any = None  # .docx: that part, parsed
    # .docx: the paragraphs import read (with their elements from open_report(elements=True))
    paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def unit(self) -> str:
        return "行" if self.kind is InputKind.TEXT else "段"

    def number(self, index: int) -> int:
        """How the clerk counts: a text file's line number; a Word paragraph's number
        among the paragraphs that have text (blank ones are not counted when reading)."""
        if self.kind is InputKind.TEXT:
            return index + 1
        return sum(1 for text in self.texts[: index + 1] if text.strip())


def read_source(path: Path, read: Read) -> Source:
    """The document import has read (`read`): a Word file's paragraphs as import read
    them, a text file's lines as they stand."""
    if read.reading is not None:
        reading = read.reading
        texts = [paragraph.text for paragraph in reading.paragraphs]
        members = list(read.members)
        return Source(
            InputKind.WORD, texts, members, reading.part, reading.root, reading.paragraphs
        )
    raw = read_bytes(path, "报告文件", _HINT, MAX_BYTES)
    try:
        text = decode_text(raw)[0]
    except UnicodeDecodeError:
        raise ReportgenError(
            f"{path} 的编码无法识别。",
            hint="请另存为 UTF-8 编码，或用 reportgen import --encoding 导入。",
        ) from None
    return Source(InputKind.TEXT, text.splitlines())
