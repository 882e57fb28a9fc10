"""D001: a report on year N is dated in N+1, early in the year (years in the text: Y001–Y008).

Dated in October to December of year N, it is a warning only: some counties collect the
reports before the year ends. Before October of year N (the year is not over by far) or
after year N+1, the date is certainly wrong.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..model import Report
from ..numbering import format_date
from .base import Finding, Rule, Severity, TextField
from .cases import REMOVED, data, wrong_right


class DateInFollowingYear(Rule):
    code = "D001"
    severity = Severity.ERROR
    also_warns = True
    summary = "成文日期应在报告年度的下一年（报告年度10—12月成文的只作提示）"
    explanation = "报告于年度结束后的次年年初报送，成文日期应在报告年度的下一年。成文日期在报告年度10月以前或报告年度两年以后的，肯定写错了；在报告年度10—12月的，有的县要求年底前报送，只作提示。"
    example = wrong_right(
        "关于2023年法治政府建设情况的报告……2023年1月28日",
        "关于2023年法治政府建设情况的报告……2024年1月28日",
        data(date="2023-01-28"),
        data(date="2024-01-28"),
    )
    triggers = (
        data(date="2023-01-28", severity=Severity.ERROR),
        data(date="2025-01-28", severity=Severity.ERROR),
        data(date="2023-11-20", severity=Severity.WARNING),
    )
    clean = (
        data(date="2024-02-28"),
        data(date=REMOVED),  # R005's concern
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        date, expected = report.date, report.year + 1
        if date is None or date.year == expected:
            return
        written = format_date(date.year, date.month, date.day)
        if date.year == report.year and date.month >= 10:
            # Some counties ask for the report before the year ends: say so, don't block.
            yield replace(
                self.finding(
                    ("date",),
                    written,
                    f"成文日期 {written} 在报告年度之内；{report.year} 年度的报告一般在 "
                    f"{expected} 年年初成文。",
                    "如县里要求年底前报送，可不改；否则改为实际成文日期（YYYY-MM-DD）。",
                ),
                severity=Severity.WARNING,
            )
            return
        example = (
            f"如 {expected}-{date.month:02d}-{date.day:02d}"
            if date.month <= 2
            else f"一般在 {expected} 年1—2月"
        )
        yield self.finding(
            ("date",),
            written,
            f"这是 {report.year} 年度的报告，成文日期却是 {written}。",
            f"改为 {expected} 年的实际成文日期（{example}）：报告于次年年初报送。",
        )
