"""The 2023 report rendered by LibreOffice and measured in the PDF (pdfplumber).

Figures from GB/T 9704 (docs/layout.md): A4; text area 156 × 225 mm from 37 mm
top and 28 mm left; 22 lines a page at 28.95 pt; 28 characters a line; quotation
marks full-width; page number `— N —` in 14 pt, its dash 7 mm under the text area,
odd pages right and even pages left, one character in; the date ends four characters
from the right.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from helpers import DATA_2023, ROOT

from reportgen.load import load_report
from reportgen.render.docx import render_docx
from reportgen.render.pdf import render_pdf

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
LEFT, RIGHT = 28 * MM, PAGE_W - 26 * MM
TOP, BOTTOM = 37 * MM, PAGE_H - 35 * MM
CENTRE = (LEFT + RIGHT) / 2
PITCH = 28.95
CHAR = 16 - 0.25  # 三号 condensed by 0.25 pt
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’《》—…]")

if shutil.which("soffice") is None and not os.environ.get("CI"):
    pytest.skip("LibreOffice is not installed (CI installs it)", allow_module_level=True)


@dataclass
class TextLine:
    page: int
    top: float
    x0: float
    x1: float
    text: str
    size: float


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    docx = render_docx(load_report(DATA_2023), (ROOT / "templates" / "report.docx").read_bytes())
    path = tmp_path_factory.mktemp("pdf") / "2023.pdf"
    path.write_bytes(render_pdf(docx))
    return path


def text_lines(path: Path) -> Iterator[TextLine]:
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            rows: dict[int, list[dict[str, object]]] = {}
            for char in page.chars:
                rows.setdefault(round(float(char["top"])), []).append(char)
            for top in sorted(rows):
                chars = sorted(rows[top], key=lambda c: float(c["x0"]))  # type: ignore[arg-type]
                yield TextLine(
                    number,
                    float(top),
                    float(chars[0]["x0"]),  # type: ignore[arg-type]
                    float(chars[-1]["x1"]),  # type: ignore[arg-type]
                    "".join(str(c["text"]) for c in chars),
                    float(chars[0]["size"]),  # type: ignore[arg-type]
                )


@pytest.fixture(scope="module")
def lines(pdf_path: Path) -> list[TextLine]:
    return list(text_lines(pdf_path))


def body(lines: list[TextLine]) -> list[TextLine]:
    return [line for line in lines if line.top < BOTTOM]


def footers(lines: list[TextLine]) -> list[TextLine]:
    return [line for line in lines if line.top >= BOTTOM]


def test_pages_are_a4(pdf_path: Path) -> None:
    with pdfplumber.open(pdf_path) as pdf:
        assert len(pdf.pages) >= 5
        for page in pdf.pages:
            assert page.width == pytest.approx(PAGE_W, abs=0.5)
            assert page.height == pytest.approx(PAGE_H, abs=0.5)


PUNCTUATION = "，。、；：？！”’）》"


def hangs(line: TextLine) -> bool:
    """A closing mark past the right edge: Word's and LibreOffice's default
    “allow punctuation to overflow” (w:overflowPunct), usual in Chinese documents."""
    return line.x1 > RIGHT + 1 and line.text[-1] in PUNCTUATION


def test_text_stays_in_the_text_area(lines: list[TextLine]) -> None:
    for line in body(lines):
        assert line.x0 >= LEFT - 1, line
        assert line.x1 <= RIGHT + 1 or (hangs(line) and line.x1 <= RIGHT + CHAR + 1), line
        assert line.top >= TOP - 1, line


HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)")


def test_every_full_page_holds_22_lines_on_a_28_95_pt_grid(lines: list[TextLine]) -> None:
    pages = sorted({line.page for line in lines})
    by_page = {p: [line for line in body(lines) if line.page == p] for p in pages}
    for page in pages[1:]:
        tops = [line.top for line in by_page[page]]
        assert len(tops) <= 22
        # Every line sits on the grid: a whole number of pitches below the first.
        for top in tops:
            steps = (top - tops[0]) / PITCH
            assert abs(steps - round(steps)) * PITCH < 2, (page, top)
    # A page is full unless it ends early so that a heading is not left alone at its
    # foot (the next page starts with it), or so that the last paragraph goes with the
    # signature block onto the last page (keep with next, both).
    full = [p for p in pages[1:-2] if not HEADING.match(by_page[p + 1][0].text)]
    assert len(full) >= 2
    for page in full:
        tops = [line.top for line in by_page[page]]
        assert len(tops) == 22, (page, len(tops))
        assert tops[-1] - tops[0] == pytest.approx(21 * PITCH, abs=2)
    # Page 1: title, a blank line, then text: the same 22 grid lines.
    first = [line for line in body(lines) if line.page == 1]
    assert first[0].size == 22  # the title
    assert len(first) == 21
    assert first[-1].top - first[1].top == pytest.approx(19 * PITCH, abs=2)


def test_a_full_line_holds_28_chinese_characters(lines: list[TextLine]) -> None:
    text = body(lines)
    full = [
        line
        for line, after in itertools.pairwise(text)
        if line.size == 16
        and line.x0 == pytest.approx(LEFT, abs=1)
        and (line.x1 == pytest.approx(RIGHT, abs=2.5) or hangs(line))
        and all(CJK.match(c) for c in line.text)
        # a line that gave way to a number or Latin word is stretched, not full
        and CJK.match(after.text[0])
    ]
    assert len(full) >= 40
    for line, after in itertools.pairwise(text):
        if line not in full:
            continue
        # A closing mark may not start a line (避头): the character before it comes
        # down with it, and the line holds 27, stretched.
        count = len(line.text) - hangs(line)
        assert count == 28 or (count == 27 and after.text[1] in PUNCTUATION), line
    assert sum(len(line.text) == 28 for line in full) >= 30


def test_first_lines_are_indented_two_characters(lines: list[TextLine]) -> None:
    starts = [line for line in body(lines) if line.text.startswith(("一是", "二、", "（一）"))]
    assert starts
    for line in starts:
        assert line.x0 == pytest.approx(LEFT + 2 * CHAR, abs=1.5), line


def test_title_is_centred(lines: list[TextLine]) -> None:
    title = body(lines)[0]
    assert title.text == "关于2023年法治政府建设情况的报告"
    assert (title.x0 + title.x1) / 2 == pytest.approx(CENTRE, abs=1.5)


def test_page_numbers_odd_right_even_left_one_character_in(lines: list[TextLine]) -> None:
    numbers = footers(lines)
    pages = sorted({line.page for line in lines})
    assert [line.text for line in numbers] == [f"— {n} —" for n in pages]
    for line in numbers:
        assert line.size == 14
        if line.page % 2:
            assert line.x1 == pytest.approx(RIGHT - 14, abs=1.5), line
        else:
            assert line.x0 == pytest.approx(LEFT + 14, abs=1.5), line


def dash_ink(page: pdfplumber.page.Page, char: dict[str, object]) -> tuple[float, float]:
    """Top and bottom of a glyph's ink, in points from the page's top (600 dpi)."""
    x0, top, x1, bottom = (float(char[k]) for k in ("x0", "top", "x1", "bottom"))  # type: ignore[arg-type]
    image = page.crop((x0 + 1, top, x1 - 1, bottom)).to_image(resolution=600).original
    grey = image.convert("L")
    width, height = grey.size
    pixels = grey.load()
    ink = [y for y in range(height) if sum(pixels[x, y] < 128 for x in range(width)) > width / 2]
    scale = (bottom - top) / height
    return top + ink[0] * scale, top + (ink[-1] + 1) * scale


def test_page_number_dash_sits_7_mm_under_the_text_area(pdf_path: Path) -> None:
    """GB/T 9704 7.5: 一字线上距版心下边缘 7 mm, the stroke measured, not the line box."""
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            dash = min(
                (c for c in page.chars if c["text"] == "—" and float(c["top"]) > BOTTOM),
                key=lambda c: float(c["x0"]),
            )
            stroke_top, stroke_bottom = dash_ink(page, dash)
            assert stroke_bottom - stroke_top < 1.5  # a rule, not a blot
            assert (stroke_top - BOTTOM) / MM == pytest.approx(7, abs=1), page.page_number


def test_quotation_marks_are_full_width(lines: list[TextLine], pdf_path: Path) -> None:
    """“ ” ‘ ’ are of ambiguous width: set in the Chinese font they take a full em."""
    with pdfplumber.open(pdf_path) as pdf:
        marks = [
            (page.page_number, c)
            for page in pdf.pages
            for c in page.chars
            if c["text"] in "“”‘’" and float(c["top"]) < BOTTOM
        ]
    assert len(marks) == 20
    for number, mark in marks:
        assert float(mark["size"]) == pytest.approx(16)
        assert float(mark["x1"]) - float(mark["x0"]) >= 12, (number, mark["text"], mark["x0"])


def test_signature_and_date_block(lines: list[TextLine]) -> None:
    last = [line for line in body(lines) if line.page == max(line.page for line in lines)]
    organs, date = last[-3:-1], last[-1]
    # Never a signature page without text above it (the last paragraph comes along).
    assert len(last) > 3 and last[0].x0 == pytest.approx(LEFT + 2 * CHAR, abs=1.5)
    assert [o.text for o in organs] == ["中共柏山镇委员会", "柏山镇人民政府"]
    assert date.text == "2024年1月28日"
    # 成文日期右空四字
    assert RIGHT - date.x1 == pytest.approx(4 * CHAR, abs=1.5)
    # Each organ centred over the date. LibreOffice ignores w:autoSpaceDE and adds
    # about 3.5 pt at each of the date's five Chinese/digit boundaries, which Word
    # does not; the names are placed for Word, so allow half of that here.
    date_centre = (date.x0 + date.x1) / 2
    for organ in organs:
        assert (organ.x0 + organ.x1) / 2 == pytest.approx(date_centre, abs=9)
    # One line between the text and the seal's place, the names and date on the grid.
    assert date.top - organs[0].top == pytest.approx(2 * PITCH, abs=2)
