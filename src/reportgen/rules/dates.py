"""Dates and years: a report on year N is dated early in N+1 and plans for N+1."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..model import PartKind, Report, default_title
from ..numbering import format_date
from .base import Finding, Rule, Severity, TextField
from .matching import excerpt

_YEAR = re.compile(r"(?<!\d)(\d{4})\s*年")
_TITLE_OR_RANGE = re.compile(r"《[^《》]*》|\d{4}\s*[—\-－–~～至到]\s*\d{4}")


def _years_other_than(
    report: Report, kinds: set[PartKind], expected: int
) -> Iterator[tuple[int, str, re.Match[str]]]:
    """(part index, heading, match) for each year in those parts' headings but `expected`."""
    for index, part in enumerate(report.parts):
        if part.kind in kinds:
            for match in _YEAR.finditer(part.heading):
                if int(match.group(1)) != expected:
                    yield index, part.heading, match


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


class TitleNamesYear(Rule):
    code = "D003"
    severity = Severity.ERROR
    summary = "标题和前几部分的标题应写报告年度"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        title = report.full_title
        if title and f"{report.year}年" not in title:  # no title at all: F001 says so
            yield self.finding(
                ("title",),
                title,
                f"标题没有写报告年度“{report.year}年”。",
                f"标题写为“{default_title(report.year)}”。",
            )
        own_year = {PartKind.DUTY, PartKind.MEASURES, PartKind.SHORTCOMINGS}
        for index, heading, match in _years_other_than(report, own_year, report.year):
            yield self.finding(
                ("parts", index, "heading"),
                excerpt(heading, *match.span()),
                f"这一部分讲的是 {report.year} 年的情况，标题里却写了 {match.group()}。",
                f"改为“{report.year}年”。",
            )


class PlansNameNextYear(Rule):
    code = "D004"
    severity = Severity.ERROR
    summary = "下一年度安排的标题应写下一年"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        expected = report.year + 1
        for index, heading, match in _years_other_than(report, {PartKind.PLANS}, expected):
            yield self.finding(
                ("parts", index, "heading"),
                excerpt(heading, *match.span()),
                f"下一年度安排应是 {expected} 年的安排，标题里写的是 {match.group()}。",
                f"改为“{expected}年”。",
            )


class YearAfterDate(Rule):
    code = "D005"
    severity = Severity.WARNING
    summary = "正文提到的年份晚于成文日期（下一年度安排除外）"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        if report.date is None:
            return
        for field in texts:
            if field.part_kind is PartKind.PLANS:
                continue
            hidden = _TITLE_OR_RANGE.sub(lambda m: " " * len(m.group()), field.text)
            for match in _YEAR.finditer(hidden):
                if int(match.group(1)) > report.date.year:
                    yield self.finding(
                        field.path,
                        excerpt(field.text, *match.span()),
                        f"提到了 {match.group()}，晚于成文日期所在的 {report.date.year} 年。",
                        "检查年份是否写错（常见于沿用往年文字）。",
                    )
