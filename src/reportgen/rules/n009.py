"""N009: a date in the text that does not exist: 2月30日, 4月31日, 2023年2月29日, 2024年13月."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..days import missing_day
from ..lazyregex import lazy_compile
from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import excerpt, matches

# A month, with its year before it and its day after it where they are written. A day
# that follows another (5月30—31日) has its month before the dash and is not read.
_DATE = lazy_compile(r"(?<![\d.])(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?")


class DayThatDoesNotExist(Rule):
    code = "N009"
    severity = Severity.ERROR
    summary = "日期要真实存在：没有“2月30日”“4月31日”“13月”，平年没有“2月29日”"
    explanation = (
        "正文里写的日期要在日历上真实存在：2月最多29天（平年28天），4、6、9、11月只有30天，"
        "一年只有12个月。写错的日期多是录入时按错了数字，请对照原始材料核对。"
    )
    example = wrong_right("于2024年4月31日召开推进会。", "于2024年4月30日召开推进会。")
    triggers = (
        text("于2025年2月30日召开专题会议。"),
        text("于2024年4月31日召开推进会。"),
        text("2023年2月29日印发实施方案。"),
        text("2024年13月完成全部整改。"),
        text("9月31日前完成自查。"),
    )
    clean = (
        text("2024年2月29日召开会议，2023年2月28日印发方案，12月31日前完成。"),
        text("2月29日前完成摸底，5月30—31日组织培训，1—12月累计受理36件。"),
        text("全年开展活动13次，第12月度考核，2024年12月底前完成。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field, match in matches(texts, _DATE):
            year, month, day = match.groups()
            if not year and not day:
                continue  # a month alone (13月) is not surely a date
            why = missing_day(int(year) if year else None, int(month), int(day) if day else None)
            if why is None:
                continue
            yield self.finding(
                field.path,
                excerpt(field.text, *match.span()),
                f"日期“{match.group()}”不存在：{why}。",
                "请对照原始材料核对这个日期。",
                start=match.start(),
            )
