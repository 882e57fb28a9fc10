"""Years that disagree with the report's year, in any part (Y001–Y005)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from rulecases import CLEAN as CLEAN_REPORT
from rulecases import report_from

from reportgen.rules import check


def _with(path: tuple[Any, ...], value: Any) -> list[str]:
    data = copy.deepcopy(CLEAN_REPORT)
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return [f.code for f in check(report_from(data))]


def _unrecognised_plans(heading: str, text: str) -> list[str]:
    """A plans part the importer could not place (kind other), as in a new report."""
    data = copy.deepcopy(CLEAN_REPORT)
    data["parts"][3] = {"kind": "other", "heading": heading, "content": [text]}
    return [f.code for f in check(report_from(data))]


TRIGGERS = [
    ("Y001", ("title",), "关于2022年法治政府建设情况的报告"),
    ("Y001", ("parts", 0, "heading"), "2022年度第一责任人履职情况"),
    ("Y001", ("parts", 1, "heading"), "2022年推进法治政府建设的主要举措"),
    ("Y002", ("parts", 3, "heading"), "2023年工作安排"),
    ("Y002", ("parts", 3, "content", 0), "2023年，柏山镇将继续推进法治政府建设。"),
    ("Y003", ("parts", 1, "content", 0), "2022年以来，全镇开展活动30余次。"),
    ("Y003", ("parts", 1, "content", 0), "全年工作有序。2022年，全镇开展活动30余次。"),
    ("Y003", ("opening", 0), "现将柏山镇2022年度法治政府建设情况报告如下："),
    ("Y004", ("parts", 1, "content", 0), "2026年全镇共开展活动。"),
    ("Y002", ("parts", 3, "content", 0), "推行以案释法，力争2023年底前实现村干部培训全覆盖。"),
    ("Y005", ("title",), "柏山镇法治政府建设情况的报告"),
]

CLEAN = [
    ("Y001", ("title",), "关于2023年度法治政府建设工作情况的报告"),
    ("Y001", ("parts", 1, "heading"), "与2022年相比取得的主要成效"),
    ("Y001", ("parts", 1, "heading"), "落实《法治政府建设实施纲要（2021—2025年）》"),
    ("Y002", ("parts", 3, "heading"), "下一年度工作安排"),
    ("Y002", ("parts", 3, "content", 0), "在2023年工作基础上，2024年将巩固成果。"),
    ("Y003", ("parts", 1, "content", 0), "较2022年增长15%，2023年以来成效明显。"),
    ("Y004", ("parts", 1, "content", 0), "力争到2025年建成法治政府示范镇，2024年1月已验收。"),
    ("Y002", ("parts", 3, "content", 0), "力争2024年底前实现村干部培训全覆盖。"),
    ("Y002", ("parts", 1, "content", 0), "2023年底前已实现村干部培训全覆盖。"),
    ("Y005", ("title",), "柏山镇2023年度法治政府建设工作报告"),
]


@pytest.mark.parametrize(("code", "path", "value"), TRIGGERS)
def test_triggers(code: str, path: tuple[Any, ...], value: Any) -> None:
    assert code in _with(path, value)


@pytest.mark.parametrize(("code", "path", "value"), CLEAN)
def test_does_not_trigger(code: str, path: tuple[Any, ...], value: Any) -> None:
    assert code not in _with(path, value)


def test_plans_are_found_by_their_heading_when_not_recognised() -> None:
    assert "Y002" in _unrecognised_plans("2023年工作思路", "继续推进。")
    assert "Y002" in _unrecognised_plans("下一步工作打算", "2023年，我镇将继续推进。")
    assert "Y002" not in _unrecognised_plans("下一步工作打算", "2024年，我镇将继续推进。")
    # Not plans: the heading names no plan, so 2022 in it is Y001's.
    assert "Y001" in _unrecognised_plans("2022年其他工作", "继续推进。")
