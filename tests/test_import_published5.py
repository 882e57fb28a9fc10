"""Import of published copies, fifth round: thematic first parts, a zone's formal organ,
the organ a site's header or a 系统 title does not give, web rows and widgets in the
title, and page lines or a year heading in the opening.

Every report here is written for these tests (invented places: 柳湾镇, 云溪经济技术开发区,
临溪县 …); each test changes one thing of the plain report of test_import_shapes.
"""

from __future__ import annotations

import pytest
from test_import_shapes import (
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

# -- 1. part kinds: a thematic heading decides ---------------------------------------------

# How such a first part opens: study sessions and the leaders, without a heading's word
# of responsibility.
LEADERS = (
    "镇党委书记亲自主持召开党委会专题学习习近平法治思想4次，主要领导带头讲法治课，"
    "主要负责人认真履行推进法治建设第一责任人职责。"
)


@pytest.mark.parametrize(
    "heading",
    [
        "一、五项措施推进法治政府建设",
        "一、完善制度体系，纵深推进法治政府建设",
        "一、坚持以习近平法治思想为指引，统筹推进法治政府建设",
        "一、法治政府建设基础牢实",
        "一、以建设法治政府为目标，法治政府建设再踏新征程",
        "一、加强党对法治建设的领导",
        "一、强化组织领导，提升法治意识",
        "一、加强党的领导，统筹推进法治政府建设",
    ],
)
def test_a_thematic_first_part_is_measures_whatever_its_text_says_of_the_leaders(
    heading: str,
) -> None:
    parsed = imported(lines(parts=([heading, LEADERS], MEASURES, SHORTCOMINGS, PLANS)))
    assert kinds(parsed) == ["measures", *KINDS[1:]]


@pytest.mark.parametrize(
    "heading",
    [
        "一、压实主体责任，筑牢法治根基",
        "一、领导干部带头尊法学法守法用法",
        "一、认真履职尽责，扛牢法治建设第一责任",
        "一、党政主要负责人履行推进法治建设第一责任人职责情况",
    ],
)
def test_a_heading_about_responsibility_is_the_heads_duty(heading: str) -> None:
    parsed = imported(lines(parts=([heading, LEADERS], MEASURES, SHORTCOMINGS, PLANS)))
    assert kinds(parsed) == KINDS


@pytest.mark.parametrize("heading", ["一、基本概况", "一、工作概述", "一、总体情况"])
def test_a_basic_situation_part_is_measures(heading: str) -> None:
    text = "柳湾镇辖12个行政村，总人口3.2万人，镇政府设综合执法办等机构7个。"
    parsed = imported(lines(parts=([heading, text], MEASURES, SHORTCOMINGS, PLANS)))
    assert kinds(parsed)[0] == "measures"


def test_a_sub_heading_numbered_as_a_part_over_only_sub_headings_is_measures() -> None:
    """三、严格规范公正文明执法 typed for （三）, with nothing under it but 1. 2.: its heading
    reports work done, never other."""
    stray = ["三、严格规范公正文明执法", "1.柳湾镇综合执法队", "2.柳湾镇市场监管所"]
    parsed = imported(lines(parts=(MEASURES, stray, SHORTCOMINGS, PLANS)))
    assert kinds(parsed)[:2] == ["measures", "measures"]


# -- 2. the organ ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "organ"),
    [
        ("2022年，临溪县纵深推进法治政府建设，取得新成效。", "临溪县人民政府"),
        ("2022年，临溪县委、县政府坚持以习近平法治思想为指导。", "临溪县人民政府"),
        ("2022年，临溪县牢固树立法治理念，扎实推进法治政府建设。", "临溪县人民政府"),
        ("2022年，临溪县司法局紧扣法治政府建设目标，推进依法行政。", "临溪县司法局"),
        ("临溪县教育局2022年坚持依法行政，推进法治建设。", "临溪县教育局"),
        ("2022年,在县委县政府的坚强领导下,临溪县交通运输局坚持依法行政.", "临溪县交通运输局"),
        (
            "云溪经济技术开发区管委会坚持依法行政，扎实推进法治政府建设。",
            "云溪经济技术开发区管理委员会",
        ),
    ],
)
def test_an_untitled_copy_takes_the_organ_its_opening_names(opening: str, organ: str) -> None:
    parsed = imported(lines(title=(), addressees=(), opening=(opening,), signature=()))
    assert parsed.report.organ == organ
    assert notes_about(parsed, "请核对 organ")


def test_an_opening_under_a_stray_short_line_still_names_the_organ() -> None:
    opening = ("（2023年1月5日）", "2022年，临溪县纵深推进法治政府建设，取得新成效。")
    parsed = imported(lines(title=(), addressees=(), opening=opening, signature=()))
    assert parsed.report.organ == "临溪县人民政府"


def test_an_opening_that_acts_on_a_department_names_no_department() -> None:
    opening = "2022年，临溪县纵深打造综治中心，推进依法行政。"
    parsed = imported(lines(title=(), addressees=(), opening=(opening,), signature=()))
    assert parsed.report.organ == "临溪县人民政府"  # never 临溪县纵深打造综治中心


@pytest.mark.parametrize(
    ("title", "signature", "organ"),
    [
        (
            "云溪经济技术开发区管委会关于2024年法治政府建设情况的报告",
            (),
            "云溪经济技术开发区管理委员会",
        ),
        (TITLE, ("云溪经济技术开发区管委会",), "云溪经济技术开发区管理委员会"),
        (
            "云溪综合保税区2024年法治政府建设情况报告",
            ("云溪综保区管委会",),
            "云溪综合保税区管理委员会",
        ),
        (
            "云溪经济技术开发区2024年法治政府建设情况报告",
            ("云溪经开区管委会",),
            "云溪经济技术开发区管理委员会",
        ),
    ],
)
def test_a_zones_organ_by_its_formal_full_name(
    title: str, signature: tuple[str, ...], organ: str
) -> None:
    parsed = imported(lines(title=(title,), signature=signature))
    assert parsed.report.organ == organ
    assert parsed.report.title == title  # the title and signature as printed
    assert parsed.report.signatories == list(signature)
    assert notes_about(parsed, f"“{organ}”")


@pytest.mark.parametrize(
    "above",
    [("临溪县司法局",), ("临溪县司法局", "法治政府建设专栏")],
)
def test_a_site_header_naming_another_organ_is_not_the_organ(above: tuple[str, ...]) -> None:
    title = "临溪县交通运输局2024年法治政府建设情况报告"
    parsed = imported(lines(above=above, title=(title,), signature=()))
    assert parsed.report.title == title
    assert parsed.report.organ == "临溪县交通运输局"
    assert notes_about(parsed, "“临溪县司法局”与标题中的发文机关")


def test_a_party_committee_line_over_the_governments_title_is_the_titles() -> None:
    """中共柳湾镇委员会 / 柳湾镇人民政府2024年…报告: one joint title, over two lines."""
    parsed = imported(lines(title=("中共柳湾镇委员会", "柳湾镇人民政府2024年法治政府建设情况报告")))
    assert parsed.report.title == "中共柳湾镇委员会柳湾镇人民政府2024年法治政府建设情况报告"
    assert parsed.report.organ == "柳湾镇人民政府"


SYSTEM_TITLE = "临溪县教育系统2024年法治政府建设工作报告"


@pytest.mark.parametrize(
    ("above", "text", "organ"),
    [
        ((), "县教育局党组全年召开专题会议4次。", "临溪县教育局"),
        ((), "临溪县教育局党组全年召开专题会议4次。", "临溪县教育局"),
        (("发布机构：临溪县人民政府",), "全年召开专题会议4次。", None),
        (("发布机构：临溪县人民政府",), "县教育局党组全年召开专题会议4次。", "临溪县教育局"),
        (("发布机构：临溪县教育体育局",), "全年召开专题会议4次。", "临溪县教育体育局"),
    ],
)
def test_a_systems_organ_is_its_department_never_the_county(
    above: tuple[str, ...], text: str, organ: str | None
) -> None:
    opening = "2024年，全县教育系统深入推进依法行政。现将有关情况报告如下："
    duty = ["一、党政主要负责人履行推进法治建设第一责任人职责情况", text]
    parsed = imported(
        lines(
            above=above,
            title=(SYSTEM_TITLE,),
            opening=(opening,),
            parts=(duty, MEASURES, SHORTCOMINGS, PLANS),
            signature=(),
        )
    )
    assert parsed.report.organ == organ
    assert notes_about(parsed, "系统不是机关")


# -- 3. the title ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        f"| 标题 |{TITLE}",
        f"| 标题 | {TITLE} |",
        f"｜标题｜{TITLE}｜",
    ],
)
def test_a_web_tables_title_row_is_the_pages_not_the_title(row: str) -> None:
    parsed = imported(lines(title=(row,)))
    assert parsed.report.title == TITLE
    assert notes_about(parsed, "网页信息")


def test_a_web_tables_row_of_several_cells_is_left_out() -> None:
    row = "| 索引号 | 11341122MB1234567X/2025-00015 | 发布机构 | 柳湾镇人民政府 |"
    parsed = imported(lines(above=(row,)))
    assert parsed.report.title == TITLE
    assert parsed.report.organ == "柳湾镇人民政府"
    assert notes_about(parsed, "索引号")


@pytest.mark.parametrize(
    "widget", ["匹配度排序", "按时间排序", "排序方式：匹配度", "相关度 时间降序", "智能排序"]
)
def test_a_search_widget_glued_to_the_title_is_cut_off(widget: str) -> None:
    title = "柳湾镇关于2024年法治政府建设情况的报告"
    parsed = imported(lines(title=(widget + title,)))
    assert parsed.report.title == title
    assert notes_about(parsed, "按钮文字")


def test_a_space_between_two_organs_on_the_titles_line_stays() -> None:
    title = "中共柳湾镇委员会 柳湾镇人民政府关于2024年法治政府建设情况的报告"
    parsed = imported(lines(title=(title,)))
    assert parsed.report.title == title
    assert parsed.report.organ == "柳湾镇人民政府"


# -- 4. the opening --------------------------------------------------------------------------

BULLETS = ("• 2026-01-29 09:57", "• 来源: 柳湾镇人民政府", "• 发布机构: 柳湾镇人民政府")


def test_the_pages_bulleted_lines_under_the_title_are_left_out() -> None:
    parsed = imported(lines(title=(TITLE, *BULLETS)))
    assert parsed.report.opening == [OPENING]
    assert parsed.report.addressees == ["中共临溪县委", "临溪县人民政府"]
    for line in BULLETS:
        assert notes_about(parsed, f"“{line}”是网页信息")


def test_the_pages_bulleted_lines_under_the_opening_are_left_out() -> None:
    parsed = imported(lines(opening=(OPENING, *BULLETS[:2])))
    assert parsed.report.opening == [OPENING]


def test_a_signature_date_typed_with_hyphens_is_still_the_date() -> None:
    parsed = imported(lines(date=("2025-1-20",)))
    assert parsed.report.date is not None


@pytest.mark.parametrize(
    "heading", ["2021年柳湾街道法治政府建设工作", "2024年度柳湾镇法治政府建设情况"]
)
def test_an_unnumbered_year_heading_above_the_body_is_no_paragraph(heading: str) -> None:
    parsed = imported(lines(opening=(OPENING, heading)))
    assert parsed.report.opening == [OPENING]
    assert notes_about(parsed, f"“{heading}”是没有编号的总标题")
    assert kinds(parsed) == KINDS
