"""P007: paired marks are closed: every “ （ 《 【 〔 has its other half."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import excerpt

_PAIRS = {"“": "”", "‘": "’", "（": "）", "《": "》", "【": "】", "〔": "〕"}
_CLOSING = {closing: opening for opening, closing in _PAIRS.items()}


def unmatched(text: str) -> list[int]:
    """Positions of opening marks never closed and of closing marks never opened."""
    stack: list[int] = []
    lone: list[int] = []
    for at, char in enumerate(text):
        if char in _PAIRS:
            stack.append(at)
        elif char in _CLOSING:
            if stack and text[stack[-1]] == _CLOSING[char]:
                stack.pop()
            elif any(text[i] == _CLOSING[char] for i in stack):
                while text[stack[-1]] != _CLOSING[char]:  # the marks in between are lone
                    lone.append(stack.pop())
                stack.pop()
            else:
                lone.append(at)
    return sorted(lone + stack)


class UnmatchedMarks(Rule):
    code = "P007"
    severity = Severity.ERROR
    summary = "引号、括号、书名号要成对：“ ”（ ）《 》"
    explanation = "引号、括号、书名号要成对出现。少了后一半（或前一半），读者分不清引用到哪里为止。"
    example = wrong_right("推进“多规合一改革，完善工作机制。", "推进“多规合一”改革，完善工作机制。")
    triggers = (
        text("推进“多规合一改革。"),
        text("学习《宪法和民法典。"),
        text("各村（社区积极参与。"),
        text("落实到位”，效果明显。"),
    )
    clean = (
        text("“法律进乡村”、“法治大讲堂”和“送法进校园”“法治进家庭”活动（共12场）。"),
        text("学习《宪法》《民法典》，“3·15”宣传。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field in texts:
            for at in unmatched(field.text):
                char = field.text[at]
                pair = char + _PAIRS[char] if char in _PAIRS else _CLOSING[char] + char
                yield self.finding(
                    field.path,
                    excerpt(field.text, at, at + 1),
                    f"“{char}”没有配对的另一半（{pair}）。",
                    f"补上缺少的“{pair.replace(char, '', 1)}”，或删去多余的“{char}”。",
                    start=at,
                )
