"""What `reportgen rules` shows: every rule, and one rule explained with an example."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ReportgenError
from . import ALL_RULES
from .wordlists import table_file


@dataclass(frozen=True)
class RuleInfo:
    code: str
    severity: str
    summary: str
    fixable: bool
    explanation: str
    wrong: str
    right: str


def catalogue() -> list[RuleInfo]:
    texts = table_file("explanations")
    return [
        RuleInfo(
            rule.code,
            rule.severity.value,
            rule.summary,
            rule.fixable,
            texts[rule.code]["explanation"],
            texts[rule.code]["wrong"],
            texts[rule.code]["right"],
        )
        for rule in ALL_RULES
    ]


def rule_info(code: str) -> RuleInfo:
    """One rule by its code (case does not matter); an unknown code is the user's error."""
    for info in catalogue():
        if info.code == code.strip().upper():
            return info
    raise ReportgenError(
        f"没有代码为“{code}”的校对规则。",
        hint="运行 reportgen rules 查看全部规则及其代码（如 T003、P001）。",
    )
