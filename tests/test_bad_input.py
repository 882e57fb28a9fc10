"""The bad-input battery: every case a Chinese message, exit 1 (2 for usage), no
traceback, and the previous output untouched."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import DOCX_2023_NAME, Result, load_2023, write_json

CJK = "\u4e00-\u9fff"


@pytest.fixture
def previous(project: Path, cli: Callable[..., Result]) -> bytes:
    """A good build is on disk before each bad one."""
    assert cli("build", "2023").code == 0
    return (project / "out" / DOCX_2023_NAME).read_bytes()


def assert_refused(result: Result, project: Path, previous: bytes, *expected: str) -> None:
    assert result.code == 1, result.output
    for text in expected:
        assert text in result.stderr, (text, result.stderr)
    assert "Traceback" not in result.output and "内部错误" not in result.output
    assert (project / "out" / DOCX_2023_NAME).read_bytes() == previous
    assert not list((project / "out").glob(".reportgen-*"))


def _data(project: Path) -> Path:
    return project / "data" / "2023.json"


DATA_CASES: list[tuple[str, Callable[[Path], None], tuple[str, ...]]] = [
    (
        "malformed",
        lambda p: p.write_text('{"year": 2023,,}', encoding="utf-8"),
        ("第 1 行第 15 列",),
    ),
    ("empty", lambda p: p.write_bytes(b""), ("第 1 行第 1 列", "文件为空")),
    ("array", lambda p: p.write_text("[1, 2]", encoding="utf-8"), ("最外层应是一个对象",)),
    (
        "unknown key",
        lambda p: write_json(p, {**load_2023(), "author": "x"}),
        ("author", "不认识的字段"),
    ),
    (
        "wrong type",
        lambda p: write_json(p, {**load_2023(), "addressees": "博爱县"}),
        ("addressees", "应为列表"),
    ),
    (
        "control character",
        lambda p: write_json(p, {**load_2023(), "opening": ["2023年\x0b柏山镇"]}),
        ("opening[0]", "控制字符 U+000B"),
    ),
    ("binary", lambda p: p.write_bytes(b"\xff\xfe\x00\x01" * 10), ("编码无法识别",)),
    ("huge", lambda p: p.write_bytes(b" " * (20 * 1024 * 1024)), ("超过 5 MB",)),
    ("directory", lambda p: (p.unlink(), p.mkdir()), ("是一个目录",)),
    # Python's own JSON parser fails on these with RecursionError and ValueError.
    ("deep nesting", lambda p: p.write_text("[" * 100_000), ("第 1 行", "嵌套太深")),
    (
        "5000-digit year",
        lambda p: p.write_text(
            json.dumps({**load_2023(), "year": 0}).replace('"year": 0', '"year": ' + "9" * 5000)
        ),
        ("数字太长",),
    ),
    (
        "duplicate key",
        lambda p: p.write_text(
            p.read_text(encoding="utf-8").replace(
                '"organ": "柏山镇人民政府",', '"organ": "柏山镇人民政府",\n  "organ": "柏山镇",', 1
            ),
            encoding="utf-8",
        ),
        ('"organ"', "出现了两次", "第 5 行"),
    ),
]


@pytest.mark.parametrize(("case", "spoil", "expected"), DATA_CASES, ids=[c[0] for c in DATA_CASES])
def test_bad_data_file(
    project: Path,
    cli: Callable[..., Result],
    previous: bytes,
    case: str,
    spoil: Callable[[Path], None],
    expected: tuple[str, ...],
) -> None:
    spoil(_data(project))
    assert_refused(cli("build", "2023"), project, previous, *expected)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_bom_and_gb18030_data_are_accepted(
    project: Path, cli: Callable[..., Result], encoding: str
) -> None:
    text = _data(project).read_text(encoding="utf-8")
    _data(project).write_bytes(text.encode(encoding))
    assert cli("validate", "2023").code == 0
    assert cli("build", "2023").code == 0


def _template_with(project: Path, name: str, member: str, payload: bytes) -> Path:
    """The default template with one member replaced or added."""
    source = project / "templates" / "report.docx"
    target = project / name
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            if item.filename != member:
                new.writestr(item, old.read(item.filename))
        new.writestr(member, payload)
    return target


def test_zip_bomb_template_is_refused_before_expanding(
    project: Path, cli: Callable[..., Result], previous: bytes
) -> None:
    bomb = _template_with(project, "bomb.docx", "word/media/padding.bin", b"\0" * (120 << 20))
    assert bomb.stat().st_size < 1 << 20  # small on disk, 120 MB inside
    result = cli("build", "2023", "--template", str(bomb))
    assert_refused(result, project, previous, "解压后超过 100 MB")


def test_zip_bomb_with_lying_headers_is_refused(
    project: Path, cli: Callable[..., Result], previous: bytes
) -> None:
    """A member whose header claims 1 KB but inflates to 120 MB."""
    bomb = _template_with(project, "liar.docx", "word/media/padding.bin", b"\0" * (120 << 20))
    raw = bytearray(bomb.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as package:
        info = package.getinfo("word/media/padding.bin")
    # patch the uncompressed size in the local header and the central directory
    true_size = (120 << 20).to_bytes(4, "little")
    fake_size = (1024).to_bytes(4, "little")
    raw[info.header_offset + 22 : info.header_offset + 26] = fake_size
    central = raw.rfind(true_size)
    raw[central : central + 4] = fake_size
    bomb.write_bytes(bytes(raw))
    result = cli("build", "2023", "--template", str(bomb))
    assert result.code == 1 and "Traceback" not in result.output
    assert "模板" in result.stderr
    assert (project / "out" / DOCX_2023_NAME).read_bytes() == previous


def test_external_entities_are_never_resolved(project: Path, cli: Callable[..., Result]) -> None:
    secret = project / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    with zipfile.ZipFile(project / "templates" / "report.docx") as package:
        document = package.read("word/document.xml").decode("utf-8")
    declaration = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    document = document.replace("?>", "?>" + declaration, 1).replace(
        "{{title}}", "{{title}}&xxe;", 1
    )
    evil = _template_with(project, "evil.docx", "word/document.xml", document.encode("utf-8"))
    result = cli("build", "2023", "--template", str(evil), "-o", "evil-out.docx")
    if result.code == 0:
        with zipfile.ZipFile(project / "evil-out.docx") as package:
            assert b"TOP-SECRET-VALUE" not in package.read("word/document.xml")
    else:
        assert "Traceback" not in result.output and "模板" in result.stderr


def test_template_with_broken_xml(
    project: Path, cli: Callable[..., Result], previous: bytes
) -> None:
    broken = _template_with(project, "broken.docx", "word/styles.xml", b"<w:styles")
    assert_refused(cli("build", "2023", "--template", str(broken)), project, previous, "模板")


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        ("nowhere/report.docx", "目录 nowhere 不存在"),
        ("data/2023.json/report.docx", "不是目录"),
        ("/proc/report.docx", "无法在 /proc 中写入文件"),
    ],
)
def test_unwritable_output(
    project: Path, cli: Callable[..., Result], previous: bytes, output: str, expected: str
) -> None:
    assert_refused(cli("build", "2023", "-o", output), project, previous, expected)


@pytest.mark.parametrize(
    "argv",
    [
        ["build", "--format", "pdfx"],
        ["validate", "--format", "xml"],
        ["new", "next-year"],
        ["build", "--all", "2023"],
        ["frobnicate"],
    ],
)
def test_usage_errors(project: Path, cli: Callable[..., Result], argv: list[str]) -> None:
    result = cli(*argv)
    assert result.code == 2, result.output
    assert "Traceback" not in result.output
    assert any("\u4e00" <= ch <= "\u9fff" for ch in result.stderr)


def test_output_into_an_existing_folder(project: Path, cli: Callable[..., Result]) -> None:
    (project / "reports").mkdir()
    assert cli("build", "2023", "-o", "reports").code == 0
    assert (project / "reports" / DOCX_2023_NAME).is_file()
