"""T004 beyond its cases: one place gets one finding, whichever entries match it."""

from __future__ import annotations

from rulecases import findings_in


def test_one_place_gets_one_finding() -> None:
    """新时期枫桥经验: the table's or the first pattern's finding, not one per pattern."""
    found = findings_in("坚持和发展新时期枫桥经验。", "T004")
    assert len(found) == 1
