"""Dates: a report on year N is dated early in N+1 (years in the text: years.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from ..model import Report
from ..numbering import format_date
from .base import Finding, Rule, Severity, TextField


class DateInFollowingYear(Rule):
    code = "D001"
    severity = Severity.ERROR
    summary = "成文日期应在报告年度的下一年"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        expected = report.year + 1
        if report.date.year != expected:
            written = format_date(report.date.year, report.date.month, report.date.day)
            yield self.finding(
                ("date",),
                written,
                f"这是 {report.year} 年度的报告，成文日期却是 {written}。",
                f"成文日期应在 {expected} 年，如 {expected}-{report.date.month:02d}-"
                f"{report.date.day:02d}（报告于次年年初报送）。",
            )


class LateDate(Rule):
    code = "D002"
    severity = Severity.WARNING
    summary = "成文日期晚于次年3月1日（报告一般在3月1日前报送）"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        deadline = dt.date(report.year + 1, 3, 1)
        if report.date.year == report.year + 1 and report.date > deadline:
            yield self.finding(
                ("date",),
                format_date(report.date.year, report.date.month, report.date.day),
                "成文日期晚于3月1日；报告一般应在每年3月1日前报送。",
                "确认日期无误；如县里另有规定，可忽略此提示。",
            )
