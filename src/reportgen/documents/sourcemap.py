"""Where each string of an imported report came from in the document.

The map is recovered by alignment, not recorded by import: each string of the model,
in reading order, is looked for in the document's text from where the previous one was
found. Import strips numbering (一、 （一） 1. 一是), splits headings that run on into
text, splits leads from points and names from a line, and drops invisible characters
and the spaces around line breaks; every string it keeps is still, character for
character, a piece of that text with those characters left out. So the alignment
needs to know what import may leave out, not how it decides: import's heuristics can
change (they do, often) without the map changing with them. A string that cannot be
found (an import that rewrote text) has no place, and its findings fall back to the
report's structure; nothing is placed wrongly.

Each model character maps to (paragraph index, offset) in the source; a range of a
string maps to one span per paragraph it touches.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

from ..lazyregex import lazy_compile
from ..model import Block, Report
from ..numbering import read_date
from ..structure import JsonPath, divisions

# What import drops: invisible characters (importing/parse.py) and those XML cannot carry.
_DROPPED = lazy_compile(
    "[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]"
)
_WHITESPACE = lazy_compile(r"\s+")

Position = tuple[int, int]  # (paragraph index, offset in its text)


@dataclass(frozen=True)
class Span:
    paragraph: int
    start: int
    end: int


class _Stream:
    """The document's kept characters in one string, each with its source position."""

    def __init__(self, texts: list[str], keep_spaces: bool) -> None:
        chars: list[str] = []
        self.positions: list[Position] = []
        for index, text in enumerate(texts):
            for offset in _kept(text, keep_spaces):
                chars.append(text[offset])
                self.positions.append((index, offset))
        self.text = "".join(chars)

    def find(self, needle: str, start: int, spread: bool) -> int:
        """The first occurrence from `start`; within one paragraph unless `spread`."""
        at = self.text.find(needle, start)
        while at >= 0 and not spread and needle:
            if self.positions[at][0] == self.positions[at + len(needle) - 1][0]:
                return at
            at = self.text.find(needle, at + 1)
        return at


def _kept(text: str, keep_spaces: bool) -> Iterator[int]:
    """Offsets of the characters import keeps: none it drops, and no whitespace at the
    ends of a line (a line break joins the lines around it); no whitespace at all
    unless `keep_spaces`."""
    offsets = [i for i, char in enumerate(text) if not _DROPPED.match(char)]
    line: list[int] = []
    for offset in [*offsets, -1]:
        if offset >= 0 and text[offset] != "\n":
            line.append(offset)
            continue
        while line and text[line[0]].isspace():
            line.pop(0)
        while line and text[line[-1]].isspace():
            line.pop()
        yield from (i for i in line if keep_spaces or not text[i].isspace())
        line = []


def _strings(report: Report) -> Iterator[tuple[JsonPath, str, bool]]:
    """Every string of the report in reading order: (path, text, may span paragraphs)."""
    if report.masthead:
        yield ("masthead", "mark"), report.masthead.mark, False
        yield ("masthead", "number"), report.masthead.number, False
        if report.masthead.signer:
            yield ("masthead", "signer"), report.masthead.signer, False
    if report.title:
        yield ("title",), report.title, True  # a title may stand on two or three lines
    yield from ((("addressees", i), name, False) for i, name in enumerate(report.addressees))
    yield from ((("opening", i), text, False) for i, text in enumerate(report.opening))
    for division in divisions(report):
        yield (*division.path, division.level.title), division.title, False
        yield from _blocks(division.node.content, (*division.path, "content"))
    yield from ((("signatories", i), n, False) for i, n in enumerate(report.signatories))
    if report.note:
        yield ("note",), report.note, True  # 附注 lines are joined


def _blocks(blocks: list[Block], path: JsonPath) -> Iterator[tuple[JsonPath, str, bool]]:
    for index, block in enumerate(blocks):
        here = (*path, index)
        if isinstance(block, str):
            yield here, block, False
            continue
        if block.intro is not None:
            yield (*here, "intro"), block.intro, False
        for number, point in enumerate(block.points):
            if point.lead is not None:
                yield (*here, "points", number, "lead"), point.lead, False
            yield (*here, "points", number, "text"), point.text, False


class SourceMap:
    """For each string of the report, the source position of each of its characters."""

    def __init__(self, texts: list[str], report: Report) -> None:
        self.texts = texts
        self.chars: dict[JsonPath, list[Position]] = {}
        self.strings: dict[JsonPath, str] = {}  # the model's string at each path found
        exact, loose = _Stream(texts, True), _Stream(texts, False)
        # Where each character of the loose stream stands in the exact one.
        exact_at = {position: i for i, position in enumerate(exact.positions)}
        loose_in_exact = [exact_at[position] for position in loose.positions]
        cursor = 0
        for path, text, spread in _strings(report):
            found = self._align(exact, text, cursor, spread)
            if found is None:
                start = bisect.bisect_left(loose_in_exact, cursor)
                found = self._align_loose(loose, text, start, spread)
            if found is None:
                continue
            self.chars[path], self.strings[path] = found, text
            cursor = max(cursor, exact_at[found[-1]] + 1) if found else cursor
        self._place_date(report)
        self._place_organ(report)

    @staticmethod
    def _align(stream: _Stream, text: str, cursor: int, spread: bool) -> list[Position] | None:
        for start in (cursor, 0):  # after the previous string; failing that, anywhere
            at = stream.find(text, start, spread)
            if at >= 0:
                return stream.positions[at : at + len(text)]
        return None

    @staticmethod
    def _align_loose(
        stream: _Stream, text: str, cursor: int, spread: bool
    ) -> list[Position] | None:
        """Whitespace aside (an import that changed spaces): each space of `text` takes
        the position of the next character that is not one."""
        solid = [i for i, char in enumerate(text) if not char.isspace()]
        needle = "".join(text[i] for i in solid)
        if not needle:
            return None
        for start in (cursor, 0):
            at = stream.find(needle, start, spread)
            if at >= 0:
                kept = stream.positions[at : at + len(needle)]
                result, k = [], 0
                for i in range(len(text)):
                    while k < len(solid) - 1 and solid[k] < i:
                        k += 1
                    result.append(kept[k])
                return result
        return None

    def _place_date(self, report: Report) -> None:
        """The date is a date in the model, not a string: the last line that reads as it
        (alone, bracketed, or after the signature on a shared line)."""
        if report.date is None:
            return
        for index in range(len(self.texts) - 1, -1, -1):
            text = self.texts[index]
            for match in _date_candidates(text):
                if read_date(match[2]) == report.date:
                    self.chars[("date",)] = [(index, i) for i in range(match[0], match[1])]
                    self.strings[("date",)] = text[match[0] : match[1]]
                    return

    def _place_organ(self, report: Report) -> None:
        """The organ may be written in the title, the signature or nowhere (inferred)."""
        organ = report.organ
        if not organ:
            return
        written: list[JsonPath] = [("title",)]
        written += [("signatories", i) for i in range(len(report.signatories))]
        for path in written:
            text = self.strings.get(path, "")
            if organ in text:
                at = text.index(organ)
                self.chars[("organ",)] = self.chars[path][at : at + len(organ)]
                self.strings[("organ",)] = organ
                return

    def spans(self, path: JsonPath, start: int = 0, end: int | None = None) -> list[Span]:
        """The source spans of characters start:end of the string at `path`; for an
        empty range, the point where text would go. [] when the string was not found."""
        chars = self.chars.get(path)
        if not chars:
            return []
        end = len(chars) if end is None else end
        if start >= end:
            return [self._point(chars, start)]
        spans: list[Span] = []
        for paragraph, offset in chars[start:end]:
            last = spans[-1] if spans else None
            if last and last.paragraph == paragraph and offset >= last.start:
                # Characters import left out inside the range go with it.
                spans[-1] = Span(paragraph, last.start, max(last.end, offset + 1))
            else:
                spans.append(Span(paragraph, offset, offset + 1))
        return spans

    @staticmethod
    def _point(chars: list[Position], at: int) -> Span:
        if at < len(chars):
            paragraph, offset = chars[at]
        else:
            paragraph, offset = chars[-1]
            offset += 1
        return Span(paragraph, offset, offset)


def _date_candidates(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of what in a line may be a date: the line, stripped or
    unbracketed, and its last pieces after spaces (××镇人民政府　2024年1月15日)."""
    stripped = text.strip()
    if not stripped:
        return
    begin = text.index(stripped[0])
    yield begin, begin + len(stripped), stripped
    if stripped[0] in "（(" and stripped[-1] in "）)":
        yield begin + 1, begin + len(stripped) - 1, stripped[1:-1]
    pieces = list(_WHITESPACE.finditer(stripped))
    for gap in pieces:
        tail = stripped[gap.end() :]
        yield begin + gap.end(), begin + len(stripped), _WHITESPACE.sub("", tail)
