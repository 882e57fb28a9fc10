"""附件说明 (GB/T 9704 7.3.4): under the body, above the signature, in every format,
read back by readers that did not write it (docx2python, the XML, openxml-audit), and
imported back to the same data."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from docx2python import docx2python
from docx2python.iterators import iter_paragraphs
from helpers import Result, load_2023, write_json
from lxml import etree
from openxml_audit import OpenXmlValidator

from reportgen.importing.parse import parse
from reportgen.importing.read import read_source
from reportgen.importing.write import report_data
from reportgen.model import Report
from reportgen.render.docx import render_docx
from reportgen.template.make import make_template

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TWO = ["柏山镇2023年行政执法案件统计表", "柏山镇2023年普法活动开展情况一览表"]
PRINTED = ["附件：1.柏山镇2023年行政执法案件统计表", "2.柏山镇2023年普法活动开展情况一览表"]
CLOSING = ["中共柏山镇委员会", "柏山镇人民政府", "2024年1月28日"]


def with_attachments(names: list[str]) -> dict:  # type: ignore[type-arg]
    data = load_2023()
    data["attachments"] = names
    return data


@pytest.fixture
def built(project: Path, cli: Callable[..., Result]) -> Path:
    write_json(project / "data" / "2023.json", with_attachments(TWO))
    (project / "out").mkdir(exist_ok=True)
    formats = [option for name in ("docx", "html", "md", "txt") for option in ("-f", name)]
    result = cli("build", "2023", "-o", "out/r.docx", *formats)
    assert result.code == 0, result.output
    return project / "out"


def test_docx_puts_the_attachments_between_body_and_signature(built: Path) -> None:
    with docx2python(built / "r.docx") as content:
        paragraphs = [p for p in iter_paragraphs(content.body) if p.strip()]
    at = paragraphs.index(PRINTED[0])
    assert paragraphs[at : at + 5] == PRINTED + CLOSING
    assert paragraphs[at - 1].startswith("三是加强队伍建设")


def test_docx_attachment_paragraphs_have_their_style_and_hang(built: Path) -> None:
    with zipfile.ZipFile(built / "r.docx") as package:
        body = etree.fromstring(package.read("word/document.xml")).find(f"{W}body")
        styles = etree.fromstring(package.read("word/styles.xml"))
    names = {
        s.get(f"{W}styleId"): s.find(f"{W}name").get(f"{W}val") for s in styles.iter(f"{W}style")
    }
    paragraphs = list(body.iter(f"{W}p"))
    texts = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in paragraphs]
    first, second = (paragraphs[texts.index(text)] for text in PRINTED)
    for paragraph in (first, second):
        style = paragraph.find(f"{W}pPr/{W}pStyle").get(f"{W}val")
        assert names[style] == "公文附件说明"
    indents = [p.find(f"{W}pPr/{W}ind") for p in (first, second)]
    lefts = [int(ind.get(f"{W}left")) for ind in indents]
    hangs = [int(ind.get(f"{W}hanging")) for ind in indents]
    # the names in one column; 附件： starts two characters in (315 twips a character)
    assert lefts[0] == lefts[1]
    assert lefts[0] - hangs[0] == 2 * 315
    assert hangs[0] - hangs[1] == 3 * 315  # 附件： hangs out of the first line only
    # a blank line under them, then the signature
    after = paragraphs[texts.index(PRINTED[1]) + 1]
    assert texts[texts.index(PRINTED[1]) + 1] == ""
    assert after.find(f"{W}pPr/{W}keepNext") is not None


def test_docx_with_attachments_passes_openxml_audit(built: Path) -> None:
    result = OpenXmlValidator().validate(str(built / "r.docx"))
    assert [str(error) for error in result.errors] == []


def test_text_formats_print_them_in_the_same_place(built: Path) -> None:
    text = (built / "r.txt").read_text(encoding="utf-8").split("\n\n")
    at = text.index(PRINTED[0])
    assert [line.strip() for line in text[at : at + 5]] == PRINTED + CLOSING
    markdown = (built / "r.md").read_text(encoding="utf-8")
    # every ASCII punctuation mark is escaped in the .md (render/markdown.py), 1. too
    assert "附件：1\\.柏山镇2023年行政执法案件统计表\n\n2\\.柏山镇" in markdown
    assert markdown.index("2\\.柏山镇") < markdown.index("中共柏山镇委员会")


def test_html_prints_them_above_the_closing(built: Path) -> None:
    from html.parser import HTMLParser

    found: list[tuple[str, str]] = []

    class Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.attrs: dict[str, str | None] = {}

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.attrs = dict(attrs)

        def handle_data(self, data: str) -> None:
            classes = (self.attrs.get("class") or "").split()
            if data.strip() and "attachment" in classes:
                found.append((data, " ".join(classes)))

    page = (built / "r.html").read_text(encoding="utf-8")
    Reader().feed(page)
    assert [text for text, _ in found] == PRINTED
    # the hang comes from the style sheet (a style attribute the page's CSP would refuse;
    # test_html_browser measures it)
    assert found[0][1] == "attachment lead numbered" and found[1][1] == "attachment numbered"
    assert "style=" not in page
    assert page.index("2.柏山镇") < page.index('<footer class="closing">')


def test_one_attachment_has_no_number() -> None:
    report = Report.model_validate_json(json.dumps(with_attachments(TWO[:1])))
    docx = render_docx(report, make_template())
    texts = [p.text for p in Document(io.BytesIO(docx)).paragraphs]
    assert "附件：柏山镇2023年行政执法案件统计表" in texts


@pytest.mark.parametrize("names", [TWO, TWO[:1], [f"附表{n}" for n in range(1, 13)]])
def test_the_round_trip_keeps_them(tmp_path: Path, names: list[str]) -> None:
    data = with_attachments(names)
    report = Report.model_validate_json(json.dumps(data))
    path = tmp_path / "r.docx"
    path.write_bytes(render_docx(report, make_template()))
    back = parse(read_source(path).paragraphs, from_word=True)
    assert report_data(back.report) == report_data(report)
    assert report_data(back.report)["attachments"] == names


def test_a_county_template_without_the_placeholder_is_refused_with_attachments(
    project: Path, cli: Callable[..., Result]
) -> None:
    """Like {{note}}: a template made before 附件说明 builds reports without attachments,
    and says what it lacks for one with them."""
    document = Document(io.BytesIO(make_template()))
    for paragraph in document.paragraphs:
        if paragraph.text == "{{attachments}}":
            paragraph._p.getparent().remove(paragraph._p)
    older = project / "older.docx"
    document.save(str(older))
    assert cli("build", "2023", "--template", str(older), "-o", "a.docx").code == 0
    write_json(project / "data" / "2023.json", with_attachments(TWO))
    refused = cli("build", "2023", "--template", str(older), "-o", "b.docx")
    assert refused.code == 1
    assert "缺少占位符 {{attachments}}" in refused.stderr
    assert not (project / "b.docx").exists()
