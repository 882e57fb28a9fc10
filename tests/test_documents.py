"""A report given as a document (.docx, .txt) to validate, build and show: the same
findings as import + validate on the JSON, said in the document's terms and placed
where the words are; the same built document; never "JSON 格式错误" for a report."""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from drafts import DRAFT_TEXT, write_word_draft
from helpers import FIXTURES, ORIGINAL_TEXT, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_import_fuzz import line as fuzz_line

from reportgen.documents.opening import open_report
from reportgen.documents.sourcemap import _strings
from reportgen.documents.wording import WORDINGS
from reportgen.errors import ReportgenError

CORPUS = FIXTURES / "corpus"
REPORTS = [
    *sorted(CORPUS.glob("*.txt")),
    CORPUS / "jinqiao-street-2024.docx",
    ORIGINAL_TEXT,
    DRAFT_TEXT,
]
# What no finding or note on a document may say: the data file's keys and formats.
JSON_WORDS = re.compile(
    r"(?<![A-Za-z])(title|organ|addressees|opening|parts|kind|signatories|date|note|"
    r"masthead|signer|content|sections|items|heading|lead|intro|points|YYYY|json)(?![A-Za-z])"
)


@pytest.fixture
def drafts(project: Path) -> list[Path]:
    """Every report above in the project folder, and the Word draft of the last."""
    copies = [Path(shutil.copy(report, project / report.name)) for report in REPORTS]
    return [*copies, write_word_draft(project / "qingshi-2024.docx")]


def _validate_json(cli: Callable[..., Result], target: Path) -> dict[str, object]:
    result = cli("validate", str(target), "--format", "json")
    assert result.code in (0, 1), result.output
    parsed: dict[str, object] = json.loads(result.stdout)
    return parsed


def _same(finding: dict[str, object]) -> tuple[object, ...]:
    return tuple(finding[key] for key in ("code", "severity", "path", "excerpt", "fixable"))


def test_a_document_gives_the_findings_of_its_imported_data(
    project: Path, cli: Callable[..., Result], drafts: list[Path]
) -> None:
    for draft in drafts:
        data = project / "out" / f"{draft.stem}.json"
        assert cli("import", str(draft), "-o", str(data), "--force").code == 0
        direct, imported = _validate_json(cli, draft), _validate_json(cli, data)
        assert [_same(f) for f in direct["findings"]] == [  # type: ignore[attr-defined]
            _same(f)
            for f in imported["findings"]  # type: ignore[attr-defined]
        ], draft
        for mine, theirs in zip(direct["findings"], imported["findings"], strict=True):  # type: ignore[call-overload]
            if mine["code"] not in WORDINGS:  # said the same, where no key is named
                assert (mine["message"], mine["suggestion"]) == (
                    theirs["message"],
                    theirs["suggestion"],
                )
            assert mine["place"]["number"] is not None, mine
            assert "place" not in theirs


def test_findings_on_a_document_name_no_key_of_the_data_file(
    project: Path, cli: Callable[..., Result], drafts: list[Path]
) -> None:
    bare = project / "bare.txt"  # no title, addressees, opening, signature or date
    bare.write_text("一、工作情况\n2024年全年开展普法活动12场。\n", encoding="utf-8")
    masthead = project / "masthead.txt"  # a 版头 without 签发人, dated a year early
    masthead.write_text(
        "青石镇人民政府文件\n青政〔2025〕3号\n"
        + DRAFT_TEXT.read_text(encoding="utf-8").replace("2025年01月15日", "2024年3月15日"),
        encoding="utf-8",
    )
    seen = set()
    for draft in [*drafts, bare, masthead]:
        result = _validate_json(cli, draft)
        for finding in result["findings"]:  # type: ignore[attr-defined]
            seen.add(finding["code"])
            said = " ".join([finding["message"], finding["suggestion"], finding["place"]["where"]])
            assert not JSON_WORDS.search(said), finding
        for note in result.get("notes", []):  # type: ignore[attr-defined]
            assert not JSON_WORDS.search(note["note"]), note
    assert set(WORDINGS) <= seen  # every rewording was exercised


def test_each_string_is_traced_to_the_words_it_came_from() -> None:
    """Character for character: the source at each model character's position is that
    character (the numbering, invisible characters and spaces import drops aside)."""
    for report in [*REPORTS]:
        opened = open_report(report)
        assert opened.map is not None and opened.source is not None
        for path, text, _ in _strings(opened.report):
            assert path in opened.map.chars, (report, path)
            found = "".join(opened.source.texts[p][o] for p, o in opened.map.chars[path])
            assert found == text, (report, path)
        assert ("date",) in opened.map.chars or opened.report.date is None


def test_a_place_names_the_paragraph_and_quotes_the_words(
    project: Path, cli: Callable[..., Result], drafts: list[Path]
) -> None:
    result = cli("validate", str(project / "qingshi-2024.txt"))
    assert "第 10 行" in result.stdout  # 截止目前 stands on line 10 of the text file
    assert "…大行政决策程序，截止目前共审查合同35份…" in result.stdout
    assert "parts[" not in result.stdout and "导入说明" in result.stdout
    result = cli("validate", str(project / "qingshi-2024.docx"))
    # In Word a paragraph is counted among those with text: the title's two lines are 2 and 3.
    assert re.search(r"T002 第 \d+ 段", result.stdout)
    assert "…大行政决策程序，截止目前共审查合同35份…" in result.stdout


def test_build_from_a_document_gives_the_build_of_its_data(
    project: Path, cli: Callable[..., Result], drafts: list[Path]
) -> None:
    draft = project / "qingshi-2024.docx"
    refused = cli("build", str(draft))
    assert refused.code == 1
    assert "T002 第" in refused.stderr and "--annotate" in refused.stderr
    assert "parts[" not in refused.stderr
    assert cli("build", str(draft), "--draft", "-o", "from-word.docx").code == 0
    data = project / "qingshi.json"
    assert cli("import", str(draft), "-o", str(data)).code == 0
    assert cli("build", str(data), "--draft", "-o", "from-json.docx").code == 0
    assert (project / "from-word.docx").read_bytes() == (project / "from-json.docx").read_bytes()
    built = cli("build", str(project / "qingshi-2024.txt"), "--draft")
    assert built.code == 0 and "（草稿）.docx" in built.stdout and "导入说明" in built.stdout


def test_build_never_writes_over_the_document(
    project: Path, cli: Callable[..., Result], drafts: list[Path]
) -> None:
    draft = project / "qingshi-2024.docx"
    before = draft.read_bytes()
    result = cli("build", str(draft), "--draft", "-o", str(draft))
    assert result.code == 1 and "覆盖" in result.stderr
    assert draft.read_bytes() == before


def test_show_a_document(project: Path, cli: Callable[..., Result], drafts: list[Path]) -> None:
    result = cli("show", str(project / "qingshi-2024.docx"))
    assert result.code == 0
    assert "二、推进法治政府建设的主要举措和成效" in result.stdout
    assert "导入说明" in result.stdout


def test_fix_refuses_a_document(
    project: Path, cli: Callable[..., Result], drafts: list[Path]
) -> None:
    draft = project / "qingshi-2024.docx"
    before = draft.read_bytes()
    result = cli("validate", str(draft), "--fix")
    assert result.code == 2 and "--annotate" in result.stderr
    assert draft.read_bytes() == before


def test_a_report_is_never_called_bad_json(project: Path, cli: Callable[..., Result]) -> None:
    word = project / "报告.json"
    write_word_draft(word)
    text = project / "报告2.json"
    shutil.copy(DRAFT_TEXT, text)
    bare = project / "报告"
    shutil.copy(DRAFT_TEXT, bare)
    for target, expected in ((word, "是 Word 文档"), (text, "内容是报告正文")):
        for command in ("validate", "build", "show"):
            result = cli(command, str(target))
            assert result.code == 1, result.output
            assert expected in result.output and "JSON 格式错误" not in result.output
    assert "JSON" not in cli("validate", str(bare)).output  # no suffix: read as text
    assert cli("validate", str(bare), "--format", "json").code == 1


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(fuzz_line, min_size=1, max_size=25))
def test_any_text_report_is_traced_to_its_words(lines: list[str]) -> None:
    """Whatever import makes of report-like lines, each string it keeps is found in the
    text, character for character (spaces aside, where import changed them)."""
    with tempfile.TemporaryDirectory() as temp:
        report = Path(temp) / "r.txt"
        report.write_text("\n".join(lines), encoding="utf-8")
        try:
            opened = open_report(report)
        except ReportgenError as error:
            assert "无法判断报告年度" in error.message or "没有文字" in error.message
            return
    assert opened.map is not None and opened.source is not None
    for path, text, _ in _strings(opened.report):
        found = "".join(opened.source.texts[p][o] for p, o in opened.map.chars[path])
        assert found == text or found.split() == text.split(), (path, text, found)
