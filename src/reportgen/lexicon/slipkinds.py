"""Two kinds of slip that slips.py reads at a lower gain than MIN_GAIN, where the written
span itself says it is a slip.

- jieba's corpus kept slips of its own among its rarest words: 按排 for 安排, 合发 for
  合法, 调济 for 调剂 (3 of 60 million each). A word this rare, one character read or
  written alike from a word at least LEXICON_SLIP_TARGET common (a thousand times
  commoner or more), is taken for a slip of that word, not only next to the genre's words.
  The rare words that are right (逐件 beside 逐渐) are listed with the genre's words.
- A span that is no word, where the character written is a bound one (a word by itself
  fewer than BOUND times: 坊, 协), is a slip at BOUND_GAIN: 来坊 → 来访 and 和协 → 和谐 gain
  5.7. A character that is a word of its own keeps MIN_GAIN: 结合不紧 → 不仅 gains 5.9, and
  紧 is a word 5,672 times.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .index import Lexicon

LEXICON_SLIP = 3
LEXICON_SLIP_TARGET = 1000
BOUND = 2000
BOUND_GAIN = 5.0


def lexicon_slip(written: int, freq: int) -> bool:
    """A word of the lexicon `written` times is taken for a slip of one `freq` times."""
    return 0 < written <= LEXICON_SLIP and freq >= LEXICON_SLIP_TARGET


def rare_slip_near(written: int, candidates: Callable[[], Iterable[tuple[str, int]]]) -> bool:
    """A word of the lexicon `written` times lies one character from a word common enough
    among `candidates` (word, frequency) for it to be a slip of that word; the candidates
    are looked up only for the rarest words."""
    return 0 < written <= LEXICON_SLIP and any(lexicon_slip(written, f) for _, f in candidates())


def bound_slip(lexicon: Lexicon, char: str, word: str, freq: int, function: frozenset[str]) -> bool:
    """`char`, written for a character of `word` (two characters, `freq` times), is seldom
    a word by itself and no function word: 坊 in 来坊 for 来访."""
    return (
        len(word) == 2
        and char not in function
        and lexicon.freq(char) < BOUND
        and freq >= LEXICON_SLIP_TARGET // 2
    )
