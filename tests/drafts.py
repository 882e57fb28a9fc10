"""A clerk's own Word draft, made the way Word leaves one: runs split mid-word, fonts set
on each run, bold leads, a header, a picture, a comment of a colleague's.

The text is tests/fixtures/drafts/qingshi-2024.txt (written for these tests), so the
.txt and .docx drafts are the same report.
"""

from __future__ import annotations

import io
import itertools
import re
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from helpers import FIXTURES

DRAFT_TEXT = FIXTURES / "drafts" / "qingshi-2024.txt"
RUN_LENGTH = 7  # Word splits runs where editing sessions met; here every 7 characters
COLLEAGUE = "张科长"


def draft_lines() -> list[str]:
    return [line.strip() for line in DRAFT_TEXT.read_text(encoding="utf-8").splitlines()]


def _png() -> bytes:
    """A 4×4 red PNG, made here (no image files in the repository)."""
    row = b"\x00" + b"\xff\x00\x00" * 4
    raw = zlib.compress(row * 4)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


_LEAD = re.compile(r"[一二三四五六七八九十]是[^。；，]{1,12}。")


def _runs(paragraph: Any, text: str, font: str, size: int) -> None:
    """The line in runs of a few characters; 一是……。 leads in bold, as clerks set them."""
    bold = [match.span() for match in _LEAD.finditer(text)]
    cuts = sorted(
        {0, len(text), *range(RUN_LENGTH, len(text), RUN_LENGTH), *(i for b in bold for i in b)}
    )
    for start, end in itertools.pairwise(cuts):
        run = paragraph.add_run(text[start:end])
        run.font.size = Pt(size)
        run.font.name = "Times New Roman"
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        if any(begin <= start < finish for begin, finish in bold):
            run.bold = True


def write_word_draft(path: Path, lines: list[str] | None = None) -> Path:
    document = Document()
    document.sections[0].header.paragraphs[0].text = "青石镇人民政府（征求意见稿）"
    commented = None
    for number, line in enumerate(lines if lines is not None else draft_lines()):
        paragraph = document.add_paragraph()
        if number < 3 and line:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _runs(paragraph, line, "方正小标宋简体", 22)
            continue
        _runs(paragraph, line, "仿宋_GB2312", 16)
        if line.startswith("2024年，") and commented is None:
            commented = paragraph
            document.add_picture(io.BytesIO(_png()), width=Cm(1))
    if commented is not None:
        # The styles Word defines when a comment is added (python-docx only refers to them).
        for name, style_id, kind in (
            ("annotation reference", "CommentReference", WD_STYLE_TYPE.CHARACTER),
            ("annotation text", "CommentText", WD_STYLE_TYPE.PARAGRAPH),
        ):
            document.styles.add_style(name, kind).style_id = style_id
        document.add_comment(
            commented.runs[:3], text="数字请再核对", author=COLLEAGUE, initials="ZK"
        )
    saved = io.BytesIO()
    document.save(saved)
    path.write_bytes(without_styles_with_effects(saved.getvalue()))
    return path


def without_styles_with_effects(data: bytes) -> bytes:
    """python-docx's default template carries a stylesWithEffects part that disagrees with
    its styles (openxml-audit says so); Word since 2013 writes none. Leave it out."""
    name = "word/stylesWithEffects.xml"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            part = source.read(info)
            if info.filename == name:
                continue
            if info.filename in ("[Content_Types].xml", "word/_rels/document.xml.rels"):
                part = re.sub(rb"<(Override|Relationship)[^>]*stylesWithEffects[^>]*/>", b"", part)
            target.writestr(info, part)
    return out.getvalue()
