"""P005: no numbering typed by hand: headings are numbered from the structure, and
“1、” or “（一）、” in the text is not how 公文 numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

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
_TYPED = rf"(?:[{_NUMERALS}]+、|（[{_NUMERALS}]+）、|\d+、)"
# Numbering typed at the start of a paragraph: a heading written as text, numbered by hand.
_PARAGRAPH_NUMBER = lazy_compile(rf"^\s*{_TYPED}")
# Numbering of an enumeration inside a paragraph (采取以下措施：1、推行……；2、建立……):
# no heading, nothing is generated for it; only its style is not 公文's.
_INLINE_NUMBER = lazy_compile(rf"(?<=[。；：])\s*{_TYPED}")
_COMMA_AFTER_BRACKET = lazy_compile(rf"（[{_NUMERALS}\d]+）、")


class TypedNumbering(Rule):
    code = "P005"
    severity = Severity.ERROR
    also_warns = True
    summary = "不要手写标题编号：标题编号自动生成；“（一）、”写法错误；段内“1、”列举只作提示"
    fixable = True
    explanation = "层次标题的编号由程序生成，标题或段落开头手写的“一、”“1、”会与生成的编号重复，是错误；“（一）、”的写法不对。段落中间的列举（采取以下措施：1、……；2、……）不是标题，只作提示：公文的层次序数依次为“一、”“（一）”“1.”“（1）”，段内列举宜写“一是、二是”或“1.”。"
    example = wrong_right("（一）、加强组织领导", "（一）加强组织领导")
    triggers = (
        text("1、开展学法活动。", severity=Severity.ERROR),
        text("二、加强学习。", severity=Severity.ERROR),
        # Inline enumerations: a style note (warning), not a heading.
        text("全年工作如下：一、加强学习。", severity=Severity.WARNING),
        text(
            "并采取了以下措施：1、推行网格化管理；2、建立矛盾纠纷台账。", severity=Severity.WARNING
        ),
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
            heading_like = _PARAGRAPH_NUMBER.match(field.text)
            if heading_like and not _COMMA_AFTER_BRACKET.fullmatch(
                typed := heading_like.group().strip()
            ):
                yield self.finding(
                    field.path,
                    excerpt(field.text, *heading_like.span()),
                    f"段落开头手写了编号“{typed}”，像是写成正文的层次标题。",
                    "层次标题请写成小节（sections/items），编号会自动生成；段内列举用“一是、二是”或“1.”。",
                    start=heading_like.start(),
                )
            inline = [
                m
                for m in _INLINE_NUMBER.finditer(field.text)
                if not _COMMA_AFTER_BRACKET.fullmatch(m.group().strip())
            ]
            if inline:
                yield self._inline(field, inline)

    def _inline(self, field: TextField, inline: list[re.Match[str]]) -> Finding:
        """One style note for a paragraph's inline enumeration: a warning, never an error —
        it is no heading and nothing is generated for it."""
        typed = "”“".join(m.group().strip() for m in inline)
        found = self.finding(
            field.path,
            excerpt(field.text, inline[0].start(), inline[-1].end()),
            f"段内列举写了“{typed}”：这不是标题，不影响生成；只是公文的层次序数依次为"
            "“一、”“（一）”“1.”“（1）”，“1、”“一、”不宜用于段内列举。",
            "可改为“一是……二是……”或“1.……2.……”；不改也可以。",
            start=inline[0].start(),
        )
        return replace(found, severity=Severity.WARNING)
