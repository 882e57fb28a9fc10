"""Slips inside the genre's own words of three and four characters, which the finder
does not reach: the slip forms a word with a neighbour (长态化: 长 is a word, 态化 no
candidate), or the written form is itself words in the wrong collocation (权利清单 for
the genre's 权力清单, 权利 being a word of its own).

A window of the text one character from a word of the genre's vocabulary (read or
written alike), which is itself no word and whose edges are word edges of the clause,
is suspected. These are warnings like T009's others; a name or a deliberate wording is
left alone by T009's own safeguards.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from ..lazyregex import lazy_compile
from ..lexicon.slips import COMMON, Slip, SlipFinder
from .matching import alternation
from .t006 import confused_words
from .wordlists import mapping

_RUNS = lazy_compile(r"[\u4e00-\u9fff]{3,}")
_SIZES = (4, 3)
# Per finder: the genre's words of three and four characters, by size, as their first
# two characters and as the rest after them. A window one character from such a word
# keeps one of the two, which a set answers faster than the finder's blanked table.
_ENDS: WeakKeyDictionary[SlipFinder, dict[int, tuple[set[str], set[str]]]] = WeakKeyDictionary()


def _ends(finder: SlipFinder) -> dict[int, tuple[set[str], set[str]]]:
    found = _ENDS.get(finder)
    if found is None:
        found = {size: (set(), set()) for size in _SIZES}
        for word, freq in finder.segmenter.vocabulary.words.items():
            if len(word) in found and freq >= COMMON:
                heads, rests = found[len(word)]
                heads.add(word[:2])
                rests.add(word[2:])
        _ENDS[finder] = found
    return found


def genre_slips(text: str, finder: SlipFinder) -> list[Slip]:
    """Windows of `text` one character from a word of the genre, the word as correction."""
    genre = finder.segmenter.vocabulary.words
    ends = _ends(finder)
    found: list[Slip] = []
    for run in _RUNS.finditer(text):
        edges: set[int] | None = None
        for size in _SIZES:
            heads, rests = ends[size]
            for start in range(run.start(), run.end() - size + 1):
                end = start + size
                head, rest = text[start : start + 2] in heads, text[start + 2 : end] in rests
                if not (head or rest):
                    continue
                if edges is None:  # segmented once a window may be suspect
                    tokens = finder.segmenter.route(text[run.start() : run.end()])
                    edges = {run.start() + t.start for t in tokens} | {run.end()}
                # The cheap tests first: most windows cross a word edge of the clause.
                if start not in edges or end not in edges:
                    continue
                if any(s < end and start < e for s, e, *_ in found):
                    continue
                # The word keeps its first two characters: the slip is after them.
                places = (range(2, size) if head else range(0)), (range(2) if rest else range(0))
                span = text[start:end]
                near = (w for at in places for w in finder.genre_near(span, at))
                words = [w for w in near if genre.get(w, 0) >= COMMON]
                if not words or finder.freq(span):
                    continue
                right = max(words, key=lambda w: genre[w])
                found.append(Slip(start, end, span, right, 0.0, genre[right]))
    return found


def tabled(text: str) -> list[tuple[int, int]]:
    """Where the word tables report a wrong word with its fix (T001 法制讲座, T002 截止目前,
    T006 权利清单): a genre-word window there is theirs, not T009's."""
    spans = [
        m.span()
        for name in ("fazhi", "jiezhi")
        for m in alternation(list(mapping(name))).finditer(text)
    ]
    spans.extend(m.span("w") for word in confused_words() for m in word.pattern.finditer(text))
    return spans
