"""Dashes and paired marks (GB/T 15834): —— for a dash, every “ （ 《 closed."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .matching import excerpt, is_cjk, matches

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

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field, match in matches(texts, _DOUBLE_HYPHEN):
            before, after = _beside(field.text, *match.span())
            if not (is_cjk(before) or is_cjk(after)):
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
            if not (is_cjk(before) and is_cjk(after)) or "—" in (before, after):
                continue
            yield self.finding(
                field.path,
                excerpt(field.text, *match.span()),
                "汉字之间用了连字符“-”。",
                "作破折号时改为“——”，表示起止或连接时改为“—”。",
            )


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
                )
