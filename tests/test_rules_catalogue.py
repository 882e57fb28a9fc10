"""`reportgen rules`: every rule listed, one explained with its example, unknown codes refused."""

from __future__ import annotations

from collections.abc import Callable

from helpers import ROOT, Result

from reportgen.rules import ALL_RULES
from reportgen.rules.catalogue import TABLE_BEGIN, catalogue, rule_table, with_rule_table


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


def test_the_rule_table_of_the_docs_is_the_registry_s() -> None:
    """docs/rules.md shows the table generated from the registry, nothing older; on a
    failure, run `uv run python -m reportgen.rules.catalogue docs/rules.md`."""
    document = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert with_rule_table(document) == document
    table = document.split(TABLE_BEGIN)[1]
    for rule in ALL_RULES:
        fixes = "yes" if rule.fixable else "no"
        severity = "error/warning" if rule.also_warns else rule.severity.value
        assert f"| {rule.code} | {severity} | {rule.summary} | {fixes} |" in table
    assert rule_table().count("\n") == len(ALL_RULES) + 1
