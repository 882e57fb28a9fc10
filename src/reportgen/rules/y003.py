"""Y003: the text takes the year before for the report's year (2023年以来, 2023年，我镇…
or 现将2023年… in a report on 2024): carried over from last year's report."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..lazyregex import lazy_compile
from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import IN_2024, MEASURES, data, put, text, wrong_right
from .matching import excerpt
from .years import in_plans, is_heading, plans_indexes, starts_sentence, stated_years

_SINCE = lazy_compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?:以来|来)")


class PastYearAsReportYear(Rule):
    code = "Y003"
    severity = Severity.WARNING
    summary = "正文把上一年当作报告年度：2024年度的报告写“2023年以来”“2023年，我镇……”，开头写“现将2023年……”"
    explanation = "讲本年度情况时写成上一年（“2023年以来”“2023年，我镇……”，开头“现将2023年度……报告如下”），多半是沿用了上一年的报告。比较（较2023年增长）不在此列。"
    example = wrong_right(
        "2023年以来，我镇坚持以习近平法治思想为指导……（2024年度的报告）",
        "2024年以来，我镇坚持以习近平法治思想为指导……",
        data(*IN_2024, put(MEASURES, "2023年以来，我镇坚持以习近平法治思想为指导……")),
        data(*IN_2024, put(MEASURES, "2024年以来，我镇坚持以习近平法治思想为指导……")),
    )
    triggers = (
        text("2022年以来，全镇开展活动30余次。"),
        text("全年工作有序。2022年，全镇开展活动30余次。"),
        text("现将柏山镇2022年度法治政府建设情况报告如下：", at=("opening", 0)),
    )
    clean = (text("较2022年增长15%，2023年以来成效明显。"),)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        plans = plans_indexes(report)
        previous = report.year - 1
        for field in texts:
            if is_heading(field) or in_plans(field, plans) or field.path[0] == "signatories":
                continue
            said = {m.start() for m in _SINCE.finditer(field.text)}
            opening = field.path[0] == "opening"
            for match in stated_years(field.text):
                if int(match.group(1)) == previous and (
                    match.start() in said or opening or starts_sentence(field.text, match)
                ):
                    yield self._past(field, match, report.year)

    def _past(self, field: TextField, match: re.Match[str], year: int) -> Finding:
        return self.finding(
            field.path,
            excerpt(field.text, *match.span()),
            f"这是 {year} 年度的报告，这里的“{match.group()}”像是沿用了上一年的材料。",
            f"核对年份，讲本年度情况应写“{year}年”。",
            start=match.start(),
        )
