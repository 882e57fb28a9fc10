"""R003: the text opens with a paragraph that sums up the year (a warning: not wrong,
but abrupt without it)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import data, wrong_right


class MissingOpening(Rule):
    code = "R003"
    severity = Severity.WARNING
    summary = "正文一般以开头段落起笔，概述全年情况"
    explanation = "报告的正文一般先用一段开头概述全年情况和总体成效，再分部分报告。没有开头不算错误，但读起来突兀。"
    example = wrong_right(
        "（标题、主送机关之后直接是“一、……”）",
        "2024年，我镇坚持以习近平法治思想为指导……现将有关情况报告如下：",
        data(opening=[]),
        data(opening=["2024年，我镇坚持以习近平法治思想为指导……现将有关情况报告如下："]),
    )
    triggers = (data(opening=[]),)
    clean = (data(opening=["2023年，柏山镇扎实推进法治政府建设。"]),)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        if not report.opening:
            yield self.finding(
                ("opening",),
                "",
                "报告没有开头段落，正文直接从“一、”开始。",
                "在 opening 中写一段概述，以“现将有关情况报告如下：”结尾。",
            )
