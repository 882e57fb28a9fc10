"""Import of published copies, sixth round: a page's date, banner and voice widget at the
title, a phrase or a zone read as an organ, a place under its city, a title printed
twice, a part heading printed twice, a duty part typed as a topic sentence.

Every report here is written for these tests (invented places: 柳湾镇, 临溪县, 东岚区,
石桥街道, 云溪航空港经济区 …); each test changes one thing of the plain report of
test_import_shapes.
"""

from __future__ import annotations

import pytest
from test_import_shapes import (
    DUTY,
    KINDS,
    OPENING,
    PLANS,
    SHORTCOMINGS,
    TITLE,
    imported,
    kinds,
    lines,
    notes_about,
)

COUNTY_TITLE = "临溪县2024年法治政府建设工作报告"

# -- 1. the page's lines at the title -------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "junk"),
    [
        (f"2024-03-01• 2024-03-01{COUNTY_TITLE}", "2024-03-01• 2024-03-01"),
        (f"2025-01-08 09:30 {COUNTY_TITLE}", "2025-01-08 09:30"),
        (f"个人中心 | English | 无障碍浏览 | 适老版{COUNTY_TITLE}", "适老版"),
    ],
)
def test_a_page_date_or_banner_glued_to_the_title_is_cut_off(typed: str, junk: str) -> None:
    parsed = imported(lines(title=(typed,)))
    assert parsed.report.full_title == COUNTY_TITLE
    assert parsed.report.opening == [OPENING]
    assert notes_about(parsed, junk)


@pytest.mark.parametrize(
    "title",
    [
        "2024年临溪县法治政府建设工作报告",  # a year, not a page's date
        "中共临溪县委 临溪县人民政府关于2024年法治政府建设情况的报告",  # 中 is no button
    ],
)
def test_a_title_without_page_words_in_front_is_kept_whole(title: str) -> None:
    parsed = imported(lines(title=(title,)))
    assert parsed.report.full_title == title


def test_a_page_date_in_front_of_prose_is_not_cut() -> None:
    """The date is cut off only where a title follows it."""
    opening = f"2024-03-01{OPENING}"
    parsed = imported(lines(addressees=(), opening=(opening,)))
    assert parsed.report.opening == [opening]


VOICE = ("语音播报", "语音合成中，请耐心等待...", "进入播报模式", "退出播报模式")


@pytest.mark.parametrize("where", ["above", "under"])
def test_a_voice_broadcast_widget_is_left_out(where: str) -> None:
    title = (TITLE, *VOICE) if where == "under" else (TITLE,)
    above = VOICE if where == "above" else ()
    parsed = imported(lines(above=above, title=title))
    assert parsed.report.full_title == TITLE
    assert parsed.report.opening == [OPENING]
    for line in VOICE:
        assert notes_about(parsed, f"“{line}”是网页信息")


def test_a_sentence_about_a_voice_service_is_the_reports() -> None:
    text = "开通语音播报服务，方便老年群众办事。"
    parsed = imported(lines(opening=(OPENING, text)))
    assert parsed.report.opening == [OPENING, text]


def test_a_metadata_block_of_bullet_labels_over_their_values_keeps_the_title() -> None:
    above = ("• 发布机构:", "石桥街道", "• 成文日期:", "2025-01-10", "日期:2025-02-01")
    title = "石桥街道2024年法治政府建设工作报告"
    parsed = imported(
        lines(
            above=above,
            title=(title,),
            opening=("发布时间:2025-02-01 10:00 信息来源:石桥街道", OPENING),
        )
    )
    assert parsed.report.full_title == title
    assert parsed.report.opening == [OPENING]
    assert not any("2025-0" in text for text in [parsed.report.full_title, *parsed.report.opening])


# -- 2. organs ------------------------------------------------------------------------------

NO_NAME = "2024年，通过召开区政府常务会议研究部署法治政府建设工作，推进依法行政。"


def test_a_verb_phrase_ending_in_a_place_word_is_no_organ() -> None:
    parsed = imported(lines(opening=(NO_NAME,), signature=()))
    assert parsed.report.organ is None
    assert notes_about(parsed, "不是完整的机关名称")


def test_a_place_doing_so_is_still_the_organ() -> None:
    opening = "2024年，柳湾镇坚持通过召开镇党委会研究部署法治政府建设工作，推进依法行政。"
    parsed = imported(lines(opening=(opening,), signature=()))
    assert parsed.report.organ == "柳湾镇人民政府"


@pytest.mark.parametrize(
    ("title", "organ"),
    [
        ("重庆市东岚区2021年法治政府建设工作报告", "东岚区人民政府"),
        ("临川市东岚区石桥街道2024年法治政府建设工作报告", "石桥街道办事处"),
        ("临川市东岚区石桥街道办事处2024年法治政府建设工作报告", "临川市东岚区石桥街道办事处"),
        ("东岚区2024年法治政府建设工作报告", "东岚区人民政府"),
        ("东岚县云溪工业园区2024年法治政府建设工作报告", "东岚县云溪工业园区管理委员会"),
    ],
)
def test_a_place_in_the_title_under_its_city_gives_its_own_organ(title: str, organ: str) -> None:
    opening = "2024年，全区坚持以习近平法治思想为指导，扎实推进法治政府建设。"
    parsed = imported(lines(title=(title,), opening=(opening,), signature=()))
    assert parsed.report.organ == organ


@pytest.mark.parametrize("zone", ["云溪航空港经济区", "云溪经济区", "云溪合作区", "云溪试验区"])
def test_a_zone_of_any_kind_has_a_management_committee(zone: str) -> None:
    title = f"{zone}2024年法治政府建设工作报告"
    opening = f"2024年，{zone}坚持以习近平法治思想为指导，扎实推进法治政府建设。"
    parsed = imported(lines(title=(title,), opening=(opening,), signature=()))
    assert parsed.report.organ == f"{zone}管理委员会"


# -- 3. a title printed twice ---------------------------------------------------------------

ORGAN_LINE = "柳湾镇人民政府"


@pytest.mark.parametrize(
    "title",
    [
        (ORGAN_LINE, TITLE, TITLE),
        (TITLE, ORGAN_LINE, TITLE),
        (ORGAN_LINE, TITLE, ORGAN_LINE, TITLE),
        (ORGAN_LINE, TITLE, "发布时间：2025-01-02", TITLE),
    ],
)
def test_a_title_printed_twice_with_its_organ_line_is_one_title(title: tuple[str, ...]) -> None:
    parsed = imported(lines(title=title))
    assert parsed.report.full_title == ORGAN_LINE + TITLE
    assert parsed.report.organ == ORGAN_LINE
    assert parsed.report.opening == [OPENING]


def test_a_page_heading_without_the_organ_gives_way_to_the_documents_title_with_it() -> None:
    parsed = imported(lines(title=(TITLE, ORGAN_LINE + TITLE)))
    assert parsed.report.full_title == ORGAN_LINE + TITLE


@pytest.mark.parametrize("between", [(), ("发布时间：2025-01-02",)])
def test_a_page_headline_with_the_organ_on_its_line_gives_way_to_the_documents_title(
    between: tuple[str, ...],
) -> None:
    """The page's headline prints the organ in its one line; the document's own title
    under it does not: the document's title is the title."""
    parsed = imported(lines(title=(ORGAN_LINE + TITLE, *between, TITLE)))
    assert parsed.report.full_title == TITLE


# -- 4. parts -------------------------------------------------------------------------------


def test_a_part_heading_printed_twice_in_a_row_is_one_part() -> None:
    parsed = imported(lines(parts=([DUTY[0], *DUTY], MEASURES_2, SHORTCOMINGS, PLANS)))
    assert kinds(parsed) == KINDS
    assert notes_about(parsed, "重复印了两次")
    assert not notes_about(parsed, "重新编号")


def test_one_heading_twice_with_text_between_stays_two() -> None:
    section = "（一）健全依法决策机制"
    part = [MEASURES_2[0], section, "全年审查决策事项12件。", section, "全年审查文件8件。"]
    parsed = imported(lines(parts=(DUTY, part, SHORTCOMINGS, PLANS)))
    assert len(parsed.report.parts[1].sections) == 2
    assert not notes_about(parsed, "重复印了两次")


MEASURES_1 = [
    "一、健全依法决策机制，提升依法行政水平",
    "严格落实重大行政决策程序，全年经合法性审查的决策事项12件。",
]
MEASURES_2 = [
    "二、深化普法宣传，营造法治氛围",
    "开展“法律进村居”活动36场，发放宣传资料3000余份。",
]
DUTY_TOPIC = [
    "压实第一责任人职责，推动法治建设责任落地",
    "镇党委书记认真履行推进法治建设第一责任人职责，全年主持召开专题会议4次，镇长带头讲法治课。",
]


def test_a_duty_topic_sentence_between_numbered_parts_is_a_part() -> None:
    parsed = imported(lines(parts=(MEASURES_1, MEASURES_2, DUTY_TOPIC, SHORTCOMINGS, PLANS)))
    assert kinds(parsed) == ["measures", "measures", "duty", "shortcomings", "plans"]
    assert parsed.report.parts[2].heading == DUTY_TOPIC[0]


def test_a_duty_topic_sentence_where_a_duty_part_is_numbered_stays_text() -> None:
    parsed = imported(lines(parts=(DUTY, MEASURES_1, DUTY_TOPIC, SHORTCOMINGS, PLANS)))
    assert kinds(parsed) == KINDS


def test_a_duty_topic_sentence_over_a_parts_sections_stays_text() -> None:
    """Followed by （二）, it is a line inside the part, not a part of its own."""
    part = [
        MEASURES_1[0],
        "（一）健全制度",
        "全年审查决策事项12件。",
        *DUTY_TOPIC,
        "（二）深化普法",
        "开展活动36场。",
    ]
    parsed = imported(lines(parts=(part, MEASURES_2, SHORTCOMINGS, PLANS)))
    assert "duty" not in kinds(parsed)


def test_a_topic_sentence_on_the_leaders_without_the_duty_stays_text() -> None:
    """主要领导 names the leaders, not the duty: a line of the part it stands in."""
    line = [
        "主要领导带头述法，示范引领作用明显",
        "镇党委书记、镇长带头述法，主要负责人带头讲法治课2次。",
    ]
    parsed = imported(lines(parts=(MEASURES_1, MEASURES_2, line, SHORTCOMINGS, PLANS)))
    assert kinds(parsed) == ["measures", "measures", "shortcomings", "plans"]


# -- web lines of other sites above the title (final round) ----------------------------------


@pytest.mark.parametrize(
    "page_line",
    [
        "字体大小:【大】 【中】 【小】",  # a font-size control with its label
        "| 索引号:000012345/2025-01234 | |",  # the 政府信息公开 table's rows, bars kept
        "| 发文字号: | 著录时间:2025-02-20 |",
        "| 主题分类:其它 | 发布日期:2025-02-20 |",
        "发布于:2025-02-20 09:04:54",  # the page's posting time under another label
        "繁体丨 简体 丨 无障碍丨 网站地图",  # 丨 drawn as a bar between controls
        "简体| 繁體| 登录| 注册",
        "临溪县人民政府LOGO",  # the site's logo's alternative text
    ],
)
def test_other_sites_page_lines_above_an_untitled_opening_are_left_out(page_line: str) -> None:
    """Each reached the opening as a paragraph where the copy has no title line of its
    own (and dates in it became N003 errors, which refuse build)."""
    parsed = imported(lines(above=(page_line,), title=(), addressees=()))
    assert parsed.report.opening == [OPENING]
    assert notes_about(parsed, page_line[:10])


@pytest.mark.parametrize("kept", ["注册登记", "大中小学法治教育", "临溪县人民政府"])
def test_words_of_the_report_like_page_controls_stay(kept: str) -> None:
    """Only a line made of nothing but controls is the page's."""
    parsed = imported(lines(opening=(kept, OPENING)))
    assert kept in parsed.report.opening


def test_a_stamp_glued_to_a_label_without_a_pair_does_not_crash() -> None:
    """Found by the fuzz run: the line's start reads as a stamp and a label, yet no pair
    stands where one may (the label follows a digit); it is not metadata."""
    parsed = imported(lines(above=("2025.1.5发布时间：2025-01-05",)))
    assert parsed.report.full_title == TITLE
