"""The layout of lexicon.bin, shared by the builder and the reader.

The file is a small JSON header followed by flat arrays that the reader uses in place
(memoryview casts, no parsing): a lexicon of 340,000 words then costs a file read, not
the 200 ms a Python dict of them takes to build.

Characters are the CJK ideographs U+3400–U+9FFF, 15 bits each as offsets from U+3400;
a word of two to four characters is one integer key, its characters side by side
(two: 30 bits, three: 45, four: 60), so that sorted keys keep words in order and a
binary search finds one. Words of five or more characters are keyed by their first four.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

Code = Literal["B", "H", "I", "Q"]  # array item types: 1, 2, 4 and 8 bytes, unsigned
WIDTH: dict[Code, int] = {"B": 1, "H": 2, "I": 4, "Q": 8}

FIRST = 0x3400  # CJK Extension A, then the unified ideographs up to U+9FFF
LAST = 0x9FFF
SPAN = LAST - FIRST + 1
BITS = 15

MAGIC = b"RGLEX002"

# A flags byte per entry: the low bits index the header's part-of-speech tags.
TAG_MASK = 0x7F
LONGER = 0x80  # a longer word begins with this entry (it may be a prefix only, frequency 0)

# Arrays of the file, in order, with their item type (array module codes).
SECTIONS: tuple[tuple[str, Code], ...] = (
    ("single_freq", "I"),  # by character offset
    ("single_flags", "B"),
    ("readings", "H"),  # by character offset: index of its set of readings, 0 = none
    ("first_readings", "H"),  # by character offset, two each: its first two syllables + 1
    ("starts2", "I"),  # by first character: where its words begin in keys2 (SPAN + 1)
    ("starts3", "I"),
    ("starts4", "I"),
    ("keys2", "I"),
    ("freq2", "I"),
    ("flags2", "B"),
    ("keys3", "Q"),
    ("freq3", "I"),
    ("flags3", "B"),
    ("keys4", "Q"),
    ("freq4", "I"),
    ("flags4", "B"),
    ("long_keys", "Q"),  # the first four characters
    ("long_freq", "I"),
    ("long_flags", "B"),
    ("long_starts", "I"),  # where each long word's rest begins in `rest`, in characters
    ("sound_keys", "Q"),  # the readings of a common word, sorted (see sound_key)
    ("sound_words", "Q"),  # the word: its length above its characters' key
    ("sound_freq", "I"),
    ("rest", "B"),  # UTF-8: the characters of long words after the first four
    ("sounds", "B"),  # UTF-8 JSON: syllables, their common characters, sets of readings
    ("shapes", "B"),  # UTF-8 JSON: each common character's look-alikes (shapes.py)
)


# Words at least this frequent (of 60 million) have a sound key: 45,000 of them.
COMMON_WORD = 50

# A word of two to four characters gets a sound key from its syllables' indexes (plus one)
# in the header's syllable list, 9 bits each: 排查 and 拍查 share one.
SYLLABLE_BITS = 9
SOUND_WORD_LENGTH_SHIFT = 60


def sound_key(syllables: Iterable[int]) -> int:
    value = 0
    for syllable in syllables:
        value = value << SYLLABLE_BITS | (syllable + 1)
    return value


def offset(char: str) -> int:
    """The character's 15-bit code, or -1 outside the ideographs."""
    code = ord(char) - FIRST
    return code if 0 <= code < SPAN else -1


def key(word: str) -> int:
    """The integer key of a word of two to four ideographs (all checked by the caller)."""
    value = 0
    for char in word:
        value = value << BITS | (ord(char) - FIRST)
    return value


def unkey(value: int, length: int) -> str:
    mask = (1 << BITS) - 1
    return "".join(chr(FIRST + (value >> (BITS * (length - 1 - i)) & mask)) for i in range(length))
