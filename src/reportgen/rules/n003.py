"""N003: a date in the text written as 2024年3月5日 (GB/T 15835): not 2024.3.5 or 2024-03-05,
no 0 before a month or a day."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..lazyregex import lazy_compile
from ..model import Report
from ..numbering import format_date
from .base import Finding, Fix, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import excerpt, matches

# 2024.3.5, 2024.03.05, 2024/3/5, 2024-03-05 in running text: a date, written the GB/T 15835 way.
_DOTTED_DATE = lazy_compile(
    r"(?<![\d.-])((?:19|20)\d{2})\s*[./-](0?[1-9]|1[0-2])\s*[./-](0?[1-9]|[12]\d|3[01])(?![\d.-])"
)
_LEADING_ZERO = lazy_compile(r"(?<=\d年)0([1-9])(?=月)|(?<=\d月)0([1-9])(?=日)")


class DateInText(Rule):
    code = "N003"
    severity = Severity.ERROR
    summary = "正文日期写作“2024年3月5日”：不用“2024.3.5”，月、日不加“0”"
    fixable = True
    explanation = "正文里的日期写作“2024年3月5日”，不用“2024.3.5”“2024-03-05”，月和日前面不加“0”（GB/T 15835）。"
    example = wrong_right(
        "于2024.3.5召开推进会；2024年03月05日印发方案。",
        "于2024年3月5日召开推进会；2024年3月5日印发方案。",
    )
    triggers = (
        text("于2024.3.5召开推进会。", "于2024年3月5日召开推进会。"),
        text("于2024-03-05印发方案。", "于2024年3月5日印发方案。"),
        text("2024年03月05日召开会议。", "2024年3月5日召开会议。"),
    )
    clean = (
        text("“6.26”禁毒日，电话0391-1234567，增长3.5%，2021—2025年。"),
        text("2024年3月5日召开会议，10月1日施行。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field, match in matches(texts, _DOTTED_DATE):
            if match.group() == field.text.strip():
                continue  # a signature date the importer left as text: its business
            right = format_date(*(int(g) for g in match.groups()))
            yield self.finding(
                field.path,
                excerpt(field.text, *match.span()),
                f"日期“{match.group()}”用了圆点或斜线。",
                f"改为“{right}”。",
                Fix(field.path, match.start(), match.end(), right),
            )
        for field, match in matches(texts, _LEADING_ZERO):
            digit = match.group(1) or match.group(2)
            yield self.finding(
                field.path,
                excerpt(field.text, match.start(), match.end() + 1),
                "日期的月或日前面多了“0”。",
                f"删去“0”，写作“{digit}”。",
                Fix(field.path, match.start(), match.end(), digit),
            )
