"""The bad-input battery: every case a Chinese message, exit 1 (2 for usage), no
traceback, and the previous output untouched."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import DOCX_2023_NAME, Result, assert_refused, load_2023, write_json

CJK = "\u4e00-\u9fff"


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
        "100 points",  # 一是 … 九十九是: one more has no numeral
        lambda p: write_json(
            p,
            {
                **load_2023(),
                "parts": [
                    {
                        "kind": "duty",
                        "heading": "职责",
                        "content": [{"points": [{"text": "甲。"}] * 100}],
                    }
                ],
            },
        ),
        ("parts[0].content[0].points", "最多 99 项"),
    ),
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
    ("argv", "expected"),
    [
        (["build", "--format", "pdfx"], "选项 --format/-f 的值不对：“pdfx”不是可选的值"),
        (["validate", "--format", "xml"], "“xml”不是可选的值，应为 text、json 之一"),
        (["new", "next-year"], "参数“年度”的值不对：应为整数"),
        (["build", "--all", "2023"], "--all 不能与年份、--data、--output 或 --draft 同时使用"),
        (["frobnicate"], "没有这个命令：frobnicate。"),
    ],
)
def test_usage_errors(
    project: Path, cli: Callable[..., Result], argv: list[str], expected: str
) -> None:
    """Exit 2, the specific Chinese message, a pointer to the command's help, nothing else."""
    result = cli(*argv)
    assert result.code == 2, result.output
    first, *rest = result.stderr.splitlines()
    assert first.startswith("错误：") and expected in first, result.stderr
    assert all(line.startswith("运行 reportgen") for line in rest), result.stderr
    assert result.stdout == ""


def test_output_into_an_existing_folder(project: Path, cli: Callable[..., Result]) -> None:
    (project / "reports").mkdir()
    assert cli("build", "2023", "-o", "reports").code == 0
    assert (project / "reports" / DOCX_2023_NAME).is_file()
