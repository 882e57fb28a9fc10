"""Property: however Word nests what it shows and what it hides, import reads exactly the
visible text. Each generated paragraph is a sequence of pieces of text, each either
shown (a run wrapped in any nesting of insertions, moves, smart tags, custom XML,
hyperlinks, content controls, simple fields and complex fields' results) or not shown
(deleted, moved away, hidden, a field's code, a control's prompt), the shown ones
possibly wrapped in the shown wrappers again. Read with the elements --annotate marks,
the paragraphs and their bold are the same."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wordfiles import REVISION, complex_field, content_control, deleted, paragraph, run, word_file

from reportgen.importing.read import read_source

WORDS = st.text(alphabet="法治政府建设柏山镇一二三年", min_size=1, max_size=6)
Piece = tuple[str, str]  # (XML, the text it shows)

WRAPPERS = [
    lambda xml: f'<w:ins w:id="1" {REVISION}>{xml}</w:ins>',
    lambda xml: f'<w:moveTo w:id="2" {REVISION}>{xml}</w:moveTo>',
    lambda xml: f'<w:smartTag w:element="place">{xml}</w:smartTag>',
    lambda xml: f'<w:customXml w:element="x">{xml}</w:customXml>',
    lambda xml: f'<w:hyperlink w:anchor="a">{xml}</w:hyperlink>',
    lambda xml: content_control(xml),
    lambda xml: f"<w:fldSimple w:instr=' REF a '>{xml}</w:fldSimple>",
]


def _shown(text: str, bold: bool = False) -> Piece:
    return run(text, "<w:b/>" if bold else ""), text


def _field_result(text: str) -> Piece:
    return complex_field(" REF 甲 \\h ", text), text


def _wrapped(inner: Piece, wrapper: int) -> Piece:
    xml, text = inner
    return WRAPPERS[wrapper](xml), text


def _not_shown(text: str, how: int) -> Piece:
    return [
        deleted(text),
        f'<w:moveFrom w:id="3" {REVISION}>{run(text)}</w:moveFrom>',
        run(text, "<w:vanish/>"),
        content_control(run(text), prompt=True),
        # the text of a field nested in another field's code
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
        f"{complex_field(' PAGE ', text)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ][how], ""


SHOWN = st.recursive(
    st.one_of(st.builds(_shown, WORDS, st.booleans()), WORDS.map(_field_result)),
    lambda inner: st.builds(_wrapped, inner, st.integers(0, len(WRAPPERS) - 1)),
    max_leaves=4,
)
PIECES = st.lists(
    st.one_of(SHOWN, SHOWN, st.builds(_not_shown, WORDS, st.integers(0, 4))), max_size=6
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(SHOWN, PIECES), min_size=1, max_size=4))
def test_import_reads_exactly_what_word_shows(paragraphs: list[tuple[Piece, list[Piece]]]) -> None:
    body = []
    expected = []
    for first, rest in paragraphs:
        pieces = [first, *rest]
        body.append(paragraph(*(xml for xml, _ in pieces)))
        expected.append("".join(text for _, text in pieces))
    with tempfile.TemporaryDirectory() as folder:
        path = word_file(Path(folder) / "draft.docx", body)
        source, traced = read_source(path), read_source(path, elements=True)
    assert [p.text for p in source.paragraphs] == expected
    assert traced.paragraphs == source.paragraphs  # --annotate's reading: the same, bold too
