"""Reports written elsewhere, end to end: import, validate, build refuses, --draft builds.

tests/fixtures/corpus holds four reports of the genre written for this project (with a
Word copy of one) and what a perfect importer reads from each.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import FIXTURES, Result

CORPUS = FIXTURES / "corpus"
SOURCES = sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.docx"))
# Numbering as typed or generated, at the start of a line: not part of the text compared.
NUMBERING = re.compile(
    r"^(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)][、.．]?"
    r"|\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[）)][、.．]?)",
    re.M,
)


def comparable(text: str) -> str:
    lines = [NUMBERING.sub("", line.strip()) for line in text.splitlines()]
    return re.sub(r"\s+", "", "".join(line for line in lines if not line.startswith("【草稿】")))


def read_back(data: dict[str, Any]) -> dict[str, Any]:
    title = data.get("title")
    return {
        "title": f"关于{data['year']}年法治政府建设情况的报告" if title is None else title,
        "year": data["year"],
        "organ": data.get("organ"),
        "addressees": data["addressees"],
        "opening": data["opening"],
        "part_kinds": [part["kind"] for part in data["parts"]],
        "part_headings": [part["heading"] for part in data["parts"]],
        "signatories": data["signatories"],
        "date": data["date"],
    }


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: path.name)
def test_reports_of_the_genre_import_and_build_as_drafts(
    source: Path, tmp_path: Path, cli: Callable[..., Result]
) -> None:
    expected = json.loads(source.with_suffix(".expected.json").read_text(encoding="utf-8"))
    data_file = tmp_path / "report.json"
    assert cli("import", str(source), "-o", str(data_file)).code == 0
    data = json.loads(data_file.read_text(encoding="utf-8"))
    assert read_back(data) == expected

    built = tmp_path / "report.txt"
    draft = cli("build", "--data", str(data_file), "--draft", "-f", "txt", "-o", str(built))
    assert draft.code == 0, draft.output
    original = comparable(source.with_suffix(".txt").read_text(encoding="utf-8"))
    kept = difflib.SequenceMatcher(None, original, comparable(built.read_text("utf-8")), False)
    assert kept.ratio() >= 0.98


def test_a_report_lacking_addressees_signature_and_date(
    tmp_path: Path, cli: Callable[..., Result]
) -> None:
    """Validate says what is missing, build refuses, the draft leaves the gaps out."""
    source = CORPUS / "wangjiang-street-2025.txt"
    data_file = tmp_path / "2025.json"
    imported = cli("import", str(source), "-o", str(data_file))
    assert "没有找到主送机关" in imported.stdout and "没有找到成文日期" in imported.stdout
    data = json.loads(data_file.read_text(encoding="utf-8"))
    assert (data["addressees"], data["signatories"], data["date"]) == ([], [], None)

    checked = cli("validate", str(data_file), "--format", "json")
    assert checked.code == 1
    codes = {f["code"] for f in json.loads(checked.stdout)["findings"]}
    assert {"R002", "R004", "R005"} <= codes
    assert not codes & {"R001", "R003", "R006", "C001", "C006"}

    refused = cli("build", "--data", str(data_file), "-f", "txt", "-o", str(tmp_path / "r.txt"))
    assert refused.code == 1 and not (tmp_path / "r.txt").exists()

    outputs = tmp_path / "draft"
    draft = cli(
        "build", "--data", str(data_file), "--draft", "-f", "txt", "-f", "docx", "-o", str(outputs)
    )
    assert draft.code == 0, draft.output
    text = (outputs.with_suffix(".txt")).read_text(encoding="utf-8").split("\n\n")
    assert text[1] == "望江街道办事处2025年度法治政府建设情况报告"
    assert text[2].startswith("2025年，望江街道坚持")  # no addressee line between
    assert text[-1].strip().startswith("2026年，望江街道将")  # no signature, no date

    from docx2python import docx2python
    from docx2python.iterators import iter_paragraphs

    with docx2python(outputs.with_suffix(".docx")) as document:
        paragraphs = [p for p in iter_paragraphs(document.body) if p.strip()]
    assert "：" not in paragraphs  # no empty addressee line
    assert paragraphs[-1].startswith("2026年，望江街道将")


def test_a_report_that_starts_at_its_first_part_is_proofread(
    tmp_path: Path, cli: Callable[..., Result]
) -> None:
    data_file = tmp_path / "2024.json"
    assert cli("import", str(CORPUS / "jinqiao-street-2024.txt"), "-o", str(data_file)).code == 0
    checked = cli("validate", str(data_file), "--format", "json")
    findings = json.loads(checked.stdout)["findings"]
    codes = {f["code"] for f in findings}
    assert "R003" in codes  # no opening: a warning
    assert not codes & {"R001", "R002", "R004", "R005", "C001", "C006"}


def test_new_starts_next_year_from_an_imported_report_without_date_or_opening(
    project: Path, cli: Callable[..., Result]
) -> None:
    (project / "data" / "2023.json").unlink()
    assert cli("import", str(CORPUS / "wangjiang-street-2025.txt")).code == 0
    assert cli("new", "2026").code == 0
    data = json.loads((project / "data" / "2026.json").read_text(encoding="utf-8"))
    assert data["year"] == 2026 and data["date"] is None
    assert data["title"] == "望江街道办事处2026年度法治政府建设情况报告"
    assert data["parts"][3]["heading"] == "下一步工作打算"


def test_the_web_page_names_the_organ_once(tmp_path: Path, cli: Callable[..., Result]) -> None:
    data_file = tmp_path / "2023.json"
    assert cli("import", str(CORPUS / "songchuan-justice-2023.txt"), "-o", str(data_file)).code == 0
    page = tmp_path / "page.html"
    assert (
        cli("build", "--data", str(data_file), "--draft", "-f", "html", "-o", str(page)).code == 0
    )
    html = page.read_text(encoding="utf-8")
    assert "<title>松川县司法局2023年法治政府建设工作情况报告</title>" in html
