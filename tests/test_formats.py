"""build --format: each output read back by something that did not write it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from conftest import DOCX_2023_NAME, Result, load_2023, write_json
from docx2python import docx2python
from docx2python.iterators import iter_paragraphs
from test_corrections import corrected_lines

STEM = DOCX_2023_NAME.removesuffix(".docx")
needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None and not os.environ.get("CI"),
    reason="LibreOffice is not installed (CI installs it)",
)


@needs_libreoffice
def test_pdf_through_libreoffice(project: Path, cli: Callable[..., Result]) -> None:
    result = cli("build", "2023", "--format", "pdf")
    assert result.code == 0, result.output
    pdf = project / "out" / f"{STEM}.pdf"
    with pdfplumber.open(pdf) as document:
        assert document.metadata.get("Title") == "关于2023年法治政府建设情况的报告"
        # characters in reading order (extract_text drops a mark hanging in the margin)
        chars = [
            c
            for page in document.pages
            for c in sorted(page.chars, key=lambda c: (round(c["top"]), c["x0"]))
            if c["size"] != 14  # not the page numbers
        ]
    squeezed = "".join(c["text"] for c in chars).replace(" ", "")
    for line in corrected_lines():
        assert line.replace(" ", "") in squeezed, line
    assert not (project / "out" / DOCX_2023_NAME).exists()  # only what was asked for


def test_pdf_without_libreoffice_says_what_to_install(
    project: Path, cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "out").mkdir()
    previous = project / "out" / f"{STEM}.pdf"
    previous.write_bytes(b"%PDF-previous")
    monkeypatch.setenv("PATH", str(project / "no-such-bin"))
    result = cli("build", "2023", "--format", "pdf", "--format", "docx")
    assert result.code == 1
    assert "需要 LibreOffice" in result.stderr and "apt-get install" in result.stderr
    assert previous.read_bytes() == b"%PDF-previous"
    assert not (project / "out" / DOCX_2023_NAME).exists()  # nothing half-done


def test_text_and_markdown(project: Path, cli: Callable[..., Result]) -> None:
    assert cli("build", "2023", "-f", "txt", "-f", "md").code == 0
    text = (project / "out" / f"{STEM}.txt").read_text(encoding="utf-8")
    assert [line for line in text.splitlines() if line] == corrected_lines()
    markdown = (project / "out" / f"{STEM}.md").read_text(encoding="utf-8")
    assert "# 关于2023年法治政府建设情况的报告" in markdown
    assert "## 二、推进法治政府建设的主要举措和成效" in markdown
    assert "#### 1\\.开展多样化的学法活动，提升机关干部法治意识" in markdown
    assert "**一是压实责任，强化担当。**今年以来" in markdown


def test_output_option_with_several_formats_names_the_stem(
    project: Path, cli: Callable[..., Result]
) -> None:
    assert cli("build", "2023", "-f", "docx", "-f", "txt", "-o", "report").code == 0
    assert (project / "report.docx").is_file() and (project / "report.txt").is_file()


def test_note_goes_under_the_date(project: Path, cli: Callable[..., Result]) -> None:
    data = load_2023()
    data["note"] = "（此件公开发布）"
    write_json(project / "data" / "2023.json", data)
    assert cli("build", "2023").code == 0
    with docx2python(project / "out" / DOCX_2023_NAME) as content:
        paragraphs = [p for p in iter_paragraphs(content.body) if p.strip()]
    assert paragraphs[-2:] == ["2024年1月28日", "（此件公开发布）"]
