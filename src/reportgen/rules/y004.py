"""Y004: a year later than the one after the report's, outside the plans, is likely a
slip; a target (到2035年) and a title's range (《纲要（2021—2025年）》) are not."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import IN_2024, MEASURES, data, put, text, wrong_right
from .matching import excerpt
from .years import in_plans, plans_indexes, stated_years


class YearAfterReport(Rule):
    code = "Y004"
    severity = Severity.WARNING
    summary = "正文提到的年份晚于报告的下一年（下一年度安排和目标年份除外）"
    explanation = "安排部分以外提到的年份比报告的下一年还晚，多半是笔误；“到2035年”这样的目标年份和《纲要（2021—2025年）》这样的名称不在此列。"
    example = wrong_right(
        "2026年全镇共开展法治宣传活动30余次。（2024年度的报告）",
        "2024年全镇共开展法治宣传活动30余次。",
        data(*IN_2024, put(MEASURES, "2026年全镇共开展法治宣传活动30余次。")),
        data(*IN_2024, put(MEASURES, "2024年全镇共开展法治宣传活动30余次。")),
    )
    triggers = (text("2026年全镇共开展活动。"),)
    clean = (text("力争到2025年建成法治政府示范镇，2024年1月已验收。"),)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        plans = plans_indexes(report)
        for field in texts:
            if in_plans(field, plans):
                continue
            for match in stated_years(field.text):
                year = int(match.group(1))
                before = field.text[max(0, match.start() - 3) : match.start()]
                if year <= report.year + 1 or re.search(r"[到至于]|力争|目标", before):
                    continue
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    f"提到了“{match.group()}”，晚于报告年度 {report.year} 年的下一年。",
                    "检查年份是否写错（常见于沿用往年文字）。",
                    start=match.start(),
                )
