"""The one harness of the rule tests: a case (rules/cases.py) made into a report, the
findings of one rule on it, and their fixes made as `validate --fix` makes them."""

from __future__ import annotations

from typing import Any

from reportgen.jsonedit import value_at
from reportgen.model import Report
from reportgen.rules import Finding, check
from reportgen.rules.base import Case, JsonPath, apply_fixes
from reportgen.rules.cases import MEASURES, case_data, text


def report_of(case: Case) -> Report:
    return Report.model_validate(case_data(case), strict=False)


def findings(case: Case, code: str) -> list[Finding]:
    """The findings of rule `code` on the report of `case`."""
    return [f for f in check(report_of(case)) if f.code == code]


def findings_in(written: str, code: str, where: JsonPath = MEASURES) -> list[Finding]:
    """The findings of rule `code` when `written` is the string at `where`."""
    return findings(text(written, at=where), code)


def fixed(written: str, found: list[Finding]) -> str:
    """`written` with the findings' fixes made."""
    return apply_fixes(written, [f.fix for f in found if f.fix])[0]


def string_at(case: Case, path: JsonPath) -> Any:
    return value_at(case_data(case), path)
