"""No input crashes the CLI: any file gives exit 0 or 1 with a message, never a traceback.

Marked `fuzz`: the default run leaves these out; CI runs them with the `fuzz` profile
(10,000 examples each): `uv run pytest -m fuzz --hypothesis-profile=fuzz`.
"""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from helpers import DATA_2023
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

from reportgen.cli import main

pytestmark = pytest.mark.fuzz

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)

REPORT: dict[str, Any] = json.loads(DATA_2023.read_text(encoding="utf-8"))
# Values that reach deeper than random JSON: near-misses of what the model wants.
near_misses = st.one_of(
    json_values,
    st.sampled_from(["", " ", "2024-02-30", "2024-01-28", "duty", "plans", "\x00", "（一）、"]),
    st.integers(min_value=1990, max_value=2110),
    st.text(alphabet="法制截止XX×【】()《》、,;:2024-年\x07 ", max_size=30),
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


PATHS = _paths(REPORT)[1:]


def _run(
    capsys: pytest.CaptureFixture[str], content: bytes, build: bool = False, draft: bool = False
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.json"
        path.write_bytes(content)
        argv = ["build", "--data", str(path), "-o", str(Path(folder) / "r")]
        argv += ["-f", "docx", "-f", "md", "-f", "html", "-f", "txt"] if draft else []
        code = main([*argv, "--draft"] if draft else argv if build else ["validate", str(path)])
        output = capsys.readouterr()
        text = output.out + output.err
        assert code in (0, 1), text
        assert "Traceback" not in text and "内部错误" not in text, text
        if (build or draft) and code == 0:
            assert (Path(folder) / "r.docx").stat().st_size > 0


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.one_of(json_values.map(lambda v: json.dumps(v).encode()), st.binary(max_size=200)))
def test_any_file(capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    _run(capsys, content)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.data())
def test_any_mutation_of_the_real_report(capsys: pytest.CaptureFixture[str], data: Any) -> None:
    report = copy.deepcopy(REPORT)
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(PATHS))
        target = report
        try:
            for key in path[:-1]:
                target = target[key]
            if data.draw(st.booleans()) and isinstance(target, dict):
                target.pop(path[-1], None)
            else:
                target[path[-1]] = data.draw(near_misses)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed the way there
    content = json.dumps(report, ensure_ascii=False).encode()
    _run(capsys, content, build=data.draw(st.booleans()))


# Reports of any shape the model allows, and some it does not: 版头, parts with sections,
# items and sub-items, paragraphs and point lists at every level, texts that tempt the
# rules and the renderers (markup, marks, controls, long runs).
texts = st.one_of(
    st.text(min_size=1, max_size=12),
    st.text(alphabet="法治截止XX【】（）《》“”、,;:-~*#<>&1 \x85\u3000\u200b年是", max_size=16),
    st.sampled_from(
        ["一是", "（一）", "1.", "- 列表", "<b>粗</b>", "&amp;", "2024.3.5", "二O二四年"]
    ),
)
points = st.fixed_dictionaries(
    {
        "points": st.lists(
            st.fixed_dictionaries({"text": texts}, optional={"lead": texts}), min_size=1, max_size=3
        )
    },
    optional={"inline": st.booleans(), "intro": texts},
)
blocks = st.lists(st.one_of(texts, points), max_size=3)
subitems = st.lists(
    st.fixed_dictionaries({"title": texts}, optional={"content": blocks}), max_size=2
)
items = st.lists(
    st.fixed_dictionaries({"title": texts}, optional={"content": blocks, "subitems": subitems}),
    max_size=2,
)
sections = st.lists(
    st.fixed_dictionaries({"title": texts}, optional={"content": blocks, "items": items}),
    max_size=2,
)
parts = st.lists(
    st.fixed_dictionaries(
        {
            "kind": st.sampled_from(["duty", "measures", "shortcomings", "plans", "other"]),
            "heading": texts,
        },
        optional={"content": blocks, "sections": sections},
    ),
    max_size=4,
)
mastheads = st.fixed_dictionaries(
    {
        "mark": texts,
        "number": st.one_of(texts, st.just("柏政〔2024〕3号"), st.just("柏政[24]03号")),
    },
    optional={"signer": texts},
)
reports = st.fixed_dictionaries(
    {"year": st.integers(min_value=1999, max_value=2101)},
    optional={
        "organ": texts,
        "title": st.one_of(texts, st.just("")),
        "addressees": st.lists(texts, max_size=2),
        "opening": st.lists(texts, max_size=2),
        "parts": parts,
        "signatories": st.lists(texts, max_size=2),
        "date": st.dates().map(str),
        "note": texts,
        "masthead": mastheads,
    },
)


# Each example may build four formats: 600 (not the fuzz profile's 10,000) keep the
# fuzz run within minutes.
@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None, max_examples=600
)
@given(reports, st.booleans())
def test_any_report_of_any_shape(
    capsys: pytest.CaptureFixture[str], report: dict[str, Any], draft: bool
) -> None:
    _run(capsys, json.dumps(report, ensure_ascii=False).encode(), build=not draft, draft=draft)


def _has_subitem(report: dict[str, Any]) -> bool:
    return any(
        item.get("subitems")
        for part in report.get("parts", [])
        for section in part.get("sections", [])
        for item in section.get("items", [])
    )


def test_the_report_strategy_reaches_every_level() -> None:
    """The strategy makes what the CLI must survive: a 版头 and sub-items in one report,
    a valid one among them (so that drafts are rendered in every format)."""
    found = find(reports, lambda r: "masthead" in r and _has_subitem(r) and r["year"] >= 2000)
    assert found["masthead"] and _has_subitem(found)
