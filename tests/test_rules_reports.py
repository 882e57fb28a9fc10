"""Whole reports of our own, imported from .txt as a clerk does and validated: the clean
ones, rich in right forms that a naive rule would flag, give no finding; every mistake
planted in the other is caught by its rule, and nothing else is reported."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import FIXTURES, Result

REPORTS = FIXTURES / "proofread"


def _findings(cli: Callable[..., Result], source: Path, tmp_path: Path) -> list[dict[str, Any]]:
    data = tmp_path / f"{source.stem}.json"
    assert cli("import", str(source), "-o", str(data), "--force", "-q").code == 0
    result = cli("validate", str(data), "--format", "json")
    findings: list[dict[str, Any]] = json.loads(result.stdout)["findings"]
    return findings


@pytest.mark.parametrize("source", sorted(REPORTS.glob("clean-*.txt")), ids=lambda p: p.stem)
def test_clean_reports_give_no_finding(
    cli: Callable[..., Result], tmp_path: Path, source: Path
) -> None:
    found = _findings(cli, source, tmp_path)
    assert [(f["code"], f["excerpt"]) for f in found] == []


def test_every_planted_mistake_is_caught_and_nothing_else(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    source = REPORTS / "mistaken-shuangqiao-2024.txt"
    planted = json.loads(source.with_suffix(".mistakes.json").read_text(encoding="utf-8"))
    found = _findings(cli, source, tmp_path)
    for mistake in planted:
        assert any(
            f["code"] == mistake["code"] and mistake["wrong"] in f["excerpt"] for f in found
        ), mistake
    assert sorted({f["code"] for f in found}) == sorted({m["code"] for m in planted})
    assert len(found) <= len(planted) + 1  # 约300余场 also holds 法制宣传 in its excerpt
