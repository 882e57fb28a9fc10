"""A report file as a list of paragraphs, each with the length of its bold opening."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ReportgenError
from ..files import read_bytes
from ..load import decode_text
from ..package import check_docx

if TYPE_CHECKING:  # python-docx loads only when a .docx is read
    from ..render.ooxml.textmap import Piece, Reading

MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Paragraph:
    text: str
    # (start, end) of each bold run in `text`: a point's lead, in Word; none from .txt
    bold: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Source:
    """A report file read: its non-empty paragraphs, how its text was decoded ("docx"
    for a Word file), and what reading it left out or read specially, for the clerk.
    A Word file's package and reading are kept: documents/ traces findings back to the
    same paragraphs and marks them there."""

    paragraphs: list[Paragraph]
    decoded: str
    notes: tuple[str, ...] = ()
    members: tuple[tuple[str, bytes], ...] = ()
    reading: Reading | None = None


def read_source(path: Path, encoding: str | None = None, elements: bool = False) -> Source:
    """A .txt or .docx report, read as its reader sees it (a .docx as Word shows it;
    with `elements`, each piece of its text keeps the element it stands in, to be marked)."""
    suffix = path.suffix.lower()
    if suffix in (".docx", ".txt", ".text", ""):
        raw = read_bytes(path, "报告文件", "请检查文件名和路径（.docx 或 .txt）。", MAX_BYTES)
        if suffix == ".docx":
            return _docx(raw, path, elements)
        text, used = decode(raw, encoding, path)
        return Source([Paragraph(line.strip()) for line in text.splitlines() if line.strip()], used)
    if suffix in (".doc", ".wps"):
        raise ReportgenError(
            f"{path} 是旧版 Word/WPS 格式（{suffix}），无法直接读取。",
            hint="请在 Word 或 WPS 中另存为“Word 文档（*.docx）”后再导入。",
        )
    raise ReportgenError(f"不支持的文件类型 {suffix}：请导入 .docx 或 .txt 文件。")


def decode(raw: bytes, encoding: str | None, path: Path) -> tuple[str, str]:
    """The text in the encoding asked for, or as load.decode_text recognises it."""
    if encoding:
        try:
            return raw.decode(encoding), encoding
        except LookupError:  # unknown, or no text encoding at all (base64, rot13)
            raise ReportgenError(
                f"--encoding {encoding} 不是可用的文字编码。",
                hint="常用的有 utf-8、gb18030、gbk；不指定 --encoding 时会自动识别。",
            ) from None
        except UnicodeError as exc:  # some codecs raise it bare
            at = (
                f"（第 {exc.start + 1} 个字节处出错）"
                if isinstance(exc, UnicodeDecodeError)
                else ""
            )
            raise ReportgenError(
                f"{path} 不是 {encoding} 编码{at}。",
                hint="不指定 --encoding 时会自动识别 UTF-8 和 GB18030。",
            ) from None
    try:
        return decode_text(raw)
    except UnicodeDecodeError:
        raise ReportgenError(
            f"{path} 的编码无法识别。", hint="请用 --encoding 指定，或另存为 UTF-8 后再导入。"
        ) from None


def _docx(raw: bytes, path: Path, elements: bool) -> Source:
    from ..render.ooxml.reading import read_package
    from ..render.ooxml.textmap import Unreadable

    members = check_docx(raw, f"报告文件 {path}")  # bounded before anything is parsed
    try:
        reading = read_package(dict(members), elements)
    except Unreadable as exc:
        raise ReportgenError(
            f"{path} 无法作为 Word 文档打开（{exc} 缺失或不是 XML）。",
            hint="请在 Word 或 WPS 中打开并另存为“Word 文档（*.docx）”后再导入。",
        ) from None
    result = []
    for paragraph in reading.paragraphs:
        text = paragraph.text
        if not text.strip():
            continue
        leading = len(text) - len(text.lstrip())
        spans: list[tuple[int, int]] = []
        position = -leading
        for piece, bold in _runs(paragraph.pieces):
            end = position + len(piece)
            if bold and piece.strip():
                if spans and spans[-1][1] == position:
                    spans[-1] = (spans[-1][0], end)  # Word splits runs; join them again
                else:
                    spans.append((max(0, position), end))
            position = end
        result.append(Paragraph(text.strip(), tuple(spans)))
    return Source(result, "docx", tuple(reading_notes(reading)), tuple(members), reading)


def _runs(pieces: list[Piece]) -> list[tuple[str, bool]]:
    """Each run's text and bold: a run's text, tabs and breaks are one piece of
    formatting. Read without elements a piece is a run; with them, a run's pieces
    name it."""
    runs: list[tuple[str, bool]] = []
    last = None
    for piece in pieces:
        if piece.run is not None and piece.run is last:
            runs[-1] = (runs[-1][0] + piece.text, piece.bold)
        else:
            runs.append((piece.text, piece.bold))
        last = piece.run
    return runs


def reading_notes(reading: Reading) -> list[str]:
    """What the clerk should know about how the Word file was read, one note each."""
    notes = []
    if reading.revisions:
        notes.append(
            "文档中有未接受的修订（修订标记），已按全部接受后的文字读入：插入的文字读入，"
            "删除的文字没有读入。如有不该接受的修订，请先在 Word 中拒绝，再重新导入。"
        )
    if reading.hidden:
        notes.append(
            f"文档中有 {reading.hidden} 处隐藏文字（在 Word 中设为“隐藏”，平时不显示、"
            "不打印），没有读入。"
        )
    if reading.prompts:
        notes.append(
            f"文档中有 {reading.prompts} 个内容控件还显示着提示文字（如“单击或点击此处输入文字”），"
            "提示文字不是报告内容，没有读入。"
        )
    for table in reading.tables[:_TABLES_NAMED]:
        notes.append(
            f"表格（共 {table.rows} 行，第一行“{_excerpt(table.first_row)}”）已逐行读入正文："
            "每行一段，单元格之间用制表符隔开。报告中没有表格，请核对这几段，或改写为文字。"
        )
    if len(reading.tables) > _TABLES_NAMED:
        notes.append(f"另有 {len(reading.tables) - _TABLES_NAMED} 个表格也已这样逐行读入。")
    if reading.text_boxes:
        notes.append(
            f"文档中有 {reading.text_boxes} 个文本框，其中的文字已读入，放在文本框所在段落之后，"
            "请核对位置。"
        )
    if reading.comments:
        notes.append(f"文档中有 {reading.comments} 条批注，批注不是报告正文，没有读入。")
    for notes_of, name in ((reading.footnotes, "脚注"), (reading.endnotes, "尾注")):
        if notes_of:
            notes.append(
                f"文档中有 {len(notes_of)} 个{name}（如“{_excerpt(notes_of[0])}”），"
                f"报告中没有{name}，没有读入；如需保留，请把内容写进正文。"
            )
    if reading.alt_chunks:
        notes.append(
            f"文档中有 {reading.alt_chunks} 处整块嵌入的其他文档（altChunk），没有读入。"
            "请在 Word 或 WPS 中打开并另存为 .docx（保存时会转成普通文字）后重新导入。"
        )
    return notes


_TABLES_NAMED = 3


def _excerpt(text: str, limit: int = 30) -> str:
    text = " ".join(text.replace("\t", "｜").split())
    return text if len(text) <= limit else text[:limit] + "……"
