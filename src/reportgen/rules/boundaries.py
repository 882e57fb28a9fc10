"""Word boundaries the lexicon shows, which no rule's match may cut.

A phrase rule that reads 依法行政信息公开 as 依法行 + a misspelt 政府信息公开 begins its
match inside the word 依法行政, where it splits into no two words (依法行 | 政): the match
is dropped. A match of a real slip begins and ends where words do (形势迫在眉捷: 形势 /
迫在 / 眉 / 捷), or between the words of a compound (深化放管服改革: 放管服 | 改革).
"""

from __future__ import annotations

import re

from ..lexicon.segment import Segmenter

# The clause a match is read in: as far as the nearest punctuation, at most this far.
_REACH = 12
_STOPS = re.compile(r"[，。；：！？、,.;:!?（）()“”‘’《》\s]")


def cuts_word(text: str, start: int, end: int, segmenter: Segmenter) -> bool:
    """text[start:end] begins or ends inside a word the lexicon finds in its clause, at a
    place where the word does not split into two words."""
    left = max(0, start - _REACH)
    for before in _STOPS.finditer(text, left, start):
        left = before.end()
    right = min(len(text), end + _REACH)
    after = _STOPS.search(text, end, right)
    if after:
        right = after.start()
    clause = text[left:right]
    for token in segmenter.route(clause):
        for cut in (start - left, end - left):
            if token.start < cut < token.end and not (
                _word(clause[token.start : cut], segmenter)
                and _word(clause[cut : token.end], segmenter)
            ):
                return True
    return False


def _word(text: str, segmenter: Segmenter) -> bool:
    return len(text) >= 2 and (
        segmenter.lexicon.freq(text) > 0 or text in segmenter.vocabulary.words
    )
