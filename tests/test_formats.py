"""build --format: each output read back by something that did not write it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from docx2python import docx2python
from docx2python.iterators import iter_paragraphs
from helpers import DOCX_2023_NAME, Result, corrected_lines, load_2023, write_json

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
    # The Markdown as a CommonMark reader sees it: tests/test_markdown.py.
    assert (project / "out" / f"{STEM}.md").is_file()


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


MASTHEAD = {"mark": "柏山镇人民政府文件", "number": "柏政〔2024〕3号", "signer": "王某某"}


def test_masthead_opens_the_document(project: Path, cli: Callable[..., Result]) -> None:
    data = load_2023()
    data["masthead"] = MASTHEAD
    write_json(project / "data" / "2023.json", data)
    assert cli("build", "2023").code == 0
    with docx2python(project / "out" / DOCX_2023_NAME) as content:
        paragraphs = list(iter_paragraphs(content.body))
    assert paragraphs[:5] == [
        "柏山镇人民政府文件",
        "柏政〔2024〕3号\t签发人：王某某",
        "",
        "",
        "关于2023年法治政府建设情况的报告",
    ]


def test_masthead_without_signer_is_refused(project: Path, cli: Callable[..., Result]) -> None:
    data = load_2023()
    data["masthead"] = {k: v for k, v in MASTHEAD.items() if k != "signer"}
    write_json(project / "data" / "2023.json", data)
    result = cli("build", "2023")
    assert result.code == 1
    assert "M001" in result.stderr and "签发人" in result.stderr


@needs_libreoffice
def test_masthead_in_the_pdf_is_red_with_a_red_rule(
    project: Path, cli: Callable[..., Result]
) -> None:
    data = load_2023()
    data["masthead"] = MASTHEAD
    write_json(project / "data" / "2023.json", data)
    assert cli("build", "2023", "-f", "pdf").code == 0
    mm = 72 / 25.4
    with pdfplumber.open(project / "out" / f"{STEM}.pdf") as document:
        page = document.pages[0]
        mark = [c for c in page.chars if c["text"] in "柏山镇人民政府文件" and c["size"] > 30]
        assert "".join(c["text"] for c in mark) == "柏山镇人民政府文件"
        assert all(tuple(c["non_stroking_color"]) in ((1, 0, 0), (1.0, 0.0, 0.0)) for c in mark)
        # 发文机关标志上边缘至版心上边缘 35 mm (glyph tops sit a little under the line's)
        assert min(c["top"] for c in mark) - 37 * mm == pytest.approx(35 * mm, abs=4 * mm)
        number = next(c for c in page.chars if c["text"] == "〔")
        red = [
            shape
            for shape in page.rects + page.lines
            if shape["width"] > 150 * mm and shape["top"] > number["bottom"]
        ]
        assert red, "no separator line under 发文字号"
        rule = red[0]
        assert rule["x0"] == pytest.approx(28 * mm, abs=1.5)
        assert rule["width"] == pytest.approx(156 * mm, abs=1.5)
        assert rule["top"] - number["bottom"] == pytest.approx(4 * mm, abs=2.5 * mm)
        signer = [c for c in page.chars if c["text"] == "某"][-1]
        assert 210 * mm - 26 * mm - signer["x1"] == pytest.approx(16, abs=2)  # 右空一字
        assert number["x0"] - 28 * mm > 14  # 左空一字 (the first character precedes 〔)


def test_a_long_title_breaks_into_balanced_lines(project: Path, cli: Callable[..., Result]) -> None:
    data = load_2023()
    data["title"] = "关于2023年度柏山镇深入推进法治政府建设和依法行政工作情况的报告"
    write_json(project / "data" / "2023.json", data)
    assert cli("build", "2023").code == 0
    (built,) = (project / "out").glob("*.docx")
    assert built.name == "柏山镇人民政府" + data["title"] + ".docx"
    with docx2python(built) as content:
        title = next(iter(iter_paragraphs(content.body)))
    first, second = title.split("\n")
    assert first + second == data["title"]
    assert (first, second) == ("关于2023年度柏山镇深入推进法治政府", "建设和依法行政工作情况的报告")
