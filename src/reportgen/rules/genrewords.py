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

from ..lazyregex import lazy_compile
from ..lexicon.slips import COMMON, Slip, SlipFinder

_RUNS = lazy_compile(r"[\u4e00-\u9fff]{3,}")
_SIZES = (4, 3)


def genre_slips(text: str, finder: SlipFinder) -> list[Slip]:
    """Windows of `text` one character from a word of the genre, the word as correction."""
    genre = finder.segmenter.vocabulary.words
    found: list[Slip] = []
    for run in _RUNS.finditer(text):
        edges: set[int] | None = None
        for size in _SIZES:
            for start in range(run.start(), run.end() - size + 1):
                end = start + size
                span = text[start:end]
                if finder.freq(span) or any(s < end and start < e for s, e, *_ in found):
                    continue
                words = [w for w in finder.genre_near(span) if genre.get(w, 0) >= COMMON]
                if not words:
                    continue
                if edges is None:  # segmented only where a window is suspect
                    tokens = finder.segmenter.route(text[run.start() : run.end()])
                    edges = {run.start() + t.start for t in tokens} | {run.end()}
                if start in edges and end in edges:
                    right = max(words, key=lambda w: genre[w])
                    found.append(Slip(start, end, span, right, 0.0, genre[right]))
    return found
