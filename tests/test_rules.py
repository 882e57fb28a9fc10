"""The proofreader as a whole: codes select and ignore, findings come in the order of the
text, and what a few rules say beyond their cases (each rule's own cases run in
test_rule_cases.py)."""

from __future__ import annotations

from rulecases import findings, report_of

from reportgen.rules import Finding, check
from reportgen.rules.cases import data, put, text


def test_select_and_ignore_take_prefixes() -> None:
    report = report_of(text("截止目前开展法制宣传,成效明显。"))
    assert sorted({f.code for f in check(report)}) == ["P001", "T001", "T002"]
    assert {f.code for f in check(report, select=["T"])} == {"T001", "T002"}
    assert {f.code for f in check(report, ignore=["T001", "p"])} == {"T002"}


def test_findings_come_in_the_order_of_the_text() -> None:
    """Part by part, then by place in the string, whatever the order the rules run in:
    C003 runs first, but its placeholder is in part 三."""
    report = report_of(
        data(
            put(("parts", 0, "content", 0), "党政主要负责人认真履行法制建设第一责任人职责。"),
            put(("parts", 1, "content", 0), "开展法制宣传,成效明显。"),
            put(("parts", 2, "content", 0), "形式单一XX。究其原因，主要是力量不足。"),
        )
    )
    found = check(report)
    assert [(f.code, f.path[1]) for f in found] == [
        ("T001", 0),
        ("T001", 1),
        ("P001", 1),
        ("C003", 2),
    ]


def _d001(date: str) -> Finding:
    (finding,) = findings(data(date=date), "D001")
    return finding


def test_december_of_the_report_year_is_a_warning_not_an_error() -> None:
    """A county may ask for the report before the year ends: say so, do not block."""
    finding = _d001("2023-12-20")
    assert finding.severity == "warning"
    assert "年底前报送" in finding.suggestion and "年初报送" not in finding.suggestion


def test_d001_suggests_a_date_early_in_the_next_year() -> None:
    assert _d001("2023-01-28").severity == "error"
    assert "2024-01-28" in _d001("2023-01-28").suggestion
    # a wrong year in June: the suggestion does not say 2024-06-01 “early in the year”
    june = _d001("2023-06-01").suggestion
    assert "2024-06-01" not in june and "1—2月" in june
