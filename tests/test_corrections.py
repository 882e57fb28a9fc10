"""data/2023.json is the real 2023 report with exactly the listed corrections."""

from __future__ import annotations

from helpers import DATA_2023, ORIGINAL_DATA, ORIGINAL_TEXT, corrected_lines, original_lines

from reportgen.load import load_report
from reportgen.render.plaintext import render_text


def test_data_is_the_original_with_exactly_the_corrections() -> None:
    report = load_report(DATA_2023)
    rendered = render_text(report).decode("utf-8").split("\n\n")
    assert [line.strip() for line in rendered] == corrected_lines()


def test_organ_line_is_the_model_organ() -> None:
    assert load_report(DATA_2023).organ == ORIGINAL_TEXT.read_text(encoding="utf-8").split()[0]


def test_original_as_data_is_the_original_text() -> None:
    """tests/fixtures/2023-original.json holds the source text with its mistakes."""
    report = load_report(ORIGINAL_DATA)
    rendered = render_text(report).decode("utf-8").split("\n\n")
    assert [line.strip() for line in rendered] == original_lines()
