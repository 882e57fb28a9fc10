"""Typos in fixed phrases: a look-alike character (迫在眉捷), a dropped one (以人民为心);
the phrase index that T008 uses for a doubled one (进一步步).

The phrases are idioms.toml's: a phrase with one character changed is reported only when
the two characters look or sound alike, so that 依法治县 is never taken for 依法治国.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .boundaries import cuts_word
from .matching import alternation, excerpt
from .nearmiss import similar_pairs
from .vocabulary import report_segmenter
from .wordlists import table_file

_MIN_SUBSTITUTED = 4  # shorter phrases differ by one character from too many words
_MIN_DROPPED = 5  # else 依法国 (依法 + 国有) would be a dropped-character 依法治国


@dataclass(frozen=True)
class PhraseIndex:
    """The phrases, and the ways a slip of one character turns them into text."""

    phrases: frozenset[str]
    by_head: dict[str, tuple[str, ...]]  # first two characters → phrases
    by_tail: dict[str, tuple[str, ...]]  # characters 3–4 → phrases
    dropped: dict[str, str]  # phrase with an inner character dropped → phrase
    doubled: dict[str, str]  # phrase with a character doubled → phrase
    exact: re.Pattern[str]
    # First two characters → the lengths of `dropped` / `doubled` keys that start so,
    # longest first: a text is looked up only at the lengths that can match there.
    dropped_lengths: dict[str, tuple[int, ...]]
    doubled_lengths: dict[str, tuple[int, ...]]


def _lengths_by_head(keys: Iterable[str]) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = defaultdict(set)
    for key in keys:
        lengths[key[:2]].add(len(key))
    return {head: tuple(sorted(found, reverse=True)) for head, found in lengths.items()}


@cache
def phrase_index() -> PhraseIndex:
    phrases = frozenset(table_file("idioms")["phrases"]["words"])
    head: dict[str, list[str]] = defaultdict(list)
    tail: dict[str, list[str]] = defaultdict(list)
    dropped: dict[str, str] = {}
    doubled: dict[str, str] = {}
    for phrase in sorted(phrases):
        if len(phrase) >= _MIN_SUBSTITUTED:
            head[phrase[:2]].append(phrase)
            tail[phrase[2:4]].append(phrase)
        for i in range(1, len(phrase) - 1):
            # 久为功 for 久久为功: one of two like characters dropped, in any phrase.
            if len(phrase) >= _MIN_DROPPED or phrase[i] in (phrase[i - 1], phrase[i + 1]):
                dropped.setdefault(phrase[:i] + phrase[i + 1 :], phrase)
        if len(phrase) >= 3:
            # Not the first character: 学习习近平 is 学习 and 习近平.
            for i in range(1, len(phrase)):
                doubled.setdefault(phrase[: i + 1] + phrase[i:], phrase)
    dropped = {k: v for k, v in dropped.items() if k not in phrases}
    doubled = {k: v for k, v in doubled.items() if k not in phrases}
    return PhraseIndex(
        phrases,
        {k: tuple(v) for k, v in head.items()},
        {k: tuple(v) for k, v in tail.items()},
        dropped,
        doubled,
        alternation(sorted(phrases)),
        _lengths_by_head(dropped),
        _lengths_by_head(doubled),
    )


def covered_by(text: str, pattern: re.Pattern[str]) -> list[bool]:
    """Which characters belong to a phrase written right: a slip is never inside one."""
    covered = [False] * len(text)
    for match in pattern.finditer(text):
        covered[match.start() : match.end()] = [True] * (match.end() - match.start())
    return covered


def _substituted(text: str, at: int, index: PhraseIndex) -> Iterator[tuple[int, str]]:
    """(start, phrase) for phrases written at `at` or `at - 2` with one look-alike changed."""
    pairs = similar_pairs()
    for start, candidates in ((at, index.by_head.get(text[at : at + 2], ())),
                              (at - 2, index.by_tail.get(text[at : at + 2], ()))):  # fmt: skip
        for phrase in candidates:
            window = text[start : start + len(phrase)] if start >= 0 else ""
            if len(window) != len(phrase) or window in index.phrases:
                continue
            differ = [(a, b) for a, b in zip(window, phrase, strict=True) if a != b]
            if len(differ) == 1 and frozenset(differ[0]) in pairs:
                yield start, phrase


class FixedPhraseTypos(Rule):
    code = "T007"
    severity = Severity.ERROR
    summary = "成语、固定提法的错别字和漏字：迫在眉睫、按部就班、以人民为中心……"
    fixable = True

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        segmenter = report_segmenter(report)
        for field in texts:
            for start, end, right in phrase_slips(field.text):
                if cuts_word(field.text, start, end, segmenter):
                    continue
                wrong = field.text[start:end]
                yield self.finding(
                    field.path,
                    excerpt(field.text, start, end),
                    f"“{wrong}”疑为“{right}”的笔误。",
                    f"改为“{right}”。",
                    Fix(field.path, start, end, right),
                )


@cache
def _known_typos() -> tuple[dict[str, str], re.Pattern[str]]:
    typos: dict[str, str] = dict(table_file("idioms")["typos"])
    return typos, alternation(list(typos))


@lru_cache(maxsize=1024)  # T007 and T009 both ask, of every text
def phrase_slips(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, right) of each known misspelling and fixed phrase written with a
    look-alike replaced or a character dropped, in order."""
    typos, known = _known_typos()
    index = phrase_index()
    found: dict[int, tuple[int, str]] = {}  # start → (end, right)
    for match in known.finditer(text):
        found[match.start()] = (match.end(), typos[match.group()])
    covered = covered_by(text, index.exact)
    for at in range(len(text) - 1):
        pair = text[at : at + 2]
        if pair in index.by_head or pair in index.by_tail:  # else no phrase is near
            for start, phrase in _substituted(text, at, index):
                found.setdefault(start, (start + len(phrase), phrase))
        for length in index.dropped_lengths.get(text[at : at + 2], ()):
            phrase = index.dropped.get(text[at : at + length], "")
            if phrase:
                found.setdefault(at, (at + length, phrase))
    return tuple(
        (start, end, right)
        for start, (end, right) in sorted(found.items())
        if not all(covered[start:end])
    )
