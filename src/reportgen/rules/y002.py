"""Y002: the plans speak of the next year: a report on 2024 plans for 2025, and a deadline
in the plans (力争2024年底前, 2025年3月底前, 2025年一季度) is not already past when the
report was signed.

A heading of the plans that names the report's year, and a sentence that opens with it
and looks ahead (2024年，我镇将…), are certainly wrong. Another sentence opening with the
year may look back (2024年，我镇虽然…) and is a warning. A deadline that ended before the
report's date is an error when the report gives its date, and a warning when the date is
assumed (the end of January after the report year, knowledge.report_date).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence

from ..lazyregex import lazy_compile
from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import IN_2024, PLANS, REMOVED, data, put, text, wrong_right
from .knowledge import report_date, signed_when
from .matching import excerpt
from .years import in_plans, is_heading, plans_indexes, starts_sentence, stated_years

# A deadline in the plans: 力争2025年底前, 到2025年年底, 2025年内, 2025年3月底前,
# 2025年一季度, 2025年上半年. A past one has no place there.
_DEADLINE = lazy_compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*年"
    r"(?:(?P<end>年?底前?|年?末前?|内|前)"
    r"|(?P<month>1[0-2]|0?[1-9])\s*月(?:(?P<day>3[01]|[12]\d|0?[1-9])\s*日)?(?:份|底|末)?"
    r"(?:前|之前|以前)"
    r"|(?P<quarter>[一二三四1-4])季度"
    r"|(?P<half>[上下])半年)"
)
_QUARTER_END = {"一": 3, "二": 6, "三": 9, "四": 12, "1": 3, "2": 6, "3": 9, "4": 12}
# Words that look ahead: the sentence plans the year.
_AHEAD = lazy_compile(r"^[，,]?\s*(?:[^，。；]{0,12}?)(?:将|要|拟|计划|力争|确保|继续|着力|重点)")
# The deadline is told as met: 2023年底前已完成.
_DONE = lazy_compile(r"^[^，。；]{0,12}?(?:已|已经|均已|全部)")
_PLANS_HEADING = ("parts", 3, "heading")


def deadline_end(match: re.Match[str]) -> dt.date:
    """The last day a deadline allows: 2025年3月底前 → 31 March, 2025年上半年 → 30 June."""
    year = int(match["year"])
    if match["day"]:
        try:
            return dt.date(year, int(match["month"]), int(match["day"]))
        except ValueError:  # 2月30日: the month's end instead
            pass
    if match["month"]:
        month = int(match["month"])
    elif match["quarter"]:
        month = _QUARTER_END[match["quarter"]]
    elif match["half"]:
        month = 6 if match["half"] == "上" else 12
    else:
        month = 12
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


class PlansNameNextYear(Rule):
    code = "Y002"
    severity = Severity.ERROR
    also_warns = True
    summary = (
        "下一年度安排写的是下一年：报告年度为2024年，安排写2025年；安排里的期限不能在成文前已经过去"
    )
    explanation = "下一年度安排讲的是下一年。2024年度报告的安排部分写“2024年工作打算”或“2024年，我镇将……”，是把报告年度当成了下一年。按标题（下一步、打算、安排、思路……）认出安排部分，即使它没有被识别出来。安排里的期限（“力争2024年底前”“2025年3月底前”“2025年一季度”）在成文日期之前就已经过去的，也会报告；报告没有写成文日期时，按次年1月底推算，只作提示。句子以报告年度开头但不是讲打算的（“2024年，我镇虽然……”），只作提示。"
    example = wrong_right(
        "四、2024年工作打算（2024年度的报告）",
        "四、2025年工作打算",
        data(*IN_2024, put(_PLANS_HEADING, "2024年工作打算")),
        data(*IN_2024, put(_PLANS_HEADING, "2025年工作打算")),
    )
    triggers = (
        text("2023年工作安排", at=_PLANS_HEADING, severity=Severity.ERROR),
        text("2023年，柏山镇将继续推进法治政府建设。", at=PLANS, severity=Severity.ERROR),
        text("2023年，柏山镇法治政府建设取得新进展。", at=PLANS, severity=Severity.WARNING),
        text("推行以案释法，力争2023年底前实现村干部培训全覆盖。", at=PLANS),
        text("2024年1月15日前完成合法性审查目录编制。", at=PLANS, severity=Severity.ERROR),
        data(
            put(PLANS, "2024年1月底前完成规范性文件清理。"),
            date="2024-02-20",
            severity=Severity.ERROR,
        ),
        data(
            put(PLANS, "力争2023年四季度完成村规民约修订。"),
            date=REMOVED,
            severity=Severity.WARNING,
        ),
    )
    clean = (
        text("下一年度工作安排", at=_PLANS_HEADING),
        text("在2023年工作基础上，2024年将巩固成果。", at=PLANS),
        text("力争2024年底前实现村干部培训全覆盖，2024年3月底前完成清理。", at=PLANS),
        text("2024年一季度完成规范性文件清理，上半年完成评估。", at=PLANS),
        text("2023年底前已实现村干部培训全覆盖。"),
        text("村干部培训2023年底前已全部完成，2024年将开展回头看。", at=PLANS),
        data(put(PLANS, "力争2023年底前完成村规民约修订。"), date="2023-12-10"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        plans = plans_indexes(report)
        signed, given = report_date(report.year, report.date)
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
                sure = is_heading(field) or bool(_AHEAD.match(field.text[match.end() :]))
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    f"下一年度安排讲的是 {report.year + 1} 年，这里写的是“{match.group()}”。",
                    f"改为“{report.year + 1}年”。"
                    + ("" if sure else "如这句是在回顾本年度，可以不改。"),
                    start=match.start(),
                    severity=None if sure else Severity.WARNING,
                )
            yield from self._past_deadlines(report, field, said, signed, given)

    def _past_deadlines(
        self, report: Report, field: TextField, said: set[int], signed: dt.date, given: bool
    ) -> Iterator[Finding]:
        for match in _DEADLINE.finditer(field.text):
            if match.start() in said or int(match["year"]) < report.year - 1:
                continue
            end = deadline_end(match)
            if end >= signed or _DONE.match(field.text[match.end() :]):
                continue
            when = signed_when(signed, given)
            yield self.finding(
                field.path,
                excerpt(field.text, *match.span()),
                f"下一年度安排里的期限“{match.group()}”在成文前已经过去（{when}）。",
                f"核对期限，应在成文日期之后，一般在 {report.year + 1} 年之内。",
                start=match.start(),
                severity=None if given else Severity.WARNING,
            )
