"""Y006: a 截至 date after the report's own date (截至2024年6月底 in a report signed in
January 2024): the figures cannot be counted up to a day that had not come yet.

The period a 截至 names starts on its first day (截至2024年6月底: 1 June); only a period
that starts after the report was signed is reported, so 截至1月底 in a report signed
on 28 January is left alone. Without a date of its own (or with one D001 rejects) the
report is taken as signed at the end of January after its year, and the finding is a
warning that says so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence

from ..lazyregex import lazy_compile
from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import REMOVED, data, put, text, wrong_right
from .knowledge import report_date, signed_when
from .matching import excerpt

_UP_TO = lazy_compile(
    r"截[至止](?:到|至)?\s*(?P<year>(?:19|20)\d{2})\s*年"
    r"(?:\s*(?P<month>1[0-2]|0?[1-9])\s*月(?:\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*日)?"
    r"|(?P<end>年?底|年?末))?"
)


def period_start(match: re.Match[str]) -> dt.date:
    """The first day of the period a 截至 names: the day, the month, December (年底)."""
    year = int(match["year"])
    if match["month"] is None:
        return dt.date(year, 12, 1) if match["end"] else dt.date(year, 1, 1)
    month = int(match["month"])
    try:
        return dt.date(year, month, int(match["day"]) if match["day"] else 1)
    except ValueError:  # 2月30日: the month is what it says for sure
        return dt.date(year, month, 1)


class CountedPastReportDate(Rule):
    code = "Y006"
    severity = Severity.ERROR
    also_warns = True
    summary = "“截至”的日期不能晚于成文日期（2024年1月成文的报告不能写“截至2024年6月底”）"
    explanation = "“截至某时”的数字只能统计到成文之时。成文日期是2024年1月28日，却写“截至2024年6月底”，不是年份写错了，就是成文日期写错了。只有所说的时段在成文日期之后才开始时才报告（“截至2024年1月底”在1月28日成文的报告里不算）。报告没有写成文日期时，按报告年度次年1月底推算，只作提示。"
    example = wrong_right(
        "截至2024年6月底，共受理行政复议申请12件。（2024年1月28日成文）",
        "截至2023年12月底，共受理行政复议申请12件。",
    )
    triggers = (
        text("截至2024年6月底，共调解纠纷79起。", severity=Severity.ERROR),
        text("截至2024年3月15日，已完成全部整改。", severity=Severity.ERROR),
        text("截止到2025年，全镇建成法治示范村5个。", severity=Severity.ERROR),
        data(
            put(("parts", 1, "content", 0), "截至2024年5月，共调解纠纷79起。"),
            date=REMOVED,
            severity=Severity.WARNING,
        ),
    )
    clean = (
        text("截至2023年12月31日，共调解纠纷79起。"),
        text("截至2024年1月底，全镇无一起行政复议纠错案件。"),
        text("截至目前，共调解纠纷79起；力争到2024年6月底全部办结。"),
        data(put(("parts", 1, "content", 0), "截至2023年底，共调解纠纷79起。"), date=REMOVED),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        signed, given = report_date(report.year, report.date)
        for field in texts:
            for match in _UP_TO.finditer(field.text):
                start = period_start(match)
                if start <= signed:
                    continue
                when = signed_when(signed, given)
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    f"“{match.group()}”晚于成文日期：{when}，数字统计不到那时。",
                    "核对年份、月份和成文日期：多半是年份写错了（如应为"
                    f"“截至{report.year}年……”）。",
                    start=match.start(),
                    severity=Severity.ERROR if given else Severity.WARNING,
                )
