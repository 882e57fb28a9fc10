"""Comments and tracked changes written into a document's own paragraphs.

The clerk's document keeps everything it had: a run is split only where a mark starts
or ends, both halves keeping the run's properties (w:rPr) and attributes; a tracked
change moves the runs it deletes into a w:del (their w:t become w:delText) and puts
the new text in a w:ins run formatted as the first deleted one (or, for an insertion,
as the run before it). Where the words stand in something that is not plain text of
the clerk's (a field's result, a pending change of someone else's, a run that also
holds a picture), no change is written there; the comment still is.

Positions are (paragraph index, offset) in the texts of the paragraphs reading.py reads,
the same paragraphs import reads; the tab between a table row's cells is no run's and
takes no mark.
"""

from __future__ import annotations

import copy
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .splits import set_text, split
from .textmap import Paragraph, Piece, w

Span = tuple[int, int, int]  # (paragraph index, start, end)
# What a run may hold for it to be moved into a deletion whole.
_TEXTUAL = {
    w(n) for n in ("rPr", "t", "tab", "ptab", "br", "cr", "noBreakHyphen", "softHyphen")
} | {w("lastRenderedPageBreak")}


@dataclass(frozen=True)
class Revision:
    """Delete the text of `spans` and insert `text` where the first span starts."""

    spans: tuple[Span, ...]
    text: str


@dataclass(frozen=True)
class Comment:
    """A comment on the text from the first span's start to the last span's end."""

    spans: tuple[Span, ...]
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Author:
    name: str
    initials: str
    date: str  # 2026-12-07T10:00:00Z


@dataclass
class Marked:
    comments: list[tuple[int, Comment]] = field(default_factory=list)  # with their ids
    revisions: int = 0
    skipped: list[Revision] = field(default_factory=list)  # not writable as changes


class _Ids:
    def __init__(self, first: int) -> None:
        self.next = first

    def take(self) -> str:
        self.next += 1
        return str(self.next - 1)


def mark(
    paragraphs: list[Paragraph],
    revisions: Sequence[Revision],
    comments: Sequence[Comment],
    author: Author,
    first_id: int,
) -> Marked:
    """Write the revisions and comment anchors into the paragraphs' XML."""
    split(paragraphs, [*_bounds(r.spans for r in revisions), *_bounds(c.spans for c in comments)])
    marker = _Marker(paragraphs, author, _Ids(first_id))
    result = Marked()
    for revision in revisions:
        if marker.revise(revision):
            result.revisions += 1
        else:
            result.skipped.append(revision)
    for comment in comments:
        result.comments.append((marker.anchor(comment), comment))
    return result


def _bounds(groups: Iterable[tuple[Span, ...]]) -> Iterable[tuple[int, int]]:
    for spans in groups:
        for paragraph, start, end in spans:
            yield paragraph, start
            yield paragraph, end


class _Marker:
    def __init__(self, paragraphs: list[Paragraph], author: Author, ids: _Ids) -> None:
        self.paragraphs = paragraphs
        self.author = author
        self.ids = ids
        self.created: set[Any] = set()  # the w:del and w:ins written here
        # Each paragraph's pieces with their offsets, taken once after the splits, and
        # where they begin and end, for bisection. A piece shows at least one character,
        # so both lists rise strictly.
        self.placed: list[list[tuple[int, int, Piece]]] = []
        self.begins: list[list[int]] = []
        self.ends: list[list[int]] = []
        self.plain: dict[Any, bool] = {}  # whether each run holds plain text of the clerk's
        for paragraph in paragraphs:
            for piece in paragraph.pieces:
                if piece.run is not None:
                    self.plain[piece.run] = self.plain.get(piece.run, True) and piece.editable
            position, placed = 0, []
            for piece in paragraph.pieces:
                placed.append((position, position + len(piece.text), piece))
                position += len(piece.text)
            self.placed.append(placed)
            self.begins.append([begin for begin, _, _ in placed])
            self.ends.append([end for _, end, _ in placed])

    def _attributes(self) -> dict[str, str]:
        return {
            w("id"): self.ids.take(),
            w("author"): self.author.name,
            w("date"): self.author.date,
        }

    # -- tracked changes ------------------------------------------------------------
    def revise(self, revision: Revision) -> bool:
        pieces = [piece for span in revision.spans for piece in self._within(*span)]
        wanted = sum(end - start for _, start, end in revision.spans)
        if sum(len(piece.text) for piece in pieces) != wanted:
            return False  # a bound fell inside something that cannot be split
        if not pieces:
            return self._insert_only(revision)
        runs = list(dict.fromkeys(piece.run for piece in pieces))
        if not all(self._deletable(run, pieces) for run in runs):
            return False
        deletions = [self._delete(group) for group in _sibling_groups(runs)]
        if revision.text:
            deletions[0].addnext(self._insertion(revision.text, runs[0]))
        return True

    def _deletable(self, run: Any, pieces: list[Piece]) -> bool:
        own = [piece for piece in pieces if piece.run is run]
        if not all(piece.editable for piece in own) or run.getparent() in self.created:
            return False
        if any(child.tag not in _TEXTUAL for child in run):
            return False  # a picture, a field character, a footnote mark: not deleted
        shown = sum(len(piece.text) for piece in own)
        return shown == len(_run_text(run))

    def _delete(self, runs: list[Any]) -> Any:
        deletion = runs[0].makeelement(w("del"), self._attributes())
        runs[0].addprevious(deletion)
        for run in runs:
            deletion.append(run)
            for node in run.iter(w("t")):
                node.tag = w("delText")
        self.created.add(deletion)
        return deletion

    def _insertion(self, text: str, like: Any) -> Any:
        insertion = like.makeelement(w("ins"), self._attributes())
        run = like.makeelement(w("r"), {})
        properties = like.find(w("rPr"))
        if properties is not None:
            run.append(copy.deepcopy(properties))
        node = run.makeelement(w("t"), {})
        set_text(node, text)
        run.append(node)
        insertion.append(run)
        self.created.add(insertion)
        return insertion

    def _within(self, index: int, start: int, end: int) -> list[Piece]:
        """The paragraph's pieces from `start` to `end`, found by bisection."""
        placed, ends = self.placed[index], self.ends[index]
        first = bisect_left(self.begins[index], start)
        return [piece for _, _, piece in placed[first : bisect_right(ends, end, lo=first)]]

    def _insert_only(self, revision: Revision) -> bool:
        index, offset, _ = revision.spans[0]
        placed, at = self.placed[index], bisect_left(self.begins[index], offset)
        if at and placed[at - 1][1] == offset and placed[at - 1][2].editable:
            piece = placed[at - 1][2]  # the piece that ends where the text goes in
            self._outer(piece.run, after=True).addnext(self._insertion(revision.text, piece.run))
            return True
        if at < len(placed) and placed[at][0] == offset and placed[at][2].editable:
            piece = placed[at][2]  # else the one that begins there
            self._outer(piece.run).addprevious(self._insertion(revision.text, piece.run))
            return True
        return False

    # -- comment anchors ------------------------------------------------------------
    def anchor(self, comment: Comment) -> int:
        comment_id = int(self.ids.take())
        first, last = comment.spans[0], comment.spans[-1]
        like = self.paragraphs[first[0]].elements[-1]
        start = comment_id_element(like, "commentRangeStart", comment_id)
        end = comment_id_element(start, "commentRangeEnd", comment_id)
        reference = end.makeelement(w("r"), {})
        reference.append(comment_id_element(end, "commentReference", comment_id))
        self._place_start(start, first[0], first[1])
        self._place_end(end, last[0], last[2])
        end.addnext(reference)
        return comment_id

    def _place_start(self, marker: Any, index: int, offset: int) -> None:
        placed = self.placed[index]
        at = bisect_left(self.begins[index], offset)  # the first piece from the offset on
        while at < len(placed) and placed[at][2].run is None:
            at += 1  # the tab between a table row's cells is no run's
        if at < len(placed):
            self._outer(placed[at][2].run).addprevious(marker)
            return
        self.paragraphs[index].elements[-1].append(marker)

    def _place_end(self, marker: Any, index: int, offset: int) -> None:
        placed = self.placed[index]
        at = bisect_right(self.ends[index], offset) - 1  # the last piece up to the offset
        while at >= 0 and placed[at][2].run is None:
            at -= 1
        if at < 0:
            self.paragraphs[index].elements[-1].append(marker)
            return
        self._outer(placed[at][2].run, after=True).addnext(marker)

    def _outer(self, run: Any, after: bool = False) -> Any:
        """Where a mark beside `run` goes: beside its deletion (and the insertion after
        it, when after), or beside the paragraph's child holding a run that is not plain."""
        parent = run.getparent()
        if parent in self.created:
            following = parent.getnext()
            if after and following is not None and following in self.created:
                return following
            return parent
        if self.plain.get(run, False):
            return run
        node = run
        while node.getparent() is not None and node.getparent().tag != w("p"):
            node = node.getparent()
        return node


def comment_id_element(like: Any, name: str, comment_id: int) -> Any:
    return like.makeelement(w(name), {w("id"): str(comment_id)})


def _run_text(run: Any) -> str:
    texts = []
    for child in run:
        if child.tag == w("t"):
            texts.append(child.text or "")
        elif child.tag == w("br"):
            texts.append("\n" if child.get(w("type"), "textWrapping") == "textWrapping" else "")
        elif child.tag in (w("tab"), w("ptab"), w("cr"), w("noBreakHyphen")):
            texts.append("\t")  # one character, as reading.py reads it
    return "".join(texts)


def _sibling_groups(runs: list[Any]) -> list[list[Any]]:
    """Runs side by side under one parent go into one deletion."""
    groups: list[list[Any]] = []
    for run in runs:
        if groups and groups[-1][-1].getnext() is run:
            groups[-1].append(run)
        else:
            groups.append([run])
    return groups
