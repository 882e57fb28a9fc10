"""One reader of what Word shows, for import and for the marks: on a draft holding a
table, a text box, a content control, a colleague's pending insertion and deletion, a
deleted paragraph mark and a hidden paragraph, the paragraphs findings are numbered by
(第 N 段) are import's paragraphs, and
`--annotate` marks words in a table cell and a content control where they stand, but
none inside a text box (Word keeps its text twice): those findings are listed, with
their place, in the comment on the first paragraph. Read back with docx2python,
openxml-audit and lxml."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx2python import docx2python
from drafts import without_styles_with_effects, write_word_draft
from helpers import Result
from lxml import etree
from openxml_audit import OpenXmlValidator
from test_annotate import CHANGED, W, _parts
from wordfiles import (
    REVISION,
    content_control,
    deleted,
    inserted,
    paragraph,
    run,
    text_box,
    word_file,
)

from reportgen.documents.opening import open_report
from reportgen.importing.read import read_source
from reportgen.rules import check

_GONE = f'<w:rPr><w:del w:id="90" {REVISION}/></w:rPr>'  # the paragraph mark deleted
_HIDDEN = "<w:rPr><w:vanish/></w:rPr>"  # the paragraph mark hidden


def _table(*rows: tuple[str, str]) -> str:
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc>{paragraph(run(text))}</w:tc>" for text in row) + "</w:tr>"
        for row in rows
    )
    grid = '<w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>'
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{grid}{cells}</w:tbl>'


# The paragraphs as the clerk counts them in Word, with what each is made of.
SHOWN = [
    "关于2024年法治政府建设情况的报告",
    "中共青石县委、青石县人民政府：",
    "2024年，我镇加强法制宣传教育。",  # a hidden paragraph, and two joined by a deleted mark
    "一、工作开展情况",
    "项目\t次数",  # a table: a row is a paragraph, its cells joined by a tab
    "开展法制讲座\t8次",
    "镇里举办培训。",  # the paragraph a text box is anchored in
    "文本框里的法制教育。",  # the text box, after it
    "镇党委定期研究法制建设工作。",  # in a content control
    "二、存在的问题和原因",
    "学法用法氛围不够浓厚，原因是宣传形式单一。",
    "三、2025年工作安排",
    "继续推进依法行政。",
    "青石镇人民政府",
    "2025年1月15日",
]


@pytest.fixture
def mixed(project: Path) -> Path:
    body = [
        paragraph(run(SHOWN[0])),
        paragraph(run(SHOWN[1])),
        paragraph(run("内部备注，不印出。", "<w:vanish/>"), properties=_HIDDEN),
        paragraph(run("2024年，我镇加强法"), properties=_GONE),
        paragraph(run("制宣传教育。")),
        paragraph(run(SHOWN[3])),
        _table(("项目", "次数"), ("开展法制讲座", "8次")),
        paragraph(run("镇里举办培训。"), text_box(paragraph(run(SHOWN[7])))),
        paragraph(content_control(run(SHOWN[8]))),
        *(paragraph(run(text)) for text in SHOWN[9:12]),
        # The clerk's colleague's pending changes: an insertion and a deletion.
        paragraph(run("继续推进"), inserted(run("依法")), deleted("全面"), run("行政。")),
        *(paragraph(run(text)) for text in SHOWN[13:]),
    ]
    path = word_file(project / "混合.docx", body)
    path.write_bytes(without_styles_with_effects(path.read_bytes()))
    return path


def test_findings_are_numbered_by_the_paragraphs_import_reads(mixed: Path) -> None:
    imported = [p.text for p in read_source(mixed).paragraphs]
    assert imported == SHOWN
    opened = open_report(mixed)
    assert opened.source is not None
    assert [text.strip() for text in opened.source.texts if text.strip()] == imported
    places = {
        finding.message[1:5]: finding.place.number
        for finding in opened.locate(check(opened.report))
        if finding.code == "T001" and finding.place is not None
    }
    assert places == {"法制宣传": 3, "法制讲座": 6, "法制教育": 8, "法制建设": 9}


def _audit(path: Path) -> list[str]:
    return [str(error) for error in OpenXmlValidator().validate(str(path)).errors]


def _accept_ours(parts: dict[str, bytes]) -> etree._Element:
    """The document with reportgen's changes accepted, the clerk's own left pending."""
    root = etree.fromstring(parts["word/document.xml"])
    ours = [e for tag in ("ins", "del") for e in root.iter(W + tag)]
    for element in [e for e in ours if e.get(W + "author") == "reportgen"]:
        parent = element.getparent()
        if element.tag == W + "ins":
            for child in list(element):
                element.addprevious(child)
        parent.remove(element)
    return root


def _texts(element: etree._Element) -> str:
    return "".join(node.text or "" for node in element.iter(W + "t"))


def test_annotate_marks_cells_and_content_controls_but_not_text_boxes(
    project: Path, cli: Callable[..., Result], mixed: Path
) -> None:
    assert _audit(mixed) == []
    before = mixed.read_bytes()
    result = cli("validate", str(mixed), "--annotate", "-o", "copy.docx")
    assert mixed.read_bytes() == before  # the draft itself is untouched, to the byte
    assert result.code == 1, result.output
    assert "另有 1 处可改正的问题无法标为修订" in result.stdout  # the one in the text box
    copy = project / "copy.docx"
    assert _audit(copy) == []
    original, parts = _parts(mixed), _parts(copy)
    assert {name for name in parts if parts[name] != original.get(name)} <= CHANGED
    root = etree.fromstring(parts["word/document.xml"])
    cell, control = root.find(f".//{W}tr[2]/{W}tc"), root.find(f".//{W}sdtContent")
    for where in (cell, control):  # a comment and a tracked change where the words stand
        assert where.find(f".//{W}commentRangeStart") is not None
        assert where.find(f".//{W}ins") is not None and where.find(f".//{W}del") is not None
    for box in root.iter(f"{W}txbxContent"):  # nothing inside a text box, in either copy
        assert not [
            e for e in box.iter() if e.tag.split("}")[1].startswith(("comment", "ins", "del"))
        ]
    pending = [e for tag in ("ins", "del") for e in root.iter(W + tag)]
    assert {e.get(W + "author") for e in pending} == {"审核人", "reportgen"}
    accepted = _accept_ours(parts)
    assert "开展法治讲座" in _texts(accepted) and "研究法治建设" in _texts(accepted)
    assert "加强法治宣传" in _texts(accepted) and "文本框里的法制教育" in _texts(accepted)
    with docx2python(copy) as read:
        ours = [
            (anchor, text) for anchor, author, _, text in read.comments if author == "reportgen"
        ]
    assert ("法治讲座", "【错误 T001】“法制讲座”") in [(a, t[:15]) for a, t in ours]
    assert ("法治建设", "【错误 T001】“法制建设”") in [(a, t[:15]) for a, t in ours]
    # Across the deleted paragraph mark: from 法 in one w:p to 宣传 in the next.
    assert ("法治宣传", "【错误 T001】“法制宣传”") in [(a, t[:15]) for a, t in ours]
    first = next(p for p in root.iter(f"{W}p") if _texts(p).endswith("加强法"))
    start = first.find(f"{W}commentRangeStart")
    end = first.getnext().find(f"{W}commentRangeEnd")
    assert start is not None and end is not None and start.get(W + "id") == end.get(W + "id")
    listed = next(text for _, text in ours if text.startswith("【另有 1 处】"))
    assert "文本框中，第 8 段“文本框里的法制教育。”" in listed and "法制教育" in listed


def test_a_split_run_takes_the_pieces_after_the_split_with_it(tmp_path: Path) -> None:
    """One run of text, a line break, a tab and text, split at every offset: each piece
    still names the run that holds its node, and the text reads the same."""
    from reportgen.render.ooxml.reading import read_package
    from reportgen.render.ooxml.splits import split

    content = "<w:r><w:t>开展法制宣传</w:t><w:br/><w:t>加强</w:t><w:tab/><w:t>法制教育</w:t></w:r>"
    path = word_file(tmp_path / "one-run.docx", [f"<w:p>{content}</w:p>"])
    paragraphs = read_package(_parts(path), elements=True).paragraphs
    text = paragraphs[0].text
    split(paragraphs, [(0, offset) for offset in range(len(text) + 1)])
    pieces = paragraphs[0].pieces
    assert paragraphs[0].text == text and len(pieces) == len(text)
    assert all(piece.node.getparent() is piece.run for piece in pieces)
    assert len({id(piece.run) for piece in pieces}) == len(text)


def test_import_reads_the_same_with_or_without_the_elements(mixed: Path) -> None:
    """--annotate reads with each piece's elements (a piece per w:t, tab or break),
    import without (a piece per run): the same paragraphs, bold and notes either way."""
    bold = "<w:b/>"
    runs = [
        "<w:r><w:rPr><w:b/></w:rPr><w:t>一是</w:t><w:tab/><w:t>压实责任。</w:t></w:r>",
        run(" ", bold),
        run("二是", bold),
        run(" 健全制度。", bold),
        run("正文", "<w:b w:val='0'/>"),
        run("。"),
    ]
    # A phonetic guide: its base's run is bold, the run holding it not.
    base = f"<w:rubyBase>{run('依法', bold)}</w:rubyBase>"
    ruby = f"<w:ruby><w:rubyPr/><w:rt>{run('yīfǎ')}</w:rt>{base}</w:ruby>"
    guided = paragraph(f"<w:r><w:t>三是</w:t>{ruby}<w:t>行政。</w:t></w:r>")
    leads = word_file(mixed.with_name("leads.docx"), [paragraph(*runs), guided])
    for path in (mixed, leads, write_word_draft(mixed.with_name("draft.docx"))):
        plain, traced = read_source(path), read_source(path, elements=True)
        assert plain.paragraphs == traced.paragraphs and plain.notes == traced.notes
    first, second = read_source(leads).paragraphs
    assert first.bold == ((0, 8), (9, 17)) and second.bold == ((2, 4),)
