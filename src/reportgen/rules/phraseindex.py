"""The fixed phrases of idioms.toml, indexed by the ways a slip of one character turns
them into text: T007 looks a typo up here (迫在眉捷, 以人民为心), T008 a doubled character
(进一步步)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .matching import alternation
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
    # Every key of by_head, by_tail and dropped_lengths: two characters where T007 looks.
    heads: frozenset[str] = frozenset()


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
    dropped_lengths = _lengths_by_head(dropped)
    return PhraseIndex(
        phrases,
        {k: tuple(v) for k, v in head.items()},
        {k: tuple(v) for k, v in tail.items()},
        dropped,
        doubled,
        alternation(sorted(phrases)),
        dropped_lengths,
        _lengths_by_head(doubled),
        frozenset(head) | frozenset(tail) | frozenset(dropped_lengths),
    )


def covered_by(text: str, pattern: re.Pattern[str]) -> list[bool]:
    """Which characters belong to a phrase written right: a slip is never inside one."""
    covered = [False] * len(text)
    for match in pattern.finditer(text):
        covered[match.start() : match.end()] = [True] * (match.end() - match.start())
    return covered
