"""P004: a range of years takes a 一字线 “—”: 2021—2025年, not a hyphen or a tilde.

A standard's number and year are joined by a hyphen (GB/T 1988-1998, DB41/T 2035-2020):
that is a code, not a range, and is left alone."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import excerpt

# Years only (19xx, 20xx), so that phone numbers and codes (0391-8888) are left alone.
_RANGE = re.compile(r"(?<![\d-])((?:19|20)\d{2})\s*[-－–~]\s*((?:19|20)\d{2})(?![\d-])")
# What stands before a standard's number: its code (GB, GB/T, DB41/T, JGJ) and a space.
_STANDARD_CODE = re.compile(r"[A-Za-z/]\s*$")


def _ranges(text: str) -> Iterator[re.Match[str]]:
    """The year ranges of `text`, less the numbers of standards."""
    for match in _RANGE.finditer(text):
        if not _STANDARD_CODE.search(text, 0, match.start()):
            yield match


def _right(match: re.Match[str]) -> str:
    return f"{match.group(1)}—{match.group(2)}"


class YearRangeHyphen(Rule):
    code = "P004"
    severity = Severity.ERROR
    summary = "年份起止用一字线“—”：2021—2025年"
    fixable = True
    explanation = "年份起止用一字线“—”：2021—2025年，不用连字符或波浪线。电话号码（0391-1234567）、标准编号（GB/T 1988-1998）不检查。"
    example = wrong_right(
        "《法治政府建设实施纲要（2021-2025年）》", "《法治政府建设实施纲要（2021—2025年）》"
    )
    triggers = (
        text(
            "落实《法治政府建设实施纲要（2021-2025年）》。",
            "落实《法治政府建设实施纲要（2021—2025年）》。",
        ),
        text("2021~2025年规划。", "2021—2025年规划。"),
    )
    clean = (
        text("2021—2025年规划。"),
        text("电话 0391-8888-1234。"),
        text("执行GB/T 1988-1998和DB41/T 2035-2020等标准。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field in texts:
            for match in _ranges(field.text):
                right = _right(match)
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    "年份起止用了连字符或半角符号。",
                    f"改为“{right}”（一字线）。",
                    Fix(field.path, match.start(), match.end(), right),
                )

    def fixed(self, text: str) -> str:
        for match in reversed(list(_ranges(text))):
            text = text[: match.start()] + _right(match) + text[match.end() :]
        return text
