"""The words a rule's cases and example are written in.

Every case starts from CLEAN, the smallest report that passes every rule, and changes a
few things: a text put into a paragraph (`text`), fields set or taken out (`data`). A
rule's module lists its cases beside its code, as ruff keeps a rule's fixtures by its
code; tests/test_rule_cases.py runs them all, finding the rules through the registry.
"""

from __future__ import annotations

import copy
from typing import Any

from .base import Case, Edit, Example, JsonPath, Severity

CLEAN: dict[str, Any] = {
    "year": 2023,
    "organ": "柏山镇人民政府",
    "signatories": ["中共柏山镇委员会", "柏山镇人民政府"],
    "addressees": ["中共博爱县委", "博爱县人民政府"],
    "opening": ["2023年，柏山镇深入推进法治政府建设。现将有关情况报告如下："],
    "parts": [
        {
            "kind": "duty",
            "heading": "党政主要负责人履行推进法治建设第一责任人职责情况",
            "content": ["党政主要负责人认真履行第一责任人职责。"],
        },
        {
            "kind": "measures",
            "heading": "主要举措和成效",
            "content": ["全年开展法治宣传活动30余次。"],
        },
        {
            "kind": "shortcomings",
            "heading": "存在的不足和原因",
            "content": ["法治宣传形式单一。究其原因，主要是专业力量不足。"],
        },
        {
            "kind": "plans",
            "heading": "2024年工作安排",
            "content": ["2024年，柏山镇将继续推进法治政府建设。"],
        },
    ],
    "date": "2024-01-28",
}

# Where a text goes unless a case says otherwise: the paragraph of 二、主要举措和成效.
MEASURES: JsonPath = ("parts", 1, "content", 0)
SHORTCOMINGS: JsonPath = ("parts", 2, "content", 0)
PLANS: JsonPath = ("parts", 3, "content", 0)
TITLE: JsonPath = ("title",)


# The clean report moved on to 2024, its opening, plans and date with it: the year rules'
# examples are of a 2024 report, as a clerk writes one now.
IN_2024: tuple[Edit, ...] = (
    (("year",), 2024),
    (("opening", 0), "2024年，柏山镇深入推进法治政府建设。现将有关情况报告如下："),
    (("parts", 3, "heading"), "2025年工作安排"),
    (PLANS, "2025年，柏山镇将继续推进法治政府建设。"),
    (("date",), "2025-01-28"),
)


class _Removed:
    def __repr__(self) -> str:
        return "REMOVED"


REMOVED: Any = _Removed()  # an edit's value that takes the key or list item out


def text(
    value: str,
    fixed: str | None = None,
    at: JsonPath = MEASURES,
    severity: Severity | None = None,
) -> Case:
    """`value` put at `at`; after the rule's fixes it reads `fixed` (None: no fix offered);
    its findings have `severity` when one is given."""
    return Case(((at, value),), fixed, at, severity)


def warned(value: str, at: JsonPath = MEASURES) -> Case:
    """`value` put at `at`, reported as a warning with no fix: probably wrong, not surely."""
    return Case(((at, value),), None, at, Severity.WARNING)


def data(*edits: Edit, severity: Severity | None = None, **fields: Any) -> Case:
    """The clean report with `edits` (a path and its value) and top-level `fields` set;
    its findings have `severity` when one is given."""
    return Case((*edits, *(((key,), value) for key, value in fields.items())), severity=severity)


def put(path: JsonPath, value: Any) -> Edit:
    return (path, value)


def parts_without(*kinds: str) -> list[dict[str, Any]]:
    """The clean report's parts less those of these kinds."""
    return [copy.deepcopy(part) for part in CLEAN["parts"] if part["kind"] not in kinds]


def wrong_right(
    wrong: str,
    right: str,
    wrong_case: Case | None = None,
    right_case: Case | None = None,
) -> Example:
    """The example `reportgen rules CODE` shows; its cases are by default the two texts
    themselves, each put into a paragraph of 二、主要举措和成效."""
    return Example(
        wrong,
        right,
        wrong_case if wrong_case is not None else Case(((MEASURES, wrong),)),
        right_case if right_case is not None else Case(((MEASURES, right),)),
    )


def case_data(case: Case) -> dict[str, Any]:
    """The report data of a case: CLEAN with the case's edits made, in order."""
    result = copy.deepcopy(CLEAN)
    for path, value in case.edits:
        target: Any = result
        for key in path[:-1]:
            target = target[key]
        key = path[-1]
        if value is REMOVED:
            if isinstance(target, list) and isinstance(key, int):
                del target[key]
            else:
                target.pop(key, None)
        else:
            target[key] = copy.deepcopy(value)
    return result
