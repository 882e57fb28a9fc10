"""A report file as a list of paragraphs, each with the length of its bold opening."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from ..errors import ReportgenError
from ..files import read_bytes
from ..load import decode_text
from ..package import check_docx

MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Paragraph:
    text: str
    # (start, end) of each bold run in `text`: a point's lead, in Word; none from .txt
    bold: tuple[tuple[int, int], ...] = ()


def read_paragraphs(path: Path, encoding: str | None = None) -> tuple[list[Paragraph], str]:
    """The non-empty paragraphs of a .txt or .docx, and how the text was decoded."""
    suffix = path.suffix.lower()
    if suffix in (".docx", ".txt", ".text", ""):
        raw = read_bytes(path, "报告文件", "请检查文件名和路径（.docx 或 .txt）。", MAX_BYTES)
        if suffix == ".docx":
            return _docx(raw, path), "docx"
        text, used = decode(raw, encoding, path)
        return [Paragraph(line.strip()) for line in text.splitlines() if line.strip()], used
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


def _docx(raw: bytes, path: Path) -> list[Paragraph]:
    from docx import Document

    from ..render.ooxml.reading import runs_of_paragraphs

    check_docx(raw, f"报告文件 {path}")  # bounded before python-docx inflates anything
    try:
        document = Document(io.BytesIO(raw))
    except Exception as exc:  # python-docx raises several types on a broken package
        raise ReportgenError(
            f"{path} 无法作为 Word 文档打开（{type(exc).__name__}）。",
            hint="请在 Word 或 WPS 中打开并另存为“Word 文档（*.docx）”后再导入。",
        ) from None
    result = []
    for pieces in runs_of_paragraphs(document):
        text = "".join(piece for piece, _ in pieces)
        if not text.strip():
            continue
        leading = len(text) - len(text.lstrip())
        spans: list[tuple[int, int]] = []
        position = -leading
        for piece, bold in pieces:
            end = position + len(piece)
            if bold and piece.strip():
                if spans and spans[-1][1] == position:
                    spans[-1] = (spans[-1][0], end)  # Word splits runs; join them again
                else:
                    spans.append((max(0, position), end))
            position = end
        result.append(Paragraph(text.strip(), tuple(spans)))
    return result
