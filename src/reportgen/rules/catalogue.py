"""What `reportgen rules` shows, and the rule table of docs/rules.md: both read from the
registry, so a rule's summary and example are written once, in its module.

    uv run python -m reportgen.rules.catalogue docs/rules.md

rewrites the table in that file (between its two marker lines) from the registry.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import ReportgenError
from . import ALL_RULES


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
    return [
        RuleInfo(
            rule.code,
            "error/warning" if rule.also_warns else rule.severity.value,
            rule.summary,
            rule.fixable,
            rule.explanation,
            rule.example.wrong,
            rule.example.right,
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


TABLE_BEGIN = "<!-- rule table: generated from the registry, do not edit by hand -->"
TABLE_END = "<!-- end of the rule table -->"


def rule_table() -> str:
    """The Markdown table of every rule, in the registry's order."""
    lines = ["| code | severity | what it checks | fixes |", "| --- | --- | --- | --- |"]
    for info in catalogue():
        summary = info.summary.replace("|", "\\|")
        fixes = "yes" if info.fixable else "no"
        lines.append(f"| {info.code} | {info.severity} | {summary} | {fixes} |")
    return "\n".join(lines)


def with_rule_table(document: str) -> str:
    """`document` with the text between its table markers replaced by the current table."""
    head, begin, rest = document.partition(TABLE_BEGIN)
    _, end, tail = rest.partition(TABLE_END)
    if not begin or not end:
        raise ValueError("the document has no rule table markers")
    return f"{head}{begin}\n\n{rule_table()}\n\n{end}{tail}"


if __name__ == "__main__":  # pragma: no cover - a maintainer's tool
    target = Path(sys.argv[1])
    target.write_text(with_rule_table(target.read_text(encoding="utf-8")), encoding="utf-8")
