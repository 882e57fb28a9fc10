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

from collections.abc import Iterable, Iterator
from itertools import compress
from operator import or_
from weakref import WeakKeyDictionary

from ..lazyregex import lazy_compile
from ..lexicon.slips import COMMON, Slip, SlipFinder
from .matching import alternation
from .t006 import confused_words
from .wordlists import mapping

_RUNS = lazy_compile(r"[\u4e00-\u9fff]{3,}")
_SIZES = (4, 3)
_BLANK = "\0"
# Per finder: the genre's words of three and four characters, by size, as their first
# two characters, as the rest after them, and with each character in turn blanked out.
# A window one character from such a word keeps one of the first two, and its form with
# the differing character blanked is one of the word's: sets answer both faster than the
# finder's blanked table, which is asked only for a window they let through.
_Ends = dict[int, tuple[set[str], set[str], set[str]]]
_ENDS: WeakKeyDictionary[SlipFinder, _Ends] = WeakKeyDictionary()


def _ends(finder: SlipFinder) -> _Ends:
    found = _ENDS.get(finder)
    if found is None:
        found = {size: (set(), set(), set()) for size in _SIZES}
        for word, freq in finder.segmenter.vocabulary.words.items():
            if len(word) in found and freq >= COMMON:
                heads, rests, blanked = found[len(word)]
                heads.add(word[:2])
                rests.add(word[2:])
                blanked.update(_blanked(word, range(len(word))))
        _ENDS[finder] = found
    return found


def _blanked(word: str, places: Iterable[int]) -> Iterator[str]:
    return (word[:at] + _BLANK + word[at + 1 :] for at in places)


def _one_away(span: str, head: bool, rest: bool, blanked: set[str]) -> bool:
    """A word of the genre of the window's size is one character from it, keeping its
    first two characters (`head`: the slip at 2 or 3; a window of three has no fourth, and
    its set holds no form of four) or the rest (`rest`: the slip in the first two). Written
    out, not a generator over the places: it runs for every window that keeps a word's end."""
    if head and (span[:2] + _BLANK + span[3:] in blanked or span[:3] + _BLANK in blanked):
        return True
    return rest and (_BLANK + span[1:] in blanked or span[0] + _BLANK + span[2:] in blanked)


def genre_slips(text: str, finder: SlipFinder) -> list[Slip]:
    """Windows of `text` one character from a word of the genre, the word as correction."""
    genre = finder.segmenter.vocabulary.words
    ends = _ends(finder)
    found: list[Slip] = []
    for run in _RUNS.finditer(text):
        edges: set[int] | None = None
        chars = run.group()
        # The run's two-character pieces, each asked once whether it is a word's first
        # two or its rest; the windows of both sizes are sifted by the answers with
        # map and compress, not a loop per window (most windows keep no word's end).
        pairs = [chars[i : i + 2] for i in range(len(chars) - 1)]
        for size in _SIZES:
            heads, rests, blanked = ends[size]
            count = len(chars) - size + 1
            is_head = list(map(heads.__contains__, pairs[:count]))
            is_rest = list(map(rests.__contains__, (pairs if size == 4 else chars)[2 : 2 + count]))
            for i in compress(range(count), map(or_, is_head, is_rest)):
                start, end = run.start() + i, run.start() + i + size
                head, rest = is_head[i], is_rest[i]
                # The cheap tests first: most windows are a word of the genre as written,
                # or overlap a window found, or are one character from none of its words.
                span = text[start:end]
                if span in genre or (found and any(s < end and start < e for s, e, *_ in found)):
                    continue
                if not _one_away(span, head, rest, blanked):
                    continue  # no word of the genre one character away at those places
                places = (range(2, size) if head else range(0)), (range(2) if rest else range(0))
                if edges is None:  # segmented once a window may be suspect
                    tokens = finder.segmenter.route(chars)
                    edges = {run.start() + t.start for t in tokens} | {run.end()}
                if start not in edges or end not in edges:
                    continue  # the window crosses a word edge of the clause
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
