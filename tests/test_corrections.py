"""data/2023.json is the real 2023 report with exactly the listed corrections."""

from __future__ import annotations

from conftest import DATA_2023, ORIGINAL_DATA, ORIGINAL_TEXT

from reportgen.load import load_report
from reportgen.render.text import render_text

# (wrong, right, how many times): the corrections of the end-to-end issue, nothing else.
CORRECTIONS = [
    ("2023年1月28日", "2024年1月28日", 1),
    ("推进法制建设", "推进法治建设", 2),
    ("法制讲座", "法治讲座", 1),
    ("法制宣传", "法治宣传", 1),
    ("法制教育", "法治教育", 1),
    ("截止目前", "截至目前", 1),
    ("(社区)", "（社区）", 2),
    ("App普及安装,", "App普及安装，", 1),
    (";", "；", 2),
]


def original_lines() -> list[str]:
    """The source's paragraphs; its first line is the issuing organ, model field `organ`."""
    lines = [line for line in ORIGINAL_TEXT.read_text(encoding="utf-8").splitlines() if line]
    assert lines[0] == "柏山镇人民政府"
    return lines[1:]


def corrected_lines() -> list[str]:
    text = "\n".join(original_lines())
    for wrong, right, times in CORRECTIONS:
        assert text.count(wrong) == times, wrong
        text = text.replace(wrong, right)
    return text.split("\n")


def test_data_is_the_original_with_exactly_the_corrections() -> None:
    report = load_report(DATA_2023)
    rendered = render_text(report).decode("utf-8").split("\n\n")
    assert [line.strip() for line in rendered] == corrected_lines()


def test_original_differs_from_data() -> None:
    # Guard against a vacuous pass: the original itself must not match.
    assert original_lines() != corrected_lines()


def test_organ_line_is_the_model_organ() -> None:
    assert load_report(DATA_2023).organ == ORIGINAL_TEXT.read_text(encoding="utf-8").split()[0]


def test_original_as_data_is_the_original_text() -> None:
    """tests/fixtures/2023-original.json holds the source text with its mistakes."""
    report = load_report(ORIGINAL_DATA)
    rendered = render_text(report).decode("utf-8").split("\n\n")
    assert [line.strip() for line in rendered] == original_lines()
