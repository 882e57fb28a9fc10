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
from .boundaries import cuts_word
from .matching import alternation, excerpt
from .typos import covered_by, phrase_index
from .vocabulary import report_segmenter
from .wordlists import table_file

_DOUBLED_FUNCTION_WORD = re.compile(r"([的和与并将把被从于其也都就已又在向由])\1")


_DOUBLING = re.compile(r"(.)\1")


@dataclass(frozen=True)
class DoubledTable:
    characters: str
    allowed: re.Pattern[str]  # reduplications that are right
    heads: dict[str, tuple[str, ...]]  # by last character, longest first
    continuations: dict[str, tuple[str, ...]]  # by first character

    def head_before(self, text: str, end: int) -> str:
        """The head that ends at text[end - 1], if any."""
        heads = self.heads.get(text[end - 1], ())
        return next((h for h in heads if text.startswith(h, end - len(h))), "")

    def continues(self, text: str, at: int) -> bool:
        return any(text.startswith(w, at) for w in self.continuations.get(text[at], ()))


def _by(words: list[str], position: int) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        found.setdefault(word[position], []).append(word)
    return {char: tuple(group) for char, group in found.items()}


@cache
def doubled_table() -> DoubledTable:
    table = table_file("idioms")["doubled"]
    return DoubledTable(
        table["characters"],
        alternation(table["allowed"]),
        _by(table["heads"], -1),
        _by(table["continuations"], 0),
    )


class DoubledCharacters(Rule):
    code = "T008"
    severity = Severity.ERROR
    summary = "重复的字：进一步步、的的、全面面落实、加强强化"
    fixable = True

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for finding in self._found(texts):
            fix = finding.fix
            if fix is not None and cuts_word(
                _text(texts, fix.path), fix.start, fix.end, report_segmenter(report)
            ):
                continue  # 全面面向社会: 全面 and 面向, two words
            yield finding

    def _found(self, texts: Sequence[TextField]) -> Iterator[Finding]:
        table = doubled_table()
        index = phrase_index()
        for field in texts:
            text = field.text
            spared = covered_by(text, table.allowed)
            reported: set[int] = set()  # where a doubled character was reported
            at = 0
            while at < len(text):
                lengths = index.doubled_lengths.get(text[at : at + 2], ())
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
        other = next(
            (w for group in table.heads.values() for w in group if text.startswith(w, end - 1)),
            None,
        )
        if other is None:
            return self._doubled(field, start, end, head)
        return self.finding(
            field.path,
            excerpt(text, start, end - 1 + len(other)),
            f"“{text[start : end - 1 + len(other)]}”中“{head[-1]}”字重复。",
            f"删去重复的字：用“{head}”或“{other}”。",
        )


def _text(texts: Sequence[TextField], path: tuple[str | int, ...]) -> str:
    return next(field.text for field in texts if field.path == path)


def _after_heads(text: str, table: DoubledTable, spared: list[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each head with its last character written twice, not a real word."""
    for match in _DOUBLING.finditer(text):
        second = match.start() + 1
        head = table.head_before(text, second)
        if not head:
            continue
        if spared[second - 1] and spared[second]:
            continue  # 扎扎实实
        if table.continues(text, second):
            continue  # 推进进度, 切实实施
        yield second - len(head), second + 1
