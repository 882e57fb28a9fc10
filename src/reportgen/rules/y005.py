"""Y005: the title names the report's year (no title at all is R001's; the default
title names it itself)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import IN_2024, TITLE, data, text, wrong_right
from .years import YEAR


class TitleWithoutYear(Rule):
    code = "Y005"
    severity = Severity.WARNING
    summary = "报告标题应写明报告年度，如“关于2024年法治政府建设情况的报告”"
    explanation = "年度报告的标题要写明是哪一年的报告，如“关于2024年法治政府建设情况的报告”。标题不写年份，存档和上级汇总时分不清年度。"
    example = wrong_right(
        "关于法治政府建设情况的报告",
        "关于2024年法治政府建设情况的报告",
        data(*IN_2024, title="关于法治政府建设情况的报告"),
        data(*IN_2024, title="关于2024年法治政府建设情况的报告"),
    )
    triggers = (text("柏山镇法治政府建设情况的报告", at=TITLE),)
    clean = (text("柏山镇2023年度法治政府建设工作报告", at=TITLE),)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        title = report.full_title
        if report.title and YEAR.search(title) is None:
            yield self.finding(
                ("title",),
                title,
                f"标题没有写报告年度“{report.year}年”，看不出是哪一年的报告。",
                f"在标题中写明年度，如“{report.organ or ''}关于{report.year}年法治政府建设情况的报告”。",
            )
