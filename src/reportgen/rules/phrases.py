"""Official phrases (提法), names of bodies, and organs listed side by side."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import pairwise

from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .matching import alternation, excerpt
from .wordlists import table_file

_LEVELS = "县市区镇乡省旗"
# A short name declared as such is right: （以下简称依法治县办）.
_DECLARED = re.compile(r"简称[“\"]?$")


@cache
def _phrase_table() -> dict[str, str]:
    return dict(table_file("phrases")["phrases"])


@cache
def _body_patterns() -> list[tuple[re.Pattern[str], str]]:
    """{level} in the table becomes a captured level (县, 市 …) used again in the name."""
    patterns = []
    for wrong, right in table_file("phrases")["bodies"].items():
        pattern = re.escape(wrong).replace(r"\{level\}", "(?P<level>[" + _LEVELS + "])", 1)
        pattern = pattern.replace(r"\{level\}", "(?P=level)")
        patterns.append((re.compile(pattern), right))
    # Longest first: 县委全面依法治县办 before 依法治县办.
    return sorted(patterns, key=lambda p: len(p[0].pattern), reverse=True)


# 习近平依法治国思想, 习近平新时代中国特色社会主义法治思想 …: the name is 习近平法治思想.
_XI_THOUGHT = re.compile(
    r"习近平(?!法治思想)[^，。；、“”思和与及]{0,14}?(?:法治|法制|依法治国|治国|法律)思想"
)


class OfficialPhrases(Rule):
    code = "T004"
    severity = Severity.ERROR
    summary = "提法和机构名称应规范：习近平法治思想、第一责任人、县委全面依法治县委员会办公室……"
    fixable = True

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        table = _phrase_table()
        for field, match in _phrase_matches(texts, table):
            right = table.get(match.group(), "习近平法治思想")
            yield self.finding(
                field.path,
                excerpt(field.text, *match.span()),
                f"“{match.group()}”不是规范提法。",
                f"改为“{right}”。",
                Fix(field.path, match.start(), match.end(), right),
            )
        for field in texts:
            taken: list[tuple[int, int]] = []
            for pattern, right in _body_patterns():
                for match in pattern.finditer(field.text):
                    start, end = match.span()
                    if any(s < end and start < e for s, e in taken):
                        continue
                    taken.append((start, end))
                    if _DECLARED.search(field.text[max(0, start - 6) : start]):
                        continue
                    name = right.replace("{level}", match["level"])
                    yield self.finding(
                        field.path,
                        excerpt(field.text, start, end),
                        f"“{match.group()}”是简称或不完整的机构名称；正式行文应写全称。",
                        f"写为“{name}”（以本地机构的正式名称为准）。",
                    )


def _phrase_matches(
    texts: Sequence[TextField], table: dict[str, str]
) -> Iterator[tuple[TextField, re.Match[str]]]:
    listed = alternation(list(table))
    for field in texts:
        found = list(listed.finditer(field.text))
        found += [
            m
            for m in _XI_THOUGHT.finditer(field.text)
            if not any(f.start() < m.end() and m.start() < f.end() for f in found)
        ]
        for match in sorted(found, key=lambda m: m.start()):
            yield field, match


@cache
def _organ_pattern() -> re.Pattern[str]:
    return alternation(table_file("phrases")["organs"]["names"])


class CoordinateOrgans(Rule):
    code = "T005"
    severity = Severity.ERROR
    summary = "并列的机关名称之间用顿号：镇党委、镇政府，人大、政协"
    fixable = True

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        together = set(table_file("phrases")["organs"]["together"])
        for field in texts:
            names = list(_organ_pattern().finditer(field.text))
            for first, second in pairwise(names):
                if first.end() != second.start():
                    continue
                pair = first.group() + second.group()
                if pair in together or _inside_longer_name(field.text, first.start()):
                    continue
                yield self.finding(
                    field.path,
                    excerpt(field.text, first.start(), second.end()),
                    f"“{pair}”是并列的两个机关，中间缺顿号。",
                    f"改为“{first.group()}、{second.group()}”。",
                    Fix(field.path, first.end(), first.end(), "、"),
                )


def _inside_longer_name(text: str, start: int) -> bool:
    """乡镇党委政府 speaks of townships' committees and governments as one, like 党委政府."""
    return start > 0 and text[start - 1] == "乡" and text[start] == "镇"
