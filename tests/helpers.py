"""Paths, data and small helpers the tests share (fixtures live in conftest.py)."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DATA_2023 = ROOT / "data" / "2023.json"
ORIGINAL_TEXT = FIXTURES / "baishan-2023-original.txt"
ORIGINAL_DATA = FIXTURES / "2023-original.json"
DOCX_2023_NAME = "柏山镇人民政府关于2023年法治政府建设情况的报告.docx"


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def assert_refused(result: Result, project: Path, previous: bytes, *expected: str) -> None:
    """Exit 1 with each `expected` text on stderr, no traceback, the previous output
    (see the `previous` fixture) untouched and no temporary file left."""
    assert result.code == 1, result.output
    for text in expected:
        assert text in result.stderr, (text, result.stderr)
    assert "Traceback" not in result.output and "内部错误" not in result.output
    assert (project / "out" / DOCX_2023_NAME).read_bytes() == previous
    assert not list((project / "out").glob(".reportgen-*"))


def load_2023() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DATA_2023.read_text(encoding="utf-8"))
    return data


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


# (wrong, right, how many times): the corrections that turn the original 2023 text
# into data/2023.json, nothing else.
CORRECTIONS = [
    ("2023年1月28日", "2024年1月28日", 1),
    ("推进法制建设", "推进法治建设", 2),
    ("法制讲座", "法治讲座", 1),
    ("法制宣传", "法治宣传", 1),
    ("法制教育", "法治教育", 1),
    ("截止目前", "截至目前", 1),
    ("(社区)", "（社区）", 2),
    ("App普及安装,", "App普及安装，", 1),
    (";", "；", 2),
]


def _source_lines() -> list[str]:
    lines = [line for line in ORIGINAL_TEXT.read_text(encoding="utf-8").splitlines() if line]
    assert lines[0] == "柏山镇人民政府"
    return lines


def original_lines() -> list[str]:
    """The source's paragraphs as import reads them: the organ's name on the line above
    关于…的报告 is the title's first line."""
    lines = _source_lines()
    return [lines[0] + lines[1], *lines[2:]]


def corrected_lines() -> list[str]:
    """The original's paragraphs with each correction applied exactly as often as listed;
    data/2023.json prints the title without the organ's line (its `organ` names it,
    and the file name carries it: 柏山镇人民政府关于…的报告.docx either way)."""
    text = "\n".join(_source_lines()[1:])
    for wrong, right, times in CORRECTIONS:
        assert text.count(wrong) == times, wrong
        text = text.replace(wrong, right)
    return text.split("\n")


# The browser the page tests open, and how: as the machine's notes advise, no background
# traffic and no sandbox as root.
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# A developer's machine without it skips these tests; CI (CI set) installs it, and there a
# missing Chromium fails them.
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="Chromium is not installed (CI installs it)",
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def watched(page: Any) -> tuple[list[str], list[str]]:
    """The errors a page logs or raises and the URLs it requests, as they come."""
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    return errors, requests
