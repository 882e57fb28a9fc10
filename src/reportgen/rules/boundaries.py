"""Word boundaries the lexicon shows, which no rule's match may cut.

A phrase rule that reads 依法行政信息公开 as 依法行 + a misspelt 政府信息公开 begins its
match inside the word 依法行政, where it splits into no two words (依法行 | 政), and the
clause read with a boundary there is far less probable: the match is dropped. A match of
a real slip begins and ends where words do (形势迫在眉捷: 形势 / 迫在 / 眉 / 捷), between
the words of a compound (深化放管服改革: 放管服 | 改革), or where the text reads as well
either way (及其它类型: 及其 / 它 or 及 / 其它).
"""

from __future__ import annotations

import re

from ..lexicon.segment import Segmenter

# How much less probable the clause must read with boundaries at the match's ends for
# the boundary to be certain: e^3 = 20 times. 依法行政信息公开 cut at 依法行 | 政 loses
# e^16.8, 政务公开开展 cut at 开 | 展 e^8.9; 及其它 read as 及 / 其它 only e^0.7.
MARGIN = 3.0
# The clause a match is read in: as far as the nearest punctuation, at most this far.
_REACH = 12
_STOPS = re.compile(r"[，。；：！？、,.;:!?（）()“”‘’《》\s]")


def cuts_word(text: str, start: int, end: int, segmenter: Segmenter) -> bool:
    """text[start:end] begins or ends inside a word the lexicon finds in its clause, at a
    place where the word does not split into two words, and the clause reads far better
    without a boundary there."""
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
