"""A kind of slip that slips.py reads at a lower gain than MIN_GAIN, because the written
span itself says it is a slip: a span that is no word, where the character written is a
bound one (a word by itself fewer than BOUND times: 坊, 协), before a common word of two
characters (BOUND_TARGET or more). 来坊 → 来访 and 和协 → 和谐 gain 5.7. A character that is
a word of its own keeps MIN_GAIN: 结合不紧 → 不仅 gains 5.9, and 紧 is a word 5,672 times.

Tried and left out: jieba's rarest words (3 of 60 million) one character from a word of
1,000 or more (its corpus kept slips of its own: 按排, 合发, 调济). It found one more slip
on a held-out set and raised two false findings on another: rare words are mostly right.
"""

from __future__ import annotations

from .index import Lexicon

BOUND = 2000
BOUND_TARGET = 500
BOUND_GAIN = 5.0


def bound_slip(lexicon: Lexicon, char: str, word: str, freq: int, function: frozenset[str]) -> bool:
    """`char`, written for a character of `word` (two characters, `freq` times), is seldom
    a word by itself and no function word: 坊 in 来坊 for 来访."""
    return (
        len(word) == 2
        and char not in function
        and lexicon.freq(char) < BOUND
        and freq >= BOUND_TARGET
    )
