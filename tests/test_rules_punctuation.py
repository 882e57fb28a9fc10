"""Numbers, dates, dashes, paired marks and enumerations (N001–N003, P006–P008): texts that
must trigger each rule, with the fix when it has one, and texts that must not."""

from __future__ import annotations

import copy

import pytest
from rulecases import CLEAN as CLEAN_REPORT
from rulecases import assert_clean, assert_triggers, report_from

from reportgen.rules import check

TRIGGERS = [
    ("N001", "参加群众约300余人次。", None),
    ("N001", "覆盖近500多户。", None),
    ("N001", "培训干部大约20人左右。", None),
    ("N001", "调解纠纷30余起左右。", None),
    ("N002", "二O二四年一月十五日印发。", "二〇二四年一月十五日印发。"),
    ("N002", "二0二三年工作要点。", "二〇二三年工作要点。"),
    ("N003", "于2024.3.5召开推进会。", "于2024年3月5日召开推进会。"),
    ("N003", "于2024-03-05印发方案。", "于2024年3月5日印发方案。"),
    ("N003", "2024年03月05日召开会议。", "2024年3月5日召开会议。"),
    ("P006", "开展“三进”活动--进村、进校。", "开展“三进”活动——进村、进校。"),
    ("P006", "法治宣传 - 以案释法。", None),
    ("P007", "推进“多规合一改革。", None),
    ("P007", "学习《宪法和民法典。", None),
    ("P007", "各村（社区积极参与。", None),
    ("P007", "落实到位”，效果明显。", None),
    ("P008", "一是加强学习；二是强化宣传；四是严格执法。", None),
    ("P008", "一是加强学习；二是强化宣传；二是严格执法。", None),
    ("P008", "主要有：（1）学法；（2）普法；（4）用法。", None),
]

CLEAN = [
    ("N001", "开展活动50余场，参与1000多人次，约300人，12万多人次，节约1000余元。"),
    ("N001", "附近300余户群众受益，最近3年多来坚持。"),
    ("N002", "二〇二四年一月十五日，2024年。"),
    ("N003", "“6.26”禁毒日，电话0391-1234567，增长3.5%，2021—2025年。"),
    ("N003", "2024年3月5日召开会议，10月1日施行。"),
    ("P006", "电话0394-6823517，COVID-19，型号A-1，——以案释法。"),
    ("P006", "北京—上海，2021—2025年。"),
    ("P007", "“法律进乡村”、“法治大讲堂”和“送法进校园”“法治进家庭”活动（共12场）。"),
    ("P007", "学习《宪法》《民法典》，“3·15”宣传。"),
    ("P008", "一是加强学习；二是强化宣传；三是严格执法。"),
    ("P008", "统一是基础，唯一是要求。"),
    ("P008", "依照第三条（二）项和第五条（一）项办理。"),
]


@pytest.mark.parametrize(("code", "text", "right"), TRIGGERS)
def test_triggers(code: str, text: str, right: str | None) -> None:
    assert_triggers(code, text, right)


@pytest.mark.parametrize(("code", "text"), CLEAN)
def test_does_not_trigger(code: str, text: str) -> None:
    assert_clean(code, text)


def _points(*texts: str) -> dict[str, object]:
    return {"points": [{"text": t} for t in texts]}


def test_numbering_goes_on_from_a_point_list() -> None:
    """一是、二是 as points, then 四是 left in the text: the third is missing."""
    data = copy.deepcopy(CLEAN_REPORT)
    data["parts"][1]["content"] = [_points("加强学习。", "强化宣传。四是严格执法。")]
    found = [f for f in check(report_from(data)) if f.code == "P008"]
    assert [f.path for f in found] == [("parts", 1, "content", 0, "points", 1, "text")]
    data["parts"][1]["content"] = [_points("加强学习。", "强化宣传。"), "三是严格执法。"]
    assert [f for f in check(report_from(data)) if f.code == "P008"] == []


def test_a_paragraph_opening_with_yishi_starts_a_new_run() -> None:
    data = copy.deepcopy(CLEAN_REPORT)
    data["parts"][1]["content"] = ["一是学习；二是宣传；三是执法。", "一是调解；二是化解。"]
    assert [f for f in check(report_from(data)) if f.code == "P008"] == []
