"""Word boundaries the lexicon shows, which no rule's match may cut.

A phrase rule that reads 依法行政信息公开 as 依法行 + a misspelt 政府信息公开 begins its
match inside the word 依法行政, where it splits into no two words (依法行 | 政), and the
clause read with a boundary there is far less probable: the match is dropped. A match of
a real slip begins and ends where words do (形势迫在眉捷: 形势 / 迫在 / 眉 / 捷), between
the words of a compound (深化放管服改革: 放管服 | 改革), or where the text reads as well
either way (及其它类型: 及其 / 它 or 及 / 其它).

A figure phrase opens a boundary too: 逾, 超, 近, 约, 达, 计 and 共 before a number begin
it (逾20万元, 近三十万元, 共12次), so where a word ends just before one, the character
before belongs to that word (追回劳务费用逾20万元: 费用 | 逾, no 用逾 for 用于).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..figures.numerals import CHINESE_NUMERAL_CHARS
from ..figures.quantities import UNITS
from ..lexicon.segment import Segmenter

# How much less probable the clause must read with boundaries at the match's ends for
# the boundary to be certain: e^3 = 20 times. 依法行政信息公开 cut at 依法行 | 政 loses
# e^16.8, 政务公开开展 cut at 开 | 展 e^8.9; 及其它 read as 及 / 其它 only e^0.7.
MARGIN = 3.0
# The clause a match is read in: as far as the nearest punctuation, at most this far.
_REACH = 12
_STOPS = re.compile(r"[，。；：！？、,.;:!?（）()“”‘’《》\s]")
# A character that opens a figure phrase when a number with its unit follows.
_OPENER = re.compile(
    rf"[逾超近约达计共](?=[0-9０-９]|[{CHINESE_NUMERAL_CHARS}]+[余多]?(?:{UNITS}))"
)


def figure_openings(text: str, segmenter: Segmenter) -> list[int]:
    """Where a figure phrase opens right after a word of the lexicon: a match must not
    run across that place. Not where the opener ends a word itself (累计, 高达, 最近,
    共计: the phrase opens with that word), nor after a character that ends no word
    (为群众提共20余次: 提共 may well be a slip of 提供)."""
    return [
        at
        for found in _OPENER.finditer(text)
        if (at := found.start()) > 0
        and not _word(text[at - 1 : at + 1], segmenter)
        and any(_word(text[at - size : at], segmenter) for size in (2, 3, 4) if size <= at)
    ]


def into_figures(text: str, segmenter: Segmenter) -> Callable[[int, int], bool]:
    """Whether a span (start, end) of `text` runs across a figure_openings place."""
    openings = figure_openings(text, segmenter)
    return lambda start, end: any(start < at < end for at in openings)


def cuts_word(text: str, start: int, end: int, segmenter: Segmenter) -> bool:
    """text[start:end] begins or ends inside a word the lexicon finds in its clause, at a
    place where the word does not split into two words, and the clause reads far better
    without a boundary there; or it runs into a figure phrase from the word before."""
    if into_figures(text, segmenter)(start, end):
        return True
    left = max(0, start - _REACH)
    for before in _STOPS.finditer(text, left, start):
        left = before.end()
    right = min(len(text), end + _REACH)
    after = _STOPS.search(text, end, right)
    if after:
        right = after.start()
    clause = text[left:right]
    free, tokens = segmenter.solve(clause)
    cuts = (start - left, end - left)
    if not any(
        token.start < cut < token.end
        and not (
            _word(clause[token.start : cut], segmenter)
            and _word(clause[cut : token.end], segmenter)
        )
        for token in tokens
        for cut in cuts
    ):
        return False
    pieces = (clause[: cuts[0]], clause[cuts[0] : cuts[1]], clause[cuts[1] :])
    return free - sum(segmenter.score(piece) for piece in pieces if piece) > MARGIN


def _word(text: str, segmenter: Segmenter) -> bool:
    return len(text) >= 2 and (
        segmenter.lexicon.freq(text) > 0 or text in segmenter.vocabulary.words
    )
