"""Y001: a heading (the title, a part's or a section's) names the report's year; plans
and comparisons (与2023年相比) aside. Checked in every part, whatever its kind.

The report's title naming another year is certainly wrong; a section's heading may
rightly name an earlier year (2023年度述法反馈问题整改情况), so there it is a warning."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import IN_2024, TITLE, data, put, text, wrong_right
from .matching import excerpt
from .years import in_plans, is_heading, plans_indexes, stated_years

_HEADING = ("parts", 1, "heading")


class HeadingNamesOtherYear(Rule):
    code = "Y001"
    severity = Severity.ERROR
    also_warns = True
    summary = "标题（报告标题和各级小标题）写的年份应是报告年度（下一年度安排除外）"
    explanation = "标题（报告标题和各级小标题）讲的是报告年度的工作，写成上一年，多半是沿用了往年材料。报告标题写错年份是错误；小标题可能确实讲往年的事（如“2023年度述法反馈问题整改情况”），只作提示。下一年度安排部分除外（那里写下一年），“与2023年相比”这样的比较也除外。不论这一部分被识别为哪类内容，都会检查。"
    example = wrong_right(
        "二、2023年推进法治政府建设的主要举措（2024年度的报告）",
        "二、2024年推进法治政府建设的主要举措",
        data(*IN_2024, put(_HEADING, "2023年推进法治政府建设的主要举措")),
        data(*IN_2024, put(_HEADING, "2024年推进法治政府建设的主要举措")),
    )
    triggers = (
        text("关于2022年法治政府建设情况的报告", at=TITLE, severity=Severity.ERROR),
        text("2022年度第一责任人履职情况", at=("parts", 0, "heading"), severity=Severity.WARNING),
        text("2022年推进法治政府建设的主要举措", at=("parts", 1, "heading")),
    )
    clean = (
        text("关于2023年度法治政府建设工作情况的报告", at=TITLE),
        text("与2022年相比取得的主要成效", at=("parts", 1, "heading")),
        text("落实《法治政府建设实施纲要（2021—2025年）》", at=("parts", 1, "heading")),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        plans = plans_indexes(report)
        for field in texts:
            if not is_heading(field) or in_plans(field, plans):
                continue
            if field.path == ("title",) and report.title is None:
                continue
            for match in stated_years(field.text):
                year = int(match.group(1))
                if year == report.year or (year > report.year and field.path != ("title",)):
                    continue
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    f"这是 {report.year} 年度的报告，标题里却写了“{match.group()}”。",
                    f"核对年份，应为“{report.year}年”（常见于沿用往年材料）。"
                    + ("" if field.path == ("title",) else "如确是讲往年的事，可以不改。"),
                    start=match.start(),
                    severity=None if field.path == ("title",) else Severity.WARNING,
                )
