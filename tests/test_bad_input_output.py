"""Bad input, items 6 and 10: what the terminal shows of hostile data, odd -o suffixes,
a closed pipe, duplicate keys, invisible characters, faults in a batch, and where
validate prints what."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from helpers import Result, load_2023, write_json
from refusals import refused

from reportgen.cli import main
from reportgen.errors import EXIT_INTERNAL, ReportgenError
from reportgen.load import refuse_duplicate_keys

MARKUP = ":x: [bold red]加粗[/bold red] :thumbs_up:"


def _with(project: Path, **changes: object) -> Path:
    return write_json(project / "data" / "2023.json", {**load_2023(), **changes})


def test_markup_and_emoji_codes_in_data_are_printed_as_written(
    project: Path, cli: Callable[..., Result]
) -> None:
    data = load_2023()
    data["opening"][0] = f":x:[b]推进,{MARKUP}"
    write_json(project / "data" / "2023.json", data)
    validated = cli("validate", "2023")
    assert "P001" in validated.stdout and ":x:[b]推进,:x: [bo" in validated.stdout
    shown = cli("show", "2023")
    assert MARKUP in shown.stdout and "❌" not in shown.stdout + validated.stdout


def test_invisible_characters_are_flagged_and_fixed(
    project: Path, cli: Callable[..., Result]
) -> None:
    data = load_2023()
    data["opening"][0] = data["opening"][0].replace("柏山镇", "柏山\u200b镇\u202e", 1)
    path = write_json(project / "data" / "2023.json", data)
    result = cli("validate", "2023")
    assert result.code == 0  # warnings
    assert result.stdout.count("P009") == 2 and "零宽空格（U+200B）" in result.stdout
    assert cli("validate", "2023", "--fix").code == 0
    assert json.loads(path.read_text(encoding="utf-8"))["opening"] == load_2023()["opening"]


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        ('{"a": 1,\n "a": 2}', "a", 2),
        ('{"parts": [\n {"heading": "x",\n\n  "heading": "y"}],\n "parts": []}', "heading", 4),
        ('{"k": {"a": 1}, "a": {"k": 2},\n "b": {"a": 1, "b": 2, "a": 3}}', "a", 2),
    ],
)
def test_a_duplicate_key_is_named_with_its_line(text: str, key: str, line: int) -> None:
    with pytest.raises(ReportgenError) as raised:
        refuse_duplicate_keys(text, "x.json")
    assert f'第 {line} 行：字段 "{key}"' in raised.value.message


def test_equal_keys_in_different_objects_are_fine() -> None:
    refuse_duplicate_keys('{"a": {"title": 1}, "b": {"title": 2}, "title": [{"a": 1}]}', "x")


def test_the_suffix_of_o_decides_the_format(project: Path, cli: Callable[..., Result]) -> None:
    assert cli("build", "2023", "-o", "report.pdf").code == 0
    with pdfplumber.open(project / "report.pdf") as document:
        assert "法治政府建设" in document.pages[0].extract_text()
    assert cli("build", "2023", "-o", "report.HTML").code == 0
    assert (project / "report.HTML").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["build", "2023", "-o", "report.doc"], "扩展名 .doc 不是可生成的格式"),
        (["build", "2023", "-f", "docx", "-o", "report.pdf"], "-f 要求的格式是 docx"),
    ],
)
def test_a_suffix_that_does_not_fit_is_refused(
    project: Path, cli: Callable[..., Result], argv: list[str], expected: str
) -> None:
    refused(cli, project, *argv, expected=(expected,), code=2)


def test_a_closed_pipe_ends_show_quietly(project: Path) -> None:
    data = load_2023()
    data["parts"][1]["content"] = [f"全年开展法治宣传活动第{i}次。" for i in range(3000)]
    write_json(project / "data" / "2023.json", data)  # far more than a pipe holds
    process = subprocess.Popen(
        [sys.executable, "-m", "reportgen", "show", "2023"],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline()
    process.stdout.close()  # as `head -1` does
    assert process.wait(timeout=60) == 0
    assert process.stderr.read() == b""


@pytest.mark.parametrize("value", ["0", "", "no"])
def test_reportgen_debug_0_shows_no_traceback(
    project: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    value: str,
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr("reportgen.summary.summarize", broken)
    monkeypatch.setenv("REPORTGEN_DEBUG", value)
    assert main(["show", "2023"]) == EXIT_INTERNAL
    output = capsys.readouterr()
    assert "程序内部错误（RuntimeError）" in output.err and "Traceback" not in output.err
    monkeypatch.setenv("REPORTGEN_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["show", "2023"])


def test_validate_reports_a_fault_in_one_file_and_checks_the_rest(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportgen import rules

    check = rules.check

    def buggy(report: object, *args: object) -> object:
        if getattr(report, "organ", "") == "坏镇人民政府":
            raise RuntimeError("a bug")
        return check(report, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(rules, "check", buggy)
    write_json(project / "data" / "2022.json", {**load_2023(), "organ": "坏镇人民政府"})
    write_json(project / "data" / "2024.json", {**load_2023(), "date": "2023-01-28"})
    assert main(["validate"]) == EXIT_INTERNAL
    output = capsys.readouterr()
    assert "data/2022.json" in output.err and "程序内部错误（RuntimeError）" in output.err
    assert "data/2023.json：0 个错误" in output.out
    assert "data/2024.json：1 个错误" in output.out and "D001" in output.out
    assert main(["validate", "--format", "json"]) == EXIT_INTERNAL
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert "INTERNAL" in codes and "D001" in codes


def test_fix_goes_on_past_an_unreadable_file(project: Path, cli: Callable[..., Result]) -> None:
    (project / "data" / "2022.json").write_text("{", encoding="utf-8")
    data = project / "data" / "2023.json"
    data.write_text(data.read_text(encoding="utf-8").replace("截至目前", "截止目前"), "utf-8")
    result = cli("validate", "--fix")
    assert result.code == 1
    assert "data/2022.json" in result.stderr and "JSON 格式错误" in result.stderr
    assert "已修改" in result.stdout and "截至目前" in data.read_text(encoding="utf-8")


def test_validate_prints_failures_on_stderr_and_findings_on_stdout(
    project: Path, cli: Callable[..., Result]
) -> None:
    (project / "data" / "2022.json").write_text("{", encoding="utf-8")
    result = cli("validate")
    assert "JSON 格式错误" in result.stderr and "JSON 格式错误" not in result.stdout
    assert "data/2023.json：0 个错误" in result.stdout
