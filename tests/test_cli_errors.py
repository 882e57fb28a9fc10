"""Every mistake a clerk can make: a Chinese message naming the file or field, exit 1 or 2."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import DOCX_2023_NAME, Result, load_2023, write_json


def test_validate_2023_passes(project: Path, cli: Callable[..., Result]) -> None:
    result = cli("validate", "2023")
    assert result.code == 0, result.output
    assert "data/2023.json" in result.stdout


def test_validate_without_arguments_checks_every_data_file(
    project: Path, cli: Callable[..., Result]
) -> None:
    data = load_2023()
    data["date"] = "2023-01-28"
    write_json(project / "data" / "bad.json", data)
    result = cli("validate")
    assert result.code == 1
    assert "data/2023.json" in result.stdout and "data/bad.json" in result.stdout


def test_a_date_in_the_report_year_fails_and_names_the_date(
    project: Path, cli: Callable[..., Result]
) -> None:
    data = load_2023()
    data["date"] = "2023-01-28"
    path = write_json(project / "early.json", data)
    result = cli("validate", str(path))
    assert result.code == 1
    assert "D001" in result.stdout
    assert "date（成文日期）" in result.stdout
    assert "2023年1月28日" in result.stdout
    build = cli("build", "2023", "--data", str(path))
    assert build.code == 1
    assert "有 1 处错误，未生成报告" in build.stderr
    assert not (project / "out" / DOCX_2023_NAME).exists()


def test_missing_data_file(project: Path, cli: Callable[..., Result]) -> None:
    result = cli("build", "2019")
    assert result.code == 1
    assert "找不到数据文件 data/2019.json" in result.stderr


def test_malformed_json_names_line_and_column(project: Path, cli: Callable[..., Result]) -> None:
    path = project / "data" / "2023.json"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].rstrip(",")  # "organ": "…" without its comma, line 3
    path.write_text("\n".join(lines), encoding="utf-8")
    result = cli("validate", "2023")
    assert result.code == 1
    assert "第 4 行第 3 列" in result.stderr
    assert "缺少逗号" in result.stderr


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(yaer=2023), "yaer（yaer）：不认识的字段"),
        (lambda d: d.update(year="2023"), "year（报告年度）：应为整数"),
        (lambda d: d["parts"][1].update(heading=""), "parts[1].heading（二、›标题）：不能为空"),
        (
            lambda d: d["parts"][1]["sections"][0].update(title="加强\x07领导"),
            "parts[1].sections[0].title（二、›（一）›标题）：含有不可见的控制字符 U+0007",
        ),
        (
            lambda d: d["parts"][0]["content"][0]["points"][1].pop("text"),
            "parts[0].content[0].points[1].text（一、›第1段›二是›正文）：缺少必填字段",
        ),
        (lambda d: d.update(date="2024年1月28日"), "date（成文日期）：日期应写成 YYYY-MM-DD"),
        (
            lambda d: d.update(date="2023-02-29"),
            "date（成文日期）：日期“2023-02-29”不存在：2023年是平年，2月只有28天；请核对成文日期",
        ),
        (lambda d: d.update(date="2024-13-05"), "一年只有12个月，没有13月"),
        (lambda d: d.update(date="2024-1-28x"), "date（成文日期）：日期应写成 YYYY-MM-DD"),
        (
            lambda d: d["parts"][0].update(kind="duties"),
            "parts[0].kind（一、›内容类别）：应为以下之一",
        ),
        (
            lambda d: d["parts"][2]["content"].append(3),
            "parts[2].content[1]（三、›第2段）：应为一段文字",
        ),
    ],
)
def test_schema_errors_name_the_field(
    project: Path, cli: Callable[..., Result], change: Callable[[dict], None], expected: str
) -> None:
    data = load_2023()
    change(data)
    write_json(project / "data" / "2023.json", data)
    result = cli("validate", "2023")
    assert result.code == 1
    assert expected in result.stderr, result.stderr


def test_top_level_array(project: Path, cli: Callable[..., Result]) -> None:
    (project / "data" / "2023.json").write_text("[]", encoding="utf-8")
    result = cli("validate", "2023")
    assert result.code == 1
    assert "最外层应是一个对象" in result.stderr


def test_missing_template(project: Path, cli: Callable[..., Result]) -> None:
    result = cli("build", "2023", "--template", "nowhere.docx")
    assert result.code == 1
    assert "找不到模板文件 nowhere.docx" in result.stderr


def test_a_batch_reads_its_template_once_and_says_so_once(
    project: Path, cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    import reportgen.template.read as reading

    # Another report of the same year, under another name (two alike would collide).
    write_json(
        project / "data" / "2024.json", {**load_2023(), "title": "关于2023年度法治工作的报告"}
    )
    reads: list[object] = []
    real = reading.read_template
    monkeypatch.setattr(reading, "read_template", lambda path: reads.append(path) or real(path))
    assert cli("build", "--all").code == 0
    assert len(reads) == 1
    missing = cli("build", "--all", "--template", "nowhere.docx")
    assert missing.code == 1
    assert missing.stderr.count("找不到模板文件 nowhere.docx") == 1


def test_template_that_is_not_a_docx(project: Path, cli: Callable[..., Result]) -> None:
    (project / "fake.docx").write_text("not a zip", encoding="utf-8")
    result = cli("build", "2023", "--template", "fake.docx")
    assert result.code == 1
    assert "不是有效的 .docx 文件" in result.stderr


def test_output_under_missing_directory(project: Path, cli: Callable[..., Result]) -> None:
    result = cli("build", "2023", "-o", "nowhere/report.docx")
    assert result.code == 1
    assert "目录 nowhere 不存在" in result.stderr


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["build"], "缺少参数“年份或文件”"),
        (["build", "2023", "--colour"], "没有选项 --colour"),
        (["publish"], "没有这个命令：publish"),
    ],
)
def test_usage_errors_exit_2_in_chinese(
    project: Path, cli: Callable[..., Result], argv: list[str], expected: str
) -> None:
    result = cli(*argv)
    assert result.code == 2
    assert expected in result.stderr, result.stderr


def test_failed_build_leaves_previous_output(project: Path, cli: Callable[..., Result]) -> None:
    assert cli("build", "2023").code == 0
    output = project / "out" / DOCX_2023_NAME
    before = output.read_bytes()
    data = json.loads((project / "data" / "2023.json").read_text(encoding="utf-8"))
    data["date"] = "2023-01-28"
    write_json(project / "data" / "2023.json", data)
    assert cli("build", "2023").code == 1
    assert output.read_bytes() == before
