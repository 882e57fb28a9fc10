"""P008 beyond its cases: an ordinal left in a point's text is reported where it stands."""

from __future__ import annotations

from rulecases import findings

from reportgen.rules.cases import data, put


def test_numbering_goes_on_from_a_point_list() -> None:
    """一是、二是 as points, then 四是 left in the text: the third is missing."""
    points = {"points": [{"text": "加强学习。"}, {"text": "强化宣传。四是严格执法。"}]}
    found = findings(data(put(("parts", 1, "content"), [points])), "P008")
    assert [f.path for f in found] == [("parts", 1, "content", 0, "points", 1, "text")]
