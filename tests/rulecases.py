"""Shared helpers of the rule tests: a clean report, a text put into it, fixes applied."""

from __future__ import annotations

import copy
from typing import Any

from reportgen.model import Report
from reportgen.rules import Finding, check

# The smallest report that passes every rule: each test changes one thing.
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


def report_from(data: dict[str, Any]) -> Report:
    return Report.model_validate(data, strict=False)


def findings_in(
    text: str, code: str, where: tuple[Any, ...] = ("parts", 1, "content", 0)
) -> list[Finding]:
    """The findings of rule `code` when `text` is the paragraph at `where`."""
    data = copy.deepcopy(CLEAN)
    target: Any = data
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = text
    return [f for f in check(report_from(data)) if f.code == code]


def fixed(text: str, found: list[Finding]) -> str:
    """`text` with the findings' fixes applied, last first."""
    for fix in sorted((f.fix for f in found if f.fix), key=lambda x: x.start, reverse=True):
        text = text[: fix.start] + fix.replacement + text[fix.end :]
    return text


def assert_triggers(code: str, text: str, right: str | None) -> None:
    """Rule `code` reports `text`; its fix gives `right`, or it offers none (`right` None)."""
    found = findings_in(text, code)
    assert found, f"{code} did not trigger on {text!r}"
    if right is None:
        assert all(f.fix is None for f in found)
    else:
        assert fixed(text, found) == right


def assert_clean(code: str, text: str) -> None:
    """Rule `code` says nothing of `text`."""
    assert findings_in(text, code) == []
