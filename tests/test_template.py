"""The committed template is what the code makes; a county's own template is checked."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from docx2python import docx2python
from docx2python.iterators import iter_paragraphs
from helpers import DOCX_2023_NAME, ROOT, Result
from lxml import etree

from reportgen.template.make import make_template

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_committed_template_is_what_the_code_makes() -> None:
    committed = (ROOT / "templates" / "report.docx").read_bytes()
    made = make_template()
    with zipfile.ZipFile(io.BytesIO(committed)) as a, zipfile.ZipFile(io.BytesIO(made)) as b:
        assert a.namelist() == b.namelist()
        for name in a.namelist():
            assert a.read(name) == b.read(name), f"{name} differs: run reportgen template init"
    assert committed == made


def test_template_init_writes_the_template(project: Path, cli: Callable[..., Result]) -> None:
    """The file the command writes is the committed template, and reads back (through
    docx2python and the XML, not python-docx) as a template: placeholders, styles."""
    result = cli("template", "init", "mine.docx")
    assert result.code == 0
    assert "mine.docx" in result.stdout
    written = project / "mine.docx"
    assert written.read_bytes() == (ROOT / "templates" / "report.docx").read_bytes()
    with docx2python(written) as content:
        body = [p for p in iter_paragraphs(content.body) if p.strip()]
        footers = [p for p in iter_paragraphs(content.footer) if p.strip()]
    assert body == [
        "{{masthead}}",
        "{{title}}",
        "{{addressees}}：",
        "{{body}}",
        "{{attachments}}",
        "{{signatures}}",
        "{{date}}",
        "{{note}}",
    ]
    assert footers == ["— 1 —", "— 1 —"]
    with zipfile.ZipFile(written) as package:
        styles = etree.fromstring(package.read("word/styles.xml"))
    ids = {s.get(f"{W}styleId") for s in styles.iter(f"{W}style")}
    assert {"GongwenTitle", "GongwenBody", "GongwenDate", "GongwenPageNumber"} <= ids


def test_template_init_keeps_a_county_template_without_force(
    project: Path, cli: Callable[..., Result]
) -> None:
    """A restyled template is a county's work: init refuses to replace it unless told."""
    template = project / "templates" / "report.docx"
    assert cli("template", "init").code == 0  # the same bytes again: nothing lost
    county = template.read_bytes() + b"\0"  # stands for a template restyled in Word
    template.write_bytes(county)
    refused = cli("template", "init")
    assert refused.code == 1
    assert "与默认模板不同" in refused.stderr and "--force" in refused.stderr
    assert template.read_bytes() == county
    assert cli("template", "init", "--force").code == 0
    assert template.read_bytes() == (ROOT / "templates" / "report.docx").read_bytes()


def test_default_template_passes_its_check(project: Path, cli: Callable[..., Result]) -> None:
    result = cli("template", "check", "templates/report.docx")
    assert result.code == 0, result.output
    assert "可以使用" in result.stdout


def _edit_document_xml(source: Path, target: Path, edit: Callable[[str], str]) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "word/document.xml":
                data = edit(data.decode("utf-8")).encode("utf-8")
            new.writestr(item, data)


def test_check_lists_what_a_county_template_lacks(
    project: Path, cli: Callable[..., Result]
) -> None:
    broken = project / "county.docx"
    _edit_document_xml(
        project / "templates" / "report.docx",
        broken,
        lambda xml: xml.replace("{{body}}", "").replace("{{date}}", "{{datum}}"),
    )
    result = cli("template", "check", str(broken))
    assert result.code == 1
    assert "缺少占位符 {{body}}" in result.stdout
    assert "不认识的占位符 {{datum}}" in result.stdout
    assert "缺少占位符 {{date}}" in result.stdout
    build = cli("build", "2023", "--template", str(broken))
    assert build.code == 1
    assert "模板不完整" in build.stderr and "缺少占位符 {{body}}" in build.stderr
    assert not (project / "out" / DOCX_2023_NAME).exists()


def test_a_county_template_keeps_its_own_text_and_placeholders_split_over_runs(
    project: Path, cli: Callable[..., Result]
) -> None:
    """A county adds a header line with {{organ}} typed in two runs, as Word saves edits."""
    county = project / "county.docx"

    def edit(xml: str) -> str:
        split = (
            '<w:p><w:r><w:t xml:space="preserve">报送单位：{{or</w:t></w:r>'
            "<w:r><w:rPr><w:b/></w:rPr><w:t>gan}}（{{year}}年度）</w:t></w:r></w:p>"
        )
        return xml.replace("<w:body>", "<w:body>" + split, 1)

    _edit_document_xml(project / "templates" / "report.docx", county, edit)
    result = cli("build", "2023", "--template", str(county), "-o", "county-out.docx")
    assert result.code == 0, result.output
    with docx2python(project / "county-out.docx") as content:
        paragraphs = [p for p in iter_paragraphs(content.body) if p.strip()]
    assert paragraphs[0] == "报送单位：柏山镇人民政府（2023年度）"
    assert paragraphs[1] == "关于2023年法治政府建设情况的报告"
    assert not any("{{" in p for p in paragraphs)


def test_macro_enabled_template_is_refused(project: Path, cli: Callable[..., Result]) -> None:
    macro = project / "macro.docx"
    with (
        zipfile.ZipFile(project / "templates" / "report.docx") as old,
        zipfile.ZipFile(macro, "w") as new,
    ):
        for item in old.infolist():
            new.writestr(item, old.read(item.filename))
        new.writestr("word/vbaProject.bin", b"\x00" * 16)
    result = cli("build", "2023", "--template", str(macro))
    assert result.code == 1
    assert "含有宏" in result.stderr


def test_template_styles_are_named_for_the_clerk() -> None:
    with zipfile.ZipFile(ROOT / "templates" / "report.docx") as package:
        styles = etree.fromstring(package.read("word/styles.xml"))
    names = {s.find(f"{W}name").get(f"{W}val") for s in styles.iter(f"{W}style")}
    assert {
        "公文标题",
        "公文主送机关",
        "公文正文",
        "公文一级标题",
        "公文二级标题",
        "公文三级标题",
        "公文四级标题",
        "公文要点引语",
        "公文署名",
        "公文成文日期",
        "公文附注",
        "公文页码",
    } <= names
