"""Slips of the pen or the input method in any word: 拍查 for 排查, 贯澈 for 贯彻.

A span of text that is no word, where a common word lies one character away (a character
read the same, or one that looks alike), is a suspected slip when the sentence reads much
better with that word: the most probable segmentation of the clause, under the lexicon's
word frequencies, gains at least `MIN_GAIN` in log-probability. This is the noisy-channel
reading of pycorrector's rule-based corrector (detect a span the lexicon does not know,
propose same-pinyin and look-alike candidates, keep the one the language model prefers),
with jieba's unigram frequencies as the model.

Only spans around a character that stands alone in the segmentation are examined: a slip
breaks its word into characters, and a text of correct words gives few of them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property

from .segment import Segmenter, Token

# How much more probable (in log-probability) the clause must read with the word:
# e^7.5 ≈ 1800 times. 保章 → 保障 gains 9.4, 程续 → 程序 11.9; 柏山 → 佛山 (a place
# name the lexicon lacks) gains 7.7, which the rule's own safeguards must stop.
MIN_GAIN = 7.5
# A word a slip is taken for is at least this frequent (jieba's corpus of 60 million).
COMMON = 100
LONGEST = 4  # slips are looked for in words of two to four characters
CONTEXT = 8  # characters either side of a span re-read with the correction
_READINGS = 2  # of a written character's readings, the most common two are tried
# Parts of speech of characters that stand alone in correct text: particles, prepositions,
# conjunctions, pronouns, numerals, measure words, localisers, adverbs.
_FUNCTION_TAGS = ("u", "p", "c", "r", "m", "q", "f", "d", "zg", "y", "e", "o")
_RUNS = re.compile(r"[\u3400-\u9fff]{2,}")


@dataclass(frozen=True)
class Slip:
    start: int
    end: int
    written: str
    right: str
    gain: float  # log-probability gained by the correction


class SlipFinder:
    """Finds slips with a segmenter (the lexicon and its extra words) and look-alikes."""

    def __init__(self, segmenter: Segmenter, look_alikes: Mapping[str, str]) -> None:
        self.segmenter = segmenter
        self.lexicon = segmenter.lexicon
        self.look_alikes = look_alikes

    def freq(self, word: str) -> int:
        return max(self.lexicon.freq(word), self.segmenter.vocabulary.words.get(word, 0))

    def _syllables(self, char: str) -> tuple[int, ...]:
        found = self._syllable_cache.get(char)
        if found is None:
            found = self._syllable_cache[char] = self.lexicon.syllables(char)[:_READINGS]
        return found

    @cached_property
    def _syllable_cache(self) -> dict[str, tuple[int, ...]]:
        return {}

    @cached_property
    def _extra_sounding(self) -> dict[tuple[int, ...], list[tuple[str, int]]]:
        """The extra words' syllables (first readings): 排查 is known with its sound."""
        table: dict[tuple[int, ...], list[tuple[str, int]]] = {}
        for word, freq in self.segmenter.vocabulary.words.items():
            if 2 <= len(word) <= LONGEST and freq >= COMMON:
                syllables = [self._syllables(char)[:1] for char in word]
                if all(syllables):
                    table.setdefault(tuple(s[0] for s in syllables), []).append((word, freq))
        return table

    def candidates(self, span: str) -> Iterator[tuple[str, int]]:
        """(word, frequency) of common words one character from `span`, read alike
        (排查 for 拍查) or written alike (己 for 已: the look-alikes that do not sound alike)."""
        readings = [self._syllables(char) for char in span]
        extra = self.segmenter.vocabulary.words
        seen: set[str] = set()
        if all(readings):
            for combination in itertools.product(*readings):
                for word, freq in (
                    *self.lexicon.sounding(combination),
                    *self._extra_sounding.get(combination, ()),
                ):
                    if word not in seen and _one_apart(word, span):
                        seen.add(word)
                        yield word, max(freq, extra.get(word, 0))
        for at, char in enumerate(span):
            for other in self.look_alikes.get(char, ""):
                if set(self._syllables(other)) & set(readings[at]):
                    continue  # a sound-alike, found above if it makes a word
                word = span[:at] + other + span[at + 1 :]
                if word not in seen:
                    seen.add(word)
                    yield word, self.freq(word)

    def find(self, text: str, skip: Callable[[int, int], bool] = lambda s, e: False) -> list[Slip]:
        """Suspected slips in `text`, one per place, the best correction for each;
        `skip(start, end)` leaves a span alone (a name, a term the report uses often)."""
        slips: list[Slip] = []
        for run in _RUNS.finditer(text):
            slips.extend(self._in_run(text, run.start(), run.end(), skip))
        return slips

    def _in_run(
        self, text: str, begin: int, finish: int, skip: Callable[[int, int], bool]
    ) -> list[Slip]:
        run = text[begin:finish]
        tokens = self.segmenter.route(run)
        tried: set[tuple[int, int]] = set()
        found: list[Slip] = []
        for token in tokens:
            if token.length != 1 or _is_function(token):
                continue
            for size in range(2, LONGEST + 1):
                for start in range(max(0, token.start - size + 1), token.start + 1):
                    end = start + size
                    if end > len(run) or (start, end) in tried:
                        continue
                    tried.add((start, end))
                    span = run[start:end]
                    if self.freq(span) or skip(begin + start, begin + end):
                        continue
                    slip = self._best(run, start, end)
                    if slip is not None:
                        found.append(Slip(begin + start, begin + end, span, slip.right, slip.gain))
        return _one_per_place(found)

    def _best(self, run: str, start: int, end: int) -> Slip | None:
        """The correction of run[start:end] that the clause reads best with, if any
        gains enough."""
        left, right = max(0, start - CONTEXT), min(len(run), end + CONTEXT)
        window = run[left:right]
        before: float | None = None
        best: Slip | None = None
        for word, freq in self.candidates(run[start:end]):
            if freq < COMMON:
                continue
            if before is None:
                before = self.segmenter.score(window)
            changed = window[: start - left] + word + window[end - left :]
            score, tokens = self.segmenter.solve(changed)
            gain = score - before
            if gain < MIN_GAIN or not _joined(tokens, start - left, end - left, window, changed):
                continue
            if best is None or gain > best.gain:
                best = Slip(start, end, run[start:end], word, gain)
        return best


def _is_function(token: Token) -> bool:
    return token.tag is not None and token.tag.startswith(_FUNCTION_TAGS)


def _one_apart(word: str, span: str) -> bool:
    return len(word) == len(span) and sum(a != b for a, b in zip(word, span, strict=True)) == 1


def _joined(tokens: list[Token], start: int, end: int, before: str, after: str) -> bool:
    """The changed character now belongs to a word of two or more characters."""
    changed = next(i for i in range(start, end) if before[i] != after[i])
    return any(t.start <= changed < t.end and t.length >= 2 for t in tokens)


def _one_per_place(slips: list[Slip]) -> list[Slip]:
    """Of overlapping suspected slips, the one whose correction gains most."""
    kept: list[Slip] = []
    for slip in sorted(slips, key=lambda s: -s.gain):
        if all(slip.end <= k.start or k.end <= slip.start for k in kept):
            kept.append(slip)
    return sorted(kept, key=lambda s: s.start)
