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
