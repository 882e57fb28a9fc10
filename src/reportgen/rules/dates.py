"""Dates: a report on year N is dated early in year N+1."""

from __future__ import annotations

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
