"""A clerk's Word draft with hidden text, a comment and tracked changes, imported and
built: the HTML and the PDF, read back by a browser-independent HTML parser and by
pdfplumber, carry the accepted text and neither the hidden text nor the comment."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from xml.sax.saxutils import escape

import pdfplumber
import pytest
from helpers import ORIGINAL_TEXT, Result
from wordfiles import deleted, inserted, paragraph, run, word_file

HIDDEN = "内部备注此段待领导审阅后删去"
COMMENT = "批注请核实全年调解数字"
DELETED = "这句话已在修订中删去"
INSERTED = "经审核人修订补充的一句话"
SHOWN_BY_FIELD = "柏山镇综合治理中心"


def draft(path: Path) -> Path:
    """The 2023 report as a clerk's Word file, marked up by a reviewer."""
    lines = [line for line in ORIGINAL_TEXT.read_text(encoding="utf-8").splitlines() if line]
    opening = next(i for i, line in enumerate(lines) if line.startswith("2023年，"))
    body = [paragraph(run(escape(line))) for line in lines]
    body[opening] = paragraph(
        run(escape(lines[opening])),
        run(HIDDEN, "<w:vanish/>"),
        '<w:commentRangeStart w:id="1"/>',
        inserted(run(INSERTED + "。")),
        '<w:commentRangeEnd w:id="1"/>',
        '<w:r><w:commentReference w:id="1"/></w:r>',
        deleted(DELETED + "。"),
        f'<w:fldSimple w:instr=" DOCPROPERTY Company ">{run(SHOWN_BY_FIELD)}</w:fldSimple>',
        run("负责具体工作。"),
    )
    return word_file(path, body, comments=[(1, COMMENT)])


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(path: Path) -> str:
    reader = _Text()
    reader.feed(path.read_text(encoding="utf-8"))
    return "".join("".join(reader.parts).split())


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as document:
        return "".join(
            char["text"] for page in document.pages for char in page.chars if char["text"].strip()
        )


@pytest.mark.skipif(
    shutil.which("soffice") is None and not os.environ.get("CI"),
    reason="LibreOffice is not installed (CI installs it)",
)
def test_what_word_hides_stays_out_of_html_and_pdf(
    project: Path, cli: Callable[..., Result]
) -> None:
    source = draft(project / "草稿.docx")
    imported = cli("import", str(source), "-o", "data/draft.json")
    assert imported.code == 0, imported.output
    assert "修订" in imported.stdout and "批注" in imported.stdout and "隐藏文字" in imported.stdout
    data = json.loads((project / "data" / "draft.json").read_text(encoding="utf-8"))
    opening = "".join(data["opening"])
    assert INSERTED in opening and SHOWN_BY_FIELD in opening
    for absent in (HIDDEN, COMMENT, DELETED):
        assert absent not in json.dumps(data, ensure_ascii=False)
    built = cli(
        "build", "--data", "data/draft.json", "--draft", "-f", "html", "-f", "pdf", "-o", "d"
    )
    assert built.code == 0, built.output
    for text in (html_text(project / "d.html"), pdf_text(project / "d.pdf")):
        assert INSERTED in text and SHOWN_BY_FIELD in text
        for absent in (HIDDEN, COMMENT, DELETED):
            assert absent not in text
