"""How findings reach the clerk and scripts: in the order of the text, part by part, in
the terminal and in JSON; JSON whenever it is asked for, a refused build included; a
batch names what refused each report."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from helpers import Result, load_2023, write_json


def _mistaken(project: Path) -> Path:
    """The 2023 report with a slip in each of parts 一, 二 and 三. The rules run C003 (part
    三) before T001 (parts 一, 二) and P001 (part 二): the registry's order is not the text's."""
    data = load_2023()
    parts = data["parts"]
    parts[0]["content"][0] = "党政主要负责人认真履行推进法制建设第一责任人职责。"
    parts[1]["sections"][0]["content"][0] = "开展法制宣传,成效明显。"
    parts[2]["content"][0] = "法治宣传形式较为单一，XX。"  # and still no causes: C002
    return write_json(project / "data" / "2023.json", data)


def test_validate_prints_the_findings_in_the_order_of_the_text(
    project: Path, cli: Callable[..., Result]
) -> None:
    _mistaken(project)
    result = cli("validate", "2023")
    assert result.code == 1
    headings = re.findall(r"^ (\S+)、", result.stdout, re.MULTILINE)
    assert headings == ["一", "二", "三"]
    codes = re.findall(r"(?:错误|警告) ([A-Z]\d{3}) ", result.stdout)
    assert codes == ["T001", "T001", "P001", "C002", "C003"]
    as_json = json.loads(cli("validate", "2023", "--json").stdout)
    places = [(f["code"], f["path"].split(".")[0]) for f in as_json["findings"]]
    assert places == [
        ("T001", "parts[0]"),
        ("T001", "parts[1]"),
        ("P001", "parts[1]"),
        ("C002", "parts[2]"),  # the part as a whole, before its text
        ("C003", "parts[2]"),
    ]


def test_a_refused_build_prints_json_with_its_findings(
    project: Path, cli: Callable[..., Result]
) -> None:
    _mistaken(project)
    result = cli("build", "2023", "--json")
    assert result.code == 1
    document: dict[str, Any] = json.loads(result.stdout)
    assert "有 4 处错误" in document["error"] and "--draft" in document["hint"]
    assert [f["code"] for f in document["findings"]] == ["T001", "T001", "P001", "C002", "C003"]
    assert {f["file"] for f in document["findings"]} == {"data/2023.json"}
    assert result.stderr == ""
    assert not (project / "out").exists()


def test_json_is_printed_for_any_error_and_after_fixes(
    project: Path, cli: Callable[..., Result]
) -> None:
    missing = cli("build", "2031", "--json")
    assert missing.code == 1
    assert "找不到" in json.loads(missing.stdout)["error"]
    _mistaken(project)
    fixed = cli("validate", "2023", "--fix", "--json")
    document = json.loads(fixed.stdout)  # the changes are not printed as text before it
    assert [f["code"] for f in document["findings"]] == ["C002", "C003"]
    built = json.loads(cli("build", "2023", "--draft", "--json").stdout)
    assert [f["code"] for f in built["built"][0]["findings"]] == ["C002", "C003"]


def test_build_all_names_the_findings_that_refused_a_report(
    project: Path, cli: Callable[..., Result]
) -> None:
    _mistaken(project)
    other = load_2023()
    other["organ"] = other["signatories"][1] = "岭南镇人民政府"
    other["signatories"][0] = "中共岭南镇委员会"
    write_json(project / "data" / "2023-lingnan.json", other)
    result = cli("build", "--all")
    assert result.code == 1
    refused = result.stderr.split("data/2023.json", 1)[1]
    assert re.findall(r"错误 ([A-Z]\d{3}) ", refused) == ["T001", "T001", "P001", "C003"]
    assert "“法制宣传”应为“法治宣传”" in refused
    assert "reportgen validate data/2023.json" in refused  # the warning is there, not here
    assert "--draft" not in result.stderr  # a refusal's hint is for one build, not for --all
    document = json.loads(cli("build", "--all", "--json").stdout)
    (failed,) = document["failed"]
    assert failed["data"] == "data/2023.json"
    assert [f["code"] for f in failed["findings"]] == ["T001", "T001", "P001", "C002", "C003"]
