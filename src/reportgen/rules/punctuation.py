"""Punctuation (GB/T 15834): full-width marks in Chinese text, titles, ranges, numbering."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .matching import excerpt, is_cjk, matches

_FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_PAIR = re.compile(r"\(([^()\n]*)\)")
_SINGLE = re.compile(r"[,;:?!()]")


def _neighbour(text: str, index: int, step: int) -> str:
    """The nearest non-space character from `index` in direction `step`."""
    index += step
    while 0 <= index < len(text) and text[index] == " ":
        index += step
    return text[index] if 0 <= index < len(text) else ""


class HalfWidthPunctuation(Rule):
    code = "P001"
    severity = Severity.ERROR
    summary = "中文里的半角标点 ( ) , ; : ? ! 应为全角（数字和外文保持半角）"
    fixable = True

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, replacement) of each half-width mark that sits in Chinese text."""
        found: list[tuple[int, int, str]] = []
        taken: set[int] = set()
        for match in _PAIR.finditer(text):
            start, end = match.span()
            inner = match.group(1)
            # A pair is judged as a whole: (社区) is Chinese, (SARS-CoV-2) is not.
            taken.update((start, end - 1))
            if any(is_cjk(c) for c in inner) or is_cjk(_neighbour(text, start, -1)):
                found.append((start, end, f"（{inner}）"))
        for match in _SINGLE.finditer(text):
            at = match.start()
            if at in taken:
                continue
            if is_cjk(_neighbour(text, at, -1)) or is_cjk(_neighbour(text, at, 1)):
                found.append((at, at + 1, _FULL_WIDTH[match.group()]))
        return sorted(found)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field in texts:
            for start, end, right in self.spans(field.text):
                wrong = field.text[start:end]
                mark = wrong if len(wrong) == 1 else "( )"
                yield self.finding(
                    field.path,
                    excerpt(field.text, start, end),
                    f"中文里用了半角标点“{mark}”。",
                    f"改为全角“{right if len(wrong) == 1 else '（ ）'}”。",
                    Fix(field.path, start, end, right),
                )

    def fixed(self, text: str) -> str:
        for start, end, right in reversed(self.spans(text)):
            text = text[:start] + right + text[end:]
        return text


class StraightQuotes(Rule):
    code = "P002"
    severity = Severity.ERROR
    summary = "中文里的直引号 \" ' 应为弯引号 “” ‘’"
    fixable = True

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field in texts:
            if not any(is_cjk(c) for c in field.text):
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


class CommaBetweenTitles(Rule):
    code = "P003"
    severity = Severity.ERROR
    summary = "相邻的书名号之间不用顿号：《宪法》《民法典》"
    fixable = True

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field, match in matches(texts, re.compile("》、《")):
            yield self.finding(
                field.path,
                excerpt(field.text, *match.span()),
                "相邻的书名号之间用了顿号。",
                "删去顿号，写成《……》《……》。",
                Fix(field.path, match.start() + 1, match.start() + 2, ""),
            )


# Years only (19xx, 20xx), so that phone numbers and codes (0391-8888) are left alone.
_RANGE = re.compile(r"(?<![\d-])((?:19|20)\d{2})\s*[-－–~]\s*((?:19|20)\d{2})(?![\d-])")


class YearRangeHyphen(Rule):
    code = "P004"
    severity = Severity.ERROR
    summary = "年份起止用一字线“—”：2021—2025年"
    fixable = True

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


_NUMERALS = "一二三四五六七八九十"
# Numbering typed at the start of a heading: generated from the structure instead.
_HEADING_NUMBER = re.compile(
    rf"^\s*(?:[{_NUMERALS}]+、|（[{_NUMERALS}]+）、?|\([{_NUMERALS}]+\)、?|\d+\s*[、.．]|（\d+）|\(\d+\))\s*"
)
# Numbering typed at the start of a paragraph, or a sentence in it.
_TEXT_NUMBER = re.compile(rf"(?:^|(?<=[。；：]))\s*(?:[{_NUMERALS}]+、|（[{_NUMERALS}]+）、|\d+、)")
_COMMA_AFTER_BRACKET = re.compile(rf"（[{_NUMERALS}\d]+）、")


class TypedNumbering(Rule):
    code = "P005"
    severity = Severity.ERROR
    summary = "不要手写编号：标题编号自动生成；“1、”“（一）、”写法错误"
    fixable = True

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field in texts:
            if field.path[-1] in ("heading", "title") and len(field.path) > 1:
                match = _HEADING_NUMBER.match(field.text)
                if match and match.end() < len(field.text):
                    yield self.finding(
                        field.path,
                        excerpt(field.text, *match.span()),
                        f"标题里手写了编号“{match.group().strip()}”，编号会自动生成，会重复。",
                        "删去手写的编号。",
                        Fix(field.path, match.start(), match.end(), ""),
                    )
                continue
            for match in _COMMA_AFTER_BRACKET.finditer(field.text):
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    "“（一）”“（1）”后面不加顿号。",
                    f"改为“{match.group()[:-1]}”。",
                    Fix(field.path, match.end() - 1, match.end(), ""),
                )
            for match in _TEXT_NUMBER.finditer(field.text):
                typed = match.group().strip()
                if _COMMA_AFTER_BRACKET.fullmatch(typed):
                    continue
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    f"正文里手写了编号“{typed}”。",
                    "层次标题请写成小节（sections/items），段内列举用“一是、二是”或“1.”。",
                )
