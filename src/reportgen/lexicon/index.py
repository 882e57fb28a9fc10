"""The lexicon as the reader uses it: lexicon.bin's arrays searched in place.

Loading is a file read and a few memoryview casts (about a millisecond); a look-up is a
binary search in C. The sound-alike sets and the tails of long words are decoded on
their first use only.
"""

from __future__ import annotations

import json
import math
import mmap
import sys
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from .layout import (
    BITS,
    MAGIC,
    SECTIONS,
    SOUND_WORD_LENGTH_SHIFT,
    TAG_MASK,
    WIDTH,
    offset,
    sound_key,
    unkey,
)


class Lexicon:
    """Words with their corpus frequency and part of speech, and each ideograph's readings."""

    def __init__(self, data: bytes | mmap.mmap) -> None:
        if data[: len(MAGIC)] != MAGIC or sys.byteorder != "little":
            raise ValueError("not a lexicon file of this version, or a big-endian machine")
        size = int.from_bytes(data[len(MAGIC) : len(MAGIC) + 4], "little")
        start = len(MAGIC) + 4
        header: dict[str, Any] = json.loads(bytes(data[start : start + size]))
        self.total: int = header["total"]
        self.log_total = math.log(self.total)
        self.tags: tuple[str, ...] = tuple(header["tags"])
        self.source: dict[str, str] = header["source"]
        whole = memoryview(data)
        views: dict[str, memoryview] = {}
        for name, code in SECTIONS:
            where, count = header["sections"][name]
            views[name] = whole[where : where + count * WIDTH[code]].cast(code)
        self._v = views
        self.single_freq, self.single_flags = views["single_freq"], views["single_flags"]
        # Words of two, three and four characters: (keys, frequencies, flags).
        self.tables = (
            (views["keys2"], views["keys3"], views["keys4"]),
            (views["freq2"], views["freq3"], views["freq4"]),
            (views["flags2"], views["flags3"], views["flags4"]),
            (views["starts2"], views["starts3"], views["starts4"]),
        )
        self._keys, self._freq, self._flags, self._starts = self.tables
        # The segmenter's memory of keys it has looked up: key → (frequency, flags).
        self.seen: dict[int, tuple[int, int]] = {}

    def _entry(self, word: str) -> tuple[int, int]:
        """(frequency, flags) of a word or prefix of one; (0, 0) if neither."""
        codes = [offset(char) for char in word]
        if not codes or min(codes) < 0:
            return 0, 0
        if len(codes) == 1:
            return self._v["single_freq"][codes[0]], self._v["single_flags"][codes[0]]
        value = 0
        for code in codes[:4]:
            value = value << BITS | code
        table = min(len(codes), 4) - 2
        keys, starts = self._keys[table], self._starts[table]
        end = starts[codes[0] + 1]
        at = bisect_left(keys, value, starts[codes[0]], end)
        if at == end or keys[at] != value:
            return 0, 0
        if len(codes) <= 4:
            return self._freq[table][at], self._flags[table][at]
        return self._long(value, word[4:])

    def _long(self, head: int, rest: str) -> tuple[int, int]:
        keys = self._v["long_keys"]
        at = bisect_left(keys, head)
        while at < len(keys) and keys[at] == head:
            if self._rest(at) == rest:
                return self._v["long_freq"][at], self._v["long_flags"][at]
            at += 1
        return 0, 0

    def _rest(self, at: int) -> str:
        starts = self._v["long_starts"]
        return self._rest_text[starts[at] : starts[at + 1]]

    @cached_property
    def _rest_text(self) -> str:
        return bytes(self._v["rest"]).decode("utf-8")

    def freq(self, word: str) -> int:
        """The word's frequency in jieba's corpus; 0 for a word the lexicon lacks."""
        return self._entry(word)[0]

    def tag(self, word: str) -> str | None:
        """The word's part of speech (jieba's tags: n, v, vn, a, ad, d, p, u…), or None."""
        freq, flags = self._entry(word)
        return self.tags[flags & TAG_MASK] if freq else None

    def long_words(self, text: str, start: int, head: int) -> list[tuple[int, int, int]]:
        """(end, frequency, flags) of the words of five or more characters that text[start:]
        begins with, given the key of its first four."""
        keys = self._v["long_keys"]
        at = bisect_left(keys, head)
        found: list[tuple[int, int, int]] = []
        while at < len(keys) and keys[at] == head:
            rest = self._rest(at)
            if text.startswith(rest, start + 4):
                found.append(
                    (start + 4 + len(rest), self._v["long_freq"][at], self._v["long_flags"][at])
                )
            at += 1
        return found

    @cached_property
    def _sounds(self) -> dict[str, Any]:
        sounds: dict[str, Any] = json.loads(bytes(self._v["sounds"]))
        return sounds

    def first_syllables(self, char: str) -> tuple[int, ...]:
        """The character's first two readings as syllable numbers: read from the file as
        it lies, where `syllables` decodes the sets of readings first."""
        code = offset(char)
        if code < 0:
            return ()
        first, second = self._v["first_readings"][2 * code], self._v["first_readings"][2 * code + 1]
        return (first - 1, second - 1) if second else (first - 1,) if first else ()

    def syllables(self, char: str) -> tuple[int, ...]:
        """The character's readings as syllable numbers, most common first."""
        code = offset(char)
        return tuple(self._reading_sets[self._v["readings"][code]]) if code >= 0 else ()

    @cached_property
    def _reading_sets(self) -> list[list[int]]:
        sets: list[list[int]] = self._sounds["reading_sets"]
        return sets

    def readings(self, char: str) -> tuple[str, ...]:
        """The character's readings without tones, most common first (重: zhong, chong)."""
        names = self._sounds["syllables"]
        return tuple(names[i] for i in self.syllables(char))

    def sounding(self, syllables: Sequence[int]) -> list[tuple[str, int]]:
        """(word, frequency) of the common words of two to four characters read so:
        排查 for pai cha."""
        value = sound_key(syllables)
        keys, words, freqs = self._v["sound_keys"], self._v["sound_words"], self._v["sound_freq"]
        at = bisect_left(keys, value)
        found = []
        while at < len(keys) and keys[at] == value:
            packed = words[at]
            length = packed >> SOUND_WORD_LENGTH_SHIFT
            word = unkey(packed & ((1 << SOUND_WORD_LENGTH_SHIFT) - 1), length)
            found.append((word, freqs[at]))
            at += 1
        return found

    @cached_property
    def look_alikes(self) -> dict[str, str]:
        """Each common character's look-alikes, found from how characters are built
        (拆: 折; 薄: 簿): decoded on first use."""
        table: dict[str, str] = json.loads(bytes(self._v["shapes"]))
        return table

    def homophones(self, syllable: str) -> str:
        """The common characters read `syllable`, most frequent first."""
        return self._homophone_table.get(syllable, "")

    @cached_property
    def _homophone_table(self) -> dict[str, str]:
        return dict(zip(self._sounds["syllables"], self._sounds["homophones"], strict=True))


FILE = Path(__file__).with_name("lexicon.bin")


@cache
def lexicon() -> Lexicon:
    """The lexicon shipped with reportgen, mapped on first use: only the pages a search
    touches are read."""
    with FILE.open("rb") as file:
        return Lexicon(mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ))
