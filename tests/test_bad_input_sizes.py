"""Bad input, round two: small inputs that took minutes (a run of 30,000 digits, 15,000
“（” then 15,000 “》”, 60,000 spaces, a 40,000-digit line, a 20,000-character title).
Here: that each is handled, and right; how fast is bench/hostile_inputs.py's business
(whole processes, beside their floor), not a test's."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import ORIGINAL_TEXT, Result, load_2023, write_json

from reportgen.present.findings import SHOWN_PER_PLACE


def _opening(project: Path, text: str) -> None:
    data = load_2023()
    data["opening"][0] += text
    write_json(project / "data" / "2023.json", data)


def test_a_run_of_30000_digits(project: Path, cli: Callable[..., Result]) -> None:
    digits = "1" * 30_000
    _opening(project, f"共{digits}余人。")
    assert cli("validate", "2023").code == 0
    assert cli("build", "2023", "-f", "txt", "-f", "docx", "-o", "big").code == 0
    assert digits in (project / "big.txt").read_text(encoding="utf-8")
    imported = cli("import", "big.docx", "-o", "big.json")
    assert imported.code == 0, imported.output
    assert digits in json.loads((project / "big.json").read_text(encoding="utf-8"))["opening"][0]


def test_15000_open_brackets_then_15000_closing_title_marks(
    project: Path, cli: Callable[..., Result]
) -> None:
    _opening(project, "（" * 15_000 + "》" * 15_000)
    result = cli("validate", "2023")
    assert result.code == 1
    assert result.stdout.count("P007 opening[0]") == SHOWN_PER_PLACE
    assert f"此处还有 {30_000 - SHOWN_PER_PLACE} 个 P007 问题没有列出" in result.stdout
    findings = json.loads(cli("validate", "2023", "--format", "json").stdout)["findings"]
    assert sum(1 for f in findings if f["code"] == "P007") == 30_000
    built = cli("build", "2023", "--draft", "-f", "md")
    assert built.code == 0 and built.stdout.count("P007 opening[0]") == SHOWN_PER_PLACE


@pytest.mark.parametrize("spaces", [" " * 60_000, "\u3000" * 60_000])
def test_60000_spaces(project: Path, cli: Callable[..., Result], spaces: str) -> None:
    _opening(project, f"甲{spaces}-乙{spaces}")
    assert cli("validate", "2023").code == 1  # P006: a hyphen between Chinese characters
    assert cli("build", "2023", "--draft", "-f", "md", "-f", "html", "-o", "s").code == 0
    assert spaces in (project / "s.md").read_text(encoding="utf-8").replace("&#32;", " ")


def test_a_txt_line_of_40000_digits(project: Path, cli: Callable[..., Result]) -> None:
    lines = ORIGINAL_TEXT.read_text(encoding="utf-8").split("\n")
    lines.insert(8, "2" * 40_000)
    (project / "report.txt").write_text("\n".join(lines), encoding="utf-8")
    assert cli("import", "report.txt", "-o", "imported.json").code == 0
    text = (project / "imported.json").read_text(encoding="utf-8")
    assert "2" * 40_000 in text
    assert cli("validate", "imported.json").code in (0, 1)


def test_a_title_of_20000_characters(project: Path, cli: Callable[..., Result]) -> None:
    title = "关于2023年" + "法治政府建设" * 3_333 + "情况的报告"
    write_json(project / "data" / "2023.json", {**load_2023(), "title": title})
    assert "F002" in cli("validate", "2023").stdout
    assert cli("build", "2023", "-f", "docx", "-f", "html", "-o", "t").code == 0
    assert title in (project / "t.html").read_text(encoding="utf-8")


def test_a_paragraph_of_30000_clauses(project: Path, cli: Callable[..., Result]) -> None:
    """C007 compares each clause with those before it: looked up, not searched (the search
    took 70 s on 30,000 clauses). The one clause pasted 3,000 times is found 2,999 times."""
    _opening(project, "甲，" * 30_000)
    assert "C007" not in cli("validate", "2023").stdout  # one character is no paste slip
    _opening(project, "开展普法宣传12场次，" * 3_000)
    findings = json.loads(cli("validate", "2023", "--format", "json").stdout)["findings"]
    assert sum(1 for f in findings if f["code"] == "C007") == 2_999
    shown = cli("validate", "2023").stdout
    assert shown.count("C007 opening[0]") == SHOWN_PER_PLACE
