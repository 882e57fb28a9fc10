"""P002: curly quotes “” ‘’ in Chinese text, not straight ones " '."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..chinese import in_chinese_text
from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import excerpt


class StraightQuotes(Rule):
    code = "P002"
    severity = Severity.ERROR
    summary = "中文里的直引号 \" ' 应为弯引号 “” ‘’"
    fixable = True
    explanation = "中文引号用弯引号“ ”‘ ’，不用直引号 \" '。"
    example = wrong_right('开设"法治大讲堂"。', "开设“法治大讲堂”。")
    triggers = (text('开设"法治大讲堂"。', "开设“法治大讲堂”。"),)
    clean = (text("全部使用“弯引号”。"),)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field in texts:
            if not any(in_chinese_text(c) for c in field.text):
                continue
            for quote, (opening, closing) in (('"', "“”"), ("'", "‘’")):
                positions = [i for i, c in enumerate(field.text) if c == quote]
                for n in range(0, len(positions) - 1, 2):
                    start, end = positions[n], positions[n + 1]
                    inner = field.text[start + 1 : end]
                    yield self.finding(
                        field.path,
                        excerpt(field.text, start, end + 1),
                        f"中文里用了直引号 {quote}。",
                        f"改为 {opening}{inner}{closing}。",
                        Fix(field.path, start, end + 1, opening + inner + closing),
                    )
