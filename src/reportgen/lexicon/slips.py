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
import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import NamedTuple

from ..lazyregex import lazy_compile
from .segment import Segmenter
from .slipkinds import BOUND_GAIN, bound_slip

# How much more probable (in log-probability) the clause must read with the word:
# e^6.5 ≈ 670 times. 保章 → 保障 gains 9.4, 整该 → 整改 7.1, 能立 → 能力 7.3; in correct
# text 结合不紧 → 不仅 gains 5.9 and 柏山 → 佛山 (a place the lexicon lacks) 7.7,
# which the rule's own safeguards stop.
MIN_GAIN = 6.5
# A word a slip is taken for is at least this frequent (jieba's corpus of 60 million).
COMMON = 100
LONGEST = 4  # slips are looked for in words of two to four characters
# The weight of the slip's own likelihood against the clause's in choosing a correction.
CHANNEL = 0.5
CONTEXT = 8  # characters either side of a span re-read with the correction
# A word of two characters rarer than this (of 60 million) may itself be a slip, jieba's
# corpus having kept slips of its own (衔结, 3, for 衔接, 559; 急待 for 亟待), when a word
# of the genre's own (the extra words) one character away is at least RATIO times
# commoner and the clause gains at least RARE_GAIN with it. Only the genre's words: the
# lexicon's rare words are mostly right (逐件 beside 逐渐, 科级 beside 科技, 学时 beside
# 学士 gain as much as a slip), but a clerk's rare word one character from a word the
# genre uses all the time is most likely that word.
RARE = COMMON
RATIO = 10
RARE_GAIN = 3.0
# Of a written character's readings only the first, its common one, is tried: 巡 is also
# read yan, and 巡河 is no slip of 沿河.
_READINGS = 1
# Characters that stand alone in correct text all the time (particles, prepositions,
# conjunctions, pronouns, numerals, measure words, adverbs): no slip is looked for
# around them alone.
FUNCTION_CHARACTERS = frozenset(
    "的地得了着过和与及并或而且但在对为于从向由以将把被给让是有等每各该这那其此之所者也都"
    "就才已又还再更最很不没未无非个项次件名人年月日时中上下内外前后间一二三四五六七八九十"
    "两几多余第我你他它们"
)
_RUNS = lazy_compile(r"[\u3400-\u9fff]{2,}")
# A clause of prose has a mark within a few dozen characters; a run of hundreds without one
# is pasted matter (a table flattened, a file's debris), not a sentence a clerk wrote, and
# reading it character by character costs seconds: it is left alone.
LONGEST_RUN = 300
# jieba's tags of proper names (places, people, other names): never offered as a correction.
_PROPER = frozenset(("ns", "nr", "nrt", "nrfg", "nz"))
# A measure word after a number belongs with it (2家, 十余家, 8人次, 5万元), never with what
# follows: 2家拒不支付 is no slip of 家具. No span examined includes one.
_COUNTED = lazy_compile(
    r"(?:(?<=[0-9０-９])|[一二三四五六七八九十百千万两几]+)[余多]?"
    r"[个件名家起次人户项条份场批所处宗位类种篇期支座间张台辆套本册部卷例根块亩元米年月日天"
    r"周轮组届段笔封幅栋层节道遍趟番回万亿千百倍]{1,2}"
)


class Slip(NamedTuple):
    start: int
    end: int
    written: str
    right: str
    gain: float  # log-probability gained by the correction
    freq: int = 0  # the frequency of the word meant
    rank: float = 0.0  # the gain and how likely the slip itself (SlipFinder._channel)


class SlipFinder:
    """Finds slips with a segmenter (the lexicon and its extra words) and look-alikes."""

    def __init__(
        self,
        segmenter: Segmenter,
        look_alikes: Mapping[str, str],
        blanks: dict[str, list[str]] | None = None,
    ) -> None:
        self.segmenter = segmenter
        self.lexicon = segmenter.lexicon
        self.look_alikes = look_alikes
        self._syllable_cache: dict[str, tuple[int, ...]] = {}
        self._shape_cache: dict[str, str] = {}
        self._alike_cache: dict[str, bool] = {}
        self._near: dict[str, bool] = {}  # rare words and whether a genre word is near
        self._joins: dict[str, bool] = {}  # pairs (法治) and whether they join: _may_hold_slip
        # The extra words, a character blanked (排查 → 排_, _查), here and in the base finder.
        self._base: SlipFinder | None = None  # the finder this one extends
        self._own_blanks = blanks

    def extended(self, words: Iterable[str], freq: int) -> SlipFinder:
        """This finder with more words (a report's own names), sharing what it has read."""
        vocabulary = self.segmenter.vocabulary.merged(words, freq)
        own = {word: vocabulary.words[word] for word in words}
        finder = SlipFinder(Segmenter(vocabulary, self.lexicon), self.look_alikes, _blanked(own))
        finder._syllable_cache = self._syllable_cache
        finder._shape_cache, finder._alike_cache = self._shape_cache, self._alike_cache
        finder._base = self
        return finder

    @property
    def _blanks(self) -> dict[str, list[str]]:
        """Made on first use: a report whose text gives no candidate never needs it."""
        if self._own_blanks is None:
            self._own_blanks = _blanked(self.segmenter.vocabulary.words)
        return self._own_blanks

    def freq(self, word: str) -> int:
        return max(self.lexicon.freq(word), self.segmenter.vocabulary.words.get(word, 0))

    def _syllables(self, char: str) -> tuple[int, ...]:
        found = self._syllable_cache.get(char)
        if found is None:
            found = self._syllable_cache[char] = self.lexicon.first_syllables(char)[:_READINGS]
        return found

    def _alike(self, written: str, other: str) -> bool:
        """Two characters read alike, or a pair of look-alikes."""
        return bool(set(self._syllables(written)) & set(self._syllables(other))) or (
            other in self.look_alikes.get(written, "")
        )

    def candidates(self, span: str) -> Iterator[tuple[str, int]]:
        """(word, frequency) of common words one character from `span`, read alike
        (排查 for 拍查) or written alike (己 for 已: the look-alikes that do not sound alike)."""
        readings = [self._syllables(char) for char in span]
        extra = self.segmenter.vocabulary.words
        seen: set[str] = set()
        if all(readings):
            for combination in itertools.product(*readings):
                for word, freq in self.lexicon.sounding(combination):
                    if word not in seen and _one_apart(word, span):
                        seen.add(word)
                        yield word, max(freq, extra.get(word, 0))
        own, base = self._blanks, (self._base._blanks if self._base else {})
        for at in range(len(span)):
            blank = span[:at] + _BLANK + span[at + 1 :]
            for word in (*base.get(blank, ()), *own.get(blank, ())):
                if word not in seen and self._alike(span[at], word[at]):
                    seen.add(word)
                    yield word, extra[word]
        for at, char in enumerate(span):
            for other in self._shape_alikes(char):
                word = span[:at] + other + span[at + 1 :]
                if word not in seen:
                    seen.add(word)
                    yield word, self.freq(word)

    def genre_near(self, span: str, places: Iterable[int]) -> Iterator[str]:
        """The genre's own words one character from `span` at one of `places`, read (in
        any reading: 长 for 常态化) or written alike (权力清单 for 权利清单)."""
        own, base = self._blanks, (self._base._blanks if self._base else {})
        cache = self._alike_cache
        for at in places:
            blank, written = span[:at] + _BLANK + span[at + 1 :], span[at]
            for word in (*base.get(blank, ()), *own.get(blank, ())):
                alike = cache.get(written + word[at])
                if alike is None:
                    sounds = set(self.lexicon.syllables(written)) & set(self._syllables(word[at]))
                    alike = cache[written + word[at]] = bool(sounds) or self._alike(
                        written, word[at]
                    )
                if alike:
                    yield word

    def _shape_alikes(self, char: str) -> str:
        """The look-alikes of `char` that do not sound alike (those are found by sound)."""
        found = self._shape_cache.get(char)
        if found is None:
            sounds = set(self._syllables(char))
            found = "".join(
                other
                for other in self.look_alikes.get(char, "")
                if not sounds & set(self._syllables(other))
            )
            self._shape_cache[char] = found
        return found

    def find(self, text: str, skip: Callable[[int, int], bool] = lambda s, e: False) -> list[Slip]:
        """Suspected slips in `text`, one per place, the best correction for each;
        `skip(start, end)` leaves a span alone (a name, a term the report uses often)."""
        slips: list[Slip] = []
        counted = {at for found in _COUNTED.finditer(text) for at in range(*found.span())}
        for run in _RUNS.finditer(text):
            if run.end() - run.start() > LONGEST_RUN:
                continue
            slips.extend(self._in_run(text, run.start(), run.end(), skip, counted))
        return slips

    def _in_run(
        self,
        text: str,
        begin: int,
        finish: int,
        skip: Callable[[int, int], bool],
        counted: set[int],
    ) -> list[Slip]:
        run = text[begin:finish]
        if not self._may_hold_slip(run):
            return []
        tokens = self.segmenter.route(run)
        tried: set[tuple[int, int]] = set()
        found: list[Slip] = []
        for token in tokens:
            rare = token.end - token.start == 2 and 0 < token.freq < RARE
            if rare and self._near_genre(run[token.start : token.end], token.freq):
                found.extend(self._rare(run, begin, token.start, token.end, skip))
            if token.end - token.start != 1 or run[token.start] in FUNCTION_CHARACTERS:
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
                    if counted and any(begin + at in counted for at in range(start, end)):
                        continue
                    slip = self._best(run, start, end)
                    if slip is not None:
                        found.append(
                            slip._replace(start=begin + start, end=begin + end, written=span)
                        )
        return _one_per_place(found)

    def _rare(
        self,
        run: str,
        begin: int,
        start: int,
        end: int,
        skip: Callable[[int, int], bool],
    ) -> list[Slip]:
        """A rare word of the lexicon taken for a slip of a far commoner one (衔结)."""
        if skip(begin + start, begin + end):
            return []
        slip = self._best(run, start, end, self.freq(run[start:end]))
        return [] if slip is None else [slip._replace(start=begin + start, end=begin + end)]

    def _may_hold_slip(self, run: str) -> bool:
        """Some character, not a function word, is in no word of two characters with
        either neighbour: a slip breaks its word so (拍查: 纷拍, 拍查, 查化 are no words).
        Most runs of correct text have none, and are not segmented at all."""
        known, last, joined = self._joins, len(run) - 1, False  # each pair judged once
        for at, char in enumerate(run):
            joins = at < last and known.get(two := run[at : at + 2])
            if joins is None:
                freq = self.segmenter.pair_freq(two, 0)
                joins = known[two] = freq >= RARE or (freq > 0 and not self._near_genre(two, freq))
            if not joined and not joins and char not in FUNCTION_CHARACTERS:
                return True
            joined = joins  # run[at] and run[at + 1] make a word, not a suspect rare one
        return False

    def _near_genre(self, pair: str, freq: int) -> bool:
        """A word of the genre at least RATIO times commoner lies one character from the
        rare word `pair`, read or written alike (衔结: 衔接). Only then is it a suspect,
        and its run read: most rare words of correct text have none."""
        found = self._near.get(pair)
        if found is None:
            own, base = self._blanks, (self._base._blanks if self._base else {})
            found = self._near[pair] = any(
                self._alike(pair[at], word[at]) and self.freq(word) >= RATIO * freq
                for at in range(2)
                for blank in (pair[:at] + _BLANK + pair[at + 1 :],)
                for word in (*base.get(blank, ()), *own.get(blank, ()))
            )
        return found

    def _best(self, run: str, start: int, end: int, written: int = 0) -> Slip | None:
        """The correction of run[start:end] that the clause reads best with, if any
        gains enough; `written`: the span's own frequency as a word (a rare one)."""
        left, right = max(0, start - CONTEXT), min(len(run), end + CONTEXT)
        window = run[left:right]
        before: float | None = None
        best: Slip | None = None
        least, enough = (max(COMMON, RATIO * written), RARE_GAIN) if written else (COMMON, MIN_GAIN)
        genre = self.segmenter.vocabulary.words
        for word, freq in self.candidates(run[start:end]):
            if freq < least or (written and word not in genre):
                continue
            if word not in genre and self.lexicon.tag(word) in _PROPER:
                continue  # 捋顺 is no slip of 旅顺: a name is not what a clause misspells
            if before is None:
                before = self.segmenter.score(window)
            changed = window[: start - left] + word + window[end - left :]
            score, tokens = self.segmenter.solve(changed)
            gain = score - before
            span = run[start:end]
            differs = next(i for i, (a, b) in enumerate(zip(span, word, strict=True)) if a != b)
            bound = bound_slip(self.lexicon, span[differs], word, freq, FUNCTION_CHARACTERS)
            if gain < enough and not (gain >= BOUND_GAIN and not written and bound):
                continue
            at = start - left + differs
            if not any(t.start <= at < t.end and t.length >= 2 for t in tokens):
                continue  # the corrected character makes no word either
            slip = Slip(start, end, span, word, gain, freq, gain + self._channel(span, word))
            if best is None or (slip.rank, freq) > (best.rank, best.freq):
                best = slip
        return best

    def _channel(self, span: str, word: str) -> float:
        """How likely the slip itself: an input method offers common characters, so a
        common character written for a rare one is the likelier slip. 社会氛为 is 氛围 with
        为 for 围, not 分为 with 氛 for 分."""
        written, meant = next((a, b) for a, b in zip(span, word, strict=True) if a != b)
        return CHANNEL * math.log((self.lexicon.freq(written) + 1) / (self.lexicon.freq(meant) + 1))


_BLANK = "\0"


def _blanked(words: Mapping[str, int]) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for word, freq in words.items():
        if 2 <= len(word) <= LONGEST and freq >= COMMON:
            for at in range(len(word)):
                table.setdefault(word[:at] + _BLANK + word[at + 1 :], []).append(word)
    return table


def _one_apart(word: str, span: str) -> bool:
    return len(word) == len(span) and sum(a != b for a, b in zip(word, span, strict=True)) == 1


def _one_per_place(slips: list[Slip]) -> list[Slip]:
    """Of overlapping suspected slips, the one whose correction gains most."""
    kept: list[Slip] = []
    # Of spans that give one correction, the shortest, then the commoner word: 拍查 not
    # 拍查化解, 全益 → 权益 not 法全 → 法权.
    for slip in sorted(slips, key=lambda s: (-round(s.rank, 6), len(s.written), -s.freq)):
        if all(slip.end <= k.start or k.end <= slip.start for k in kept):
            kept.append(slip)
    return sorted(kept, key=lambda s: s.start)
