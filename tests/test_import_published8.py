"""Import of published copies, eighth round (a reviewer's three findings): a short
heading joined with a paragraph that lost its 。, a place read as another that ends the
same way, a slogan read as a site's menu.

Every report here is written for these tests (invented places: 柳湾镇 under 临溪县,
柏山镇 …); each test changes one thing of the plain report of test_import_shapes.
"""

from __future__ import annotations

import pytest
from test_import_shapes import (
    imported,
    lines,
    notes_about,
)

from reportgen.importing.frame import same_organ

# -- 2. one organ, with its city in front ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "other", "same"),
    [
        ("柳湾镇人民政府", "临溪县柳湾镇", True),
        ("金桥街道办事处", "东岚市澜江区金桥街道", True),
        ("柳湾镇", "柳湾镇人民政府", True),
        ("河镇人民政府", "临溪县柳河镇", False),  # 河镇 is not 柳河镇
        ("城关镇", "东城关镇", False),
        ("城关镇人民政府", "临溪县东城关镇", False),
    ],
)
def test_one_organ_is_the_same_place_not_the_same_ending(name: str, other: str, same: bool) -> None:
    assert same_organ(name, other) is same
    assert same_organ(other, name) is same


def test_a_line_naming_a_place_that_ends_like_the_titles_is_the_sites_header() -> None:
    title = "临溪县东城关镇2024年法治政府建设工作报告"
    parsed = imported(lines(title=("城关镇人民政府", title), addressees=()))
    assert parsed.report.title == title
    assert notes_about(parsed, "“城关镇人民政府”与标题中的发文机关")
