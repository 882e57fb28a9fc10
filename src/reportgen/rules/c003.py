"""C003: no placeholder left from the draft (XX, ××, 【…】, 待补充)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import alternation, excerpt, matches
from .wordlists import words

# 【[^【】]*】: the innermost brackets, found in one pass (【[^】]* ran from every 【 to the end).
_MARKS = re.compile(r"(?<![A-Za-z])(?:[XxＸｘ×]{2,}|○{2,}|□{2,})(?![A-Za-z])|【[^【】]*】")


class Placeholders(Rule):
    code = "C003"
    severity = Severity.ERROR
    summary = "不得留有占位符：XX、××、【……】、待补充"
    explanation = "草稿里留下的占位符（XX、××、【……】、待补充）如果印发出去，是明显的差错。"
    example = wrong_right("全年开展法治宣传活动XX次。", "全年开展法治宣传活动32次。")
    triggers = (
        text("共开展活动XX次。"),
        text("发放宣传材料××份。"),
        text("【此处补充数据】全年开展活动。"),
        text("具体成效待补充。"),
    )
    clean = (
        text("Exxon 公司和 XXL 型号设备。"),
        text("完成补充材料的审核。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for pattern in (_MARKS, alternation(words("placeholders"))):
            for field, match in matches(texts, pattern):
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    f"留有占位符“{match.group()}”。",
                    "替换为实际内容。",
                    start=match.start(),
                )
