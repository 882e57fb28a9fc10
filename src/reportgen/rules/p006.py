"""P006: a dash is “——”: not “--”, nor a hyphen between Chinese characters; a hyphen
among digits or letters (0391-1234567, COVID-19) is right."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..chinese import in_chinese_text
from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import excerpt, matches

_DOUBLE_HYPHEN = re.compile(r"(?<![-－])(?:-{2,}|－{2,}|—-|-—)(?![-－])")
# From the first space of a run only: tried from each of 60,000 spaces, it took minutes.
_SINGLE_HYPHEN = re.compile(r"(?<!\s)\s*(?<![-－])[-－](?![-－])\s*")


def _beside(text: str, start: int, end: int) -> tuple[str, str]:
    return (text[start - 1] if start > 0 else "", text[end] if end < len(text) else "")


class AsciiDash(Rule):
    code = "P006"
    severity = Severity.ERROR
    summary = "破折号写作“——”：不用“--”或夹在汉字间的“-”"
    fixable = True
    explanation = "破折号是两个字长的“——”。用键盘上的“--”或夹在汉字间的“-”代替是常见差错。数字、外文之间的连字符（电话、型号）不检查。"
    example = wrong_right(
        "开展“三进”活动--进村、进校、进企。", "开展“三进”活动——进村、进校、进企。"
    )
    triggers = (
        text("开展“三进”活动--进村、进校。", "开展“三进”活动——进村、进校。"),
        text("法治宣传 - 以案释法。"),
    )
    clean = (
        text("电话0394-6823517，COVID-19，型号A-1，——以案释法。"),
        text("北京—上海，2021—2025年。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field, match in matches(texts, _DOUBLE_HYPHEN):
            before, after = _beside(field.text, *match.span())
            if not (in_chinese_text(before) or in_chinese_text(after)):
                continue  # ASCII art, an option such as --fix
            yield self.finding(
                field.path,
                excerpt(field.text, *match.span()),
                f"用了“{match.group()}”代替破折号。",
                "改为破折号“——”。",
                Fix(field.path, match.start(), match.end(), "——"),
            )
        for field, match in matches(texts, _SINGLE_HYPHEN):
            before, after = _beside(field.text, *match.span())
            # A hyphen between digits or letters (0391-1234567, COVID-19) is right.
            if not (in_chinese_text(before) and in_chinese_text(after)) or "—" in (before, after):
                continue
            yield self.finding(
                field.path,
                excerpt(field.text, *match.span()),
                "汉字之间用了连字符“-”。",
                "作破折号时改为“——”，表示起止或连接时改为“—”。",
                start=match.start(),
            )
