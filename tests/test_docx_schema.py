"""The .docx files pass the Open XML SDK's schema and semantic checks (openxml-audit, a
pure-Python port): what Word reports as 'unreadable content' fails here first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import DOCX_2023_NAME, ROOT, Result, load_2023, write_json
from openxml_audit import OpenXmlValidator


def errors(path: Path) -> list[str]:
    result = OpenXmlValidator().validate(str(path))
    return [str(error) for error in result.errors]


def test_the_template_is_valid() -> None:
    assert errors(ROOT / "templates" / "report.docx") == []


def test_the_2023_report_is_valid(project: Path, cli: Callable[..., Result]) -> None:
    assert cli("build", "2023").code == 0
    assert errors(project / "out" / DOCX_2023_NAME) == []


@pytest.mark.parametrize("draft", [False, True])
def test_a_report_with_masthead_note_and_quotes_is_valid(
    project: Path, cli: Callable[..., Result], draft: bool
) -> None:
    data = load_2023()
    data["masthead"] = {
        "mark": "柏山镇人民政府文件",
        "number": "柏政〔2024〕3号",
        "signer": "王某某",
    }
    data["note"] = "（此件公开发布）"
    data["title"] = "关于2023年“八五”普法和法治政府建设情况的报告"
    write_json(project / "data" / "2023.json", data)
    argv = ["build", "2023", "-o", "full.docx"] + (["--draft"] if draft else [])
    assert cli(*argv).code == 0
    assert errors(project / "full.docx") == []
