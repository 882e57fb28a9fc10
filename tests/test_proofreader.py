"""validate on the real 2023 report: the original's mistakes, --fix, JSON output."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from helpers import DATA_2023, ORIGINAL_DATA, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportgen import proofread, rules
from reportgen.jsonedit import string_spans
from reportgen.load import load_report


def _kinds(findings: list[rules.Finding]) -> Counter[tuple[str, str]]:
    """(code, the wrong characters) for each finding."""
    kinds: Counter[tuple[str, str]] = Counter()
    for f in findings:
        report = load_report(ORIGINAL_DATA)
        wrong = f.excerpt
        if f.fix is not None:
            value: object = report.model_dump(by_alias=True)
            for key in f.fix.path:
                value = value[key]  # type: ignore[index]
            wrong = str(value)[f.fix.start : f.fix.end]
        kinds[(f.code, wrong)] += 1
    return kinds


def test_the_original_gives_exactly_its_known_mistakes() -> None:
    found = rules.check(load_report(ORIGINAL_DATA))
    assert _kinds(found) == Counter(
        {
            ("D001", "2023年1月28日"): 1,
            ("T001", "法制建设"): 2,
            ("T001", "法制宣传"): 1,
            ("T001", "法制教育"): 1,
            ("T001", "法制讲座"): 1,
            ("T002", "截止目前"): 1,
            ("P001", "(社区)"): 2,
            ("P001", ","): 1,
            ("P001", ";"): 2,
            ("C002", "法治政府建设存在一些不足"): 1,
        }
    )
    assert [f.severity for f in found if f.code == "C002"] == [rules.Severity.WARNING]


def test_the_corrected_data_gives_only_the_missing_causes_warning() -> None:
    found = rules.check(load_report(DATA_2023))
    assert [(f.code, f.severity) for f in found] == [("C002", rules.Severity.WARNING)]


def test_fix_on_the_original_leaves_only_what_cannot_be_fixed(
    tmp_path: Path, cli: Callable[..., Result]
) -> None:
    path = tmp_path / "2023.json"
    shutil.copy(ORIGINAL_DATA, path)
    result = cli("validate", str(path), "--fix")
    assert result.code == 1  # D001 stays: the real date is for the clerk to say
    assert "自动修改了 11 处" in result.stdout
    assert "（社区）" in result.stdout
    remaining = rules.check(load_report(path))
    assert sorted(f.code for f in remaining) == ["C002", "D001"]
    # Layout kept: the only lines that differ from the corrected data are the date's
    # and the title's, which the data prints without the organ's line above it.
    fixed_lines = path.read_text(encoding="utf-8").splitlines()
    data_lines = [
        line
        for line in DATA_2023.read_text(encoding="utf-8").splitlines()
        if '"$schema"' not in line
    ]
    differing = [(a, b) for a, b in zip(fixed_lines, data_lines, strict=True) if a != b]
    assert differing == [
        (
            '  "title": "柏山镇人民政府关于2023年法治政府建设情况的报告",',
            '  "title": "关于2023年法治政府建设情况的报告",',
        ),
        ('  "date": "2023-01-28"', '  "date": "2024-01-28"'),
    ]


def test_json_output(project: Path, cli: Callable[..., Result]) -> None:
    shutil.copy(ORIGINAL_DATA, project / "data" / "2023.json")
    result = cli("validate", "2023", "--format", "json")
    assert result.code == 1
    document = json.loads(result.stdout)
    assert document["errors"] == 12 and document["warnings"] == 1
    first = document["findings"][0]
    assert set(first) >= {"code", "severity", "path", "excerpt", "message", "suggestion"}
    assert {"T001", "T002", "P001", "D001", "C002"} == {f["code"] for f in document["findings"]}


def test_strict_fails_on_warnings(project: Path, cli: Callable[..., Result]) -> None:
    assert cli("validate", "2023").code == 0
    assert cli("validate", "2023", "--strict").code == 1
    assert cli("validate", "2023", "--strict", "--ignore", "C002").code == 0


def test_build_shows_warnings_and_builds(project: Path, cli: Callable[..., Result]) -> None:
    result = cli("build", "2023")
    assert result.code == 0
    assert "C002" in result.stdout and "已生成" in result.stdout


MISTAKES = [
    "法制宣传",
    "截止目前",
    "(社区)",
    ",",
    ";",
    "《宪法》、《民法典》",
    "2021-2025年",
    '"大讲堂"',
    "法制建设",
]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(
        st.tuples(st.integers(0, 10_000), st.integers(0, 10_000), st.sampled_from(MISTAKES)),
        min_size=1,
        max_size=6,
    )
)
def test_fix_is_idempotent_and_touches_only_what_it_reports(
    tmp_path_factory: object, insertions: list[tuple[int, int, str]]
) -> None:
    import tempfile

    data = json.loads(DATA_2023.read_text(encoding="utf-8"))
    paragraphs = [
        (("parts", 1, "sections", 0, "content", 0)),
        (("parts", 1, "sections", 2, "items", 0, "content", 0)),
        (("parts", 3, "content", 0)),
        (("opening", 0)),
    ]
    for which, where, mistake in insertions:
        path = paragraphs[which % len(paragraphs)]
        target = data
        for key in path[:-1]:
            target = target[key]
        text = target[path[-1]]
        cut = where % (len(text) + 1)
        target[path[-1]] = text[:cut] + mistake + text[cut:]
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "r.json"
        file.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        before = file.read_text(encoding="utf-8")
        first = proofread.fix(file)
        after = file.read_text(encoding="utf-8")
        second = proofread.fix(file)
        assert second.applied == []
        assert file.read_text(encoding="utf-8") == after
        assert not any(f.fix for f in second.remaining.findings)
        # Only strings that a reported fix named have changed; everything else is byte-equal.
        touched = {f.path for f in first.applied}
        spans_before, spans_after = string_spans(before), string_spans(after)
        assert spans_before.keys() == spans_after.keys()
        for key in spans_before:
            old = before[slice(*spans_before[key])]
            new = after[slice(*spans_after[key])]
            assert old == new or key in touched
        skeleton_before = _skeleton(before, spans_before)
        assert skeleton_before == _skeleton(after, spans_after)


def _skeleton(text: str, spans: dict[tuple[str | int, ...], tuple[int, int]]) -> str:
    """The JSON text with every string value blanked: layout, keys and numbers only."""
    for start, end in sorted(spans.values(), reverse=True):
        text = text[:start] + '""' + text[end:]
    return text


def test_fix_says_a_deletion_as_one(tmp_path: Path, cli: Callable[..., Result]) -> None:
    """A fix that takes characters out is said as 删去“、”, not as a change to nothing;
    one that replaces keeps its arrow."""
    data = json.loads(DATA_2023.read_text(encoding="utf-8"))
    paragraphs = data["parts"][1]["sections"][0]["content"]
    paragraphs[0] = "组织学习《宪法》、《民法典》，截止目前已开展12次。"
    path = tmp_path / "2023.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = cli("validate", str(path), "--fix")
    lines = [line for line in result.stdout.splitlines() if "已修改" in line]
    assert any("P003" in line and "删去“、”" in line for line in lines), lines
    assert any("T002" in line and "→ “截至目前”" in line for line in lines), lines
    assert not any("→ “”" in line for line in lines), lines
    # Said where the clerk reads it, as the findings are, not only as a JSON path.
    assert all("（二、›（一）›第1段）" in line for line in lines), lines


def test_fix_never_leaves_a_paragraph_blank(tmp_path: Path, cli: Callable[..., Result]) -> None:
    """A paragraph of invisible characters only is left as it is: deleting them would leave
    a blank the model refuses (the fuzz run found it). P009 says so in one warning with no
    fix, telling the clerk to delete the paragraph by hand, not that --fix will (which sent
    the clerk round in a loop); a second --fix has nothing more to do. Other paragraphs'
    fixes are still made."""
    data = json.loads(DATA_2023.read_text(encoding="utf-8"))
    paragraphs = data["parts"][1]["sections"][0]["content"]
    paragraphs[1:] = ["\x7f\u200b", "全年开展\u200b法治宣传。"]
    path = tmp_path / "2023.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = cli("validate", str(path), "--fix")
    assert result.code in (0, 1) and "不能为空" not in result.output, result.output
    after = json.loads(path.read_text(encoding="utf-8"))["parts"][1]["sections"][0]["content"]
    assert after[1:] == ["\x7f\u200b", "全年开展法治宣传。"]
    assert "P009" in result.output and load_report(path) is not None
    said = [line for line in result.output.splitlines() if "只有 2 个看不见的字符" in line]
    assert len(said) == 1 and "控制字符（U+007F）、零宽空格（U+200B）" in said[0], result.output
    assert "整段删去" in result.output and "可自动删除" not in result.output, result.output
    again = cli("validate", str(path), "--fix")
    assert "已修改" not in again.output and "自动修改了 0 处" in again.output, again.output
