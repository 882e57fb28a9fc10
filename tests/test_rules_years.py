"""Y001–Y002 beyond their cases: a plans part import could not place is still found by its
heading."""

from __future__ import annotations

from rulecases import report_of

from reportgen.rules import check
from reportgen.rules.cases import data, put


def _unrecognised_plans(heading: str, text: str) -> list[str]:
    """A plans part the importer could not place (kind other), as in a new report."""
    part = {"kind": "other", "heading": heading, "content": [text]}
    return [f.code for f in check(report_of(data(put(("parts", 3), part))))]


def test_plans_are_found_by_their_heading_when_not_recognised() -> None:
    assert "Y002" in _unrecognised_plans("2023年工作思路", "继续推进。")
    assert "Y002" in _unrecognised_plans("下一步工作打算", "2023年，我镇将继续推进。")
    assert "Y002" not in _unrecognised_plans("下一步工作打算", "2024年，我镇将继续推进。")
    # Not plans: the heading names no plan, so 2022 in it is Y001's.
    assert "Y001" in _unrecognised_plans("2022年其他工作", "继续推进。")
