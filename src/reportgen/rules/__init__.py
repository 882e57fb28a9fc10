"""The proofreader: every rule, and the function that runs them over a report."""

from __future__ import annotations

from collections.abc import Collection

from ..model import Report
from .base import Finding, Rule, Severity
from .dates import DateInFollowingYear
from .texts import report_texts

# The registry: adding a rule is adding its class here.
ALL_RULES: tuple[Rule, ...] = (DateInFollowingYear(),)


def check(
    report: Report,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
) -> list[Finding]:
    """Run the rules (all, or those whose code starts with one in `select`) in registry order."""
    texts = report_texts(report)
    findings: list[Finding] = []
    for rule in ALL_RULES:
        if select and not any(rule.code.startswith(prefix) for prefix in select):
            continue
        if any(rule.code.startswith(prefix) for prefix in ignore):
            continue
        findings.extend(rule.check(report, texts))
    return findings


__all__ = ["ALL_RULES", "Finding", "Rule", "Severity", "check"]
