"""Bad input, item 3: import inflates no more than it may, refuses what Word never
writes, and reads runs as python-docx does (only faster)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import DOCX_2023_NAME, Result
from refusals import refused

from reportgen.importing.read import read_source

DOCUMENT = "word/document.xml"


@pytest.fixture
def docx(project: Path, cli: Callable[..., Result]) -> Path:
    """The 2023 report as built: a real Word package to spoil."""
    assert cli("build", "2023").code == 0
    return project / "out" / DOCX_2023_NAME


def _repack(source: Path, target: Path, member: str, payload: bytes) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            if item.filename != member:
                new.writestr(item, old.read(item.filename))
        new.writestr(member, payload)
    return target


def test_a_zip_bomb_is_refused_before_it_inflates(
    project: Path, cli: Callable[..., Result], docx: Path
) -> None:
    bomb = _repack(docx, project / "bomb.docx", "word/media/image1.png", b"\0" * (120 << 20))
    assert bomb.stat().st_size < 1 << 20
    refused(cli, project, "import", "bomb.docx", "-o", "x.json", expected=("解压后超过 100 MB",))


def test_a_bomb_with_lying_headers_is_refused(
    project: Path, cli: Callable[..., Result], docx: Path
) -> None:
    """Sizes are counted while inflating: a header claiming 1 KB changes nothing."""
    bomb = _repack(docx, project / "liar.docx", "word/media/image1.png", b"\0" * (120 << 20))
    raw = bytearray(bomb.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as package:
        info = package.getinfo("word/media/image1.png")
    true_size, fake_size = (120 << 20).to_bytes(4, "little"), (1024).to_bytes(4, "little")
    raw[info.header_offset + 22 : info.header_offset + 26] = fake_size
    central = raw.rfind(true_size)
    raw[central : central + 4] = fake_size
    bomb.write_bytes(bytes(raw))
    result = refused(cli, project, "import", "liar.docx", "-o", "x.json")
    assert "liar.docx" in result.stderr


def test_a_document_with_a_dtd_is_refused(
    project: Path, cli: Callable[..., Result], docx: Path
) -> None:
    secret = project / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    with zipfile.ZipFile(docx) as package:
        document = package.read(DOCUMENT).decode("utf-8")
    declaration = f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
    document = document.replace("?>", "?>" + declaration, 1).replace("柏山镇", "&x;柏山镇", 1)
    _repack(docx, project / "dtd.docx", DOCUMENT, document.encode("utf-8"))
    result = refused(cli, project, "import", "dtd.docx", "-o", "x.json", expected=("DTD",))
    assert "TOP-SECRET" not in result.output


@pytest.mark.parametrize(
    ("case", "spoil", "expected"),
    [
        ("not a zip", lambda raw: b"PK\x03\x04" + raw[4:100], "不是有效的 .docx 文件"),
        ("empty", lambda raw: b"", "不是有效的 .docx 文件"),
        (
            "corrupt deflate",
            lambda raw: _corrupt_deflate(raw),
            "已损坏：其中的 word/document.xml 无法解压",
        ),
        (
            "bad checksum",
            lambda raw: _bad_checksum(raw),
            "已损坏：其中的 word/document.xml 无法解压",
        ),
    ],
)
def test_a_broken_package_is_refused(
    project: Path,
    cli: Callable[..., Result],
    docx: Path,
    case: str,
    spoil: Callable[[bytes], bytes],
    expected: str,
) -> None:
    (project / "broken.docx").write_bytes(spoil(docx.read_bytes()))
    refused(cli, project, "import", "broken.docx", "-o", "x.json", expected=(expected,))


def _corrupt_deflate(raw: bytes) -> bytes:
    """document.xml's deflate stream begun with a reserved block type, headers intact."""
    with zipfile.ZipFile(io.BytesIO(raw)) as package:
        info = package.getinfo(DOCUMENT)
    name_length = int.from_bytes(raw[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_length = int.from_bytes(raw[info.header_offset + 28 : info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_length + extra_length
    return raw[:start] + b"\xff" * 64 + raw[start + 64 :]


def _bad_checksum(raw: bytes) -> bytes:
    """document.xml's CRC-32 changed in both headers."""
    with zipfile.ZipFile(io.BytesIO(raw)) as package:
        crc = package.getinfo(DOCUMENT).CRC.to_bytes(4, "little")
    wrong = ((int.from_bytes(crc, "little") + 1) % (1 << 32)).to_bytes(4, "little")
    assert raw.count(crc) == 2
    return raw.replace(crc, wrong)


@pytest.mark.parametrize("encoding", ["base64", "rot13", "zlib_codec", "no-such-codec"])
def test_an_encoding_that_is_no_text_encoding(
    project: Path, cli: Callable[..., Result], encoding: str
) -> None:
    (project / "report.txt").write_text("柏山镇人民政府", encoding="utf-8")
    refused(
        cli,
        project,
        *("import", "report.txt", "-o", "x.json", "--encoding", encoding),
        expected=(f"--encoding {encoding} 不是可用的文字编码",),
    )


# --- runs read as python-docx reads them


def _document_with_styles(path: Path) -> None:
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    lead = document.styles.add_style("Lead", WD_STYLE_TYPE.CHARACTER)
    lead.font.bold = True
    child = document.styles.add_style("Lead child", WD_STYLE_TYPE.CHARACTER)
    child.base_style = lead  # bold by inheritance only
    paragraph = document.add_paragraph()
    paragraph.add_run("一是压实责任。", style="Lead child")
    paragraph.add_run("镇党委书记认真履职。")
    paragraph = document.add_paragraph()
    paragraph.add_run("不加粗。", style="Lead").bold = False  # the run's own w:b wins
    paragraph.add_run("\t链接前")
    paragraph._p.append(
        parse_xml(f"<w:hyperlink {nsdecls('w')}><w:r><w:t>法治网</w:t></w:r></w:hyperlink>")
    )
    run = paragraph.add_run("换行")
    run.add_break()
    run.add_text("之后")
    document.save(str(path))


def test_bold_comes_from_the_run_or_its_style_chain(tmp_path: Path) -> None:
    source = tmp_path / "styled.docx"
    _document_with_styles(source)
    paragraphs = read_source(source).paragraphs
    assert [(p.text, p.bold) for p in paragraphs] == [
        ("一是压实责任。镇党委书记认真履职。", ((0, 7),)),
        ("不加粗。\t链接前法治网换行\n之后", ()),
    ]


def test_text_is_what_python_docx_reads(tmp_path: Path) -> None:
    from docx import Document

    source = tmp_path / "styled.docx"
    _document_with_styles(source)
    expected = [p.text.strip() for p in Document(str(source)).paragraphs if p.text.strip()]
    assert [p.text for p in read_source(source).paragraphs] == expected
