"""Official phrases (提法), names of bodies, and organs listed side by side."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .boundaries import cuts_word
from .matching import alternation, excerpt
from .vocabulary import report_segmenter
from .wordlists import table_file

_LEVELS = "县市区镇乡省旗"
# A short name declared as such is right: （以下简称依法治县办）.
_DECLARED = re.compile(r"简称[“\"]?$")


@cache
def _phrase_table() -> dict[str, str]:
    return dict(table_file("phrases")["phrases"])


@cache
def _phrase_pattern() -> re.Pattern[str]:
    return alternation(list(_phrase_table()))


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


@dataclass(frozen=True)
class PhrasePattern:
    """A family of wrong forms: what matches `pattern` becomes `right` (with \\g<name>)."""

    pattern: re.Pattern[str]
    right: str
    why: str


@cache
def _patterns() -> tuple[PhrasePattern, ...]:
    return tuple(
        PhrasePattern(re.compile(entry["pattern"]), entry["right"], entry["why"])
        for entry in table_file("phrases")["patterns"]
    )


@dataclass(frozen=True)
class Series:
    """Items the central documents give in one order, with their separator."""

    items: tuple[str, ...]
    separator: str
    after: str

    @property
    def right(self) -> str:
        return self.separator.join(self.items)

    def pattern(self) -> re.Pattern[str]:
        """The items in any order (compiled only for a text that holds them all)."""
        return _series_pattern(self)


@cache
def _series() -> tuple[Series, ...]:
    entries = table_file("phrases")["orders"]
    return tuple(
        Series(tuple(e["items"]), e.get("separator", "、"), e.get("after", "")) for e in entries
    )


@cache
def _series_pattern(series: Series) -> re.Pattern[str]:
    item = "(" + alternation(series.items).pattern + ")"
    pattern = re.escape(series.separator).join([item] * len(series.items))
    return re.compile(pattern + (f"(?={re.escape(series.after)})" if series.after else ""))


class OfficialPhrases(Rule):
    code = "T004"
    severity = Severity.ERROR
    summary = "提法和机构名称应规范：习近平法治思想、二十届三中全会、新时代“枫桥经验”、第一责任人……"
    fixable = True

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        segmenter = report_segmenter(report)
        for field in texts:
            taken: list[tuple[int, int, str, str]] = []
            for start, end, right, message in _wrong_phrases(field.text):
                if cuts_word(field.text, start, end, segmenter):
                    continue  # 依法行政信息公开 holds no misspelt 政府信息公开
                # One finding for one place: the table's, then the patterns', the orders'.
                if not any(s < end and start < e for s, e, _, _ in taken):
                    taken.append((start, end, right, message))
            for start, end, right, message in sorted(taken):
                yield self.finding(
                    field.path,
                    excerpt(field.text, start, end),
                    message,
                    f"改为“{right}”。",
                    Fix(field.path, start, end, right),
                )
            yield from self._bodies(field)

    def _bodies(self, field: TextField) -> Iterator[Finding]:
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


def _wrong_phrases(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, right form, message) for every wrong phrase, in order of precedence."""
    table = _phrase_table()
    for match in _phrase_pattern().finditer(text):
        wrong = match.group()
        yield match.start(), match.end(), table[wrong], f"“{wrong}”不是规范提法。"
    for phrase in _patterns():
        for match in phrase.pattern.finditer(text):
            yield match.start(), match.end(), match.expand(phrase.right), phrase.why
    for series in _series():
        if not all(item in text for item in series.items):
            continue
        for match in series.pattern().finditer(text):
            written = match.groups()
            if written != series.items and sorted(written) == sorted(series.items):
                message = f"“{match.group()}”的顺序与中央文件的提法不一致。"
                yield match.start(), match.end(), series.right, message


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
