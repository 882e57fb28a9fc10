"""`validate --fix` never changes a correct sentence: correct phrases of the genre, joined
in any order and any way (even run together, where one phrase's last word meets the next
one's first, as 依法行政 meets 信息公开), get no fix from any rule; the sentences of
genre_text.py, put in a data file, come out of `validate --fix` byte for byte."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from genre_text import PHRASES, SENTENCES
from helpers import Result, write_json
from hypothesis import given, settings
from hypothesis import strategies as st

from reportgen.model import Report
from reportgen.rules import check
from reportgen.rules.cases import CLEAN


def report_from(data: dict[str, object]) -> Report:
    return Report.model_validate(data, strict=False)


JOINERS = ["，", "、", "", "和", "；"]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    phrases = draw(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=4, unique=True))
    joiners = draw(st.lists(st.sampled_from(JOINERS), min_size=len(phrases), max_size=len(phrases)))
    text = "".join(p + j for p, j in zip(phrases, joiners, strict=True))
    return text.rstrip("，、和；") + "。"


def _fixes(text: str) -> list[str]:
    data = copy.deepcopy(CLEAN)
    data["parts"][1]["content"] = [text]
    return [
        f"{f.code} {f.message}"
        for f in check(report_from(data))
        if f.fix is not None and f.fix.path == ("parts", 1, "content", 0)
    ]


@settings(max_examples=150, deadline=None)
@given(sentences())
def test_no_rule_offers_a_fix_in_correct_phrases_joined_any_way(text: str) -> None:
    assert _fixes(text) == [], text


def test_no_rule_offers_a_fix_where_two_correct_phrases_meet() -> None:
    """Every ordered pair of phrases run together, as paragraphs of one report: the place
    where one phrase ends and the next begins is where a rule may read across words."""
    pairs = [a + b + "。" for a in PHRASES for b in PHRASES if a != b]
    data = copy.deepcopy(CLEAN)
    data["parts"][1]["content"] = pairs
    fixes = [
        (pairs[f.fix.path[3]], f.code, f.message)  # type: ignore[index]
        for f in check(report_from(data))
        if f.fix is not None and f.fix.path[:3] == ("parts", 1, "content")
    ]
    assert fixes == []


def test_the_issues_example_is_left_alone() -> None:
    """A phrase rule read 依法行政 + 信息公开 as a misspelt 政府信息公开, and --fix wrote
    依法行政府信息公开."""
    assert _fixes("推进依法行政信息公开工作。") == []


def test_validate_fix_leaves_correct_sentences_byte_for_byte(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    data = copy.deepcopy(CLEAN)
    data["parts"][1]["content"] = list(SENTENCES)
    path = write_json(tmp_path / "2024.json", data)
    before = path.read_bytes()
    result = cli("validate", str(path), "--fix")
    assert path.read_bytes() == before, result.stdout
