"""Import of published copies, seventh round: a page's date glued after the title, a
site's menu kept as a line, a heading wrapped by the page's width, an organ line with a
slip over its title, an organ named without its city.

Every report here is written for these tests (invented places: 柳湾镇 under 临溪县,
石桥街道 …); each test changes one thing of the plain report of test_import_shapes.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_import_shapes import (
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

from reportgen.importing.frame import own_organ
from reportgen.importing.web import is_menu

SIGNED = dt.date(2025, 1, 20)  # the plain report's own date

# -- 1. a page's date glued after the title -------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "date"),
    [
        (f"{TITLE} 2025-02-28", "2025-02-28"),
        (f"{TITLE}2025年2月28日", "2025年2月28日"),
        (f"{TITLE} 发布日期：2025-02-28", "发布日期：2025-02-28"),
        (f"{TITLE}　　发布时间:2025/2/28 09:30", "发布时间:2025/2/28 09:30"),
    ],
)
def test_a_page_date_after_the_title_is_the_pages_not_the_signing_date(
    typed: str, date: str
) -> None:
    parsed = imported(lines(title=(typed,)))
    report = parsed.report
    assert report.title == TITLE
    assert report.addressees == ["中共临溪县委", "临溪县人民政府"]
    assert report.opening == [OPENING]
    assert report.date == SIGNED  # the signature's date, not the page's
    assert notes_about(parsed, f"标题后的“{date}”是网页的发布日期")
    assert not notes_about(parsed, "没有落款的成文日期")


def test_a_page_date_after_a_titles_second_line_is_cut_off_that_line() -> None:
    parsed = imported(lines(title=("关于2024年法治政府建设", "情况的报告 2025-02-28")))
    assert parsed.report.title == TITLE
    assert parsed.report.date == SIGNED


def test_with_no_signing_date_the_page_date_is_named_not_taken() -> None:
    """A page is published days or weeks after the report is signed: its date is said,
    for the clerk to take if it is the signing date, never taken as one."""
    parsed = imported(lines(title=(f"{TITLE} 2025-02-28",), date=()))
    assert parsed.report.title == TITLE
    assert parsed.report.date is None
    assert notes_about(parsed, "date 暂为空；标题后网页的发布日期是“2025-02-28”")
    assert not notes_about(parsed, "没有找到成文日期")


def test_a_metadata_line_giving_title_and_date_stays_the_pages_line_whole() -> None:
    line = f"标题：{TITLE} 发布日期：2025-02-28"
    parsed = imported(lines(above=(line,)))
    assert parsed.report.title == TITLE
    assert notes_about(parsed, f"“{line[:30]}”是网页信息")
    assert not notes_about(parsed, "网页的发布日期")


def test_a_title_ending_in_its_own_words_keeps_them() -> None:
    """Only a date after the title's end (…的报告) is the page's: a title's year stays."""
    title = "柳湾镇2024年法治政府建设年度报告"
    parsed = imported(lines(title=(title,), date=()))
    assert parsed.report.title == title
    assert parsed.report.date is None
    assert not notes_about(parsed, "网页的发布日期")


def test_an_opening_ending_in_a_date_is_not_cut() -> None:
    opening = "柳湾镇法治政府建设领导小组会议审议通过本报告，时间为2025年1月10日"
    parsed = imported(lines(addressees=(), opening=(opening, OPENING)))
    assert parsed.report.opening == [opening, OPENING]
    assert parsed.report.date == SIGNED


# -- 2. a site's menu kept as a line -----------------------------------------------------

MENUS = [
    "• 首页 • 走进柳湾 • 政务公开 • 办事服务 • 互动交流",
    "首页 | 机构概况 | 政策文件 | 信息公开",
    "首页｜新闻中心｜政务公开｜便民服务",
    "> 政府信息公开 > 法定主动公开内容 > 法治政府建设",
]


@pytest.mark.parametrize("menu", MENUS)
@pytest.mark.parametrize("where", ["above the title", "under the title", "under the addressees"])
def test_a_sites_menu_above_the_first_heading_is_left_out(menu: str, where: str) -> None:
    shape = {
        "above the title": lines(above=(menu,)),
        "under the title": lines(title=(TITLE, menu)),
        "under the addressees": lines(addressees=("中共临溪县委、临溪县人民政府：", menu)),
    }[where]
    parsed = imported(shape)
    report = parsed.report
    assert report.title == TITLE
    assert report.addressees == ["中共临溪县委", "临溪县人民政府"]
    assert report.opening == [OPENING]
    assert kinds(parsed) == KINDS
    assert notes_about(parsed, f"“{menu[:30]}”是网页信息")


@pytest.mark.parametrize(
    "line",
    [
        "中共柳湾镇委员会 | 柳湾镇人民政府 | 柳湾镇人大主席团",  # three signing organs
        "依法决策 | 严格执法",  # two words are no menu
        "首页 | 机构概况，政策文件 | 信息公开",  # a comma: a sentence, not a menu
    ],
)
def test_what_is_no_menu(line: str) -> None:
    assert not is_menu(line)


# -- 3. a heading wrapped by the page's width ------------------------------------------------

# A page wraps a line as wide as it (16 characters or more, its number counted).
WIDE = "2024年度推进法治政府建设"


@pytest.mark.parametrize(
    ("wrapped", "heading"),
    [
        (("二、2024年度推进法治政府建设的主要", "举措和成效"), f"{WIDE}的主要举措和成效"),
        (("二、2024年度推进法治政府建设的主要举措", "和成效"), f"{WIDE}的主要举措和成效"),
        (("二、2024年度推进法治政府建设", "主要举措和成效"), f"{WIDE}主要举措和成效"),
    ],
)
def test_a_part_heading_wrapped_over_two_lines_is_joined(
    wrapped: tuple[str, str], heading: str
) -> None:
    measures = [*wrapped, *MEASURES[1:]]
    parsed = imported(lines(parts=(DUTY, measures, SHORTCOMINGS, PLANS)))
    part = parsed.report.parts[1]
    assert part.heading == heading
    assert [section.title for section in part.sections] == ["健全依法决策机制", "深化普法宣传"]
    assert part.content == []  # the tail is no paragraph of the part
    assert kinds(parsed) == KINDS
    assert notes_about(parsed, f"下一行“{wrapped[1]}”是同一个标题")


def test_a_duty_heading_wrapped_before_its_last_words_is_joined() -> None:
    duty = ["一、党政主要负责人履行推进法治建设第一责任人", "职责情况", *DUTY[1:]]
    parsed = imported(lines(parts=(duty, MEASURES, SHORTCOMINGS, PLANS)))
    assert parsed.report.parts[0].heading == "党政主要负责人履行推进法治建设第一责任人职责情况"
    assert parsed.report.parts[0].content == [DUTY[1]]


def test_a_section_heading_wrapped_is_joined() -> None:
    measures = [MEASURES[0], "（一）全面推行重大行政决策合法性审查", "机制", *MEASURES[2:]]
    parsed = imported(lines(parts=(DUTY, measures, SHORTCOMINGS, PLANS)))
    sections = parsed.report.parts[1].sections
    titles = [section.title for section in sections]
    assert titles == ["全面推行重大行政决策合法性审查机制", "深化普法宣传"]
    assert sections[0].content == [MEASURES[2]]


@pytest.mark.parametrize(
    "after",
    [
        "镇党委把法治建设纳入重要议事日程。",  # a sentence
        "全年共召开会议4次",  # no sentence mark, but no heading's end either
        "召开专题会议，研究部署工作",  # a comma: a sentence that lost its 。
        "一是健全制度",  # a point
        "1.完善议事规则",  # a heading of its own
    ],
)
def test_a_line_after_a_short_heading_is_not_joined(after: str) -> None:
    measures = [MEASURES[0], "（一）加强组织领导", after, *MEASURES[3:]]
    parsed = imported(lines(parts=(DUTY, measures, SHORTCOMINGS, PLANS)))
    section = parsed.report.parts[1].sections[0]
    assert section.title == "加强组织领导"
    assert not notes_about(parsed, "是同一个标题")


# -- 4. an organ's line with a slip over its title ------------------------------------------


@pytest.mark.parametrize(
    ("title_lines", "title"),
    [
        (
            ("柳湾镇人民政", "关于柳湾镇2024年法治政府建设", "情况的报告"),
            "柳湾镇人民政关于柳湾镇2024年法治政府建设情况的报告",
        ),
        (
            ("柳湾镇人民政付", "关于柳湾镇2024年法治政府建设情况的报告"),
            "柳湾镇人民政付关于柳湾镇2024年法治政府建设情况的报告",
        ),
    ],
)
def test_an_organ_line_with_a_slip_over_a_title_naming_its_place_is_the_titles_first_line(
    title_lines: tuple[str, ...], title: str
) -> None:
    parsed = imported(lines(title=title_lines))
    report = parsed.report
    assert report.title == title  # as typed: no correction is invented
    assert report.organ == "柳湾镇人民政府"  # from the signature, not the slip
    assert report.opening == [OPENING]
    assert notes_about(parsed, f"标题第一行“{title_lines[0]}”像是发文机关名称但有错漏")


def test_a_slipped_organ_line_over_a_title_of_another_place_is_not_joined() -> None:
    parsed = imported(lines(title=("石桥街道办事外", TITLE)))
    assert parsed.report.title == TITLE
    assert parsed.report.opening == [OPENING]
    assert not notes_about(parsed, "像是发文机关名称")


# -- 5. an organ named without its city ------------------------------------------------------

CITY_TITLE = "临溪县柳湾镇2024年法治政府建设工作报告"


@pytest.mark.parametrize(
    "title_lines",
    [
        ("柳湾镇人民政府", CITY_TITLE),
        (CITY_TITLE, "柳湾镇人民政府"),
        ("关于临溪县柳湾镇2024年法治政府建设情况的报告", "柳湾镇人民政府"),
    ],
)
def test_an_organ_line_without_the_city_the_title_gives_is_the_organ(
    title_lines: tuple[str, ...],
) -> None:
    parsed = imported(lines(title=title_lines, addressees=(), signature=()))
    report = parsed.report
    assert report.organ == "柳湾镇人民政府"
    assert report.opening == [OPENING]
    assert notes_about(parsed, "“柳湾镇人民政府”读作发文机关")
    assert not notes_about(parsed, "网站的页头")


def test_what_follows_guanyu_is_the_subject_not_the_titles_own_organ() -> None:
    assert own_organ("关于临溪县柳湾镇2024年法治政府建设情况的报告") is None
    assert own_organ(CITY_TITLE) == "临溪县柳湾镇"


def test_a_signature_without_the_city_the_title_gives_is_the_signature() -> None:
    parsed = imported(lines(title=(CITY_TITLE,), signature=("柳湾镇人民政府",)))
    assert parsed.report.signatories == ["柳湾镇人民政府"]
    assert parsed.report.organ == "柳湾镇人民政府"
    assert parsed.report.date == SIGNED


def test_another_organs_line_over_a_title_naming_its_own_is_still_the_sites_header() -> None:
    parsed = imported(lines(title=("临溪县司法局", CITY_TITLE), addressees=()))
    assert parsed.report.title == CITY_TITLE
    assert parsed.report.organ == "柳湾镇人民政府"
    assert notes_about(parsed, "“临溪县司法局”与标题中的发文机关")
