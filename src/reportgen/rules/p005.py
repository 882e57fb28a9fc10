"""P005: no numbering typed by hand: headings are numbered from the structure, and
“1、” or “（一）、” in the text is not how 公文 numbers."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..lazyregex import lazy_compile
from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import excerpt

_NUMERALS = "一二三四五六七八九十"
# Numbering typed at the start of a heading: generated from the structure instead.
_HEADING_NUMBER = lazy_compile(
    rf"^\s*(?:[{_NUMERALS}]+、|（[{_NUMERALS}]+）、?|\([{_NUMERALS}]+\)、?|\d+\s*[、.．]|（\d+）|\(\d+\))\s*"
)
# Numbering typed at the start of a paragraph, or a sentence in it.
_TEXT_NUMBER = lazy_compile(
    rf"(?:^|(?<=[。；：]))\s*(?:[{_NUMERALS}]+、|（[{_NUMERALS}]+）、|\d+、)"
)
_COMMA_AFTER_BRACKET = lazy_compile(rf"（[{_NUMERALS}\d]+）、")


class TypedNumbering(Rule):
    code = "P005"
    severity = Severity.ERROR
    summary = "不要手写编号：标题编号自动生成；“1、”“（一）、”写法错误"
    fixable = True
    explanation = "层次标题的编号由程序生成，手写的“一、”“1、”会重复；“（一）、”的写法不对。"
    example = wrong_right("（一）、加强组织领导", "（一）加强组织领导")
    triggers = (
        text("1、开展学法活动。"),
        text("全年工作如下：一、加强学习。"),
        text("（一）、加强学习。", "（一）加强学习。"),
        text("二、主要举措和成效", "主要举措和成效", at=("parts", 1, "heading")),
    )
    clean = (
        text("一是加强学习，二是强化宣传。"),
        text("第1、2季度共开展活动。"),
        text("一年来的主要举措和成效", at=("parts", 1, "heading")),
    )

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
                    start=match.start(),
                )
