"""Import of reports copied from government websites: the page's metadata, its facts as
evidence, half-width marks, and the organs such copies name.

Every report here is written for these tests (invented places: 柘塘镇, 金湾新区,
宁川经济开发区 …); each test changes one thing of the plain report of test_import_shapes.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_import_shapes import (
    ADDRESSEES,
    DUTY,
    KINDS,
    MEASURES,
    OPENING,
    PLANS,
    SHORTCOMINGS,
    SIGNATURE,
    TITLE,
    imported,
    kinds,
    lines,
    notes_about,
    one_space,
)

from reportgen.importing.parse import Parsed

ME_OPENING = "2024年，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下："
BENJU_OPENING = "2024年，本局坚持依法行政，全面履行法治建设职责。现将有关情况报告如下："


def said_left_out(parsed: Parsed, line: str) -> bool:
    return bool(notes_about(parsed, f"“{one_space(line)[:30]}”是网页信息"))


def read_as_text(parsed: Parsed, line: str) -> bool:
    report = parsed.report
    return line in (report.title or "") or any(line in paragraph for paragraph in report.opening)


# -- 1. the page's lines above the text --------------------------------------------------

BLOCKS = {
    "bullets": (
        "• 索引号: 113212830141678ABC/2025-00007",
        "• 发布机构: 柳湾镇人民政府",
        "- 主题分类:通知公告",
        "- 体裁分类:工作报告",
        "• 成文日期: 2025-01-20",
        "• 有效性: 有效",
        f"• 标题: {TITLE}",
    ),
    "brackets": (
        "[ 索引号 ] 1150…/2025-00004 [ 发文字号 ][ 主题分类 ] 公安、安全、司法、法制 [ 体裁分类 ] 工作报告",
        "【发布机构】柳湾镇人民政府【成文日期】2025-01-20",
    ),
    "several a line": (
        "索引号：11341122MB1234567X/2025-00015  发文字号：  主题分类：综合政务",
        "发布机构：柳湾镇人民政府  成文时间：2025-01-20  公开方式：主动公开  公开范围：面向社会",
        "内容概述：柳湾镇2024年法治政府建设工作情况、存在的不足和2025年工作安排。",
    ),
    "spaced labels": (
        "索 引 号：11341122MB1234567X/2025-00015",
        f"标    题：{TITLE}",
        "发 布 日 期：2025-01-22",
        "效力状态：有效",
    ),
    "a table copied with tabs": (
        "索引号\t11341122MB1234567X/2025-00015\t主题分类\t综合政务",
        "发布机构\t柳湾镇人民政府\t发文时间\t2025-01-22",
    ),
    "page headings and navigation": (
        "您现在所在的位置 : 首页 > 政府信息公开 > 法定主动公开内容",
        "首页>>信息公开>>法治政府建设",
        "政府信息公开",
        "|",
        "柳湾镇人民政府门户网站",
        "http://www.liuwan.gov.cn/",
        "时间排序 匹配度排序",
    ),
}


@pytest.mark.parametrize("block", BLOCKS.values(), ids=BLOCKS.keys())
def test_a_pages_metadata_above_the_title_is_left_out_and_each_line_named(
    block: tuple[str, ...],
) -> None:
    parsed = imported(lines(above=block))
    report = parsed.report
    assert (report.title, report.opening, report.addressees) == (
        TITLE,
        [OPENING],
        ["中共临溪县委", "临溪县人民政府"],
    )
    assert report.organ == "柳湾镇人民政府"
    for line in block:
        assert said_left_out(parsed, line), line


@pytest.mark.parametrize("block", BLOCKS.values(), ids=BLOCKS.keys())
def test_a_pages_metadata_under_the_title_is_not_the_opening(block: tuple[str, ...]) -> None:
    parsed = imported(lines(title=(TITLE, *block)))
    assert parsed.report.title == TITLE
    assert parsed.report.opening == [OPENING]
    assert not any(read_as_text(parsed, line) for line in block)


def test_labels_alone_with_their_values_on_the_next_line() -> None:
    block = (
        "索引号",
        "00823417X/2025-00011",
        "发布机构",
        "石桥街道办事处",
        "发文字号",  # empty: the next label follows
        "公开方式",
        "主动公开",
        "成文日期",
        "2025-01-26",
        "标题",
        "石桥街道办事处关于2024年法治政府建设情况的报告",
        "内容概述",
        "石桥街道2024年法治政府建设情况及2025年工作安排。",
    )
    opening = "2024年，我街道坚持依法行政，法治政府建设取得新成效。现将有关情况报告如下："
    parsed = imported(lines(above=block, title=(), opening=(opening,), signature=()))
    report = parsed.report
    assert report.title == "石桥街道办事处关于2024年法治政府建设情况的报告"  # from 标题
    assert (report.organ, report.opening) == ("石桥街道办事处", [opening])
    assert report.addressees == ["中共临溪县委", "临溪县人民政府"]
    for line in block:
        assert said_left_out(parsed, line), line
    assert notes_about(parsed, "按网页信息“标题：石桥街道办事处关于")


def test_an_empty_label_does_not_take_the_title_or_the_opening_as_its_value() -> None:
    parsed = imported(lines(above=("发布机构", "柳湾镇人民政府", "内容概述")))
    assert parsed.report.title == TITLE
    parsed = imported(lines(above=("标题",), title=()))
    assert parsed.report.addressees == ["中共临溪县委", "临溪县人民政府"]
    assert parsed.report.opening == [OPENING]


def test_a_search_pages_buttons_stuck_to_the_title_are_cut_off_and_said() -> None:
    parsed = imported(lines(title=(f"匹配度排序{TITLE}",)))
    assert parsed.report.title == TITLE
    assert notes_about(parsed, "“匹配度排序”是网页上搜索页的按钮文字")


def test_a_label_over_its_value_after_the_report_is_not_its_date() -> None:
    parsed = imported(lines(below=("发布日期", "2025-01-22", "浏览次数", "318")))
    assert parsed.report.date == dt.date(2025, 1, 20)
    assert said_left_out(parsed, "2025-01-22")


def test_paragraphs_of_the_report_are_not_metadata() -> None:
    """A label word at the start of a sentence, a time phrase: text, not the page's."""
    opening = (
        "时间上，2024年柳湾镇按季度推进法治政府建设，来源于群众的意见建议全部办结。",
        "现将有关情况报告如下：",
    )
    parsed = imported(lines(opening=opening))
    assert parsed.report.opening == list(opening)
    assert not notes_about(parsed, "网页信息")


# -- 2. the page's facts as evidence ------------------------------------------------------


def test_the_title_line_wins_over_the_pages_title() -> None:
    parsed = imported(lines(above=("标题：柳湾镇2024年法治政府建设年度报告",)))
    assert parsed.report.title == TITLE
    assert not notes_about(parsed, "按网页信息")


@pytest.mark.parametrize(
    ("published", "organ"),
    [
        ("发布机构：柘塘镇", "柘塘镇人民政府"),  # a place: its organ by the usual rule
        ("发布机构：柘塘镇人民政府", "柘塘镇人民政府"),
        ("发布机构：中共柘塘镇委员会 柘塘镇人民政府", "柘塘镇人民政府"),
    ],
)
def test_the_organ_from_the_pages_publisher_when_the_text_says_only_wo_zhen(
    published: str, organ: str
) -> None:
    parsed = imported(lines(above=(published,), opening=(ME_OPENING,), signature=()))
    assert parsed.report.organ == organ
    assert notes_about(parsed, "按网页信息")


def test_the_organ_from_the_pages_publisher_when_the_text_names_none() -> None:
    parsed = imported(
        lines(above=("发布机构：临溪县交通运输局",), opening=(BENJU_OPENING,), signature=())
    )
    assert parsed.report.organ == "临溪县交通运输局"


@pytest.mark.parametrize(
    ("title", "signature", "organ"),
    [
        ("柳湾镇2024年法治政府建设工作报告", (), "柳湾镇人民政府"),  # the title's place
        (TITLE, tuple(SIGNATURE), "柳湾镇人民政府"),  # the signature
    ],
)
def test_the_texts_organ_wins_over_the_pages_publisher(
    title: str, signature: tuple[str, ...], organ: str
) -> None:
    above = ("发布机构：临溪县人民政府办公室",)  # the county's office publishes it
    parsed = imported(lines(above=above, title=(title,), signature=signature))
    assert parsed.report.organ == organ


def test_a_publisher_of_another_kind_is_not_what_wo_zhen_means() -> None:
    """我镇 in a report the county's office published: not the office, but the 镇 the
    text names (柳湾镇, in its plans); nothing, where the text names none."""
    parsed = imported(
        lines(above=("发布机构：临溪县人民政府办公室",), opening=(ME_OPENING,), signature=())
    )
    assert parsed.report.organ == "柳湾镇人民政府"
    plans = ["四、2025年工作安排", "2025年，我镇将继续加强法治队伍建设，创新普法方式。"]
    parsed = imported(
        lines(
            above=("发布机构：临溪县人民政府门户网站",),
            opening=(ME_OPENING,),
            parts=(DUTY, MEASURES, SHORTCOMINGS, plans),
            signature=(),
        )
    )
    assert parsed.report.organ is None


def test_the_year_never_comes_from_the_pages_dates() -> None:
    """A report on 2024 published in 2025: the dates in the metadata do not count."""
    above = ("成文日期：2025年01月18日", "发布日期：2025年01月20日", "生成日期：2025年01月20日")
    title = "关于法治政府建设工作情况的报告"
    opening = "过去一年，柳湾镇坚持依法行政，扎实推进法治政府建设。现将有关情况报告如下："
    measures = [*MEASURES[:2], "2024年全镇经合法性审查的决策事项12件。"]
    plans = ["四、下一步工作安排", "柳湾镇将继续加强法治队伍建设，创新普法方式。"]
    parsed = imported(
        lines(
            above=above,
            title=(title,),
            opening=(opening,),
            parts=(DUTY, measures, SHORTCOMINGS, plans),
            date=(),
        )
    )
    assert parsed.report.year == 2024


# -- 3. half-width marks -------------------------------------------------------------------


def test_half_width_marks_are_read_as_full_width_and_kept_as_typed() -> None:
    title = "关于落实法治政府建设实施方案(2021-2025年)2024年度情况的报告"
    opening = "2024年,在县委、县政府的正确领导下,白沙街道积极推进法治政府建设;现将有关情况报告如下:"
    parsed = imported(
        lines(title=(title,), addressees=("临溪县委、县政府:",), opening=(opening,), signature=())
    )
    report = parsed.report
    assert (report.title, report.year) == (title, 2024)
    assert report.addressees == ["临溪县委", "县政府"]
    assert report.opening == [opening]  # kept as typed
    assert report.organ == "白沙街道办事处"
    assert notes_about(parsed, "半角冒号")


def test_a_short_line_with_half_width_commas_is_not_a_title() -> None:
    line = "根据县委要求,现报告柳湾镇2024年法治政府建设情况"
    parsed = imported(lines(title=(), addressees=(), opening=(line, OPENING)))
    assert parsed.report.title == ""
    assert parsed.report.opening == [line, OPENING]


def test_a_slogan_heading_with_a_half_width_comma_is_read_by_its_text() -> None:
    """聚焦短板… names shortcomings; its text tells plans, as with a full-width comma."""
    plans = [
        "聚焦短板精准发力,推动法治建设提质增效",
        "2025年，柳湾镇将着力补齐短板，深化法治乡村建设。",
    ]
    parsed = imported(lines(parts=(DUTY, MEASURES, SHORTCOMINGS, plans)))
    assert kinds(parsed) == KINDS


# -- 4. organs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "opening", "organ"),
    [
        ("金湾新区2024年法治政府建设年度报告", OPENING, "金湾新区管理委员会"),
        (TITLE, "2024年，金湾新区党工委、管委会坚持依法行政。", "金湾新区管理委员会"),
        ("白鹭新区建设管理委员会关于2024年度法治政府建设情况的报告", OPENING, None),
    ],
)
def test_a_new_district_is_a_zone(title: str, opening: str, organ: str | None) -> None:
    parsed = imported(lines(title=(title,), opening=(opening,), signature=()))
    assert parsed.report.organ == (organ or "白鹭新区建设管理委员会")


ZONE_TEXT = [
    "二、主要举措和成效",
    "宁川经济开发区全年办理行政许可事项320件。开发区管委会推行“一枚印章管审批”，开发区营商环境持续优化。",
]


@pytest.mark.parametrize(
    "opening",
    [
        "2024年，开发区党工委、管委会坚持依法行政，推进法治政府建设。",
        "2024年，我区坚持依法行政，推进法治政府建设。",
    ],
)
def test_a_zone_speaking_of_itself_keeps_its_place(opening: str) -> None:
    parsed = imported(
        lines(opening=(opening,), parts=(DUTY, ZONE_TEXT, SHORTCOMINGS, PLANS), signature=())
    )
    assert parsed.report.organ == "宁川经济开发区管理委员会"  # never 开发区管理委员会


def test_a_joint_title_line_with_a_space_between_its_organs() -> None:
    title = (
        "中共栖凤经济开发区工作委员会 栖凤经济开发区管理委员会关于2024年度法治政府建设情况的报告"
    )
    parsed = imported(lines(title=(title,), signature=()))
    assert parsed.report.title == title  # the space between the organs, as printed
    assert parsed.report.organ == "栖凤经济开发区管理委员会"
    spaced = "临溪县司法局 2024年度法治政府建设工作报告"  # an organ, then what it reports on
    assert imported(lines(title=(spaced,), signature=())).report.title == spaced


@pytest.mark.parametrize(
    ("above", "signature", "organ"),
    [
        (("发布机构：临溪县教育局",), (), "临溪县教育局"),
        ((), ("临溪县教育局",), "临溪县教育局"),
        ((), (), None),
    ],
)
def test_a_system_is_not_an_organ(
    above: tuple[str, ...], signature: tuple[str, ...], organ: str | None
) -> None:
    title = "临溪县教育系统2024年度法治政府建设工作报告"
    opening = "2024年，全县教育系统坚持依法治教，学校治理法治化水平不断提升。"
    parsed = imported(lines(above=above, title=(title,), opening=(opening,), signature=signature))
    assert parsed.report.organ == organ  # never 临溪县人民政府
    if organ is None:
        assert notes_about(parsed, "“临溪县教育系统”为主体，系统不是机关")


def test_a_system_named_only_in_the_opening_is_not_an_organ() -> None:
    opening = "2024年，全县教育系统坚持依法治教，学校治理法治化水平不断提升。"
    parsed = imported(lines(opening=(opening,), signature=()))
    assert parsed.report.organ is None  # not 临溪县人民政府 for 全县
    assert notes_about(parsed, "“全县教育系统”为主体")


@pytest.mark.parametrize(
    ("above", "measures", "organ"),
    [
        (("发布机构：上河区市场监管局",), MEASURES, "上河区市场监管局"),
        ((), [*MEASURES[:2], "印发《上河区市场监管局行政处罚裁量基准》。"], "上河区市场监管局"),
        ((), MEASURES, None),
    ],
)
def test_a_department_without_its_place_is_a_short_name(
    above: tuple[str, ...], measures: list[str], organ: str | None
) -> None:
    title = "区市场监管局2024年法治政府建设工作报告"
    parsed = imported(
        lines(
            above=above,
            title=(title,),
            parts=(DUTY, measures, SHORTCOMINGS, PLANS),
            signature=("区市场监管局",),
        )
    )
    assert parsed.report.organ == organ
    assert parsed.report.signatories == ["区市场监管局"]  # as printed
    if organ is None:
        assert notes_about(parsed, "“区市场监管局”是简称")


def test_a_district_whose_name_begins_with_shi_is_no_short_name() -> None:
    parsed = imported(lines(title=("市中区司法局2024年度法治政府建设工作报告",), signature=()))
    assert parsed.report.organ == "市中区司法局"


# -- 5. the page's own title and name ------------------------------------------------------


def test_the_documents_title_under_the_pages_heading_and_metadata() -> None:
    parsed = imported(
        [
            "柳湾镇2024年度法治政府建设情况报告",  # the page's heading
            "发布时间：2025-02-11 09:30:12  来源：柳湾镇  浏览次数：231",
            "【字体：大 中 小】",
            "柳湾镇人民政府",
            TITLE,
            ADDRESSEES,
            OPENING,
            *lines(title=(), addressees=(), opening=()),
        ]
    )
    assert parsed.report.title == "柳湾镇人民政府" + TITLE
    assert parsed.report.opening == [OPENING]
    assert notes_about(parsed, "“柳湾镇2024年度法治政府建设情况报告”是网页上的标题")


def test_the_sites_name_is_not_the_organ_or_the_title() -> None:
    parsed = imported(
        lines(
            above=("海川县人民政府门户网站",),
            title=("石门乡2024年法治政府建设工作报告",),
            signature=(),
        )
    )
    assert parsed.report.title == "石门乡2024年法治政府建设工作报告"
    assert parsed.report.organ == "石门乡人民政府"
