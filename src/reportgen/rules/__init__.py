"""The proofreader: the registry of rules, and the function that runs them over a report.

A rule lives in the module named by its code (T003 in rules/t003.py) with everything
about it: severity, summary, explanation, example, and the cases it must and must not
report (rules/base.py says what a rule is). Adding one is writing that module and
adding its code below. Shared knowledge lives in helper modules named for what they
hold (titletable, phraseindex, years …) and in the TOML tables beside them.
"""

from __future__ import annotations

import importlib
from collections.abc import Collection

from ..model import Report
from ..paths import reading_order
from .base import Finding, Fix, Rule, Severity
from .fields import report_texts

# The registry: one line a rule, in the order the rules run (findings are then put in
# the order of the text; a tie keeps this order).
CODES = (
    "R001",
    "R002",
    "R003",
    "R004",
    "R005",
    "R006",
    "C001",
    "C002",
    "C003",
    "C004",
    "C005",
    "C006",
    "C007",
    "C008",
    "D001",
    "D002",
    "Y001",
    "Y002",
    "Y003",
    "Y004",
    "Y005",
    "Y006",
    "Y007",
    "Y008",
    "Y009",
    "Y010",
    "Y011",
    "T001",
    "T002",
    "T003",
    "T004",
    "T005",
    "T006",
    "T007",
    "T008",
    "T009",
    "T010",
    "T011",
    "N001",
    "N002",
    "N003",
    "N004",
    "N005",
    "N006",
    "N007",
    "N008",
    "N009",
    "P001",
    "P002",
    "P003",
    "P004",
    "P005",
    "P006",
    "P007",
    "P008",
    "P009",
    "P010",
    "M001",
    "M002",
    "F001",
    "F002",
)


def rule_class(code: str) -> type[Rule]:
    """The rule of rules/<code>.py: the one Rule class defined there with that code."""
    module = importlib.import_module(f"{__name__}.{code.lower()}")
    found = [
        value
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, Rule)
        and value.__module__ == module.__name__
        and vars(value).get("code") == code
    ]
    if len(found) != 1:
        raise LookupError(f"{module.__name__} defines {len(found)} rules with code {code}")
    return found[0]


ALL_RULES: tuple[Rule, ...] = tuple(rule_class(code)() for code in CODES)


def selected(code: str, select: Collection[str], ignore: Collection[str]) -> bool:
    """ruff's convention: a code or a prefix of it (`T`, `T00`, `T001`) selects or ignores."""
    if select and not any(code.startswith(prefix.upper()) for prefix in select):
        return False
    return not any(code.startswith(prefix.upper()) for prefix in ignore)


def check(
    report: Report,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
) -> list[Finding]:
    """Run the selected rules; their findings in the order of the text (the part, then
    the place in it), as the clerk reads the report."""
    texts = report_texts(report)
    findings: list[Finding] = []
    for rule in ALL_RULES:
        if selected(rule.code, select, ignore):
            findings.extend(rule.check(report, texts))
    return sorted(findings, key=lambda f: (reading_order(f.path), f.start))


__all__ = ["ALL_RULES", "CODES", "Finding", "Fix", "Rule", "Severity", "check"]
