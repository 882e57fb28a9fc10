"""Small helpers the text rules share: how to find a word list, and quote a match."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..figures.spans import lazy as lazy  # a regex compiled on first use, for the rules too
from ..lazyregex import Pattern
from ..regexcache import compiled
from .base import TextField


def excerpt(text: str, start: int, end: int, context: int = 8) -> str:
    """The match with a few characters either side, as a clerk finds it in the text."""
    before = text[max(0, start - context) : start]
    after = text[end : end + context]
    return (
        ("…" if start > context else "")
        + before
        + text[start:end]
        + after
        + ("…" if end + context < len(text) else "")
    )


def sentence(text: str, start: int, end: int, limit: int = 60) -> str:
    """The sentence around text[start:end], as the clerk reads it (cut at `limit`)."""
    begin = max(text.rfind(mark, 0, start) for mark in "。；！？") + 1
    stops = [i for i in (text.find(mark, end) for mark in "。；！？") if i >= 0]
    finish = min(stops) + 1 if stops else len(text)
    if finish - begin > limit:
        return excerpt(text, start, end)
    return text[begin:finish].strip()


def matches(
    texts: Sequence[TextField], pattern: Pattern
) -> Iterator[tuple[TextField, re.Match[str]]]:
    for field in texts:
        for match in pattern.finditer(field.text):
            yield field, match


def alternation(words: Sequence[str]) -> re.Pattern[str]:
    """One regex for a word list, longest first so 截止到 wins over 截止."""
    return compiled(alternatives(words))


def alternatives(words: Sequence[str]) -> str:
    """The text of `alternation(words)`, to build a larger pattern from."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of a and b, or limit + 1 once it is sure to exceed limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other))
            )
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
