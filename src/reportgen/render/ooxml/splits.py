"""Runs split where a mark starts or ends (marks.py), both halves keeping the run's
properties (w:rPr) and attributes; the paragraph's pieces follow their nodes, so one
reading serves every mark."""

from __future__ import annotations

import copy
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate
from typing import Any

from .textmap import Paragraph, Piece, w

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def split(paragraphs: list[Paragraph], bounds: Iterable[tuple[int, int]]) -> None:
    """Split runs so that every bound falls between two pieces, right to left. A split
    changes no piece before it, so the pieces' offsets are found once for all the
    paragraph's bounds, and a w:t cut at several bounds is read and written once (one
    split at a time made 2,000 bounds in a paragraph take minutes)."""
    by_paragraph: dict[int, set[int]] = {}
    for index, offset in bounds:
        by_paragraph.setdefault(index, set()).add(offset)
    for index, offsets in by_paragraph.items():
        paragraph = paragraphs[index]
        starts = list(accumulate((len(p.text) for p in paragraph.pieces), initial=0))[:-1]
        cutting: int | None = None  # the number of the piece being cut
        cuts: list[int] = []  # offsets in its text, right to left
        for offset in sorted(offsets, reverse=True):
            at = bisect_right(starts, offset) - 1  # the piece the offset falls in (or starts)
            if at < 0:
                continue
            piece, position = paragraph.pieces[at], starts[at]
            if at != cutting:
                _cut(paragraph, cutting, cuts)
                cutting, cuts = at, []
            if position < offset < position + len(piece.text) and piece.splittable:
                cuts.append(offset - position)
            elif offset == position and piece.editable and _after_content(piece):
                _cut(paragraph, cutting, cuts)
                cutting, cuts = None, []
                second, _ = _split_run(piece, 0)  # a run of text and a break: between them
                _follow(paragraph.pieces, at, piece.run, second)
        _cut(paragraph, cutting, cuts)


def _after_content(piece: Piece) -> bool:
    """Whether the piece's node has content of its run before it (not only w:rPr)."""
    return any(child.tag != w("rPr") for child in piece.node.itersiblings(preceding=True))


def _cut(paragraph: Paragraph, number: int | None, cuts: list[int]) -> None:
    """The w:t of piece `number` cut at `cuts` (offsets in its text, right to left), each
    part after a cut in a run of its own; the paragraph's pieces follow their nodes."""
    if number is None or not cuts:
        return
    pieces = paragraph.pieces
    piece = pieces[number]
    whole = piece.node.text
    made = []
    for at, end in zip(cuts, [len(whole), *cuts], strict=False):
        second, node = _split_run(piece, at, whole[at:end])
        made.append(piece._replace(text=whole[at:end], run=second, node=node))
    set_text(piece.node, whole[: cuts[-1]])
    _follow(pieces, number + 1, piece.run, made[0].run)  # the first split took the rest
    pieces[number : number + 1] = [piece._replace(text=whole[: cuts[-1]]), *reversed(made)]


def _split_run(piece: Piece, at: int, rest: str = "") -> tuple[Any, Any]:
    """w:r(…, w:t "ab", …) → w:r(…, w:t "a"), w:r(rPr, w:t "b", …), both with the rPr
    (`rest` is "b"; the caller shortens "ab"); at 0, the run is split before the piece's
    node (a w:t, a tab, a break). The second run, and the node that starts it."""
    run, node = piece.run, piece.node
    second = run.makeelement(run.tag, dict(run.attrib))
    properties = run.find(w("rPr"))
    if properties is not None:
        second.append(copy.deepcopy(properties))
    following = list(node.itersiblings())
    if at == 0:
        first = node
    else:
        first = node.makeelement(w("t"), {})
        set_text(first, rest)
    second.append(first)
    for child in following:
        second.append(child)
    run.addnext(second)
    return second, first


def _follow(pieces: list[Piece], number: int, run: Any, second: Any) -> None:
    """The pieces from `number` on whose nodes moved from `run` into `second` name it.
    A run's pieces stand together (a phonetic guide's base runs among them)."""
    moved = set(second.iter())
    for index in range(number, len(pieces)):
        other = pieces[index]
        if other.node not in moved:
            return
        if other.run is run:
            pieces[index] = other._replace(run=second)


def set_text(node: Any, value: str) -> None:
    node.text = value
    if value != value.strip():
        node.set(_XML_SPACE, "preserve")
