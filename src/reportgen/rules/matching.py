"""Small helpers the text rules share: what counts as Chinese, and how to quote a match."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .base import TextField

# Ideographs, CJK and full-width punctuation, Chinese quotes, dashes and ellipses.
CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’—…《》"
CJK_CHAR = re.compile(f"[{CJK}]")


def is_cjk(char: str) -> bool:
    return bool(char) and CJK_CHAR.match(char) is not None


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


def matches(
    texts: Sequence[TextField], pattern: re.Pattern[str]
) -> Iterator[tuple[TextField, re.Match[str]]]:
    for field in texts:
        for match in pattern.finditer(field.text):
            yield field, match


def alternation(words: Sequence[str]) -> re.Pattern[str]:
    """One regex for a word list, longest first so 截止到 wins over 截止."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
