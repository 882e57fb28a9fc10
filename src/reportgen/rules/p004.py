"""P004: a range of years takes a 一字线 “—”: 2021—2025年, not a hyphen or a tilde."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import excerpt, matches

# Years only (19xx, 20xx), so that phone numbers and codes (0391-8888) are left alone.
_RANGE = re.compile(r"(?<![\d-])((?:19|20)\d{2})\s*[-－–~]\s*((?:19|20)\d{2})(?![\d-])")


class YearRangeHyphen(Rule):
    code = "P004"
    severity = Severity.ERROR
    summary = "年份起止用一字线“—”：2021—2025年"
    fixable = True
    explanation = (
        "年份起止用一字线“—”：2021—2025年，不用连字符或波浪线。电话号码（0391-1234567）不检查。"
    )
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
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field, match in matches(texts, _RANGE):
            right = f"{match.group(1)}—{match.group(2)}"
            yield self.finding(
                field.path,
                excerpt(field.text, *match.span()),
                "年份起止用了连字符或半角符号。",
                f"改为“{right}”（一字线）。",
                Fix(field.path, match.start(), match.end(), right),
            )

    def fixed(self, text: str) -> str:
        return _RANGE.sub(lambda m: f"{m.group(1)}—{m.group(2)}", text)
