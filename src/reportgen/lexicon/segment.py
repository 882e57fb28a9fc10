"""Words of a text: the most probable segmentation under the lexicon's word frequencies.

This is jieba's own method without its guess at unknown words (no HMM): every way the
text splits into words of the lexicon forms a graph, and the path whose words' product
of probabilities is highest wins. A character no word covers stands alone. Extra words
(the genre's vocabulary, the report's own names) join the lexicon for one call.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from .index import Lexicon, lexicon
from .layout import BITS, FIRST, LONGER, SPAN, TAG_MASK


class Token(NamedTuple):  # a tuple: made by the thousand, and cheap to make so
    start: int
    end: int
    freq: int  # 0: a character no word of the lexicon covers
    tag: str | None  # jieba's part of speech; None for an extra word or an unknown character

    @property
    def length(self) -> int:
        return self.end - self.start


class Vocabulary:
    """Words the lexicon lacks or ranks too low, with the frequency they are given."""

    def __init__(self, words: Mapping[str, int] | None = None) -> None:
        self.words = dict(words or {})
        # Their lengths by their first two characters (a word of one character by
        # itself): at a position, a look-up per length finds every extra word there.
        self.lengths: dict[str, tuple[int, ...]] = {}
        self._index(self.words)

    def _index(self, words: Iterable[str]) -> None:
        table: dict[str, set[int]] = {}
        for word in words:
            if word:
                table.setdefault(word[:2], set()).add(len(word))
        for head, lengths in table.items():
            self.lengths[head] = tuple(sorted(lengths.union(self.lengths.get(head, ()))))

    def merged(self, more: Iterable[str], freq: int) -> Vocabulary:
        """These words too, each at least `freq` (the rest indexed once, not again)."""
        added = {w: max(self.words.get(w, 0), freq) for w in more if w}
        merged = Vocabulary()
        merged.words = {**self.words, **added}
        merged.lengths = dict(self.lengths)
        merged._index(added)
        return merged


NO_WORDS = Vocabulary()
# Keys looked up before (two to four characters; their lengths differ in bits, so one
# dictionary holds all), kept up to this many: a batch of reports stays in bounds.
_SEEN_LIMIT = 200_000
_ABSENT = (0, 0)
_SOLVED_LIMIT = 20_000  # texts remembered by a segmenter


class Segmenter:
    def __init__(self, vocabulary: Vocabulary = NO_WORDS, words: Lexicon | None = None) -> None:
        self.lexicon = words or lexicon()
        self.vocabulary = vocabulary
        self._solved: dict[str, tuple[float, list[Token]]] = {}

    def pair(self, text: str, at: int) -> bool:
        """text[at:at + 2] is a word (of the lexicon or an extra one)."""
        return self._lexicon_pair(text, at) > 0 or text[at : at + 2] in self.vocabulary.words

    def pair_freq(self, text: str, at: int) -> int:
        """The frequency of text[at:at + 2] as a word (of the lexicon or an extra one)."""
        return max(self._lexicon_pair(text, at), self.vocabulary.words.get(text[at : at + 2], 0))

    def _lexicon_pair(self, text: str, at: int) -> int:
        lex = self.lexicon
        first, second = ord(text[at]) - FIRST, ord(text[at + 1]) - FIRST
        if not (0 <= first < SPAN and 0 <= second < SPAN):
            return 0
        value = first << BITS | second
        entry = lex.seen.get(value)
        if entry is None:
            keys, starts = lex.tables[0][0], lex.tables[3][0]
            last = starts[first + 1]
            found = bisect_left(keys, value, starts[first], last)
            if found < last and keys[found] == value:
                entry = lex.tables[1][0][found], lex.tables[2][0][found]
            else:
                entry = _ABSENT
            lex.seen[value] = entry
        return entry[0]

    def route(self, text: str) -> list[Token]:
        """The most probable words of `text`, in order."""
        return self.solve(text)[1]

    def score(self, text: str) -> float:
        """The log-probability of the most probable words of `text`."""
        return self.solve(text)[0]

    def solve(self, text: str) -> tuple[float, list[Token]]:
        """As `_solve`, remembered: the rules of one report read the same clauses."""
        found = self._solved.get(text)
        if found is None:
            if len(self._solved) > _SOLVED_LIMIT:
                self._solved.clear()
            found = self._solved[text] = self._solve(text)
        return found

    def _solve(self, text: str) -> tuple[float, list[Token]]:
        """(log-probability, words) of the most probable segmentation of `text`.

        The search over the lexicon is written out in this one loop: it runs for every
        character of a report, and function calls would be most of its cost.
        """
        lex = self.lexicon
        log_total = lex.log_total
        single_freq, single_flags = lex.single_freq, lex.single_flags
        keys, freqs, flagses, startses = lex.tables
        extra, extra_lengths = self.vocabulary.words, self.vocabulary.lengths
        seen = lex.seen
        if len(seen) > _SEEN_LIMIT:
            seen.clear()
        log = math.log
        size = len(text)
        codes = [ord(char) - FIRST for char in text]
        score = [0.0] * (size + 1)
        choice: list[tuple[int, int, int]] = [(0, 0, 0)] * size
        for start in range(size - 1, -1, -1):
            code = codes[start]
            if not 0 <= code < SPAN:
                score[start] = score[start + 1] - log_total
                choice[start] = (start + 1, 0, 0)
                continue
            freq, flags = single_freq[code], single_flags[code]
            best = log(freq or 1) - log_total + score[start + 1]
            chosen = (start + 1, freq, flags)
            first, value, end = code, code, start + 1
            while flags & LONGER and end < size:
                code = codes[end]
                if not 0 <= code < SPAN:
                    break
                value = value << BITS | code
                table = end - start - 1
                if table == 3:
                    for far, freq, flags in lex.long_words(text, start, value >> BITS):
                        here = log(freq) - log_total + score[far]
                        if here > best:
                            best, chosen = here, (far, freq, flags)
                    break
                entry = seen.get(value)  # a report says the same words again and again
                if entry is None:
                    found, starts = keys[table], startses[table]
                    last = starts[first + 1]
                    at = bisect_left(found, value, starts[first], last)
                    if at < last and found[at] == value:
                        entry = freqs[table][at], flagses[table][at]
                    else:
                        entry = _ABSENT
                    seen[value] = entry
                if entry is _ABSENT:
                    break
                end += 1
                freq, flags = entry
                if freq:
                    here = log(freq) - log_total + score[end]
                    if here > best:
                        best, chosen = here, (end, freq, flags)
            for length in extra_lengths.get(text[start : start + 2], ()):
                if start + length > size:
                    break
                freq = extra.get(text[start : start + length], 0)
                if freq:
                    here = log(freq) - log_total + score[start + length]
                    if here > best:
                        best, chosen = here, (start + length, freq, -1)
            score[start], choice[start] = best, chosen
        tokens: list[Token] = []
        at = 0
        while at < size:
            end, freq, flags = choice[at]
            if flags < 0:  # an extra word, which may still be in the lexicon
                tag = lex.tag(text[at:end])
            else:
                tag = lex.tags[flags & TAG_MASK] if freq else None
            tokens.append(Token(at, end, freq, tag))
            at = end
        return score[0], tokens
