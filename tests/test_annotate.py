"""`validate 草稿.docx --annotate`: the clerk's own document with a comment on each finding
and each safe fix as a tracked change; read back with docx2python, openxml-audit and
the XML itself (accepting or rejecting every change as Word would), never with the
code that wrote it."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx2python import docx2python
from drafts import COLLEAGUE, draft_lines, write_word_draft
from helpers import FIXTURES, Result
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree
from openxml_audit import OpenXmlValidator
from test_import_fuzz import line as fuzz_line

from reportgen.cli import main
from reportgen.documents.sourcemap import _strings as strings_of
from reportgen.load import load_report

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CHANGED = {
    "word/document.xml",
    "word/comments.xml",
    "word/_rels/document.xml.rels",
    "[Content_Types].xml",
}


@pytest.fixture
def draft(project: Path) -> Path:
    return write_word_draft(project / "草稿.docx")


def _annotate(cli: Callable[..., Result], draft: Path, *extra: str) -> Result:
    result = cli("validate", str(draft), "--annotate", *extra)
    assert result.code == 1, result.output  # the draft has errors: validate says so
    return result


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


def _resolve(source: Path, target: Path, accept: bool) -> Path:
    """Every tracked change accepted (insertions kept, deletions dropped) or rejected."""
    parts = _parts(source)
    root = etree.fromstring(parts["word/document.xml"])
    dropped, kept = ("del", "ins") if accept else ("ins", "del")
    for element in list(root.iter(W + dropped)):
        element.getparent().remove(element)
    for element in list(root.iter(W + kept)):
        parent, index = element.getparent(), element.getparent().index(element)
        for offset, child in enumerate(list(element)):
            parent.insert(index + offset, child)
        parent.remove(element)
    for node in root.iter(W + "delText"):
        node.tag = W + "t"
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    with zipfile.ZipFile(target, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return target


def _paragraphs(path: Path) -> list[str]:
    with docx2python(path) as read:
        return [p for p in read.text.split("\n") if p.strip()]


def _audit(path: Path) -> list[str]:
    return [str(error) for error in OpenXmlValidator().validate(str(path)).errors]


def test_the_copy_is_written_beside_the_draft_which_is_unchanged(
    project: Path, cli: Callable[..., Result], draft: Path
) -> None:
    before = hashlib.sha256(draft.read_bytes()).hexdigest()
    result = _annotate(cli, draft)
    copy = project / "草稿（校对）.docx"
    assert copy.exists() and f"已写出 {copy.name}" in result.stdout.replace(str(project) + "/", "")
    assert hashlib.sha256(draft.read_bytes()).hexdigest() == before
    result = _annotate(cli, draft, "-o", str(project / "out.docx"), "--format", "json")
    assert (project / "out.docx").exists()  # -o names the copy; JSON says where it went
    assert json.loads(result.stdout)["annotated"][0]["copy"] == str(project / "out.docx")
    assert hashlib.sha256(draft.read_bytes()).hexdigest() == before


def test_copies_of_several_drafts_are_written_all_or_nothing(
    project: Path, cli: Callable[..., Result], draft: Path
) -> None:
    """A second draft that cannot be read leaves the first draft's copy unwritten too."""
    broken = project / "坏.docx"
    broken.write_bytes(b"not a zip")
    result = cli("validate", str(draft), str(broken), "--annotate")
    assert result.code == 1 and "坏.docx" in result.stderr
    assert not (project / "草稿（校对）.docx").exists()
    assert not (project / "坏（校对）.docx").exists()


@pytest.mark.parametrize("with_comments", [True, False])
def test_only_the_document_and_its_comments_change(
    project: Path, cli: Callable[..., Result], draft: Path, with_comments: bool
) -> None:
    if not with_comments:  # a draft with no comments gets a comments part, linked in
        draft = Path(shutil.copy(FIXTURES / "corpus" / "jinqiao-street-2024.docx", project))
    _annotate(cli, draft, "-o", str(project / "copy.docx"))
    original, copy = _parts(draft), _parts(project / "copy.docx")
    assert set(original) <= set(copy) and set(copy) - set(original) <= CHANGED
    differing = {name for name in original if original[name] != copy[name]}
    assert differing <= CHANGED and "word/document.xml" in differing
    if not with_comments:
        assert "word/comments.xml" in copy and differing == CHANGED - {"word/comments.xml"}
    with zipfile.ZipFile(draft) as one, zipfile.ZipFile(project / "copy.docx") as other:
        # The parts stay in their order ([Content_Types].xml first, as OPC readers expect).
        order = sorted(one.namelist(), key=lambda name: name != "[Content_Types].xml")
        assert other.namelist()[: len(order)] == order


def test_the_copy_passes_the_open_xml_checks(
    project: Path, cli: Callable[..., Result], draft: Path
) -> None:
    assert _audit(draft) == []
    _annotate(cli, draft)
    assert _audit(project / "草稿（校对）.docx") == []
    # A draft that has findings of its own (python-docx's stylesWithEffects) gets no new one.
    corpus = Path(shutil.copy(FIXTURES / "corpus" / "jinqiao-street-2024.docx", project))
    _annotate(cli, corpus, "-o", "corpus.docx")
    assert _audit(project / "corpus.docx") == _audit(corpus) != []


def test_every_finding_is_a_comment_on_its_words(
    project: Path, cli: Callable[..., Result], draft: Path
) -> None:
    findings = json.loads(cli("validate", str(draft), "--format", "json").stdout)["findings"]
    _annotate(cli, draft)
    with docx2python(project / "草稿（校对）.docx") as read:
        comments = read.comments
    ours = [c for c in comments if c[1] == "reportgen"]
    # One per finding, one with import's notes (“1、” typed, the date's 01), and one on
    # each of those in the text, where the change is marked.
    assert "导入说明" in ours[0][3] and "“1、”" in ours[0][3]
    marked = [(anchor, text) for anchor, _, _, text in ours if text.startswith("【格式】")]
    assert [anchor for anchor, _ in marked] == ["1.", "2.", "2025年1月15日"]
    assert all("已标为修订" in text for _, text in marked)
    assert len(ours) == len(findings) + 1 + len(marked)
    for finding in findings:
        matching = [c for c in ours if finding["message"] in c[3] and finding["code"] in c[3]]
        assert matching, finding
        anchor, text = matching[0][0], matching[0][3]
        assert anchor.strip() and "建议：" in text
        if finding["fixable"]:
            assert "已标为修订" in text
        else:  # no change inside: the anchor is the clerk's words the finding quotes
            assert anchor in finding["place"]["quote"], (anchor, finding)
    colleague = [c for c in comments if c[1] == COLLEAGUE]
    assert len(colleague) == 1 and colleague[0][3] == "数字请再核对"


def test_accepting_every_change_gives_the_text_of_validate_fix(
    project: Path, cli: Callable[..., Result], draft: Path
) -> None:
    _annotate(cli, draft)
    copy = project / "草稿（校对）.docx"
    accepted = _resolve(copy, project / "accepted.docx", accept=True)
    imported = cli("import", str(accepted), "-o", str(project / "accepted.json"))
    assert imported.code == 0 and "写法不规范" not in imported.stdout  # 1、 and 01 made right
    assert "写法不规范" in cli("import", str(draft), "-o", str(project / "fixed.json")).stdout
    cli("validate", str(project / "fixed.json"), "--fix")
    assert json.loads((project / "accepted.json").read_text(encoding="utf-8")) == json.loads(
        (project / "fixed.json").read_text(encoding="utf-8")
    )
    rejected = _resolve(copy, project / "rejected.docx", accept=False)
    assert _paragraphs(rejected) == _paragraphs(draft)
    assert _paragraphs(accepted) != _paragraphs(draft)


def test_a_draft_with_thousands_of_changes_and_comments(
    project: Path, cli: Callable[..., Result]
) -> None:
    """Each bound is found by bisection and a long string is compared from its first to its
    last difference (minutes before: 2,000 bounds, 1,000 fixes in one paragraph); the copy
    still gives --fix's text when every change is accepted, the draft when none is."""
    lines = [
        line + "法制宣传，" * 1_000 + "（" * 500 if line.startswith("2024年，") else line
        for line in draft_lines()
    ]
    draft = write_word_draft(project / "长.docx", lines)
    _annotate(cli, draft, "-o", str(project / "copy.docx"))
    with docx2python(project / "copy.docx") as read:
        assert sum(1 for c in read.comments if c[1] == "reportgen") > 1_500
    accepted = _resolve(project / "copy.docx", project / "accepted.docx", accept=True)
    assert cli("import", str(accepted), "-o", str(project / "accepted.json")).code == 0
    cli("import", str(draft), "-o", str(project / "fixed.json"))
    cli("validate", str(project / "fixed.json"), "--fix")
    accepted_data = json.loads((project / "accepted.json").read_text(encoding="utf-8"))
    assert accepted_data == json.loads((project / "fixed.json").read_text(encoding="utf-8"))
    assert "法治宣传，" * 1_000 in json.dumps(accepted_data, ensure_ascii=False)
    rejected = _resolve(project / "copy.docx", project / "rejected.docx", accept=False)
    assert _paragraphs(rejected) == _paragraphs(draft)


def test_runs_keep_their_formatting_and_the_section_is_kept(
    project: Path, cli: Callable[..., Result], draft: Path
) -> None:
    _annotate(cli, draft)
    copy = project / "草稿（校对）.docx"
    rejected = _resolve(copy, project / "rejected.docx", accept=False)
    before = etree.fromstring(_parts(draft)["word/document.xml"])
    after = etree.fromstring(_parts(copy)["word/document.xml"])
    # Character by character, the clerk's text has the formatting it had (a split run
    # copies its rPr to both halves) ...
    assert _formatted(etree.fromstring(_parts(rejected)["word/document.xml"])) == _formatted(before)
    assert len(list(after.iter(W + "r"))) > len(list(before.iter(W + "r")))
    # ... and what is inserted is formatted as the text it replaces.
    formats = {properties for _, properties in _formatted(before)}
    inserted = [r for change in after.iter(W + "ins") for r in change.iter(W + "r")]
    assert inserted and all(_properties(r) in formats for r in inserted)
    sections = [etree.tostring(s) for s in before.iter(W + "sectPr")]
    assert [etree.tostring(s) for s in after.iter(W + "sectPr")] == sections
    drawings = [etree.tostring(d) for d in before.iter(W + "drawing")]
    assert [etree.tostring(d) for d in after.iter(W + "drawing")] == drawings
    for change in [*after.iter(W + "ins"), *after.iter(W + "del")]:
        assert change.get(W + "author") == "reportgen" and change.get(W + "date")
    for deletion in after.iter(W + "del"):  # deleted text is w:delText, as Word writes it
        assert list(deletion.iter(W + "delText")) and not list(deletion.iter(W + "t"))


def _properties(run: etree._Element) -> bytes:
    found = run.find(W + "rPr")
    return b"" if found is None else etree.tostring(found)


def _formatted(root: etree._Element) -> list[tuple[str, bytes]]:
    """Each character of the body's text with its run's properties."""
    return [
        (char, _properties(run))
        for run in root.iter(W + "r")
        for node in run.iter(W + "t")
        for char in node.text or ""
    ]


def test_comments_already_there_are_kept_and_no_id_is_used_twice(
    project: Path, cli: Callable[..., Result], draft: Path
) -> None:
    _annotate(cli, draft)
    copy = _parts(project / "草稿（校对）.docx")
    comments = etree.fromstring(copy["word/comments.xml"])
    original = etree.fromstring(_parts(draft)["word/comments.xml"])
    first = original.find(W + "comment")
    assert etree.tostring(comments.find(W + "comment")) == etree.tostring(first)
    ids = [c.get(W + "id") for c in comments.iter(W + "comment")]
    assert len(ids) == len(set(ids))
    document = etree.fromstring(copy["word/document.xml"])
    revisions = [e.get(W + "id") for tag in ("ins", "del") for e in document.iter(W + tag)]
    assert len(revisions) == len(set(revisions)) and not set(revisions) & set(ids)
    anchored = {e.get(W + "id") for e in document.iter(W + "commentRangeStart")}
    assert anchored == set(ids)
    for comment in comments.iter(W + "comment"):
        if comment.get(W + "author") == "reportgen":
            assert comment.get(W + "initials") == "RG" and comment.get(W + "date")


def test_what_annotate_refuses(project: Path, cli: Callable[..., Result], draft: Path) -> None:
    before = draft.read_bytes()
    same = cli("validate", str(draft), "--annotate", "-o", str(draft))
    assert same.code == 1 and "覆盖" in same.stderr
    assert draft.read_bytes() == before
    text = project / "草稿.txt"
    text.write_text("一、工作情况\n2024年开展普法活动。\n", encoding="utf-8")
    for argv, expected in (
        (["validate", str(text), "--annotate"], "只用于 Word 文档"),
        (["validate", str(draft), "--annotate", "-o", "x.pdf"], ".docx 结尾"),
        (["validate", str(draft), "-o", "x.docx"], "只与 --annotate 一起使用"),
        (["validate", str(draft), str(draft), "--annotate", "-o", "x.docx"], "多个文件"),
        (["validate", str(draft), "--annotate", "--fix"], "不能同时使用"),
    ):
        result = cli(*argv)
        assert result.code == 2 and expected in result.stderr, (argv, result.output)
    assert not (project / "x.docx").exists() and not (project / "x.pdf").exists()


def test_a_copy_of_an_unchanged_package_reads_as_the_original(
    project: Path, cli: Callable[..., Result]
) -> None:
    """A clean report gets a copy without marks whose text is the original's."""
    clean = write_word_draft(project / "clean.docx", ["关于2024年法治政府建设情况的报告"])
    result = cli("validate", str(clean), "--annotate", "--select", "T001")
    assert result.code == 0, result.output
    copy = project / "clean（校对）.docx"
    assert _paragraphs(copy) == _paragraphs(clean)


@pytest.mark.parametrize(
    "report",
    [*sorted((FIXTURES / "corpus").glob("*.txt")), FIXTURES / "baishan-2023-original.txt"],
    ids=lambda path: path.stem,
)
def test_accept_and_reject_on_each_report_of_the_corpus(
    project: Path, cli: Callable[..., Result], report: Path
) -> None:
    """Each report of the corpus as a Word draft (runs split every few characters, leads
    in bold): accepting every change is validate --fix, rejecting it is the draft."""
    lines = [line.strip() for line in report.read_text(encoding="utf-8").splitlines()]
    draft = write_word_draft(project / f"{report.stem}.docx", lines)
    cli("validate", str(draft), "--annotate", "-o", "copy.docx")
    copy = project / "copy.docx"
    assert _audit(copy) == []
    accepted = _resolve(copy, project / "accepted.docx", accept=True)
    assert cli("import", str(accepted), "-o", str(project / "accepted.json")).code == 0
    assert cli("import", str(draft), "-o", str(project / "fixed.json")).code == 0
    cli("validate", str(project / "fixed.json"), "--fix")
    accepted_data = json.loads((project / "accepted.json").read_text(encoding="utf-8"))
    assert accepted_data == json.loads((project / "fixed.json").read_text(encoding="utf-8"))
    assert _paragraphs(_resolve(copy, project / "rejected.docx", accept=False)) == _paragraphs(
        draft
    )


_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # python-docx refuses them


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
# A fix (P005: “（三）、”) ending where a break (w:cr) of the same run starts.
@example(lines=["下一步工作打算一、（三）、\r"])
# A paragraph of a control character only: its fix would leave it blank.
@example(lines=["\x7f"])
# A title complete with its remark takes no third line (import after a fix).
@example(lines=["（一）", "的报告（三）、"])
# A line starting with 的 is never the title, whatever stands above it.
@example(lines=["发布时间：2025-01-05", "的报告（三）、"])
@example(lines=["发布时间：2025-01-05", "情况报告（三）、"])
@example(lines=["发布时间：2025-01-05", "一、", "情况报告（三）、"])
@given(st.lists(fuzz_line.map(lambda text: _ILLEGAL.sub("", text)), min_size=1, max_size=12))
def test_any_draft_accepted_is_fixed_and_rejected_is_itself(lines: list[str]) -> None:
    """Random lines of report-like pieces as a Word draft (a title line gives the year)."""
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        draft = write_word_draft(folder / "d.docx", ["关于2024年法治政府建设情况的报告", *lines])
        copy, accepted = folder / "copy.docx", folder / "accepted.json"
        assert main(["validate", str(draft), "--annotate", "-o", str(copy)]) in (0, 1)
        _resolve(copy, folder / "accepted.docx", accept=True)
        assert main(["import", str(folder / "accepted.docx"), "-o", str(accepted)]) == 0
        assert main(["import", str(draft), "-o", str(folder / "fixed.json")]) == 0
        main(["validate", str(folder / "fixed.json"), "--fix"])
        # The texts, not the whole data: import infers the year from text a fix may change.
        assert _texts(accepted) == _texts(folder / "fixed.json")
        assert _paragraphs(_resolve(copy, folder / "r.docx", accept=False)) == _paragraphs(draft)


def _texts(data: Path) -> list[tuple[object, str]]:
    return [(path, text) for path, text, _ in strings_of(load_report(data))]
