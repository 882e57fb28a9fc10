"""C004: a paragraph written twice, in the opening or the parts (a paste slip)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import data, put, wrong_right
from .matching import excerpt

_TWICE = "全年开展法治宣传活动30余次。"


class DuplicateParagraphs(Rule):
    code = "C004"
    severity = Severity.WARNING
    summary = "同一段文字不应重复出现"
    explanation = "同一段文字出现两次，多半是复制粘贴时留下的。"
    example = wrong_right(
        "（同一段“全年开展法治宣传活动30余次。”在两处出现）",
        "删去其中一段，或改写其中一段。",
        data(put(("parts", 1, "content"), [_TWICE, _TWICE])),
        data(),
    )
    triggers = (data(put(("parts", 1, "content"), [_TWICE, _TWICE])),)
    clean = (data(put(("parts", 1, "content"), [_TWICE, "解答群众法律咨询1000多人次。"])),)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        seen: dict[str, TextField] = {}
        for field in texts:
            if field.path[0] != "parts" and field.path[0] != "opening":
                continue
            key = field.text.strip()
            if len(key) < 10:
                continue
            if key in seen:
                yield self.finding(
                    field.path,
                    excerpt(key, 0, min(len(key), 20), 0),
                    "这段文字与前面一段完全相同。",
                    "删去重复的一段，或改写其中一段。",
                )
            else:
                seen[key] = field
