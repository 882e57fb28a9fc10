"""Import of published reports as a clerk pastes them, third round: what a page puts in
front of a title, share lines, the title printed twice, the organ named only in the
opening, the body or the page's 来源, 系统 reports, and leadership headings.

Every report here is written for these tests (invented places: 柳湾镇, 金湾新区, 南溪县 …);
each test changes one thing of the plain report of test_import_shapes.
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

ORGAN_TITLE = "柳湾镇人民政府关于2024年法治政府建设情况的报告"

# -- 1. what a page puts in front of a title -----------------------------------------------


@pytest.mark.parametrize(
    "junk",
    [
        "• [ 有性 ] ",
        "> • 政务微信",
        "匹配度排序 • ",
        "时间排序",
        "【专题】 ",
        "● [ 有 效 性 ] ",
        "★ 微信",
    ],
)
def test_junk_stuck_to_the_title_is_cut_off_and_said(junk: str) -> None:
    parsed = imported(lines(title=(junk + ORGAN_TITLE,)))
    assert parsed.report.title == ORGAN_TITLE
    assert parsed.report.organ == "柳湾镇人民政府"
    assert notes_about(parsed, f"“{junk.strip()}”")
    assert notes_about(parsed, "没有读入")


@pytest.mark.parametrize("junk", ["• [ 有性 ]", "> • 政务微信", "> • 政务微博"])
def test_junk_on_the_line_above_the_title_is_left_out(junk: str) -> None:
    parsed = imported(lines(title=(junk, ORGAN_TITLE)))
    assert parsed.report.title == ORGAN_TITLE
    assert notes_about(parsed, f"“{junk}”不属于报告正文")


def test_junk_in_front_of_the_title_printed_again() -> None:
    parsed = imported(lines(title=(TITLE, "> • 政务微信", "• [ 有性 ] " + ORGAN_TITLE)))
    assert parsed.report.title == ORGAN_TITLE
    assert parsed.report.opening == [OPENING]
    assert notes_about(parsed, "“> • 政务微信”是网页上列表的符号或标签")


def test_a_bracket_or_bullet_in_front_of_prose_is_no_junk() -> None:
    """Only a title's line loses what stands in front of it; an opening keeps its words."""
    opening = "【基本情况】2024年，柳湾镇坚持依法行政，扎实推进法治政府建设。现将有关情况报告如下："
    parsed = imported(lines(opening=(opening,)))
    assert parsed.report.opening == [opening]


# -- 2. share lines, and addressees with half-width marks -----------------------------------


@pytest.mark.parametrize(
    "share", [("分享:",), ("分享：",), ("分享到：", "微信 微博 QQ空间"), ("微信 | 微博",)]
)
def test_share_lines_above_the_addressees_are_the_pages(share: tuple[str, ...]) -> None:
    parsed = imported(lines(addressees=(*share, "中共临溪县委、临溪县人民政府:")))
    assert parsed.report.addressees == ["中共临溪县委", "临溪县人民政府"]
    assert parsed.report.opening == [OPENING]
    assert notes_about(parsed, f"“{share[-1]}”是网页信息")


def test_short_addressees_with_a_half_width_colon_after_a_share_line() -> None:
    parsed = imported(lines(addressees=("分享:", "区委、区政府:")))
    assert parsed.report.addressees == ["区委", "区政府"]


def test_an_organ_line_above_the_pages_navigation_is_the_sites_header() -> None:
    opening = "2024年，河东区坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下："
    parsed = imported(
        lines(
            above=("青山市人民政府", "当前位置：首页 > 政务公开 > 法治政府建设"),
            opening=(opening,),
            signature=(),
        )
    )
    assert parsed.report.title == TITLE  # not 青山市人民政府关于…
    assert parsed.report.organ == "河东区人民政府"
    assert notes_about(parsed, "“青山市人民政府”是网站的页头")
    kept = imported(lines(above=("青山市人民政府",), title=(TITLE,), opening=(opening,)))
    assert kept.report.title == "青山市人民政府" + TITLE  # without navigation: the title's


# -- 3. the title printed twice -------------------------------------------------------------


def test_the_same_title_again_over_two_lines_is_left_out() -> None:
    parsed = imported(lines(title=(ORGAN_TITLE, "柳湾镇人民政府", TITLE)))
    assert parsed.report.title == ORGAN_TITLE
    assert parsed.report.addressees == ["中共临溪县委", "临溪县人民政府"]
    assert parsed.report.opening == [OPENING]
    assert notes_about(parsed, "“柳湾镇人民政府”“关于2024年法治政府建设情况的报告”与标题重复")


def test_the_documents_title_with_its_organ_under_a_shorter_page_heading() -> None:
    parsed = imported(lines(title=(TITLE, "柳湾镇人民政府", TITLE)))
    assert parsed.report.title == ORGAN_TITLE
    assert parsed.report.opening == [OPENING]
    assert notes_about(parsed, f"“{TITLE}”是网页上的标题，没有读入")


def test_a_different_report_title_below_is_not_a_repeat() -> None:
    """关于…的报告 under a title that does not end with it is no second copy."""
    other = "关于2024年普法工作情况的报告"
    parsed = imported(lines(title=(ORGAN_TITLE,), addressees=(other, ADDRESSEES)))
    assert parsed.report.title == ORGAN_TITLE
    assert not notes_about(parsed, "与标题重复")


# -- 4. the organ named only in the opening's subject ---------------------------------------


@pytest.mark.parametrize(
    ("opening", "organ"),
    [
        (  # a 以下简称 parenthesis after the subject, half-width marks
            "2024年,在市委、市政府的坚强领导下,金湾新区(以下简称“新区”)始终坚持依法行政。",
            "金湾新区管理委员会",
        ),
        ("2024年，柘塘街道（以下简称“街道”）坚持依法行政。", "柘塘街道办事处"),
        (
            "2024年青龙经济开发区在区委、区政府的正确领导下,推进依法行政。",
            "青龙经济开发区管理委员会",
        ),
        ("2024年柘塘镇深入推进依法行政，法治政府建设取得新进展。", "柘塘镇人民政府"),
        (
            "2024年,石岭镇委、镇政府坚持以习近平法治思想为指导,扎实推进法治政府建设。",
            "石岭镇人民政府",
        ),
        (  # a long citation, then the year, then the town
            "根据《青山市法治政府建设与责任落实督察工作实施办法》(青法办〔2024〕3号)有关要求,"
            "2024年,河口镇深入推进依法行政,法治政府建设取得积极成效。",
            "河口镇人民政府",
        ),
        ("现将石岭镇2024年度法治政府建设情况报告如下:", "石岭镇人民政府"),  # one sentence
        (  # 在 and 根据 are not part of the name: never 在柘塘镇人民政府
            "2024年，在柘塘镇党委、政府的坚强领导下，柘塘镇深入推进依法行政。",
            "柘塘镇人民政府",
        ),
        (  # two clauses first, naming the county and its department
            "2024年,按照临溪县委、县政府的部署,在县司法局的具体指导下,龙潭镇党委、政府深入推进依法行政。",
            "龙潭镇人民政府",
        ),
    ],
)
def test_the_organ_from_the_openings_subject(opening: str, organ: str) -> None:
    parsed = imported(lines(title=(TITLE,), opening=(opening,), signature=()))
    assert parsed.report.organ == organ
    assert notes_about(parsed, "请核对 organ")


@pytest.mark.parametrize(
    ("opening", "organ"),
    [
        ("2024年，安平县交通运输局在县委、县政府的坚强领导下，推进依法行政。", "安平县交通运输局"),
        ("2024年，我局在县委、县政府的坚强领导下，推进依法行政。", None),  # not 我局在县
    ],
)
def test_a_county_committee_after_the_subject_is_not_its_place(
    opening: str, organ: str | None
) -> None:
    parsed = imported(lines(opening=(opening,), signature=()))
    assert parsed.report.organ == organ


def test_a_town_named_with_its_county_as_the_text_names_it_most() -> None:
    opening = "2024年，石桥县龙潭镇坚持以习近平法治思想为指导，扎实推进法治政府建设。"
    plans = ["四、2025年工作安排", "2025年，龙潭镇将继续加强法治队伍建设，推进龙潭镇法治建设。"]
    parts = (DUTY, MEASURES, SHORTCOMINGS, plans)
    parsed = imported(lines(opening=(opening,), parts=parts, signature=()))
    assert parsed.report.organ == "龙潭镇人民政府"
    parsed = imported(lines(opening=(opening,), signature=()))  # named once, with its county
    assert parsed.report.organ == "石桥县龙潭镇人民政府"


def test_an_opening_that_starts_with_a_citation_names_no_organ() -> None:
    """根据县委…要求: 根据县委 is no organ (it was taken for one)."""
    opening = "根据县委依法治县委员会办公室《关于报送年度法治政府建设情况的通知》要求，现将有关情况报告如下："
    plans = ["四、2025年工作安排", "2025年，我们将继续加强法治队伍建设，创新普法方式。"]
    duty = ["一、党政主要负责人履行推进法治建设第一责任人职责情况", "主要负责人带头学法。"]
    parsed = imported(
        lines(opening=(opening,), parts=(duty, MEASURES, SHORTCOMINGS, plans), signature=())
    )
    assert parsed.report.organ is None
    assert notes_about(parsed, "没有找到发文机关")


def test_the_place_whose_organs_the_body_names_most_when_the_opening_names_none() -> None:
    opening = "按照区委依法治区办工作要求，现将2024年度法治政府建设工作情况报告如下："
    duty = [
        "一、党政主要负责人履行推进法治建设第一责任人职责情况",
        "云台街道党工委书记切实履行第一责任人职责，云台街道党工委全年专题研究法治工作4次。",
    ]
    parts = (duty, MEASURES, SHORTCOMINGS, PLANS)
    parsed = imported(lines(opening=(opening,), parts=parts, signature=()))
    assert parsed.report.organ == "云台街道办事处"
    assert notes_about(parsed, "最常提到的“云台街道”（2 次）")
    once = [duty[0], "云台街道党工委书记切实履行第一责任人职责。"]  # named once: not enough
    parsed = imported(lines(opening=(opening,), parts=(once, *parts[1:]), signature=()))
    assert parsed.report.organ is None


@pytest.mark.parametrize(
    ("opening", "measures", "organ"),
    [
        (  # 我镇, and the town named after 在 as well as in 《》
            "2024年，我镇坚持依法行政。",
            [*MEASURES[:2], "在西岭镇综治中心调处纠纷132件，修订《西岭镇议事规则》。"],
            "西岭镇人民政府",
        ),
        (  # 我委 in a zone's report: the zone whose 管委会 the text names
            "2024年，我委在市委、市政府的坚强领导下，扎实推进法治政府建设。",
            [*MEASURES[:2], "青龙高新技术产业开发区管委会全年重大事项均经合法性审查。"],
            "青龙高新技术产业开发区管理委员会",
        ),
    ],
)
def test_a_self_reference_resolves_to_what_the_text_names(
    opening: str, measures: list[str], organ: str
) -> None:
    plans = ["四、2025年工作安排", "下一步，我们将继续加强法治队伍建设。"]
    parsed = imported(
        lines(opening=(opening,), parts=(DUTY, measures, SHORTCOMINGS, plans), signature=())
    )
    assert parsed.report.organ == organ
    assert notes_about(parsed, "自称，按正文中的")


# -- 5. the page's 发布机构 and 来源 as evidence ----------------------------------------------

BENJU = "2024年，我局坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下："
BENJU_PLANS = ["四、2025年工作安排", "2025年，我局将继续加强法治队伍建设。"]


def test_the_openings_organ_wins_over_the_publisher() -> None:
    opening = "2024年，安平县交通运输局在县委、县政府的坚强领导下，推进依法行政。"
    above = ("[ 发布机构 ] 安平县司法局 [ 发布日期 ] 2025-01-23",)
    parsed = imported(lines(above=above, opening=(opening,), signature=()))
    assert parsed.report.organ == "安平县交通运输局"
    assert notes_about(parsed, "“发布机构：安平县司法局”与开头段落所写的“安平县交通运输局”不同")


@pytest.mark.parametrize(
    ("source", "organ"),
    [
        ("来源：西岭县应急管理局  发布时间：2025-01-19", "西岭县应急管理局"),
        ("来源：西岭县人民政府网  发布时间：2025-01-19", None),  # a site's name
        ("来源：西岭县人民政府  发布时间：2025-01-19", None),  # no 局: not what 我局 means
        ("来源：县应急管理局", None),  # a short name
    ],
)
def test_the_source_is_evidence_for_a_self_reference(source: str, organ: str | None) -> None:
    parts = (DUTY, MEASURES, SHORTCOMINGS, BENJU_PLANS)
    parsed = imported(lines(above=(source,), opening=(BENJU,), parts=parts, signature=()))
    assert parsed.report.organ == organ
    if organ is not None:
        assert notes_about(parsed, f"按网页信息“来源：{organ}”推定发文机关")


def test_the_text_naming_its_bureau_wins_over_the_source() -> None:
    measures = [*MEASURES[:2], "修订《南溪县市场监督管理局行政执法公示办法》。"]
    parsed = imported(
        lines(
            above=("来源：南溪县司法局",),
            opening=(BENJU,),
            parts=(DUTY, measures, SHORTCOMINGS, BENJU_PLANS),
            signature=(),
        )
    )
    assert parsed.report.organ == "南溪县市场监督管理局"


def test_a_source_is_never_the_organ_on_its_own() -> None:
    """来源 names who put the text up; with nothing in the text to say so, not the organ."""
    opening = "现将2024年度法治政府建设工作情况报告如下："
    plans = ["四、2025年工作安排", "下一步，继续加强法治队伍建设。"]
    duty = ["一、党政主要负责人履行推进法治建设第一责任人职责情况", "主要负责人带头学法。"]
    parsed = imported(
        lines(
            above=("来源：南溪县交通运输局",),
            opening=(opening,),
            parts=(duty, MEASURES, SHORTCOMINGS, plans),
            signature=(),
        )
    )
    assert parsed.report.organ is None


@pytest.mark.parametrize(
    ("title", "above", "organ"),
    [
        ("桐河县2024年教育系统法治政府建设工作报告", ("发布机构：桐河县教育局",), "桐河县教育局"),
        (
            "桐河县卫生健康系统 2024年法治政府建设工作报告",
            ("来源：桐河县卫生健康局",),
            "桐河县卫生健康局",
        ),
        ("2024年度临川市公安系统法治政府建设工作报告", ("发布机构：临川市公安局",), "临川市公安局"),
        ("桐河县卫生健康系统 2024年法治政府建设工作报告", ("来源：桐河县司法局",), None),
        ("临川市公安系统2024年度法治政府建设工作报告", ("发布机构：市公安局",), "临川市公安局"),
        ("临川市公安系统2024年度法治政府建设工作报告", ("发布机构：县公安局",), None),
    ],
)
def test_a_systems_department_from_the_page(
    title: str, above: tuple[str, ...], organ: str | None
) -> None:
    opening = "2024年，全县卫生健康系统深入推进依法行政。现将有关情况报告如下："
    parsed = imported(lines(above=above, title=(title,), opening=(opening,), signature=()))
    assert parsed.report.organ == organ  # never 桐河县人民政府
    assert notes_about(parsed, "系统不是机关")


# -- 6. leadership headings -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "text", "kind"),
    [
        (
            "一、加强组织领导",
            "镇党委成立法治政府建设领导小组，主要领导亲自研究部署，全年召开专题会议4次。",
            "measures",
        ),
        (
            "一、加强党的领导，健全工作机制",
            "镇党委调整领导小组，主要领导任组长，建立月调度机制，全年召开推进会4次。",
            "measures",
        ),
        (  # the heading decides: 组织领导 without a word of responsibility is measures
            "一、加强组织领导",
            "镇党委书记、镇长认真履行推进法治建设第一责任人职责，亲自部署重要工作。",
            "measures",
        ),
        (
            "一、加强组织领导，压实主体责任",
            "镇党委书记、镇长认真履行推进法治建设第一责任人职责，亲自部署重要工作。",
            "duty",
        ),
        (  # one line about the duty among the measures: still measures
            "一、坚持党的全面领导",
            "镇党委调整领导小组。全年召开推进会4次。制定年度工作要点。"
            "明确任务18项。建立月调度机制。镇党委书记履行第一责任人职责。",
            "measures",
        ),
        ("一、强化组织保障", "全年召开推进会4次，制定年度工作要点。", "measures"),
    ],
)
def test_a_leadership_heading_is_measures_unless_it_speaks_of_responsibility(
    heading: str, text: str, kind: str
) -> None:
    first = [heading, text]
    parsed = imported(lines(parts=(first, MEASURES, SHORTCOMINGS, PLANS)))
    assert kinds(parsed) == [kind, *KINDS[1:]]
