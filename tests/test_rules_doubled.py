"""T008 beyond its cases: one finding for one slip, and a choice where two words run
together (加强强化: 加强 or 强化)."""

from __future__ import annotations

import pytest
from rulecases import findings, findings_in

from reportgen.rules import ALL_RULES
from reportgen.rules.base import Case

(T008,) = [rule for rule in ALL_RULES if rule.code == "T008"]


@pytest.mark.parametrize("case", T008.triggers)
def test_one_slip_is_one_finding(case: Case) -> None:
    found = findings(case, "T008")
    assert len(found) == 1, found
    if case.fixed is None:
        assert "或" in found[0].suggestion  # the clerk keeps one of the two words


def test_a_doubling_in_a_fixed_phrase_is_reported_once() -> None:
    """进一步步 is the phrase index's and a head's: one finding."""
    assert len(findings_in("进一步步完善机制。", "T008")) == 1
