"""D002: a report is sent before 1 March of the next year (a warning: a county may say
otherwise)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from ..model import Report
from ..numbering import format_date
from .base import Finding, Rule, Severity, TextField
from .cases import data, wrong_right


class LateDate(Rule):
    code = "D002"
    severity = Severity.WARNING
    summary = "成文日期晚于次年3月1日（报告一般在3月1日前报送）"
    explanation = "报告一般应在每年3月1日前报送，4月1日前公开。成文日期晚于3月1日时提醒核对。"
    example = wrong_right(
        "2024年3月15日",
        "2024年2月20日（如县里另有规定，以规定为准）",
        data(date="2024-03-15"),
        data(date="2024-02-20"),
    )
    triggers = (data(date="2024-03-15"),)
    clean = (
        data(date="2024-03-01"),
        data(date="2023-06-01"),  # D001's concern, not D002's
    )

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
