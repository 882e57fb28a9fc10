"""A web page's 发表日期 line and its lone print button, copied with a report: the page's,
left out with a note, its date never the report's (issue 19: a kept line was proofread
and its date refused the build). Every report here is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from test_import_shapes import TITLE, imported, lines, notes_about, one_space

PAGE_LINES = (
    "发表日期：2024-03-19    文章来源：青山街道",
    "发表时间：2024-03-19 10:20   作者：青山街道   点击数：318",
    "更新日期：2024-03-19  来源：青山街道",
    "打印：",
    "【打印】",
)


def _left_out(parsed: object, line: str) -> bool:
    return bool(notes_about(parsed, f"“{one_space(line)[:30]}”是网页信息"))  # type: ignore[arg-type]


def _in_text(parsed: object, needle: str) -> bool:
    report = parsed.report  # type: ignore[attr-defined]
    return needle in report.model_dump_json()


@pytest.mark.parametrize("line", PAGE_LINES)
@pytest.mark.parametrize("where", ["above the title", "under the title"])
def test_the_pages_date_line_and_print_button_are_left_out(line: str, where: str) -> None:
    shape = {"above": (line,)} if where == "above the title" else {"title": (TITLE, line)}
    parsed = imported(lines(**shape))  # type: ignore[arg-type]
    assert parsed.report.title == TITLE
    assert _left_out(parsed, line), parsed.notes
    assert not _in_text(parsed, one_space(line)[:8])
    assert parsed.report.date == dt.date(2025, 1, 20)  # the signing date, not the page's


def test_the_pages_date_is_never_the_reports_date() -> None:
    parsed = imported(lines(title=(TITLE, "发表日期：2024-03-19    文章来源：青山街道"), date=()))
    assert parsed.report.date is None
    assert not _in_text(parsed, "2024-03-19")


def test_a_title_with_the_pages_date_glued_after_it() -> None:
    parsed = imported(lines(title=(f"{TITLE} 发表日期：2025-02-28",)))
    assert parsed.report.title == TITLE
    assert parsed.report.date == dt.date(2025, 1, 20)


def test_report_sentences_about_printing_and_publishing_are_kept() -> None:
    kept = ("打印宣传手册2000份，发放到各村。", "发表普法文章3篇，发表日期均在年内。")
    parsed = imported(lines(opening=(*kept,)))
    for sentence in kept:
        assert _in_text(parsed, sentence)
