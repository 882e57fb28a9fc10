"""Y002: the plans speak of the next year: a report on 2024 plans for 2025, and a deadline
in the plans (力争2024年底前) is not already past."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import IN_2024, PLANS, data, put, text, wrong_right
from .matching import excerpt
from .years import in_plans, is_heading, plans_indexes, starts_sentence, stated_years

# A deadline in the plans: 力争2025年底前, 到2025年年底, 2025年内 (a past one is wrong there).
_PAST_TARGET = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?:年?底前?|内|前|上半年|下半年)")
_PLANS_HEADING = ("parts", 3, "heading")


class PlansNameNextYear(Rule):
    code = "Y002"
    severity = Severity.ERROR
    summary = "下一年度安排写的是下一年：报告年度为2024年，安排写2025年"
    explanation = "下一年度安排讲的是下一年。2024年度报告的安排部分写“2024年工作打算”或“2024年，我镇将……”，是把报告年度当成了下一年。按标题（下一步、打算、安排、思路……）认出安排部分，即使它没有被识别出来。"
    example = wrong_right(
        "四、2024年工作打算（2024年度的报告）",
        "四、2025年工作打算",
        data(*IN_2024, put(_PLANS_HEADING, "2024年工作打算")),
        data(*IN_2024, put(_PLANS_HEADING, "2025年工作打算")),
    )
    triggers = (
        text("2023年工作安排", at=("parts", 3, "heading")),
        text("2023年，柏山镇将继续推进法治政府建设。", at=PLANS),
        text("推行以案释法，力争2023年底前实现村干部培训全覆盖。", at=PLANS),
    )
    clean = (
        text("下一年度工作安排", at=("parts", 3, "heading")),
        text("在2023年工作基础上，2024年将巩固成果。", at=PLANS),
        text("力争2024年底前实现村干部培训全覆盖。", at=PLANS),
        text("2023年底前已实现村干部培训全覆盖。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        plans = plans_indexes(report)
        for field in texts:
            if not in_plans(field, plans):
                continue
            said: set[int] = set()
            for match in stated_years(field.text):
                year = int(match.group(1))
                if year >= report.year + 1 or year < report.year - 1:
                    continue
                if not is_heading(field) and not starts_sentence(field.text, match):
                    continue
                said.add(match.start())
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    f"下一年度安排讲的是 {report.year + 1} 年，这里写的是“{match.group()}”。",
                    f"改为“{report.year + 1}年”。",
                    start=match.start(),
                )
            for match in _PAST_TARGET.finditer(field.text):
                if (
                    match.start() not in said
                    and report.year - 1 <= int(match.group(1)) <= report.year
                ):
                    yield self.finding(
                        field.path,
                        excerpt(field.text, *match.span()),
                        f"下一年度安排里的目标时间“{match.group()}”在报告年度之内，已经过去了。",
                        f"核对年份，应为“{report.year + 1}年”或以后。",
                        start=match.start(),
                    )
