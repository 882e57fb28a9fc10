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
    """Positions of opening marks never closed and of closing marks never opened.

    Linear: how many of each opening mark the stack holds is counted, not searched for
    (15,000 “（” then 15,000 “》” took minutes)."""
    stack: list[int] = []
    open_marks = dict.fromkeys(_PAIRS, 0)
    lone: list[int] = []
    for at, char in enumerate(text):
        if char in _PAIRS:
            stack.append(at)
            open_marks[char] += 1
        elif char in _CLOSING:
            opening = _CLOSING[char]
            if not open_marks[opening]:
                lone.append(at)
                continue
            while text[stack[-1]] != opening:  # the marks in between are lone
                lone.append(stack.pop())
                open_marks[text[lone[-1]]] -= 1
            stack.pop()
            open_marks[opening] -= 1
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
