"""T008: a character written twice: in a fixed phrase (进一步步), a function word (的的),
or after a common 公文 word whose last character it repeats (全面面落实, 加强强化).

The words are idioms.toml's `[doubled]` heads. A doubling after one of them is a slip
unless a reduplication covers it (扎扎实实, 面面俱到) or a word that may follow the head
begins at the second character (推进进度, 切实实施, 学习习近平).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .matching import alternation, excerpt
from .typos import covered_by, phrase_index
from .wordlists import table_file

_DOUBLED_FUNCTION_WORD = re.compile(r"([的和与并将把被从于其也都就已又在向由])\1")


@dataclass(frozen=True)
class DoubledTable:
    characters: str
    allowed: re.Pattern[str]  # reduplications that are right
    heads: frozenset[str]
    doubled_heads: re.Pattern[str]  # 全面面, 加强强 … found where they overlap
    continuations: re.Pattern[str]  # matched at the second character


@cache
def doubled_table() -> DoubledTable:
    table = table_file("idioms")["doubled"]
    heads = table["heads"]
    doubled = alternation([head + head[-1] for head in heads]).pattern
    return DoubledTable(
        table["characters"],
        alternation(table["allowed"]),
        frozenset(heads),
        re.compile(f"(?=({doubled}))"),
        alternation(table["continuations"]),
    )


class DoubledCharacters(Rule):
    code = "T008"
    severity = Severity.ERROR
    summary = "重复的字：进一步步、的的、全面面落实、加强强化"
    fixable = True

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        table = doubled_table()
        index = phrase_index()
        lengths = sorted({len(k) for k in index.doubled}, reverse=True)
        for field in texts:
            text = field.text
            spared = covered_by(text, table.allowed)
            reported: set[int] = set()  # where a doubled character was reported
            at = 0
            while at < len(text):
                length = next((n for n in lengths if text[at : at + n] in index.doubled), 0)
                if length:
                    right = index.doubled[text[at : at + length]]
                    reported.update(range(at, at + length))
                    yield self._doubled(field, at, at + length, right)
                at += length or 1
            for match in _DOUBLED_FUNCTION_WORD.finditer(text):
                if not spared[match.start()] and match.group(1) in table.characters:
                    yield self._doubled(field, match.start(), match.end(), match.group(1))
            for start, end in _after_heads(text, table, spared):
                if end - 1 not in reported:
                    reported.add(end - 1)
                    yield self._after_head(field, start, end, table)

    def _doubled(self, field: TextField, start: int, end: int, right: str) -> Finding:
        wrong = field.text[start:end]
        return self.finding(
            field.path,
            excerpt(field.text, start, end),
            f"“{wrong}”多了一个重复的字。",
            f"改为“{right}”。",
            Fix(field.path, start, end, right),
        )

    def _after_head(self, field: TextField, start: int, end: int, table: DoubledTable) -> Finding:
        """全面面落实 is 全面落实; 加强强化 may be 加强 or 强化: the clerk chooses."""
        text = field.text
        head = text[start : end - 1]
        other = next((w for w in table.heads if text.startswith(w, end - 1)), None)
        if other is None:
            return self._doubled(field, start, end, head)
        return self.finding(
            field.path,
            excerpt(text, start, end - 1 + len(other)),
            f"“{text[start : end - 1 + len(other)]}”中“{head[-1]}”字重复。",
            f"删去重复的字：用“{head}”或“{other}”。",
        )


def _after_heads(text: str, table: DoubledTable, spared: list[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each head with its last character written twice, not a real word."""
    for match in table.doubled_heads.finditer(text):
        start, end = match.start(), match.start() + len(match.group(1))
        if spared[end - 2] and spared[end - 1]:
            continue  # 扎扎实实
        if table.continuations.match(text, end - 1):
            continue  # 推进进度, 切实实施
        yield start, end
