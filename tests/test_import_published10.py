"""Import of published copies, tenth round: which title, which organ.

A page's headline over the document's own title worded otherwise; an organ named only in
the body under 我乡; a zone's 管理局 or 管委会; a department named short beside its full
name; a stray space inside a title line. Every report here is written for these tests
(invented places: 柳湾镇 under 临溪县, 石桥乡, 青岭区 …); each test changes one thing of
the plain report of test_import_shapes.
"""

from __future__ import annotations

import pytest
from test_import_shapes import DUTY, MEASURES, OPENING, SHORTCOMINGS, imported, lines

from reportgen.importing.frame import restates, without_stray_spaces
from reportgen.importing.spelled import spelled_out

HEADLINE = "柳湾镇2024年度法治政府建设情况报告"
OWN_TITLES = [
    "临溪县柳湾镇人民政府关于2024年法治政府建设情况的报告",
    "柳湾镇2024年法治政府建设工作报告",
    "柳湾镇2024年法治政府建设情况报告",  # only 年/年度 differs
]


@pytest.mark.parametrize("own", OWN_TITLES)
@pytest.mark.parametrize("addressees", [("中共临溪县委、临溪县人民政府：",), ()])
def test_the_documents_own_title_under_the_pages_headline(
    own: str, addressees: tuple[str, ...]
) -> None:
    parsed = imported(lines(above=(HEADLINE,), title=(own,), addressees=addressees))
    assert parsed.report.full_title == own
    assert parsed.report.opening == [OPENING]  # the headline is no opening paragraph
    assert parsed.report.addressees == (["中共临溪县委", "临溪县人民政府"] if addressees else [])
    assert any(HEADLINE in note and "网页上的标题" in note for note in parsed.notes)


def test_the_headline_then_web_lines_then_the_organ_line_and_the_title() -> None:
    parsed = imported(
        lines(
            above=(HEADLINE, "浏览次数：35", "临溪县柳湾镇人民政府"),
            title=("关于2024年法治政府建设情况的报告",),
        )
    )
    assert parsed.report.full_title == "临溪县柳湾镇人民政府关于2024年法治政府建设情况的报告"
    assert parsed.report.opening == [OPENING]


def test_the_headline_then_the_organ_line_and_the_title_with_nothing_between() -> None:
    parsed = imported(
        lines(above=(HEADLINE, "柳湾镇人民政府"), title=("关于2024年法治政府建设情况的报告",))
    )
    assert parsed.report.full_title == "柳湾镇人民政府关于2024年法治政府建设情况的报告"
    assert parsed.report.opening == [OPENING]


@pytest.mark.parametrize(
    ("headline", "line"),
    [
        ("关于2024年法治政府建设情况的报告", "2024年法治政府建设工作情况"),  # no 报告: opening's
        ("柳湾镇2023年度法治政府建设情况报告", "柳湾镇2024年法治政府建设情况报告"),  # other year
        ("柳湾镇2024年度法治政府建设情况报告", "柳湾镇2024年安全生产工作报告"),  # other subject
    ],
)
def test_a_title_like_line_that_is_no_restatement(headline: str, line: str) -> None:
    assert not restates(headline, line)


def test_a_title_like_line_of_the_opening_stays_there() -> None:
    line = "2024年法治政府建设工作情况"
    parsed = imported(lines(addressees=(), opening=(line, OPENING)))
    assert parsed.report.full_title == "关于2024年法治政府建设情况的报告"
    assert parsed.report.opening == [line, OPENING]


SELF_OPENING = "2024年，我乡在县委、县政府的领导下，扎实推进法治政府建设。现将有关情况报告如下："
BODY = [
    "一、党政主要负责人履行推进法治建设第一责任人职责情况",
    "石桥乡党委书记认真履行第一责任人职责，石桥乡党委全年专题研究法治建设4次。",
    "二、推进法治政府建设的主要举措和成效",
    "石桥乡综治中心全年调处矛盾纠纷36件，石桥乡人民政府严格落实重大行政决策程序。",
    *SHORTCOMINGS,
    "四、2025年工作安排",
    "石桥乡将继续加强法治队伍建设，创新普法方式。",
]


def _self_named(opening: str, body: list[str]) -> tuple[str | None, list[str]]:
    parsed = imported(lines(opening=(opening,), parts=(body,), signature=()))
    return parsed.report.organ, parsed.notes


@pytest.mark.parametrize(
    ("self_reference", "place", "organ"),
    [
        ("我乡", "石桥乡", "石桥乡人民政府"),
        ("我镇", "石桥镇", "石桥镇人民政府"),
        ("我街道", "石桥街道", "石桥街道办事处"),
    ],
)
def test_a_self_reference_resolves_to_the_organ_the_body_names(
    self_reference: str, place: str, organ: str
) -> None:
    body = [line.replace("石桥乡", place) for line in BODY]
    found, notes = _self_named(SELF_OPENING.replace("我乡", self_reference), body)
    assert found == organ
    assert any(self_reference in note and place in note for note in notes)


def test_two_townships_of_the_kind_named_leave_the_organ_empty() -> None:
    """石桥乡 three times, 白沙乡 twice: about as often, so 我乡 is neither for certain
    (one named far more often is taken: test_import_published12)."""
    body = [
        line.replace("石桥乡综治中心", "白沙乡综治中心").replace("石桥乡人民政府", "白沙乡人民政府")
        for line in BODY
    ]
    organ, notes = _self_named(SELF_OPENING, body)
    assert organ is None
    assert any("石桥乡" in note and "白沙乡" in note and "organ 暂为空" in note for note in notes)


@pytest.mark.parametrize("place", ["石桥村", "石桥社区", "临溪县"])
def test_a_village_community_or_county_is_never_the_townships_organ(place: str) -> None:
    body = [line.replace("石桥乡", place) for line in BODY]
    organ, notes = _self_named(SELF_OPENING, body)
    assert organ is None
    assert any("我乡" in note and "organ 暂为空" in note for note in notes)


@pytest.mark.parametrize(
    "organ", ["前湾合作区管理局", "青岭风景名胜区管理局", "白河农场管理局", "青岭开发区管委会"]
)
def test_a_zones_own_organ_in_its_title(organ: str) -> None:
    parsed = imported(lines(title=(f"{organ}2024年法治政府建设工作报告",), signature=()))
    expected = organ.replace("管委会", "管理委员会")
    assert parsed.report.organ == expected


@pytest.mark.parametrize(
    ("zone", "organ"),
    [
        ("青岭经济开发区", "青岭经济开发区管理委员会"),
        ("青岭高新区", "青岭高新区管理委员会"),
        ("前湾合作区", "前湾合作区管理委员会"),
        ("青岭产业集聚区", "青岭产业集聚区管理委员会"),
        ("青岭风景名胜区", None),  # a 管理局 or a 管委会: the name does not say
        ("青岭旅游区", None),
    ],
)
def test_a_zone_named_in_the_title_without_its_organ(zone: str, organ: str | None) -> None:
    parsed = imported(
        lines(
            title=(f"{zone}2024年法治政府建设工作报告",),
            opening=("2024年，我区扎实推进法治政府建设。现将有关情况报告如下：",),
            signature=(),
        )
    )
    assert parsed.report.organ == organ  # never a 人民政府
    assert any("organ" in note for note in parsed.notes)


def test_a_zones_signature_beside_its_title() -> None:
    parsed = imported(
        lines(title=("前湾合作区2024年法治政府建设工作报告",), signature=("前湾合作区管理局",))
    )
    assert parsed.report.organ == "前湾合作区管理局"


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("临溪县林草局", "临溪县林业和草原局"),
        ("临溪县住建局", "临溪县住房和城乡建设局"),
        ("临溪县卫健委", "临溪县卫生健康委员会"),
        ("临溪县市场监管局", "临溪县市场监督管理局"),
    ],
)
def test_a_signatures_short_name_is_read_as_the_full_name_the_text_gives(
    short: str, full: str
) -> None:
    opening = f"2024年，{full}在县委、县政府的领导下，扎实推进法治政府建设。"
    parsed = imported(lines(opening=(opening,), signature=(short,)))
    assert parsed.report.organ == full
    assert parsed.report.signatories == [short]  # the signature as printed
    assert any(short in note and full in note for note in parsed.notes)


def test_a_short_name_the_text_never_gives_in_full_stays() -> None:
    opening = "2024年，本局在县委、县政府的领导下，扎实推进法治政府建设。"
    parsed = imported(lines(opening=(opening,), signature=("临溪县林草局",)))
    assert parsed.report.organ == "临溪县林草局"


@pytest.mark.parametrize(
    ("short", "text"),
    [
        ("临溪县林草局", "临溪县林业局"),  # no 草: another organ
        ("临溪县林草局", "东岚县林业和草原局"),  # another place
        ("临溪县司法局", "临溪县司法局"),  # the same, not fuller
        ("临溪县交通局", "临溪县公共交通管理局"),  # another first character: another body
    ],
)
def test_no_full_name_of_another_organ(short: str, text: str) -> None:
    assert spelled_out(short, [f"2024年，{text}坚持依法行政。"]) is None


def test_a_title_without_its_place_takes_the_fullest_name_of_the_opening() -> None:
    parsed = imported(
        lines(
            title=("区城市管理局2024年法治政府建设工作报告",),
            opening=("2024年，重庆市青岭区城市管理局在区委、区政府的领导下，推进法治政府建设。",),
            signature=(),
        )
    )
    assert parsed.report.organ == "重庆市青岭区城市管理局"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("柳湾镇2024年度法治政府建设 工作情况报告", "柳湾镇2024年度法治政府建设工作情况报告"),
        ("关于2024年度  法治政府建设情况的报告", "关于2024年度法治政府建设情况的报告"),
        (
            "中共临溪县委  临溪县人民政府关于2024年度法治政府建设情况的报告",
            "中共临溪县委  临溪县人民政府关于2024年度法治政府建设情况的报告",
        ),
        (
            "中共临溪县委\u3000临溪县人民政府关于2024年度法治 政府建设情况的报告",
            "中共临溪县委\u3000临溪县人民政府关于2024年度法治政府建设情况的报告",
        ),
    ],
)
def test_a_stray_space_in_a_title_line(line: str, title: str) -> None:
    assert without_stray_spaces(line) == title
    parsed = imported(lines(title=(line,)))
    assert parsed.report.full_title == title
    assert parsed.report.opening == [OPENING]
    assert (line != title) == any("空格" in note for note in parsed.notes)


def test_the_plain_parts_are_read_under_a_restated_title() -> None:
    parsed = imported(lines(above=(HEADLINE,), title=(OWN_TITLES[0],), parts=(DUTY, MEASURES)))
    assert [part.kind.value for part in parsed.report.parts] == ["duty", "measures"]


def test_a_headline_over_two_lines_is_quoted_line_by_line() -> None:
    """Each of the headline's lines is quoted, so that a reader of the notes (and the
    import scorer) finds the lines left out."""
    headline = ("柳湾镇2024年度法治政府建设", "情况报告")
    parsed = imported(lines(above=headline, title=(OWN_TITLES[0],)))
    assert parsed.report.full_title == OWN_TITLES[0]
    assert any(
        note.startswith("“柳湾镇2024年度法治政府建设”“情况报告”是网页上的标题")
        for note in parsed.notes
    )


JOINT = "中共临溪县委 临溪县人民政府关于2024年度法治政府建设情况的报告"


@pytest.mark.parametrize(
    ("own", "title"),
    [
        (("中共临溪县委  临溪县人民政府关于2024年度法治政府建设情况的报告",), None),
        (
            ("中共临溪县委", "临溪县人民政府", "关于2024年度法治政府建设情况的报告"),
            "中共临溪县委临溪县人民政府关于2024年度法治政府建设情况的报告",
        ),
    ],
)
def test_a_headline_differing_only_in_spacing_gives_way_to_the_documents_title(
    own: tuple[str, ...], title: str | None
) -> None:
    parsed = imported(lines(above=(JOINT, "发布时间：2025-01-21"), title=own))
    assert parsed.report.full_title == (title or own[0])
    assert parsed.report.opening == [OPENING]
    assert any(note.startswith(f"“{JOINT[:30]}”是网页上的标题") for note in parsed.notes)


def test_a_headline_printed_again_the_same_is_said_once() -> None:
    parsed = imported(lines(above=(JOINT,), title=(JOINT,)))
    assert parsed.report.full_title == JOINT
    assert any("与标题重复" in note for note in parsed.notes)


ZONE_BODY = [
    "一、党政主要负责人履行推进法治建设第一责任人职责情况",
    "前湾合作区管理局主要负责人认真履行第一责任人职责，全年专题研究法治工作3次。",
    "二、主要举措和成效",
    "前湾合作区管理局全年开展行政执法检查20次，办理行政复议案件2件。",
]


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        ("前湾合作区2024年法治政府建设工作报告", "2024年，我局扎实推进法治政府建设。"),
        ("前湾合作区2024年法治政府建设工作报告", "2024年，前湾合作区扎实推进法治政府建设。"),
        ("关于2024年法治政府建设情况的报告", "2024年，前湾合作区扎实推进法治政府建设。"),
        ("关于2024年法治政府建设情况的报告", "2024年，合作区扎实推进法治政府建设。"),
    ],
)
def test_a_zones_own_management_bureau_named_in_the_body(title: str, opening: str) -> None:
    """A zone is run by a 管委会 unless the text names its own 管理局: then that one."""
    parsed = imported(lines(title=(title,), opening=(opening,), parts=(ZONE_BODY,), signature=()))
    assert parsed.report.organ == "前湾合作区管理局"  # never 合作区管理委员会 without its place
    assert any("前湾合作区管理局" in note for note in parsed.notes)
