"""Dates: a report on year N is dated early in N+1 (years in the text: years.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..model import Report
from ..numbering import format_date
from .base import Finding, Rule, Severity, TextField


class DateInFollowingYear(Rule):
    code = "D001"
    severity = Severity.ERROR
    summary = "成文日期应在报告年度的下一年（报告年度12月成文的只作提示）"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        date, expected = report.date, report.year + 1
        if date is None or date.year == expected:
            return
        written = format_date(date.year, date.month, date.day)
        if date.year == report.year and date.month == 12:
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


class LateDate(Rule):
    code = "D002"
    severity = Severity.WARNING
    summary = "成文日期晚于次年3月1日（报告一般在3月1日前报送）"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        deadline = dt.date(report.year + 1, 3, 1)
        if report.date is None:
            return
        if report.date.year == report.year + 1 and report.date > deadline:
            yield self.finding(
                ("date",),
                format_date(report.date.year, report.date.month, report.date.day),
                "成文日期晚于3月1日；报告一般应在每年3月1日前报送。",
                "确认日期无误；如县里另有规定，可忽略此提示。",
            )
