"""Import of published copies, eighth round (a reviewer's three findings): a short
heading joined with a paragraph that lost its 。, a place read as another that ends the
same way, a slogan read as a site's menu.

Every report here is written for these tests (invented places: 柳湾镇 under 临溪县,
柏山镇 …); each test changes one thing of the plain report of test_import_shapes.
"""

from __future__ import annotations

import pytest
from test_import_shapes import (
    ADDRESSEES,
    DUTY,
    KINDS,
    MEASURES,
    OPENING,
    PLANS,
    SHORTCOMINGS,
    TITLE,
    imported,
    kinds,
    lines,
    notes_about,
)

from reportgen.importing.frame import same_organ
from reportgen.importing.parse import parse
from reportgen.importing.read import Paragraph
from reportgen.importing.web import is_menu, is_slogan, is_web_line
from reportgen.importing.wrapped import join_wrapped_headings

# -- 1. a heading and the line under it -----------------------------------------------------


def _measures(*section: str) -> list[str]:
    return [MEASURES[0], *section, *MEASURES[3:]]


def test_a_short_heading_is_not_wrapped_so_the_line_under_it_stays_apart() -> None:
    """（一）严格规范公正文明执法 is 13 characters: no page breaks a line that short, so the
    line under it is a paragraph that lost its 。, though it ends as a heading may (工作)."""
    after = "全镇开展行政执法检查工作"
    parsed = imported(lines(parts=(DUTY, _measures("（一）严格规范公正文明执法", after))))
    section = parsed.report.parts[1].sections[0]
    assert section.title == "严格规范公正文明执法"
    assert section.content == [after]
    assert not notes_about(parsed, "是同一个标题")


def test_a_wide_heading_ending_in_a_headings_word_is_whole() -> None:
    """A heading as wide as a page that ends in 领导 is complete: the line under it ending
    in 工作 is its first paragraph, not the rest of it."""
    heading = "（一）坚持党对法治政府建设的全面领导"
    after = "镇党委定期研究部署法治建设工作"
    parsed = imported(lines(parts=(DUTY, _measures(heading, after))))
    section = parsed.report.parts[1].sections[0]
    assert section.title == "坚持党对法治政府建设的全面领导"
    assert section.content == [after]
    assert not notes_about(parsed, "是同一个标题")


def test_a_wide_heading_not_yet_ending_so_is_still_joined() -> None:
    heading = "（一）持续推进严格规范公正文明执法的"
    parsed = imported(lines(parts=(DUTY, _measures(heading, "体制机制"))))
    assert parsed.report.parts[1].sections[0].title == "持续推进严格规范公正文明执法的体制机制"
    assert notes_about(parsed, "下一行“体制机制”是同一个标题")


def test_a_word_files_paragraphs_are_never_joined() -> None:
    """Word does not break a paragraph at the page's edge: two paragraphs are two, even
    where a web page's wrapped heading would look the same."""
    duty = ["一、党政主要负责人履行推进法治建设第一责任人", "职责情况", *DUTY[1:]]
    typed = lines(parts=(duty, MEASURES, SHORTCOMINGS, PLANS))
    parsed = parse([Paragraph(line) for line in typed], from_word=True)
    assert parsed.report.parts[0].heading == "党政主要负责人履行推进法治建设第一责任人"
    assert parsed.report.parts[0].content[0] == "职责情况"
    assert not notes_about(parsed, "是同一个标题")
    as_text = parse([Paragraph(line) for line in typed])  # the same lines from a web page
    assert as_text.report.parts[0].heading.endswith("职责情况")


def test_a_joined_heading_keeps_its_bold_runs() -> None:
    line = Paragraph("一、2024年度推进法治政府建设的主要", bold=((0, 10),))
    tail = Paragraph("举措和成效", bold=((0, 2),))
    notes: list[str] = []
    joined = join_wrapped_headings([line, tail], notes)
    assert joined == [
        Paragraph("一、2024年度推进法治政府建设的主要举措和成效", ((0, 10), (19, 21)))
    ]
    assert joined[0].text[19:21] == "举措"
    assert len(notes) == 1


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


# -- 3. a slogan is no menu ------------------------------------------------------------------


SLOGANS = ["学法·懂法·用法", "学法·知法·守法·用法", "美好生活·民法典相伴·法治护航"]


@pytest.mark.parametrize(
    "line",
    [
        *SLOGANS,  # four items too, but a slogan's dots
        "柏山镇党委 | 柏山镇政府 | 柏山镇人大",  # the organs that sign
        "中共柏山镇委员会 | 柏山镇人民政府 | 柏山镇政协",
        "柏山镇党委 | 柏山镇政府 | 柏山镇人大 | 柏山镇政协",  # four, but organs
        "依法行政 | 执法为民 | 公正廉洁",  # three words, none a site's column
    ],
)
def test_a_slogan_or_a_line_of_organs_is_no_menu(line: str) -> None:
    assert not is_menu(line)


@pytest.mark.parametrize(
    "line",
    [
        "柏山镇党委 | 柏山镇政府 | 柏山镇人大",
        "柏山镇党委·柏山镇政府·柏山镇人大",
        "依法行政 | 执法为民 | 公正廉洁",
        "首页 | 机构概况，政策文件 | 信息公开",
    ],
)
def test_what_is_neither_menu_nor_slogan_is_no_page_line(line: str) -> None:
    assert not is_slogan(line)
    assert not is_web_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "首页·政务公开·互动交流",  # dots, but a site's columns
        "网站首页 | 信息公开 | 办事服务",
        "走进柏山 | 新闻速递 | 招商引资 | 文化旅游",  # four items with bars
        "• 柏山概况 • 镇村动态 • 专题活动 • 联系我们",
    ],
)
def test_a_menu_names_a_column_or_lists_four(line: str) -> None:
    assert is_menu(line)
    assert not is_slogan(line)


@pytest.mark.parametrize("slogan", SLOGANS)
@pytest.mark.parametrize("where", ["above the title", "under the title", "under the addressees"])
def test_a_pages_slogan_is_left_out_as_a_slogan_not_a_menu(slogan: str, where: str) -> None:
    shape = {
        "above the title": lines(above=(slogan,)),
        "under the title": lines(title=(TITLE, slogan)),
        "under the addressees": lines(addressees=(ADDRESSEES, slogan)),
    }[where]
    parsed = imported(shape)
    assert parsed.report.title == TITLE
    assert parsed.report.addressees == ["中共临溪县委", "临溪县人民政府"]
    assert parsed.report.opening == [OPENING]
    assert kinds(parsed) == KINDS
    assert not notes_about(parsed, "导航菜单")
    if where != "above the title":  # above it, any line is said as left out before the title
        assert notes_about(parsed, f"“{slogan}”是网页上的宣传标语")
