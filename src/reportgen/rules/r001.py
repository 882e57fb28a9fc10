"""R001: a report has a title (GB/T 9704 7.3.1); `"title": ""` is one still to write."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report, default_title
from .base import Finding, Rule, Severity, TextField
from .cases import REMOVED, data, wrong_right


class MissingTitle(Rule):
    code = "R001"
    severity = Severity.ERROR
    summary = "须有标题（GB/T 9704 7.3.1）"
    explanation = '公文标题由发文机关名称、事由和文种组成（GB/T 9704 7.3.1），报告不能没有标题。数据里写 "title": "" 表示标题还没写；省略 title 则使用默认标题“关于××年法治政府建设情况的报告”。'
    example = wrong_right(
        '"title": ""',
        '"title": "关于2024年法治政府建设情况的报告"',
        data(title=""),
        data(title="关于2024年法治政府建设情况的报告"),
    )
    triggers = (
        data(title=""),
        data(title="  "),
    )
    clean = (
        data(title=REMOVED),  # the default title
        data(title="柏山镇2023年法治政府建设工作情况报告"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        if not report.full_title:
            yield self.finding(
                ("title",),
                "",
                "报告没有标题（GB/T 9704 要求公文有标题）。",
                f"在 title 中填写标题，如“{default_title(report.year)}”；"
                "删去 title 一项则使用这个默认标题。",
            )
