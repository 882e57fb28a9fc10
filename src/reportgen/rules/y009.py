"""Y009: a five-year 普法 plan named out of its time: a report on 2023 that carries on the
“七五”普法 (2016—2020) instead of the “八五” (2021—2025) has carried old text over.

A sentence that looks back on the old plan — its end, its review, its results (“七五”普法
总结验收, 圆满完成“七五”普法) — or that names the current plan beside it is right, and
left alone. The years of each plan are in phrases.toml ([[education_plans]]).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from typing import NamedTuple

from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import IN_2024, data, put, text, wrong_right
from .matching import excerpt, lazy, sentence
from .wordlists import table_file

# “七五”普法, 七五普法, “七五”法治宣传教育, 第七个五年法治宣传教育规划.
_NAMED = lazy(
    r"[“\"‘]?(?P<n>[四五六七八九])五[”\"’]?(?=普法|法治宣传教育)"
    r"|第(?P<ordinal>[四五六七八九])个五年(?:法治宣传教育|普法)"
)
# Words that look back on a plan: its end, review, results; or its successor beside it.
_LOOKS_BACK = lazy(
    r"验收|总结|收官|圆满完成|完成|评估|表彰|回顾|期间|以来|成果|先进|衔接|期末|结束|终期"
    r"|基础上|延续|接续"
)


class Plan(NamedTuple):
    name: str  # 七五
    first: int
    last: int

    @property
    def written(self) -> str:
        return f"“{self.name}”普法（{self.first}—{self.last}年）"


@cache
def _plans() -> dict[str, Plan]:
    entries = table_file("phrases")["education_plans"]
    return {e["name"]: Plan(e["name"], e["first"], e["last"]) for e in entries}


def _current(year: int) -> Plan | None:
    return next((p for p in _plans().values() if p.first <= year <= p.last), None)


class PlanOutOfTime(Rule):
    code = "Y009"
    severity = Severity.WARNING
    summary = "五年普法规划要与报告年度相符：2021—2025年是“八五”普法，2021年以后的报告不再写“开展‘七五’普法”"
    explanation = "普法规划五年一期：“七五”普法是2016—2020年，“八五”普法是2021—2025年。2023年度的报告写“深入开展‘七五’普法”，多半是沿用了旧材料，讲当前的普法工作应写“八五”普法。回顾旧规划的话（“七五”普法总结验收、圆满完成“七五”普法、在“七五”普法基础上启动“八五”普法）是对的，不提示。只作提示。各期规划的起止年份在 src/reportgen/rules/phrases.toml。"
    example = wrong_right(
        "深入开展“七五”普法，推动法律进乡村。（2023年度的报告）",
        "深入开展“八五”普法，推动法律进乡村。",
    )
    triggers = (
        text("深入开展“七五”普法，推动法律进乡村。", severity=Severity.WARNING),
        text("按照第七个五年法治宣传教育规划要求，开展送法下乡。"),
        text("落实七五普法规划，开展宪法宣传。"),
        text("继续深化“六五”普法，开展法律进村居活动。", severity=Severity.WARNING),
    )
    clean = (
        text("深入开展“八五”普法，推动法律进乡村。"),
        text("“七五”普法顺利通过总结验收，“八五”普法全面启动。"),
        text("自“六五”普法以来，我镇坚持领导干部学法制度。"),
        text("在“七五”普法基础上，制定本镇“八五”普法规划。"),
        data(*IN_2024, put(("parts", 1, "content", 0), "“七五”普法期间累计培训干部3000人次。")),
        data(
            (("year",), 2020),
            (("opening", 0), "2020年，柏山镇深入推进法治政府建设。现将有关情况报告如下："),
            (("parts", 3, "heading"), "2021年工作安排"),
            (("parts", 3, "content", 0), "2021年，柏山镇将继续推进法治政府建设。"),
            (("parts", 1, "content", 0), "深入开展“七五”普法，推动法律进乡村。"),
            date="2021-01-20",
        ),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        plans = _plans()
        current = _current(report.year)
        for field in texts:
            if "五" not in field.text:
                continue  # the regex opens on a quote or a numeral: skip the texts quickly
            for match in _NAMED().finditer(field.text):
                named = plans.get(f"{match['n'] or match['ordinal']}五")
                if named is None or named.last >= report.year:
                    continue
                around = sentence(field.text, *match.span(), limit=200)
                if _LOOKS_BACK().search(around) or (current and current.name in around):
                    continue
                now = (
                    f"讲当前的普法工作应为{current.written}"
                    if current
                    else "讲当前的普法工作应改用现行的五年普法规划"
                )
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    f"这是{report.year}年度的报告，{named.written}已经结束。",
                    f"{now}；如果这里是回顾{named.written}，可以不改。",
                    start=match.start(),
                )
