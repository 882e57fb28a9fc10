"""R005: a report is dated (成文日期, GB/T 9704 7.3.5)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import REMOVED, data, wrong_right


class MissingDate(Rule):
    code = "R005"
    severity = Severity.ERROR
    summary = "须有成文日期（GB/T 9704 7.3.5）"
    explanation = "公文须有成文日期（GB/T 9704 7.3.5），用阿拉伯数字写全年、月、日。年度报告一般在次年1—2月成文。"
    example = wrong_right(
        "（报告末尾没有日期）",
        '"date": "2025-01-20"（印出来是“2025年1月20日”）',
        data(date=REMOVED),
        data(date="2025-01-20"),
    )
    triggers = (data(date=REMOVED),)
    clean = (data(date="2024-02-01"),)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        if report.date is None:
            yield self.finding(
                ("date",),
                "",
                "报告没有成文日期。",
                f'在 date 中填写，格式为 YYYY-MM-DD，如 "{report.year + 1}-01-20"。',
            )
