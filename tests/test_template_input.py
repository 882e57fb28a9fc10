"""Hostile and broken templates: each refused by `build` and by `template check` with a
Chinese message that says what and why, exit 1, nothing written, nothing fetched."""

from __future__ import annotations

import http.server
import io
import threading
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import DOCX_2023_NAME, Result, assert_refused

from reportgen.errors import ReportgenError
from reportgen.package import check_docx

DOCUMENT = "word/document.xml"
DOCUMENT_RELS = "word/_rels/document.xml.rels"
Edit = Callable[[bytes], bytes]


def spoiled(
    project: Path,
    *,
    edit: dict[str, Edit] | None = None,
    remove: tuple[str, ...] = (),
    add: tuple[tuple[str, bytes], ...] = (),
) -> Path:
    """The default template with members edited, removed or added (duplicates too)."""
    source = project / "templates" / "report.docx"
    target = project / "county.docx"
    edit = edit or {}
    with (
        zipfile.ZipFile(source) as old,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new,
        warnings.catch_warnings(),
    ):
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        for info in old.infolist():
            if info.filename not in remove:
                data = old.read(info)
                new.writestr(info.filename, edit.get(info.filename, lambda d: d)(data))
        for member, data in add:
            new.writestr(member, data)
    return target


def with_relationship(xml: str) -> dict[str, Edit]:
    end = b"</Relationships>"
    return {DOCUMENT_RELS: lambda data: data.replace(end, xml.encode() + end)}


def in_body(xml: str) -> dict[str, Edit]:
    return {DOCUMENT: lambda data: data.replace(b"<w:body>", b"<w:body>" + xml.encode(), 1)}


EXTERNAL_IMAGE = (
    '<Relationship Id="rIdX" TargetMode="External" Target="http://127.0.0.1:9/logo.png" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"/>'
)
ATTACHED_TEMPLATE = (
    '<Relationship Id="rIdX" TargetMode="External" Target="file:///C:/evil.dotm" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"/>'
)
SETTINGS_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f"{ATTACHED_TEMPLATE}</Relationships>"
).encode()
ALT_CHUNK = (
    '<Relationship Id="rIdX" Target="chunk.html" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"/>'
)
UNC_LINK = (
    '<Relationship Id="rIdX" TargetMode="External" Target="file://server/share/x.docx" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"/>'
)
BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'.encode()
        for n in range(1, 10)
    )
    + b"]><w:document>&lol9;</w:document>"
)


def _corrupt_deflate(project: Path) -> Path:
    """styles.xml's compressed bytes overwritten in the middle: the zip's directory is
    intact, inflating the member fails."""
    source = (project / "templates" / "report.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(source)) as package:
        info = package.getinfo("word/styles.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw = bytearray(source)
    middle = start + info.compress_size // 2
    raw[middle : middle + 64] = b"\xff" * 64
    target = project / "county.docx"
    target.write_bytes(bytes(raw))
    return target


CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    (
        "garbage document.xml",
        lambda p: spoiled(p, edit={DOCUMENT: lambda _: b"\x00\x01 not xml <<<"}),
        "word/document.xml 不是格式正确的 XML",
    ),
    (
        "no [Content_Types].xml",
        lambda p: spoiled(p, remove=("[Content_Types].xml",)),
        "缺少 [Content_Types].xml",
    ),
    (
        "duplicate member",
        lambda p: spoiled(p, add=((DOCUMENT, b"<w:document/>"),)),
        "word/document.xml 出现了 2 次",
    ),
    (
        "billion laughs",
        lambda p: spoiled(p, edit={DOCUMENT: lambda _: BILLION_LAUGHS}),
        "word/document.xml 含有文档类型定义（DTD",
    ),
    ("corrupt deflate stream", _corrupt_deflate, "已损坏：其中的 word/styles.xml 无法解压"),
    (
        "external image",
        lambda p: spoiled(p, edit=with_relationship(EXTERNAL_IMAGE)),
        "引用了外部图片 http://127.0.0.1:9/logo.png",
    ),
    (
        "attached template",
        lambda p: spoiled(p, add=(("word/_rels/settings.xml.rels", SETTINGS_RELS),)),
        "引用了外部附加模板 file:///C:/evil.dotm",
    ),
    (
        "altChunk",
        lambda p: spoiled(
            p,
            edit=with_relationship(ALT_CHUNK),
            add=(("word/chunk.html", b"<html><img src='http://127.0.0.1:9/x'></html>"),),
        ),
        "含有 altChunk",
    ),
    (
        "macro in another case",
        lambda p: spoiled(p, add=(("Word/VbaProject.BIN", b"\0" * 16),)),
        "含有宏（Word/VbaProject.BIN）",
    ),
    (
        "ActiveX control",
        lambda p: spoiled(p, add=(("word/activeX/activeX1.bin", b"\0" * 16),)),
        "含有 ActiveX 控件或嵌入对象",
    ),
    (
        "member outside the package",
        lambda p: spoiled(p, add=(("../../evil", b"x"),)),
        "'../../evil' 指向压缩包以外",
    ),
    (
        "absolute member",
        lambda p: spoiled(p, add=(("/etc/evil", b"x"),)),
        "'/etc/evil' 指向压缩包以外",
    ),
    (
        "INCLUDEPICTURE field",
        lambda p: spoiled(
            p,
            edit=in_body(
                '<w:p><w:r><w:instrText xml:space="preserve"> INCLUDE</w:instrText></w:r>'
                '<w:r><w:instrText xml:space="preserve">PICTURE "http://127.0.0.1:9/x.png" \\d'
                "</w:instrText></w:r></w:p>"
            ),
        ),
        "含有读取外部内容的域 INCLUDEPICTURE",
    ),
    (
        "link to a network share",
        lambda p: spoiled(p, edit=with_relationship(UNC_LINK)),
        "超链接 file://server/share/x.docx 指向本机或网络共享",
    ),
]


@pytest.mark.parametrize(("case", "make", "expected"), CASES, ids=[c[0] for c in CASES])
def test_hostile_or_broken_template_is_refused(
    project: Path,
    cli: Callable[..., Result],
    previous: bytes,
    case: str,
    make: Callable[[Path], Path],
    expected: str,
) -> None:
    template = make(project)
    check = cli("template", "check", str(template))
    assert check.code == 1, check.output
    assert expected in check.output, check.output
    assert "Traceback" not in check.output
    build = cli("build", "2023", "--template", str(template))
    assert_refused(build, project, previous, expected)


def test_a_plain_web_link_is_kept(project: Path, cli: Callable[..., Result]) -> None:
    """Hyperlinks to web pages are only followed when clicked: accepted."""
    link = UNC_LINK.replace("file://server/share/x.docx", "https://www.gov.cn/")
    template = spoiled(project, edit=with_relationship(link))
    assert cli("template", "check", str(template)).code == 0
    assert cli("build", "2023", "--template", str(template)).code == 0


def _bomb(project: Path) -> Path:
    return spoiled(project, add=(("word/media/padding.bin", b"\0" * (120 << 20)),))


def test_zip_bomb_template_is_refused_before_expanding(
    project: Path, cli: Callable[..., Result], previous: bytes
) -> None:
    bomb = _bomb(project)
    assert bomb.stat().st_size < 1 << 20  # small on disk, 120 MB inside
    result = cli("build", "2023", "--template", str(bomb))
    assert_refused(result, project, previous, "解压后超过 100 MB")


def test_zip_bomb_with_lying_headers_is_refused(
    project: Path, cli: Callable[..., Result], previous: bytes
) -> None:
    """A member whose headers claim 1 KB but that inflates to 120 MB: inflating stops at
    the claimed size and the checksum fails, so it is refused as damaged, early."""
    bomb = _bomb(project)
    raw = bytearray(bomb.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as package:
        info = package.getinfo("word/media/padding.bin")
    true_size, fake_size = (120 << 20).to_bytes(4, "little"), (1024).to_bytes(4, "little")
    assert raw[info.header_offset + 22 : info.header_offset + 26] == true_size
    raw[info.header_offset + 22 : info.header_offset + 26] = fake_size  # local header
    central = raw.rfind(true_size)
    raw[central : central + 4] = fake_size  # central directory
    bomb.write_bytes(bytes(raw))
    with zipfile.ZipFile(bomb) as package:
        assert package.getinfo("word/media/padding.bin").file_size == 1024
    expected = f"模板 {bomb} 已损坏：其中的 word/media/padding.bin 无法解压。"
    assert_refused(cli("build", "2023", "--template", str(bomb)), project, previous, expected)
    check = cli("template", "check", str(bomb))
    assert check.code == 1 and expected in check.stderr


def test_external_entities_are_refused(
    project: Path, cli: Callable[..., Result], previous: bytes
) -> None:
    """A DOCTYPE with an external entity used in the text: refused for its DTD (before,
    the entity reference was copied into the output, which Word then would not open)."""
    secret = project / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    declaration = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'.encode()

    def edit(xml: bytes) -> bytes:
        return xml.replace(b"?>", b"?>" + declaration, 1).replace(b"{{title}}", b"{{title}}&xxe;")

    evil = spoiled(project, edit={DOCUMENT: edit})
    result = cli("build", "2023", "--template", str(evil), "-o", "evil-out.docx")
    assert_refused(result, project, previous, "word/document.xml 含有文档类型定义（DTD")
    assert not (project / "evil-out.docx").exists()


def test_broken_styles_xml_is_refused(
    project: Path, cli: Callable[..., Result], previous: bytes
) -> None:
    broken = spoiled(project, edit={"word/styles.xml": lambda _: b"<w:styles"})
    result = cli("build", "2023", "--template", str(broken))
    assert_refused(result, project, previous, "word/styles.xml 不是格式正确的 XML")


@pytest.fixture
def listener() -> Iterator[tuple[int, list[str]]]:
    """An HTTP server on 127.0.0.1 that records every request."""
    requests: list[str] = []

    class Record(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Record)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], requests
    server.shutdown()
    server.server_close()


def test_pdf_build_fetches_nothing_a_template_links_to(
    project: Path, cli: Callable[..., Result], listener: tuple[int, list[str]]
) -> None:
    """A template whose logo is linked, not embedded, to a local address: LibreOffice
    would fetch it for the PDF. The template is refused; nothing is fetched."""
    port, requests = listener
    image = EXTERNAL_IMAGE.replace("127.0.0.1:9", f"127.0.0.1:{port}")
    picture = (
        "<w:p><w:r><w:drawing><wp:inline xmlns:wp="
        '"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        '<wp:extent cx="254000" cy="254000"/><wp:docPr id="100" name="logo"/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:nvPicPr><pic:cNvPr id="0" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        '<pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships" r:link="rIdX"/><a:stretch><a:fillRect/></a:stretch>'
        '</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="254000" '
        'cy="254000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    )
    edits = {**with_relationship(image), **in_body(picture)}
    template = spoiled(project, edit=edits)
    result = cli("build", "2023", "--template", str(template), "-f", "pdf")
    assert requests == []
    assert result.code == 1 and "引用了外部图片" in result.stderr
    assert not (project / "out" / DOCX_2023_NAME.replace(".docx", ".pdf")).exists()


def test_import_side_check_refuses_a_dtd(project: Path) -> None:
    """check_docx: what the import side calls before python-docx reads a .docx."""
    good = (project / "templates" / "report.docx").read_bytes()
    assert check_docx(good, "文件 a.docx")[0][0] == "[Content_Types].xml"
    evil = spoiled(project, edit={DOCUMENT: lambda _: BILLION_LAUGHS}).read_bytes()
    with pytest.raises(ReportgenError) as refused:
        check_docx(evil, "文件 b.docx")
    assert "文件 b.docx 不能使用" in refused.value.message
    assert "含有文档类型定义（DTD" in refused.value.message
