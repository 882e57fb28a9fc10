"""Numbers and dates in the text (GB/T 15835): one approximation at a time, 〇 in a year
written in Chinese numerals, dates as 2024年3月5日."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Report
from ..numbering import format_date
from .base import Finding, Fix, Rule, Severity, TextField
from .matching import excerpt, matches

# A number is read from its first digit only (the lookbehinds): tried from every digit of a
# run of 30,000, the search took minutes.
_NUMBER = r"(?<![\d.,])\d+(?:[.,]\d+)*\s*[万千百亿]?"
_CN_NUMBER = r"(?<![一二三四五六七八九十百千万两])[一二三四五六七八九十百千万两]+"
# 约 and 近 as words of their own, not in 节约, 预约, 附近, 最近.
_YUE = r"(?<![节制预签相邀契简公条婚誓])约"
_ABOUT = rf"大约|{_YUE}|将近|接近|(?<![附最靠临亲贴邻走])近|超过|逾"
# 约300余人, 近500多户, 大约20个左右, 300余人左右: two words that each say “about”.
_DOUBLE = re.compile(
    rf"(?:{_ABOUT})(?:{_NUMBER}|{_CN_NUMBER})(?:余|多)"
    rf"|(?:大约|{_YUE})(?:{_NUMBER}|{_CN_NUMBER})[^，。；、\d]{{0,4}}?左右"
    rf"|(?:{_NUMBER}|{_CN_NUMBER})(?:余|多)[^，。；、\d]{{0,4}}?左右"
)


class DoubleApproximation(Rule):
    code = "N001"
    severity = Severity.ERROR
    summary = "概数只用一个表示约数的词：不写“约300余人”“300多人左右”"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field, match in matches(texts, _DOUBLE):
            yield self.finding(
                field.path,
                excerpt(field.text, *match.span()),
                f"“{match.group()}”重复表示约数。",
                "只保留一个表示约数的词，如“300余人”或“约300人”。",
            )


# A year in Chinese numerals with a letter O or a digit 0 for 〇: 二O二四年.
_CN_DIGIT = "〇零一二三四五六七八九"
_O_YEAR = re.compile(rf"[{_CN_DIGIT}OoＯｏ0０○]{{4}}(?=年)")
_WRONG_ZERO = re.compile("[OoＯｏ0０○零]")


class ZeroInChineseYear(Rule):
    code = "N002"
    severity = Severity.ERROR
    summary = "汉字年份里的零写作“〇”：二〇二四年，不写“二O二四年”“二0二四年”"
    fixable = True

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field, match in matches(texts, _O_YEAR):
            written = match.group()
            if not _WRONG_ZERO.search(written) or not any(
                c in "一二三四五六七八九" for c in written
            ):
                continue
            right = _WRONG_ZERO.sub("〇", written)
            yield self.finding(
                field.path,
                excerpt(field.text, *match.span()),
                f"年份“{written}年”中的零写错了（字母O、数字0或“○”“零”）。",
                f"改为“{right}年”。",
                Fix(field.path, match.start(), match.end(), right),
            )


# 2024.3.5, 2024.03.05, 2024/3/5, 2024-03-05 in running text: a date, written the GB/T 15835 way.
_DOTTED_DATE = re.compile(
    r"(?<![\d.-])((?:19|20)\d{2})\s*[./-](0?[1-9]|1[0-2])\s*[./-](0?[1-9]|[12]\d|3[01])(?![\d.-])"
)
_LEADING_ZERO = re.compile(r"(?<=\d年)0([1-9])(?=月)|(?<=\d月)0([1-9])(?=日)")


class DateInText(Rule):
    code = "N003"
    severity = Severity.ERROR
    summary = "正文日期写作“2024年3月5日”：不用“2024.3.5”，月、日不加“0”"
    fixable = True

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
