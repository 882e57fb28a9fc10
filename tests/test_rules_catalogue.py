"""`reportgen rules`: every rule listed, one explained with its example, unknown codes refused."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from helpers import Result
from rulecases import CLEAN, report_from

from reportgen.rules import ALL_RULES, check
from reportgen.rules.catalogue import catalogue


def test_every_rule_has_an_explanation_and_an_example() -> None:
    for info in catalogue():
        assert info.explanation and info.wrong and info.right, info.code


def test_the_list_names_every_rule(cli: Callable[..., Result]) -> None:
    result = cli("rules")
    assert result.code == 0
    for rule in ALL_RULES:
        assert rule.code in result.stdout
    assert f"共 {len(ALL_RULES)} 条规则" in result.stdout


def test_one_rule_is_explained_with_its_example(cli: Callable[..., Result]) -> None:
    result = cli("rules", "t003")  # case does not matter
    assert result.code == 0
    assert "T003" in result.stdout and "可自动改正" in result.stdout
    assert "《法治政府建设实施纲要（2021—2035年）》" in result.stdout


def test_an_unknown_code_is_refused_in_chinese(cli: Callable[..., Result]) -> None:
    result = cli("rules", "X999")
    assert result.code == 1
    assert "没有代码为“X999”的校对规则" in result.stderr
    assert "reportgen rules" in result.stderr


@pytest.mark.parametrize("info", catalogue(), ids=lambda i: i.code)
def test_text_examples_trigger_their_rule(info: object) -> None:
    """An example that is a sentence of the text is one the rule finds (structural
    examples, such as a missing part or a date, are described rather than shown)."""
    code, wrong = info.code, info.wrong  # type: ignore[attr-defined]
    if code[0] not in "TNP" or code == "P005":
        return
    data = {**CLEAN, "parts": [dict(p) for p in CLEAN["parts"]]}
    data["parts"][1] = {**data["parts"][1], "content": [wrong]}
    assert code in {f.code for f in check(report_from(data))}, (code, wrong)
