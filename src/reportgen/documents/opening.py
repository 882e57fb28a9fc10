"""A path in, a report out: a data file as before, a document through import in memory.

`validate`, `build` and `show` call `open_report`; for a document they get import's
notes and, through `locate`, each finding said in the document's terms and placed
where its words are (paragraph or line, the words quoted, spans to mark).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ReportgenError
from ..lazyregex import lazy_compile
from ..load import load_report
from ..model import Report
from ..paths import describe_path
from ..rules import Finding
from ..rules.base import Place
from ..structure import LEVELS, JsonPath
from .source import InputKind, input_kind

if TYPE_CHECKING:  # loaded only when a document, not a data file, is opened
    from .source import Source
    from .sourcemap import SourceMap, Span
    from .wording import Anchor

_CONTEXT = 8
_DIVISION_KEYS = {level.key for level in LEVELS}
_QUOTED = lazy_compile(r"“([^”]{1,30})”")


@dataclass
class Opened:
    path: Path
    report: Report
    notes: list[str]  # import's notes on a document; none for a data file
    source: Source | None = None
    map: SourceMap | None = None

    def locate(self, findings: Sequence[Finding]) -> list[Finding]:
        """The findings, each with its place and in the document's words (a document)."""
        if self.source is None or self.map is None:
            return list(findings)
        return [self._locate(finding) for finding in findings]

    def _locate(self, finding: Finding) -> Finding:
        from .wording import WORDINGS, reworded

        assert self.source is not None and self.map is not None
        message, suggestion = reworded(finding, self.report)
        spans = self.anchor(finding)
        own_text = _string_path(finding.path) in self.map.chars
        wording = WORDINGS.get(finding.code)
        if spans:
            place = self._place(spans, wording.where if wording and not own_text else "")
        else:
            place = Place(describe_path(finding.path), finding.excerpt, None)
        return replace(finding, message=message, suggestion=suggestion, place=place)

    def anchor(self, finding: Finding) -> list[Span]:
        """The source spans a finding is about: its words, else the paragraph where what
        it misses belongs."""
        from .wording import WORDINGS, Anchor

        assert self.map is not None and self.source is not None
        path = _string_path(finding.path)
        if path in self.map.chars:
            start, end = _range_in(self.map.strings[path], finding, path)
            return self.map.spans(path, start, end)
        if finding.path in (("addressees",), ("signatories",), ("opening",)):
            key = str(finding.path[0])
            spans = [
                s for i in range(len(getattr(self.report, key))) for s in self.map.spans((key, i))
            ]
            if spans:
                return spans
        wording = WORDINGS.get(finding.code)
        return self._paragraph(wording.anchor if wording else Anchor.TITLE)

    def _paragraph(self, anchor: Anchor) -> list[Span]:
        from .sourcemap import Span
        from .wording import Anchor

        assert self.map is not None and self.source is not None
        texts = self.source.texts
        filled = [i for i, text in enumerate(texts) if text.strip()]
        if not filled:
            return []
        index = filled[-1] if anchor is Anchor.END else filled[0]
        if anchor is Anchor.TITLE and self.map.chars.get(("title",)):
            index = self.map.chars[("title",)][0][0]
        if anchor is Anchor.FIRST_HEADING and self.map.chars.get(("parts", 0, "heading")):
            index = self.map.chars[("parts", 0, "heading")][0][0]
        return [Span(index, 0, len(texts[index]))]

    def _place(self, spans: list[Span], where: str) -> Place:
        assert self.source is not None
        first, last = spans[0], spans[-1]
        numbers = sorted({self.source.number(s.paragraph) for s in spans})
        unit = self.source.unit
        said = (
            f"第 {numbers[0]} {unit}"
            if len(numbers) == 1
            else f"第 {numbers[0]}—{numbers[-1]} {unit}"
        )
        text = self.source.texts[first.paragraph]
        end = last.end if last.paragraph == first.paragraph else len(text)
        quote = _quote(text, first.start, max(end, first.start))
        return Place(
            f"{where}，{said}" if where else said,
            quote,
            numbers[0],
            tuple((s.paragraph, s.start, s.end) for s in spans),
        )


def _quote(text: str, start: int, end: int) -> str:
    """The words at start:end with a few around them; a whole short paragraph as is."""
    text_end = len(text.rstrip())
    begin = len(text) - len(text.lstrip())
    if start <= begin and end >= text_end:
        whole = text.strip()
        return whole if len(whole) <= 40 else whole[:40] + "……"
    before = max(begin, start - _CONTEXT)
    after = min(text_end, end + _CONTEXT)
    return ("…" if before > begin else "") + text[before:after] + ("…" if after < text_end else "")


def _string_path(path: JsonPath) -> JsonPath:
    """The string a finding is about: a division's heading for a division, the
    发文字号 for the 版头."""
    if path == ("masthead",):
        return ("masthead", "number")
    keys = path[::2]
    if path and len(path) % 2 == 0 and all(key in _DIVISION_KEYS for key in keys):
        return (*path, LEVELS[len(path) // 2 - 1].title)
    return path


def _range_in(text: str, finding: Finding, path: JsonPath) -> tuple[int, int]:
    """Where in the string the finding's words are: the fix's range; else the word the
    message quotes, where the rule says it found it; else the excerpt (narrowed to a word
    the message quotes, if it stands there once); else all of it."""
    fix = finding.fix
    if fix is not None and fix.path == path:
        if fix.start < fix.end:
            return fix.start, fix.end
        for word in _QUOTED.findall(finding.message):  # an insertion: the words it goes in
            at = text.find(word, max(0, fix.start - len(word)))
            if 0 <= at <= fix.start <= at + len(word):
                return at, at + len(word)
        return max(0, fix.start - 1), min(len(text), fix.end + 1)  # else its neighbours
    for word in _QUOTED.findall(finding.message):  # the quoted word where the rule found it
        if finding.start and text.startswith(word, finding.start):
            return finding.start, finding.start + len(word)
    excerpt = finding.excerpt.strip("…")
    # The excerpt around where the rule found it: a string may hold the same words twice.
    at = text.find(excerpt, max(0, finding.start - len(excerpt))) if excerpt else -1
    at = at if at >= 0 else text.find(excerpt) if excerpt else -1
    if at < 0:
        return 0, len(text)
    start, end = at, at + len(excerpt)
    for word in _QUOTED.findall(finding.message):
        inside = text[start:end]
        if inside.count(word) == 1:
            offset = start + inside.index(word)
            return offset, offset + len(word)
    return start, end


def open_report(path: Path, elements: bool = False) -> Opened:
    """The report in a data file, or in a document imported in memory (with `elements`,
    a Word document's paragraphs keep their elements, to be marked: --annotate)."""
    kind = input_kind(path)
    if kind is InputKind.DATA:
        return Opened(path, load_report(path), [])
    from ..importing.parse import parse
    from ..importing.read import read_source as read_report
    from .source import read_source
    from .sourcemap import SourceMap
    from .wording import document_note

    read = read_report(path, elements=elements)  # .doc and .wps: import says what to do
    if not read.paragraphs:
        raise ReportgenError(f"{path} 中没有文字。", hint="请确认选择了正确的报告文件。")
    parsed = parse(read.paragraphs, from_word=read.decoded == "docx")
    source = read_source(path, read)
    notes = [*read.notes, *(document_note(note) for note in parsed.notes)]
    return Opened(path, parsed.report, notes, source, SourceMap(source.texts, parsed.report))


def is_document(path: Path) -> bool:
    """Whether `path` is given as a document (.docx, .txt) rather than a data file."""
    return input_kind(path) is not InputKind.DATA
