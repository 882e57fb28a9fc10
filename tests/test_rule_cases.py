"""Every rule of the registry, by its own cases: what it must report (and how it fixes
it), what it must leave alone, and its example as `reportgen rules CODE` shows it.

The rules are found through the registry, so a rule's cases are run as soon as it is
registered, and a rule without cases, explanation or example fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rulecases import findings, fixed, report_of, string_at

from reportgen import rules
from reportgen.rules import ALL_RULES, CODES, Rule, check
from reportgen.rules.base import Case, Example
from reportgen.rules.cases import IN_2024, data

TRIGGERS = [(rule, case) for rule in ALL_RULES for case in rule.triggers]
CLEAN = [(rule, case) for rule in ALL_RULES for case in rule.clean]


def _ids(cases: list[tuple[Rule, Case]]) -> list[str]:
    counted: dict[str, int] = {}
    ids = []
    for rule, _ in cases:
        counted[rule.code] = counted.get(rule.code, 0) + 1
        ids.append(f"{rule.code}-{counted[rule.code]}")
    return ids


def test_the_clean_reports_are_clean() -> None:
    """The report every case starts from passes every rule, in 2023 and moved to 2024."""
    assert check(report_of(data())) == []
    assert check(report_of(data(*IN_2024))) == []


@pytest.mark.parametrize(("rule", "case"), TRIGGERS, ids=_ids(TRIGGERS))
def test_must_trigger(rule: Rule, case: Case) -> None:
    found = findings(case, rule.code)
    assert found, f"{rule.code} did not report {case.edits}"
    if case.severity is not None:
        assert {f.severity for f in found} == {case.severity}, [f.severity for f in found]
    if case.at is None:
        return
    assert all(f.path == case.at for f in found), [f.path for f in found]
    fixes = [f for f in found if f.fix]
    if case.fixed is None:
        assert fixes == [], "the rule offers a fix where the case says it cannot"
    else:
        assert fixed(string_at(case, case.at), fixes) == case.fixed


@pytest.mark.parametrize(("rule", "case"), CLEAN, ids=_ids(CLEAN))
def test_must_not_trigger(rule: Rule, case: Case) -> None:
    assert findings(case, rule.code) == []


def _same_string(example: Example) -> tuple[str, str] | None:
    """The wrong and the right string when the two cases differ only in one string."""
    wrong, right = example.wrong_case.edits, example.right_case.edits
    if not wrong or len(wrong) != len(right) or wrong[:-1] != right[:-1]:
        return None
    (path, wrong_value), (other, right_value) = wrong[-1], right[-1]
    if path == other and isinstance(wrong_value, str) and isinstance(right_value, str):
        return wrong_value, right_value
    return None


@pytest.mark.parametrize("rule", ALL_RULES, ids=CODES)
def test_the_example_behaves_as_stated(rule: Rule) -> None:
    """The wrong example is reported, the right one is not; where the rule fixes all it
    reports in the wrong one, its fixes make the right one."""
    example = rule.example
    wrong = findings(example.wrong_case, rule.code)
    assert wrong, f"{rule.code} does not report its own wrong example {example.wrong!r}"
    assert findings(example.right_case, rule.code) == [], example.right
    texts = _same_string(example)
    if texts and all(f.fix for f in wrong):
        assert fixed(texts[0], wrong) == texts[1]


@pytest.mark.parametrize("rule", ALL_RULES, ids=CODES)
def test_every_rule_is_whole(rule: Rule) -> None:
    """Code, severity, summary, explanation, example, and cases both ways."""
    assert re.fullmatch(r"[A-Z]\d{3}", rule.code)
    assert type(rule).__module__ == f"reportgen.rules.{rule.code.lower()}"
    assert isinstance(rule.severity, rules.Severity)
    assert getattr(rule, "summary", "").strip(), f"{rule.code} has no summary"
    assert getattr(rule, "explanation", "").strip(), f"{rule.code} has no explanation"
    example = getattr(rule, "example", None)
    assert isinstance(example, Example), f"{rule.code} has no example"
    assert example.wrong.strip() and example.right.strip(), rule.code
    assert getattr(rule, "triggers", ()), f"{rule.code} has no must-trigger case"
    assert getattr(rule, "clean", ()), f"{rule.code} has no must-not-trigger case"
    # A rule says it fixes exactly when one of its cases shows a fix.
    shows_a_fix = any(case.fixed is not None for case in rule.triggers)
    assert rule.fixable == shows_a_fix, f"{rule.code}: fixable is {rule.fixable}"
    # A rule that also warns shows a case of each severity; one that does not, none.
    levels = {case.severity for case in rule.triggers} - {None}
    if rule.also_warns:
        assert rule.severity is rules.Severity.ERROR, rule.code
        assert levels == set(rules.Severity), f"{rule.code} shows {levels}"
    else:
        assert levels <= {rule.severity}, f"{rule.code} shows {levels}"


def test_every_rule_module_is_registered_once() -> None:
    """A module named like a code is a rule, and is run only once it is in the registry."""
    folder = Path(rules.__file__).parent
    modules = {p.stem.upper() for p in folder.glob("*.py") if re.fullmatch(r"[a-z]\d{3}", p.stem)}
    assert sorted(modules) == sorted(CODES)
    assert len(set(CODES)) == len(CODES)
