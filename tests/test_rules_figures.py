"""Figures that contradict each other (N004–N008), beyond each rule's own cases (which
test_rule_cases.py runs): the severity each case must get — an error only where the text's
own words make the contradiction certain — correct figures that no figure rule may report,
counts announced before point lists and sections, and what a finding shows."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest
from helpers import ROOT
from rulecases import findings_in, report_of

from reportgen.rules import Severity, check, n004, n005, n006, n007, n008
from reportgen.rules.cases import MEASURES, data, put, text

FIGURE_RULES = {"N004", "N005", "N006", "N007", "N008"}
MODULES: list[ModuleType] = [n004, n005, n006, n007, n008]

SEVERITIES = [
    (module.__name__[-4:].upper(), sentence, severity)
    for module in MODULES
    for severity, sentences in (
        (Severity.ERROR, module.CERTAIN),
        (Severity.WARNING, module.PROBABLE),
    )
    for sentence in sentences
]


@pytest.mark.parametrize(("code", "sentence", "severity"), SEVERITIES)
def test_an_error_only_where_the_contradiction_is_certain(
    code: str, sentence: str, severity: Severity
) -> None:
    found = findings_in(sentence, code)
    assert {f.severity for f in found} == {severity}, [(f.message, f.severity) for f in found]
    assert all(f.fix is None for f in found)  # the right figure is the clerk's to know
    assert all(f.message and f.suggestion for f in found)


_CORRECT_FILE = ROOT / "tests" / "fixtures" / "figures" / "correct.txt"
CORRECT = [
    *(sentence for module in MODULES for sentence in module.CORRECT),
    *(
        line
        for line in _CORRECT_FILE.read_text(encoding="utf-8").splitlines()
        if line[:1] not in "#"
    ),
]


@pytest.mark.parametrize("sentence", CORRECT)
def test_correct_figures_trigger_no_figure_rule(sentence: str) -> None:
    """Each correct sentence — the rules' own and the paragraphs of tests/fixtures/figures,
    written the way correct reports write figures — is clean for all five rules."""
    report = report_of(text(sentence))
    assert [(f.code, f.message) for f in check(report) if f.code in FIGURE_RULES] == []


def _n007(content: list[Any], sections: list[Any] | None = None) -> list[str]:
    edits = [put(("parts", 1, "content"), content)]
    if sections is not None:
        edits.append(put(("parts", 1, "sections"), sections))
    return [f.code for f in check(report_of(data(*edits))) if f.code == "N007"]


def _points(*texts: str, intro: str | None = None) -> dict[str, Any]:
    block: dict[str, Any] = {"points": [{"text": t} for t in texts]}
    if intro is not None:
        block |= {"inline": True, "intro": intro}
    return block


def test_a_count_before_a_point_list() -> None:
    three = _points("加强学习。", "强化宣传。", "严格执法。")
    assert _n007(["重点抓好以下三个方面的工作：", three]) == []
    assert _n007(["重点抓好以下四个方面的工作：", three]) == ["N007"]
    assert _n007([_points("学习。", "宣传。", intro="主要做了两项工作：")]) == []
    assert _n007([_points("学习。", "宣传。", intro="主要做了三项工作：")]) == ["N007"]


def test_a_count_before_numbered_paragraphs() -> None:
    paragraphs = ["主要做了三项工作：", "一是加强学习。", "二是强化宣传。", "三是严格执法。"]
    assert _n007(paragraphs) == []
    assert _n007(["主要做了四项工作：", *paragraphs[1:]]) == ["N007"]


def test_a_count_before_the_sections_below() -> None:
    sections = [{"title": t} for t in ("加强学习", "强化宣传", "严格执法")]
    assert _n007(["一年来重点做好以下三个方面工作："], sections) == []
    assert _n007(["一年来重点做好以下五个方面工作："], sections) == ["N007"]
    # the count is followed by more text of its own: not an announcement of the sections
    assert _n007(["重点做好以下五个方面工作：", "全镇上下齐心协力。"], sections) == []


def test_a_count_in_the_opening_before_the_parts() -> None:
    opening = "2023年，柏山镇深入推进法治政府建设。现从以下四个方面报告如下："
    assert _n007_opening(opening) == []
    (found,) = _n007_opening(opening.replace("四个", "五个"))
    assert found == (("opening", 0), True)


def _n007_opening(opening: str) -> list[tuple[Any, bool]]:
    report = report_of(data(put(("opening", 0), opening)))
    return [(f.path, "4项" in f.message) for f in check(report) if f.code == "N007"]


def test_the_same_quantity_in_the_opening_and_the_body() -> None:
    opening = put(("opening", 0), "2023年，全年调处矛盾纠纷231件。现将有关情况报告如下：")
    body = put(MEASURES, "坚持“枫桥经验”，全年调处矛盾纠纷213件。")
    (found,) = [f for f in check(report_of(data(opening, body))) if f.code == "N008"]
    assert found.path == MEASURES and "231件" in found.message and "213件" in found.message
    target = put(("parts", 3, "content", 0), "2024年，全年调处矛盾纠纷300件。")
    assert len([f for f in check(report_of(data(opening, body, target))) if f.code == "N008"]) == 1


def test_the_excerpt_holds_every_figure_of_the_finding() -> None:
    """A clerk (and the scorer) finds the whole contradiction in the excerpt."""
    sentence = "全年受理复议申请49件，审结45件，其中维持31件、撤销9件，其他8件。"
    (found,) = findings_in(sentence, "N004")
    assert all(figure in found.excerpt for figure in ("45件", "31件", "9件", "8件"))
    assert "31件+9件+8件=48件" in found.message
    assert found.start == sentence.index("45件")
