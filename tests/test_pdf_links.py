"""LibreOffice follows no external link while making the PDF.

A built report's .docx is edited to show two images it only links to (r:link,
TargetMode="External"): one at http://127.0.0.1:PORT, where a listener counts
connections, and one file:/// image on this disk. The PDF must hold neither, and the
listener must see nothing. The template check strips such links before they get this
far; this test stands for LibreOffice's own setting, so it hands the .docx straight to
the converter that `build -f pdf` uses.
"""

from __future__ import annotations

import io
import socket
import struct
import threading
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pytest
from helpers import ROOT

from reportgen.load import load_report
from reportgen.render.docx import render_docx
from reportgen.render.pdf import convert_all, find_soffice

RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


def _png(path: Path) -> None:
    """An 8×8 blue PNG: what a template could try to pull off the clerk's disk."""
    rows = b"".join(b"\x00" + b"\x00\x00\xff" * 8 for _ in range(8))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _linked_image(relationship: str, number: int) -> str:
    size = 'cx="914400" cy="914400"'
    return (
        f'<w:p><w:r><w:drawing><wp:inline><wp:extent {size}/><wp:docPr id="{number}" name="p{number}"/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:nvPicPr><pic:cNvPr id="{number}" name="p{number}.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:link="{relationship}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext {size}/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    )


def _with_links(docx: bytes, targets: list[str]) -> bytes:
    """The .docx with one linked image per target at the top of its body."""
    source = zipfile.ZipFile(io.BytesIO(docx))
    result = io.BytesIO()
    with zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED) as package:
        for member in source.infolist():
            text = source.read(member).decode("utf-8")
            if member.filename == "word/document.xml":
                images = "".join(_linked_image(f"rIdOut{n}", 900 + n) for n in range(len(targets)))
                text = text.replace("<w:body>", f"<w:body>{images}", 1)
                if "xmlns:wp=" not in text:
                    wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
                    text = text.replace("<w:document ", f'<w:document xmlns:wp="{wp}" ', 1)
            if member.filename == "word/_rels/document.xml.rels":
                links = "".join(
                    f'<Relationship Id="rIdOut{n}" Type="{RELATIONSHIP}" Target="{target}" TargetMode="External"/>'
                    for n, target in enumerate(targets)
                )
                text = text.replace("</Relationships>", f"{links}</Relationships>")
            package.writestr(member, text)
    return result.getvalue()


@pytest.fixture
def listener() -> Iterator[tuple[int, list[bytes]]]:
    """A TCP listener on 127.0.0.1: its port, and what each connection sent first."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    seen: list[bytes] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(2)
                try:
                    seen.append(connection.recv(200) or b"(connected)")
                except OSError:
                    seen.append(b"(connected)")

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], seen
    stop.set()
    thread.join()
    server.close()


def test_libreoffice_fetches_no_linked_image(
    listener: tuple[int, list[bytes]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    port, seen = listener
    secret = tmp_path / "secret.png"
    _png(secret)
    report = load_report(ROOT / "data" / "2023.json")
    docx = render_docx(report, (ROOT / "templates" / "report.docx").read_bytes())
    linked = _with_links(docx, [f"http://127.0.0.1:{port}/logo.png", secret.as_uri()])
    (pdf,) = convert_all([linked], find_soffice())
    assert isinstance(pdf, bytes)
    assert seen == []  # not even a connection
    path = tmp_path / "linked.pdf"
    path.write_bytes(pdf)
    with pdfplumber.open(path) as document:
        assert [image for page in document.pages for image in page.images] == []
        first_page = (document.pages[0].extract_text() or "").replace(" ", "")
    assert "关于2023年法治政府建设情况的报告" in first_page
