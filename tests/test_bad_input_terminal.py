"""Bad input, round two: what reaches the terminal (no control character from the data
raw), and the small things of the command line (--select ZZZ, -o "", a year beside
--data, show's latest year, validate --fix --format json)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import Result, load_2023, write_json
from refusals import refused

from reportgen.console import escape, printable


def _data(project: Path) -> Path:
    return project / "data" / "2023.json"


RAW = ("\x1b", "\x9b", "\x07", "\x7f")


def _nothing_raw(result: Result) -> None:
    assert not any(char in result.output for char in RAW), repr(result.output)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"year": \x1b[31m 2023}', ('{"year": \\x1b[31m 2023}',)),  # quoted line
        ('{"year": 2023, "\\u001b[2J\\u0007": 1}', ("\\x1b[2J\\x07", "不认识的字段")),  # a key
    ],
)
def test_control_characters_from_the_data_are_never_printed_raw(
    project: Path, cli: Callable[..., Result], text: str, expected: tuple[str, ...]
) -> None:
    _data(project).write_text(text, encoding="utf-8")
    for argv in (["validate", "2023"], ["build", "2023"], ["show", "2023"]):
        _nothing_raw(refused(cli, project, *argv, expected=expected))


def test_a_c1_control_in_the_text_is_found_and_never_printed_raw(
    project: Path, cli: Callable[..., Result]
) -> None:
    data = load_2023()
    data["opening"][0] = data["opening"][0].replace("柏山镇", "柏山\x9b镇", 1)
    data["title"] = "关于2023年法治政府建设情况的报告\x9b"
    path = write_json(_data(project), data)
    validated = cli("validate", "2023")
    assert validated.stdout.count("P009") == 2 and "控制字符（U+009B）" in validated.stdout
    _nothing_raw(validated)
    shown = cli("show", "2023")
    assert "柏山\\x9b镇" in shown.stdout
    _nothing_raw(shown)
    as_json = cli("validate", "2023", "--format", "json")
    assert "\x9b" not in as_json.stdout and "\\u009b" in as_json.stdout
    assert json.loads(as_json.stdout)["findings"][0]["excerpt"]
    assert cli("validate", "2023", "--fix").code == 0
    fixed = json.loads(path.read_text(encoding="utf-8"))
    assert fixed["opening"] == load_2023()["opening"] and "\x9b" not in fixed["title"]


def test_printable_escapes_controls_and_stray_bytes_only() -> None:
    assert printable("甲\tb\nc") == "甲\tb\nc"
    assert printable("\x1b[31m\r\x00\x7f\x85\x9b") == "\\x1b[31m\\x0d\\x00\\x7f\\x85\\x9b"
    assert printable("\udcff.json") == "\\xff.json"  # a file name's byte 0xFF
    assert escape("\x1b[bold]") == "\\x1b\\[bold]"  # and rich markup escaped after


def test_validate_fix_format_json_prints_only_json(
    project: Path, cli: Callable[..., Result]
) -> None:
    path = _data(project)
    path.write_text(path.read_text(encoding="utf-8").replace("截至目前", "截止目前"), "utf-8")
    result = cli("validate", "2023", "--fix", "--format", "json")
    document = json.loads(result.stdout)
    assert [(f["code"], f["replacement"]) for f in document["fixed"]] == [("T002", "截至目前")]
    assert document["fixed"][0]["file"] == "data/2023.json"
    assert "截至目前" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["validate", "--select", "ZZZ"], "“ZZZ”不是任何校对规则的代码"),
        (["validate", "--select", "T001,Q"], "“Q”不是任何校对规则的代码"),
        (["validate", "--ignore", "T9"], "“T9”不是任何校对规则的代码"),
        (["build", "2023", "-o", ""], "选项 --output/-o 的值不对：不能是空的"),
        (["import", "report.txt", "-o", " "], "不能是空的"),
        (["schema", "-o", ""], "不能是空的"),
        (["build", "--data", ""], "不能是空的"),
        (["review", ""], "不能是空的"),  # was: the project's root reviewed
        (["review", "data", "--annotate", " "], "不能是空的"),  # was: copies in the root
        (["review", "data", "--html", ""], "不能是空的"),
        (["review", "data", "--xlsx", ""], "不能是空的"),
        (["build", "data/2022.json", "--data", "data/2023.json"], "不能再给出 data/2022.json"),
        (["new", "2101"], "年度 2101 超出了数据文件允许的范围（2000—2100 年）"),
    ],
)
def test_usage_errors_of_round_two(
    project: Path, cli: Callable[..., Result], argv: list[str], expected: str
) -> None:
    result = refused(cli, project, *argv, expected=(expected,), code=2)
    assert result.stdout == ""


def test_select_with_known_codes_and_prefixes_still_works(
    project: Path, cli: Callable[..., Result]
) -> None:
    assert cli("validate", "2023", "--select", "c00", "--ignore", "P").code == 0


def test_a_year_beside_data_must_be_the_datas(project: Path, cli: Callable[..., Result]) -> None:
    refused(
        cli,
        project,
        "build",
        "2099",
        "--data",
        "data/2023.json",
        expected=("data/2023.json 是 2023 年度的报告，与命令中的年份 2099 不符",),
    )
    assert cli("build", "2023", "--data", "data/2023.json").code == 0


def test_show_without_a_year_shows_the_latest_year(
    project: Path, cli: Callable[..., Result]
) -> None:
    write_json(project / "data" / "2022.json", {**load_2023(), "year": 2022})
    write_json(project / "data" / "旧稿-2019.json", {**load_2023(), "year": 2019})
    assert cli("show").stdout.splitlines()[0].count("data/2023.json") == 1
    for name in ("2022.json", "2023.json"):
        (project / "data" / name).unlink()
    write_json(project / "data" / "其他.json", {**load_2023(), "year": 2021})
    (project / "data" / "坏的.json").write_text("{", encoding="utf-8")  # passed over
    assert "data/其他.json" in cli("show").stdout.splitlines()[0]
