"""C005 beyond its cases: a sentence that both a sure and a probable request pattern match
is one finding, the sure one (an error)."""

from __future__ import annotations

from rulecases import findings_in

from reportgen.rules.base import Severity


def test_a_request_matched_twice_is_one_error() -> None:
    found = findings_in("恳请县委、县政府统筹安排资金，给予支持。", "C005")
    assert [f.severity for f in found] == [Severity.ERROR]


def test_a_bracketed_placeholder_is_one_finding() -> None:
    assert len(findings_in("具体成效（待补充）。", "C003")) == 1
