"""The yearly workflow: new, show, build --all, schema, scripting flags."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from helpers import DOCX_2023_NAME, ROOT, Result, load_2023, write_json

from reportgen.load import load_report


def _fill(value: Any) -> Any:
    """What a clerk does after `new`: write real text where the markers stand."""
    if isinstance(value, str):
        return (
            value.replace("【待填写】", "加强学习。")
            if "【待填写" in value and value.startswith("【待填写】")
            else re.sub(r"【待填写：去年此处为“.*?”】", "全镇持续推进法治政府建设。", value)
        )
    if isinstance(value, list):
        return [_fill(v) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v) for k, v in value.items()}
    return value


def test_new_year_from_last_year(project: Path, cli: Callable[..., Result]) -> None:
    result = cli("new", "2024", "--from", "2023")
    assert result.code == 0, result.output
    data = json.loads((project / "data" / "2024.json").read_text(encoding="utf-8"))
    old = load_2023()
    assert data["year"] == 2024
    assert data["signatories"] == old["signatories"]
    assert data["addressees"] == old["addressees"]
    assert data["date"] == "2025-01-28"
    assert data["parts"][0]["heading"].startswith("2024年度党政主要负责人")
    assert data["parts"][3]["heading"] == "2025年推进法治政府建设工作安排"
    assert [p["kind"] for p in data["parts"]] == [p["kind"] for p in old["parts"]]
    assert len(data["parts"][1]["sections"]) == len(old["parts"][1]["sections"])

    unfinished = cli("validate", "2024", "--format", "json")
    assert unfinished.code == 1
    findings = json.loads(unfinished.stdout)["findings"]
    placeholders = {f["path"] for f in findings if f["code"] == "C003"}
    assert "opening[0]" in placeholders
    assert "parts[1].sections[0].content[0]" in placeholders
    assert "parts[0].content[0].points[0].text" in placeholders
    assert cli("build", "2024").code == 1  # an unfinished report is not built

    write_json(project / "data" / "2024.json", _fill(data))
    assert cli("validate", "2024").code == 0
    built = cli("build", "2024")
    assert built.code == 0, built.output
    assert (project / "out" / "柏山镇人民政府关于2024年法治政府建设情况的报告.docx").is_file()

    again = cli("new", "2024", "--from", "2023")
    assert again.code == 1
    assert "已经存在" in again.stderr and "--force" in again.stderr
    assert cli("new", "2024", "--from", "2023", "--force").code == 0


def test_new_year_asks_for_next_years_attachments(
    project: Path, cli: Callable[..., Result]
) -> None:
    old = load_2023()
    old["attachments"] = ["柏山镇2023年行政执法案件统计表"]
    write_json(project / "data" / "2023.json", old)
    assert cli("new", "2024", "--from", "2023").code == 0
    data = json.loads((project / "data" / "2024.json").read_text(encoding="utf-8"))
    assert data["attachments"] == ["【待填写：去年此处为“柏山镇2023年行政执法案件统计……”】"]
    findings = json.loads(cli("validate", "2024", "--format", "json").stdout)["findings"]
    assert "attachments[0]" in {f["path"] for f in findings if f["code"] == "C003"}


def test_new_refuses_a_source_of_the_wrong_year(project: Path, cli: Callable[..., Result]) -> None:
    result = cli("new", "2026", "--from", "2023")
    assert result.code == 1
    assert "只能用来开始 2024 年度的报告" in result.stderr


def test_new_never_writes_over_its_own_source(project: Path, cli: Callable[..., Result]) -> None:
    """data/2024.json holding last year's report, started from itself: refused even with
    --force, the file untouched."""
    source = project / "data" / "2024.json"
    source.write_bytes((project / "data" / "2023.json").read_bytes())
    before = source.read_bytes()
    result = cli("new", "2024", "--from", "data/2024.json", "--force")
    assert result.code == 1
    assert "本次命令读取的文件" in result.stderr
    assert source.read_bytes() == before


def test_draft_builds_with_a_visible_mark(project: Path, cli: Callable[..., Result]) -> None:
    from docx2python import docx2python
    from docx2python.iterators import iter_paragraphs

    assert cli("new", "2024").code == 0
    result = cli("build", "2024", "--draft")
    assert result.code == 0, result.output
    assert "草稿" in result.stdout
    path = project / "out" / "柏山镇人民政府关于2024年法治政府建设情况的报告（草稿）.docx"
    with docx2python(path) as content:
        first = next(p for p in iter_paragraphs(content.body) if p.strip())
    assert first.startswith("【草稿】")


def test_show(project: Path, cli: Callable[..., Result]) -> None:
    result = cli("show", "2023")
    assert result.code == 0
    assert "二、推进法治政府建设的主要举措和成效" in result.stdout
    assert "（三）深化依法治理，推进法治政府建设" in result.stdout
    assert "一是压实责任，强化担当。" in result.stdout
    assert "中共柏山镇委员会" in result.stdout
    assert re.search(r"举措和成效\s*│\s*1959", result.stdout)
    assert re.search(r"约 [67] 页", result.stdout)


def test_build_all_goes_on_past_a_broken_file(project: Path, cli: Callable[..., Result]) -> None:
    other = load_2023()
    other["organ"] = other["signatories"][1] = "岭南镇人民政府"
    other["signatories"][0] = "中共岭南镇委员会"
    write_json(project / "data" / "2023-lingnan.json", other)
    (project / "data" / "2023-broken.json").write_text("{", encoding="utf-8")
    result = cli("build", "--all")
    assert result.code == 1
    assert "2023-broken.json" in result.stderr and "JSON 格式错误" in result.stderr
    assert "成功 2 个，失败 1 个" in result.stdout
    assert (project / "out" / DOCX_2023_NAME).is_file()
    assert (project / "out" / "岭南镇人民政府关于2023年法治政府建设情况的报告.docx").is_file()
    as_json = cli("build", "--all", "--json")
    document = json.loads(as_json.stdout)
    assert len(document["built"]) == 2 and document["failed"][0]["data"].endswith("broken.json")


def test_committed_schema_is_current(cli: Callable[..., Result]) -> None:
    result = cli("schema")
    assert result.code == 0
    committed = (ROOT / "schema" / "report.schema.json").read_text(encoding="utf-8")
    assert result.stdout == committed
    schema = json.loads(committed)
    assert schema["properties"]["year"]["title"] == "报告年度"
    assert schema["$defs"]["Part"]["title"] == "一、级部分"


def test_data_files_carry_their_schema_and_satisfy_it() -> None:
    import jsonschema

    schema = json.loads((ROOT / "schema" / "report.schema.json").read_text(encoding="utf-8"))
    for path in (ROOT / "data").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["$schema"] == "../schema/report.schema.json"
        jsonschema.validate(data, schema)
        load_report(path)


def test_quiet_json_version_and_no_color(project: Path, cli: Callable[..., Result]) -> None:
    quiet = cli("build", "2023", "--quiet")
    assert quiet.code == 0 and quiet.stdout == ""
    as_json = json.loads(cli("build", "2023", "--json").stdout)
    assert as_json["built"][0]["outputs"] == [f"out/{DOCX_2023_NAME}"]
    assert as_json["built"][0]["warnings"] == 1
    assert re.fullmatch(r"reportgen \d+\.\d+\.\d+\n", cli("--version").stdout)
    colour_code = re.compile(r"\x1b\[(?:\d+;)*(?:3\d|9[0-7])m")

    def run(**env: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "reportgen", "validate", "2023"],
            capture_output=True,
            text=True,
            env={"FORCE_COLOR": "1", "PATH": "/usr/bin:/bin", **env},
            stdin=subprocess.DEVNULL,
            check=True,
        ).stdout

    assert colour_code.search(run())  # coloured when forced…
    assert not colour_code.search(run(NO_COLOR="1"))  # …and not under NO_COLOR
