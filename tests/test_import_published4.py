"""Import of web copies, fourth round: organs never made of sentence words, more of a
page's metadata and widgets, a zone's or a county's organ where the copy makes it
certain, and the year from the page's date where the text has none.

Every report here is written for these tests (invented places: 柳湾镇, 古桥镇, 云溪高新区,
平川县 …); each test changes one thing of the plain report of test_import_shapes.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from test_import_shapes import (
    DUTY,
    MEASURES,
    OPENING,
    PLANS,
    SHORTCOMINGS,
    TITLE,
    imported,
    lines,
    notes_about,
    one_space,
)

from reportgen.errors import ReportgenError
from reportgen.importing.issuer import well_formed
from reportgen.importing.parse import Parsed

HAN = "\u4e00-\u9fff"


def said_left_out(parsed: Parsed, line: str) -> bool:
    return bool(notes_about(parsed, f"“{one_space(line)[:30]}”"))


# -- 1. the organ is never invented ------------------------------------------------------

# The shapes an organ read from an opening may have.
ORGAN_SHAPE = re.compile(
    rf"^[{HAN}]+(?:[镇乡]人民政府|街道办事处|局|管理委员会|[县区市旗]人民政府)$"
)
NEVER_IN_AN_ORGAN = re.compile(r"在|遵循|按照|根据|坚持|围绕|结合|的|[市县区]委[市县区]")

YEARS = ("2024年，", "2024年", "一年来，")
CLAUSES = (
    "",
    "在市委市政府的坚强领导下，",
    "在县委县政府的正确领导下，",
    "遵循新区发展定位，",
    "遵循新区持续推进法治建设的部署，",
    "按照区委区政府部署，",
    "围绕高新区发展大局，",
    "结合本镇实际，",
)
SUBJECTS = (
    "",
    "市交通局在市委市政府的坚强领导下，",
    "县交通局在县委县政府的领导下，",
    "古桥镇",
    "古桥镇法治政府建设工作在县委县政府的领导下，",
    "云溪高新区",
    "青禾街道党工委、办事处",
    "平川县",
    "我镇",
    "新区",
)
VERBS = ("坚持依法行政", "持续推进法治政府建设", "以法治护航发展")


def openings() -> list[str]:
    return [
        f"{year}{clause}{subject}{verb}，取得新成效。现将有关情况报告如下："
        for year, clause, subject, verb in itertools.product(YEARS, CLAUSES, SUBJECTS, VERBS)
        if (clause or subject) and not (year.endswith("年") and not subject)
    ]


def test_an_organ_read_from_an_opening_is_always_a_well_formed_name() -> None:
    """Across openings that mix prepositions, verbs and party-and-government pairs with
    subjects of every kind: the organ is None, or a name of a known shape whose place
    the text writes, never words of the sentence."""
    seen = set()
    for opening in openings():
        text = lines(title=(), addressees=(), opening=(opening,), signature=())
        organ = imported(text).report.organ
        seen.add(organ)
        if organ is None:
            continue
        assert ORGAN_SHAPE.match(organ), (opening, organ)
        assert not NEVER_IN_AN_ORGAN.search(organ), (opening, organ)
        place = re.sub(r"(?:人民政府|办事处|管理委员会)$", "", organ)
        assert place in "".join(text), (opening, organ)  # 我镇: the 镇 the text names
    # the guard keeps what is certain: the named places are still read
    assert {"古桥镇人民政府", "云溪高新区管理委员会", "青禾街道办事处", "平川县人民政府"} <= seen


@pytest.mark.parametrize(
    "opening",
    [
        "2023年，市交通局在市委市政府的坚强领导下，深入推进依法行政。现将有关情况报告如下：",
        "2024年，遵循新区持续推进法治建设的部署，我们坚持依法行政。现将有关情况报告如下：",
    ],
)
def test_sentence_words_never_become_an_organ(opening: str) -> None:
    parsed = imported(lines(title=(), addressees=(), opening=(opening,), signature=()))
    assert parsed.report.organ is None
    assert notes_about(parsed, "organ")


def test_a_short_department_named_in_full_elsewhere_is_still_read() -> None:
    opening = "2023年，市交通局在市委市政府的坚强领导下，深入推进依法行政。现将有关情况报告如下："
    plans = [PLANS[0], "2025年，宁川市交通局将继续加强法治队伍建设。"]
    parsed = imported(
        lines(
            title=(),
            addressees=(),
            opening=(opening,),
            parts=(DUTY, MEASURES, SHORTCOMINGS, plans),
            signature=(),
        )
    )
    assert parsed.report.organ == "宁川市交通局"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("柳湾镇人民政府", True),
        ("澜江区司法局", True),
        ("云溪高新区管理委员会", True),
        ("青禾街道办事处", True),
        ("市交通局在市委市人民政府", False),
        ("遵循新区管理委员会", False),
        ("市委市人民政府", False),
        ("古桥镇的人民政府", False),
        ("坚持新区管理委员会", False),
        ("现将石岭镇人民政府", False),
    ],
)
def test_well_formed_organ_names(name: str, expected: bool) -> None:
    assert well_formed(name) is expected


def test_the_place_in_the_sentence_that_says_who_reports() -> None:
    opening = "按照县委要求，现将石岭镇2024年度法治政府建设情况报告如下："
    parsed = imported(lines(title=(), addressees=(), opening=(opening,), signature=()))
    assert parsed.report.organ == "石岭镇人民政府"


def test_a_towns_party_committee_beside_its_government_still_reads() -> None:
    opening = "2024年，石岭镇委、镇政府坚持依法行政，扎实推进法治政府建设。现将有关情况报告如下："
    parsed = imported(lines(title=(), opening=(opening,), signature=()))
    assert parsed.report.organ == "石岭镇人民政府"


# -- 2. more of a page's lines -------------------------------------------------------------

PAGE_LINES = {
    "dash bullets": (
        "- 备注/文号: 柳政〔2025〕3号",
        "- 发布机构: 柳湾镇人民政府",
        "- 公文生成日期: 2025-02-07",
        "- 公文种类: 报告",
    ),
    "several labels a line": (
        "索引号: 1529000/2023-01296 发布机构: 柳湾镇人民政府",
        "备注/文号：柳政〔2025〕3号  公文生成日期：2025-02-07",
    ),
    "an empty label, then another": ("发文字号: 成文时间: 2025-02-07", "公文生成日期：2025-02-07"),
    "an empty label alone": ("公文时效:",),
    "a breadcrumb behind >": (
        "> 首页 > 政务公开 > 法治政府建设",
        "> 政务公开 > 法治政府建设 > 工作报告",
    ),
    "widgets": (
        "保护视力色:",
        "保护视力色：默认 绿色 黄色",
        "字号 背景色 保护视力 打印 关闭",
        "背景色：",
        "字号：大 中 小",
    ),
}


@pytest.mark.parametrize("block", PAGE_LINES.values(), ids=PAGE_LINES.keys())
@pytest.mark.parametrize("where", ["above the title", "under the title"])
def test_a_pages_lines_are_left_out_and_named(block: tuple[str, ...], where: str) -> None:
    text = lines(above=block) if where == "above the title" else lines(title=(TITLE, *block))
    parsed = imported(text)
    report = parsed.report
    assert (report.title, report.opening) == (TITLE, [OPENING])
    assert report.addressees == ["中共临溪县委", "临溪县人民政府"]
    for line in block:
        assert said_left_out(parsed, line), line


def test_the_pages_dates_are_not_the_reports_date() -> None:
    block = ("- 公文生成日期: 2025-02-07", "发文字号: 成文时间: 2025-02-06")
    parsed = imported(lines(title=(TITLE, *block), date=()))
    assert parsed.report.date is None
    parsed = imported(lines(title=(TITLE, *block)))
    assert parsed.report.date == dt.date(2025, 1, 20)


def test_a_close_buttons_mark_in_front_of_the_title_is_cut_off() -> None:
    title = "柳湾镇人民政府2024年法治政府建设年度报告"
    parsed = imported(lines(title=(f"×{title}",)))
    assert parsed.report.title == title
    assert notes_about(parsed, "“×”")


def test_a_times_sign_in_prose_stays() -> None:
    opening = "×月×日，柳湾镇召开法治政府建设推进会，部署全年工作。现将有关情况报告如下："
    parsed = imported(lines(opening=(opening,)))
    assert parsed.report.opening == [opening]


def test_addressees_with_an_ascii_comma_after_the_pages_lines() -> None:
    block = ("- 发布机构: 柳湾镇人民政府", "- 公文生成日期: 2025-02-07")
    parsed = imported(
        lines(title=(TITLE, *block), addressees=("中共临溪县委员会,临溪县人民政府:",))
    )
    assert parsed.report.addressees == ["中共临溪县委员会", "临溪县人民政府"]
    assert parsed.report.opening == [OPENING]


# -- 3. the organ where the copy makes it certain ------------------------------------------


@pytest.mark.parametrize(
    "subject",
    ["2024年，古桥镇法治政府建设工作", "古桥镇2024年法治政府建设工作", "2024年，古桥镇各项工作"],
)
def test_a_township_as_subject_without_a_comma_after_it(subject: str) -> None:
    opening = f"{subject}在县委、县政府的坚强领导下，取得明显成效。现将有关情况报告如下："
    parsed = imported(lines(title=(), opening=(opening,), signature=()))
    assert parsed.report.organ == "古桥镇人民政府"


@pytest.mark.parametrize(
    ("publisher", "subject", "organ"),
    [
        ("云溪高新技术产业开发区管理委员会", "高新区", "云溪高新技术产业开发区管理委员会"),
        ("云溪高新技术产业开发区管理委员会", "云溪高新区", "云溪高新技术产业开发区管理委员会"),
        ("宁川市云溪园区管理委员会", "云溪园区管委会", "宁川市云溪园区管理委员会"),
        # another zone's publisher is not this zone's organ
        ("宁川经济技术开发区管理委员会", "云溪高新区", "云溪高新区管理委员会"),
    ],
)
def test_a_zone_by_its_short_form_takes_the_publishers_full_name(
    publisher: str, subject: str, organ: str
) -> None:
    opening = (
        f"2024年，{subject}坚持以习近平法治思想为引领，持续推进法治政府建设。现将有关情况报告如下："
    )
    parsed = imported(
        lines(above=(f"发布机构：{publisher}",), title=(), opening=(opening,), signature=())
    )
    assert parsed.report.organ == organ
    if organ == publisher:
        assert notes_about(parsed, f"“{publisher}”，请核对 organ")


@pytest.mark.parametrize(
    ("publisher", "organ"),
    [
        ("宁川市云溪园区管理委员会", "宁川市云溪园区管理委员会"),
        # another kind of zone: its own name, by its formal 管理委员会
        ("云溪高新技术产业开发区管理委员会", "云溪园区管理委员会"),
    ],
)
def test_a_zones_title_by_its_short_form_takes_the_publishers_full_name(
    publisher: str, organ: str
) -> None:
    title = "×云溪园区管委会2025年法治政府建设年度报告"
    parsed = imported(lines(above=(f"发布机构：{publisher}",), title=(title,), signature=()))
    assert parsed.report.title == title.removeprefix("×")
    assert parsed.report.organ == organ


def test_a_publishers_short_form_never_replaces_the_full_name() -> None:
    title = "云溪园区管理委员会2025年法治政府建设年度报告"
    parsed = imported(lines(above=("发布机构：云溪园区管委会",), title=(title,), signature=()))
    assert parsed.report.organ == "云溪园区管理委员会"


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ("平川县2024年度法治政府建设情况报告", "县政府"),
        ("2024年度平川县法治政府建设情况报告", "我县"),
        ("平川县法治政府建设2024年度报告", "县政府"),
    ],
)
def test_a_countys_report_titled_with_its_name(title: str, subject: str) -> None:
    opening = (
        f"2024年，{subject}坚持以习近平法治思想为指导，全面推进法治政府建设。现将有关情况报告如下："
    )
    parsed = imported(lines(title=(title,), opening=(opening,), signature=()))
    assert parsed.report.organ == "平川县人民政府"


# -- 4. the year from the page's date, as the last resort ----------------------------------

CITED_ONLY = (
    "按照《法治政府建设实施纲要（2021—2025年）》要求，柳湾镇坚持以习近平法治思想为指导，"
    "全面推进法治政府建设。现将有关情况报告如下："
)
NO_YEAR_PLANS = ["四、下一步工作安排", "柳湾镇将继续加强法治队伍建设，创新普法方式。"]
NO_YEAR_MEASURES = [*MEASURES[:2], "严格落实重大行政决策程序。"]


def no_year_copy(above: tuple[str, ...]) -> list[str]:
    return lines(
        above=above,
        title=(),
        opening=(CITED_ONLY,),
        parts=(DUTY, NO_YEAR_MEASURES, SHORTCOMINGS, NO_YEAR_PLANS),
        date=(),
    )


@pytest.mark.parametrize(
    ("published", "year"),
    [
        ("成文日期：2025-02-14", 2024),
        ("发布日期：2025-04-30", 2024),
        ("发布时间：2025-06-03", 2025),
    ],
)
def test_the_year_from_the_pages_date_when_the_text_has_none(published: str, year: int) -> None:
    parsed = imported(no_year_copy((published,)))
    assert parsed.report.year == year
    assert notes_about(parsed, f"推定为 {year} 年度的报告")


def test_the_year_from_the_pages_date_under_the_report() -> None:
    parsed = imported([*no_year_copy(()), "发布日期", "2025-01-22", "浏览次数：318"])
    assert parsed.report.year == 2024
    assert parsed.report.date is None


def test_without_the_pages_date_the_refusal_stays() -> None:
    with pytest.raises(ReportgenError, match="无法判断报告年度"):
        imported(no_year_copy(("发布机构：柳湾镇人民政府",)))


# -- a copy cut off under a point's heading; a 综保区 -------------------------------------


def test_a_point_heading_ending_in_ju_is_no_organ_nor_signature() -> None:
    """A copy cut off after "二是构建基层党建工作新格局": 格局 ends as a 局 does, but the
    line is a point's heading — no organ, no signatory made of it."""
    measures = [*MEASURES, "一是健全议事规则", "二是构建基层党建工作新格局"]
    parsed = imported(lines(parts=(DUTY, measures), date=(), signature=()))
    assert parsed.report.signatories == []
    assert "格局" not in (parsed.report.organ or "")


@pytest.mark.parametrize("zone", ["东湖综保区", "东湖综合保税区"])
def test_a_bonded_zone_is_governed_by_its_management_committee(zone: str) -> None:
    parsed = imported(
        lines(
            title=(f"{zone}2024年度法治政府建设情况报告",),
            opening=(OPENING.replace("柳湾镇", zone),),
            signature=(),
        )
    )
    assert parsed.report.organ == f"{zone}管理委员会"


def test_a_list_of_page_controls_and_a_spaced_name_label_are_the_pages() -> None:
    """- 设为首页 / - 加入收藏 / - 无障碍阅读 / - 长者版, then 名 称：… and 索 引 号：… above the
    text: the page's lines, none of them the opening."""
    above = (
        "- 设为首页",
        "- 加入收藏",
        "- 无障碍阅读",
        "- 长者版",
        "名 称: 柳湾镇2024年法治政府建设工作报告",
        "索 引 号: 000012345/2025-00017 发布日期: 2025-02-20 发布机构: 柳湾镇人民政府",
    )
    parsed = imported(lines(above=above, title=(), addressees=()))
    assert parsed.report.opening == [OPENING]
    assert parsed.report.organ == "柳湾镇人民政府"
