"""Word files as Word writes them, made here with python-docx and lxml: tracked changes,
content controls, fields, smart tags, custom XML, tables, hidden text, comments,
footnotes and text boxes. Each snippet is WordprocessingML as it stands in
word/document.xml; nothing is copied from a real document."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
REVISION = 'w:author="审核人" w:date="2024-01-20T10:00:00Z"'


def run(text: str, properties: str = "") -> str:
    rpr = f"<w:rPr>{properties}</w:rPr>" if properties else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def paragraph(*content: str, properties: str = "") -> str:
    ppr = f"<w:pPr>{properties}</w:pPr>" if properties else ""
    return f"<w:p>{ppr}{''.join(content)}</w:p>"


def inserted(*runs: str, revision: int = 1) -> str:
    return f'<w:ins w:id="{revision}" {REVISION}>{"".join(runs)}</w:ins>'


def deleted(text: str, revision: int = 2) -> str:
    return (
        f'<w:del w:id="{revision}" {REVISION}><w:r>'
        f'<w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'
    )


def complex_field(code: str, result: str) -> str:
    """A field as Word writes one: begin, its code, separate, the result, end."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{run(result)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def content_control(content: str, prompt: bool = False) -> str:
    shown = "<w:showingPlcHdr/>" if prompt else ""
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="填写处"/>{shown}</w:sdtPr>'
        f"<w:sdtContent>{content}</w:sdtContent></w:sdt>"
    )


def table(*rows: list[str]) -> str:
    """A table whose cells each hold the given paragraphs' XML (one string a cell)."""
    body = "".join(
        "<w:tr>" + "".join(f"<w:tc>{cell}</w:tc>" for cell in cells) + "</w:tr>" for cells in rows
    )
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{body}</w:tbl>'


def text_box(*paragraphs: str) -> str:
    """A floating text box as Word 2010 and later write it: the DrawingML shape and, for
    older readers, the same text again in VML."""
    content = f"<w:txbxContent>{''.join(paragraphs)}</w:txbxContent>"
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0'
        '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0'
        '</wp:posOffset></wp:positionV><wp:extent cx="1828800" cy="457200"/><wp:wrapNone/>'
        '<wp:docPr id="1" name="文本框 1"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx>{content}</wps:txbx>'
        "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        f"{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def style(style_id: str, kind: str, properties: str = "", based_on: str | None = None) -> str:
    base = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (
        f'<w:style w:type="{kind}" w:styleId="{style_id}"><w:name w:val="{style_id}"/>'
        f"{base}<w:rPr>{properties}</w:rPr></w:style>"
    )


def word_file(
    path: Path,
    body: list[str],
    styles: Sequence[str] = (),
    comments: Sequence[tuple[int, str]] = (),
    footnotes: Sequence[tuple[int, str]] = (),
) -> Path:
    """A .docx with `body` (paragraph, table … XML) and the given extra styles, comments
    (id, text) and footnotes (id, text), saved by python-docx."""
    document = Document()
    body_element = document.element.body
    wrapper = parse_xml(f"<w:body {NAMESPACES}>{''.join(body)}</w:body>")
    section = body_element.sectPr
    for child in list(wrapper):
        section.addprevious(child)
    for xml in styles:
        styled = xml.replace("<w:style ", f"<w:style {NAMESPACES} ", 1)
        document.styles.element.append(parse_xml(styled))
    part = document.part
    if comments:
        xml = "".join(
            f'<w:comment w:id="{n}" w:author="审核人" w:initials="审"><w:p><w:r>'
            f"<w:annotationRef/></w:r>{run(text)}</w:p></w:comment>"
            for n, text in comments
        )
        _add_part(part, "/word/comments.xml", "comments", RT.COMMENTS, xml)
    if footnotes:
        xml = (
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        ) + "".join(
            f'<w:footnote w:id="{n}"><w:p><w:r><w:footnoteRef/></w:r>{run(text)}</w:p></w:footnote>'
            for n, text in footnotes
        )
        _add_part(part, "/word/footnotes.xml", "footnotes", RT.FOOTNOTES, xml)
    out = io.BytesIO()
    document.save(out)
    path.write_bytes(out.getvalue())
    return path


def _add_part(owner: Part, name: str, root: str, relationship: str, content: str) -> None:
    content_type = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{root}+xml"
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<w:{root} {NAMESPACES}>{content}</w:{root}>"
    ).encode()
    owner.relate_to(Part(PackURI(name), content_type, xml, owner.package), relationship)
