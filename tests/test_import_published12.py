"""Import of published copies, twelfth round: a review's findings on the eleventh.

我镇 in a report that names its own town far more often than another place, or whose
sentences hold words ending in 镇 that name no town (调处跨镇纠纷, 实现镇村两级); a
report's heading on accessibility that names no page word; a table's 发布单位 row and a
sentence that starts with a table's label. Every report here is written for these tests
(invented places: 柏山镇, 清化镇, 柳湾镇 under 临溪县); each test changes one thing of the
plain report of test_import_shapes.
"""

from __future__ import annotations

import json

import pytest
from test_import_shapes import MEASURES, OPENING, SHORTCOMINGS, imported, lines

from reportgen.importing import metadata, tablerow
from reportgen.importing.places import named_of_kind, rivals
from reportgen.importing.tablerow import row
from reportgen.importing.web import is_web_line

SELF_OPENING = "2024年，我镇在县委、县政府的领导下，扎实推进法治政府建设。现将有关情况报告如下："
# 柏山镇 named three times, at the start of a clause each time.
OWN = [
    "一、党政主要负责人履行推进法治建设第一责任人职责情况",
    "柏山镇党委书记认真履行第一责任人职责，柏山镇党委全年专题研究法治建设5次。",
    "二、推进法治政府建设的主要举措和成效",
    "柏山镇司法所全年开展法律咨询42场。",
]


def _organ(*extra: str) -> tuple[str | None, list[str]]:
    body = [*OWN, *extra, *SHORTCOMINGS]
    parsed = imported(lines(opening=(SELF_OPENING,), parts=(body,), signature=()))
    return parsed.report.organ, parsed.notes


@pytest.mark.parametrize(
    "sentence",
    [
        "与相邻的清化镇建立边界矛盾联调机制，调处跨镇纠纷3件。",  # 调处跨镇: no town
        "公共法律服务，实现镇村两级全覆盖。",  # 实现镇: no town
        "与清化镇建立联调机制，化解边界纠纷2件。",  # 清化镇 once against three
        "各乡镇统一配备法律顾问，跨镇协作机制运行顺畅。",
        "打造文化名镇，推进新型城镇化建设。",
    ],
)
def test_a_self_reference_is_the_town_named_most_beside_words_ending_in_town(
    sentence: str,
) -> None:
    organ, notes = _organ(sentence)
    assert organ == "柏山镇人民政府"
    assert any("我镇" in note and "柏山镇" in note and "请核对" in note for note in notes)


@pytest.mark.parametrize(
    ("found", "name"),
    [
        ("与清化镇建立联调机制。", "清化镇"),
        ("同清化镇开展联合执法。", "清化镇"),
        ("和平镇综治中心派员参加。", "和平镇"),  # 和 is the name's own: 平镇 is none
        ("向阳镇派员参加。", "向阳镇"),
        ("古城乡派员参加。", "古城乡"),
    ],
)
def test_a_place_named_after_a_preposition_counts_as_itself(found: str, name: str) -> None:
    kind = "我乡" if name.endswith("乡") else "我镇"
    assert named_of_kind(kind, [found]) == {name: 1}


@pytest.mark.parametrize(
    "sentence",
    ["调处跨镇纠纷3件。", "实现镇村两级全覆盖。", "各乡镇全面铺开。", "促进城乡融合发展。"],
)
def test_words_ending_in_a_town_name_none(sentence: str) -> None:
    assert not named_of_kind("我镇", [sentence])
    assert not named_of_kind("我乡", [sentence])


def test_two_towns_named_about_as_often_leave_the_organ_empty() -> None:
    """清化镇 twice against 柏山镇 three times: half as often at least, so 我镇 may be
    either and the organ stays empty, both named in the note."""
    organ, notes = _organ("清化镇司法所派员参加联调。", "清化镇综治中心调处纠纷3件。")
    assert organ is None
    assert any("柏山镇" in note and "清化镇" in note and "organ 暂为空" in note for note in notes)


def test_rivals_are_the_places_named_half_as_often_at_least() -> None:
    texts = ["柏山镇开展。", "柏山镇推进。", "柏山镇落实。", "柏山镇完成。", "清化镇参加。"]
    assert rivals("我镇", texts) == ["柏山镇"]
    assert rivals("我镇", [*texts, "清化镇参加。"]) == ["柏山镇", "清化镇"]


HEADINGS = ["无障碍环境建设稳步推进", "无障碍设施改造全面完成"]


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_reports_heading_on_accessibility_stays(heading: str) -> None:
    assert not is_web_line(heading)
    measures = [*MEASURES[:3], heading, "全年改造无障碍坡道12处。", *MEASURES[3:]]
    parsed = imported(lines(parts=(measures,)))
    assert parsed.report.opening == [OPENING]
    assert heading in json.dumps(parsed.report.model_dump()["parts"], ensure_ascii=False)


@pytest.mark.parametrize("line", ["无障碍阅读", "无障碍通道", "无障碍入口", "无障碍 切换"])
def test_a_pages_accessibility_link_is_the_pages(line: str) -> None:
    assert is_web_line(line)


def test_the_organ_labels_are_one_list() -> None:
    assert metadata.ORGAN_LABELS is tablerow.ORGAN_LABELS


@pytest.mark.parametrize("label", ["发布单位", "发文单位", "发布机构", "发文机关"])
def test_an_organ_row_under_each_organ_label(label: str) -> None:
    assert row(f"{label} 临溪县柳湾镇人民政府") == [(label, "临溪县柳湾镇人民政府")]
    assert row(f"{label}临溪县柳湾镇人民政府") == [(label, "临溪县柳湾镇人民政府")]
    parsed = imported(lines(above=(f"{label} 临溪县柳湾镇人民政府",)))
    assert parsed.report.opening == [OPENING]
    assert not any(label in text for text in parsed.report.opening)


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("服务对象 公众", ("服务对象", "公众")),
        ("服务对象 社会公众", ("服务对象", "社会公众")),
        ("服务对象分类 企业", ("服务对象分类", "企业")),
        ("主题分类 司法", ("主题分类", "司法")),
        ("体裁分类 工作报告", ("体裁分类", "工作报告")),
        ("组配分类 规范性文件", ("组配分类", "规范性文件")),
    ],
)
def test_a_served_or_class_row_of_one_cell(line: str, pair: tuple[str, str]) -> None:
    assert row(line) == [pair]


@pytest.mark.parametrize(
    "sentence",
    ["服务对象满意度持续提升", "服务对象覆盖全镇", "主题分类持续优化", "体裁分类更加清晰"],
)
def test_a_sentence_starting_with_a_label_is_no_row(sentence: str) -> None:
    assert row(sentence) is None
    measures = [*MEASURES[:3], sentence, *MEASURES[3:]]
    parsed = imported(lines(parts=(measures,)))
    assert sentence in json.dumps(parsed.report.model_dump()["parts"], ensure_ascii=False)
