"""D002: a report is sent before 1 March of the next year (a warning: a county may say
otherwise)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from ..model import Report
from ..numbering import format_date
from .base import Finding, Rule, Severity, TextField
from .cases import data, wrong_right


def quarter_end(year: int) -> dt.date:
    """The last day the regulation allows for the report on `year`: 31 March after it."""
    return dt.date(year + 1, 3, 31)


class LateDate(Rule):
    code = "D002"
    severity = Severity.WARNING
    summary = "成文日期晚于次年第一季度（督察工作规定要求第一季度报送、4月1日前公开）"
    explanation = "《法治政府建设与责任落实督察工作规定》要求每年第一季度报告上一年度法治政府建设情况，4月1日前向社会公开。成文日期晚于次年3月31日时提醒核对；3月份成文的不算晚（不少县要求3月1日前报送，那是县里的规定，以县里通知为准）。"
    example = wrong_right(
        "2024年4月8日",
        "2024年3月20日（第一季度内；县里要求更早的，以县里通知为准）",
        data(date="2024-04-08"),
        data(date="2024-03-20"),
    )
    triggers = (data(date="2024-04-08"), data(date="2024-06-30"))
    clean = (
        data(date="2024-03-15"),  # in March: in the first quarter, not late by the regulation
        data(date="2024-03-31"),
        data(date="2024-02-20"),
        data(date="2023-06-01"),  # D001's concern, not D002's
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        if report.date is None:
            return
        if report.date.year == report.year + 1 and report.date > quarter_end(report.year):
            yield self.finding(
                ("date",),
                format_date(report.date.year, report.date.month, report.date.day),
                f"成文日期晚于{report.year + 1}年3月31日；《法治政府建设与责任落实督察工作规定》"
                "要求每年第一季度报告上一年度的法治政府建设情况，并在4月1日前向社会公开。",
                "确认日期无误；如确实晚报，可忽略此提示。",
            )
