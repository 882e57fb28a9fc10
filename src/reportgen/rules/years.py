"""Years that disagree with the report's year, in any part whatever its kind.

A report on year N tells of N and plans for N+1. Text carried over from last year's
report gives itself away: a heading naming N-1, plans headed N, 「N-1年以来」.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Part, PartKind, Report
from .base import Finding, Rule, Severity, TextField
from .matching import excerpt

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?:度)?")
# Years that are no statement about this report: in a 《title》, a range 2021—2025年,
# a comparison (比2023年, 与2023年相比, 同期), a target (到2025年, 2025年前).
_HIDDEN = re.compile(r"《[^《》]*》|\d{4}\s*年?\s*[—\-－–~～至到]\s*\d{4}")
_COMPARED = re.compile(r"(?:比|较|同比|与|和|对比|相比|超过|低于|高于)$")
_FOLLOWED = re.compile(r"^(?:相比|同期|水平|基础上|底前|年底前|前|以前|之前|的基础)")
_PLAN_WORDS = re.compile(r"下一步|下一年|明年|打算|安排|计划|思路|展望|方向|谋划|目标任务")
_SENTENCE_START = re.compile(r"(?:^|(?<=[。；！？]))\s*")


def _years(text: str) -> Iterator[re.Match[str]]:
    hidden = _HIDDEN.sub(lambda m: " " * len(m.group()), text)
    for match in _YEAR.finditer(hidden):
        before = hidden[max(0, match.start() - 4) : match.start()]
        if _COMPARED.search(before) or _FOLLOWED.match(hidden[match.end() :]):
            continue
        yield match


def is_plans(part: Part, year: int) -> bool:
    """The plans part: so recognised, or headed like one (下一步工作打算, 2025年工作思路)."""
    if part.kind is PartKind.PLANS:
        return True
    heading = part.heading
    return part.kind is PartKind.OTHER and (
        bool(_PLAN_WORDS.search(heading)) or f"{year + 1}年" in heading
    )


def _plans_indexes(report: Report) -> set[int]:
    return {i for i, part in enumerate(report.parts) if is_plans(part, report.year)}


def _is_heading(field: TextField) -> bool:
    return field.path[-1] in ("heading", "title")


def _in_plans(field: TextField, plans: set[int]) -> bool:
    return len(field.path) > 1 and field.path[0] == "parts" and field.path[1] in plans


class HeadingNamesOtherYear(Rule):
    code = "Y001"
    severity = Severity.ERROR
    summary = "标题（报告标题和各级小标题）写的年份应是报告年度（下一年度安排除外）"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        plans = _plans_indexes(report)
        for field in texts:
            if not _is_heading(field) or _in_plans(field, plans):
                continue
            if field.path == ("title",) and report.title is None:
                continue
            for match in _years(field.text):
                year = int(match.group(1))
                if year == report.year or (year > report.year and field.path != ("title",)):
                    continue
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    f"这是 {report.year} 年度的报告，标题里却写了“{match.group()}”。",
                    f"核对年份，应为“{report.year}年”（常见于沿用往年材料）。",
                )


class PlansNameNextYear(Rule):
    code = "Y002"
    severity = Severity.ERROR
    summary = "下一年度安排写的是下一年：报告年度为2024年，安排写2025年"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        plans = _plans_indexes(report)
        for field in texts:
            if not _in_plans(field, plans):
                continue
            said: set[int] = set()
            for match in _years(field.text):
                year = int(match.group(1))
                if year >= report.year + 1 or year < report.year - 1:
                    continue
                if not _is_heading(field) and not _starts_sentence(field.text, match):
                    continue
                said.add(match.start())
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    f"下一年度安排讲的是 {report.year + 1} 年，这里写的是“{match.group()}”。",
                    f"改为“{report.year + 1}年”。",
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
                    )


def _starts_sentence(text: str, match: re.Match[str]) -> bool:
    """2024年，我镇将…: the year a sentence is about, not one it mentions."""
    before = text[: match.start()].rstrip()
    return (not before or before[-1] in "。；！？：") and text[match.end() :][:1] in "，,我全将是"


# A deadline in the plans: 力争2025年底前, 到2025年年底, 2025年内 (a past one is wrong there).
_PAST_TARGET = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?:年?底前?|内|前|上半年|下半年)")

_SINCE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?:以来|来)")


class PastYearAsReportYear(Rule):
    code = "Y003"
    severity = Severity.WARNING
    summary = "正文把上一年当作报告年度：2024年度的报告写“2023年以来”“2023年，我镇……”，开头写“现将2023年……”"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        plans = _plans_indexes(report)
        previous = report.year - 1
        for field in texts:
            if _is_heading(field) or _in_plans(field, plans) or field.path[0] == "signatories":
                continue
            said = {m.start() for m in _SINCE.finditer(field.text)}
            opening = field.path[0] == "opening"
            for match in _years(field.text):
                if int(match.group(1)) == previous and (
                    match.start() in said or opening or _starts_sentence(field.text, match)
                ):
                    yield self._past(field, match, report.year)

    def _past(self, field: TextField, match: re.Match[str], year: int) -> Finding:
        return self.finding(
            field.path,
            excerpt(field.text, *match.span()),
            f"这是 {year} 年度的报告，这里的“{match.group()}”像是沿用了上一年的材料。",
            f"核对年份，讲本年度情况应写“{year}年”。",
        )


class YearAfterReport(Rule):
    code = "Y004"
    severity = Severity.WARNING
    summary = "正文提到的年份晚于报告的下一年（下一年度安排和目标年份除外）"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        plans = _plans_indexes(report)
        for field in texts:
            if _in_plans(field, plans):
                continue
            for match in _years(field.text):
                year = int(match.group(1))
                before = field.text[max(0, match.start() - 3) : match.start()]
                if year <= report.year + 1 or re.search(r"[到至于]|力争|目标", before):
                    continue
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    f"提到了“{match.group()}”，晚于报告年度 {report.year} 年的下一年。",
                    "检查年份是否写错（常见于沿用往年文字）。",
                )


class TitleWithoutYear(Rule):
    code = "Y005"
    severity = Severity.WARNING
    summary = "报告标题应写明报告年度，如“关于2024年法治政府建设情况的报告”"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        title = report.full_title
        # No title at all is R001's to say; a default title names the year itself.
        if report.title and _YEAR.search(title) is None:
            yield self.finding(
                ("title",),
                title,
                f"标题没有写报告年度“{report.year}年”，看不出是哪一年的报告。",
                f"在标题中写明年度，如“{report.organ or ''}关于{report.year}年法治政府建设情况的报告”。",
            )
