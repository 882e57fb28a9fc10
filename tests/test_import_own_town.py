"""Who a report is when it says only 我镇 (我乡, 我街道, 本局), and organ shapes clerks and
sites produce: a 街道 whose name holds a zone's or a town's word, a 民族乡, a department
named in full in the title and 本局 in the body. Each shape with the data it must give.

Every report here is written for these tests (invented places: 石桥镇, 清河镇, 青石县 …);
each test changes one thing of the plain report of test_import_shapes.
"""

from __future__ import annotations

import pytest
from test_import_shapes import MEASURES, imported, lines

from reportgen.importing.ownplace import own_towns
from reportgen.importing.places import named_of_kind
from reportgen.notnames import never_a_name

TITLE = "关于2024年度法治政府建设情况的报告"
DUTY = [
    "一、党政主要负责人履行推进法治建设第一责任人职责情况",
    "党政主要负责人认真履行第一责任人职责，全年主持召开专题会议4次。",
]
PLANS = ["四、2025年工作安排", "2025年，继续加强法治队伍建设，创新普法方式。"]


def _opening(self_reference: str) -> str:
    return (
        f"2024年，{self_reference}坚持以习近平法治思想为指导，扎实推进法治政府建设。"
        "现将有关情况报告如下："
    )


def _read(self_reference: str, *sentences: str, title: str = TITLE) -> tuple[str | None, list[str]]:
    """A report with no organ in its title and no signature: the organ named, if at all,
    in part three's sentences only."""
    shortcomings = ["三、存在的不足和原因", *sentences, "一是执法力量薄弱；二是普法形式单一。"]
    parsed = imported(
        lines(
            title=(title,),
            opening=(_opening(self_reference),),
            parts=(DUTY, MEASURES, shortcomings, PLANS),
            signature=(),
        )
    )
    return parsed.report.organ, parsed.notes


@pytest.mark.parametrize(
    "sentences",
    [
        ("重大事项均经石桥镇党委会研究决定，全年集体研究15件。",),
        ("全年重大决策事项均提交石桥镇党委会研究决定。",),  # run on from the clause's words
        ("石桥镇人民政府2024年办理行政复议应诉案件2件。",),
        ("依法落实石桥镇政府法律顾问制度。",),
        ("石桥镇坚持依法决策，全年召开党委会12次。",),  # the subject
        # a neighbour in a joint action is no rival of the town named as an organ
        ("全年重大决策事项均提交石桥镇党委会研究决定。", "与清河镇联合开展执法检查3次。"),
        ("均经石桥镇人民政府常务会议审议。", "清河镇与我镇联合开展普法宣传2次。"),
        ("均经石桥镇人民政府常务会议审议。", "会同相邻的清河镇开展联合巡查。"),
    ],
)
def test_a_self_reference_is_the_town_the_body_names_as_an_organ(
    sentences: tuple[str, ...],
) -> None:
    organ, notes = _read("我镇", *sentences)
    assert organ == "石桥镇人民政府"
    assert any("我镇" in note and "石桥镇" in note and "请核对" in note for note in notes)


def test_a_neighbour_alone_is_no_organ() -> None:
    organ, notes = _read("我镇", "全年开展普法活动20场。", "与清河镇联合开展执法检查3次。")
    assert organ is None
    assert any("清河镇" in note and "另一方" in note and "organ 暂为空" in note for note in notes)


def test_two_towns_named_as_organs_compete() -> None:
    organ, notes = _read(
        "我镇", "重大事项均经石桥镇党委会研究决定。", "清河镇人民政府派员参加联合执法。"
    )
    assert organ is None
    assert any("石桥镇" in note and "清河镇" in note and "不能确定" in note for note in notes)


@pytest.mark.parametrize(
    ("self_reference", "sentence", "organ"),
    [
        ("我街道", "全年重大事项均经城关街道党工委会议研究决定。", "城关街道办事处"),
        ("我街道", "重大事项均提交新区街道党工委会议集体研究。", "新区街道办事处"),
        ("我街道", "开发区街道办事处2024年办理行政复议案件2件。", "开发区街道办事处"),
        ("我乡", "重大事项均提交石桥彝族乡党委会研究。", "石桥彝族乡人民政府"),
        ("我乡", "重大事项均提交石桥满族蒙古族乡党委会研究。", "石桥满族蒙古族乡人民政府"),
        ("我局", "均经青石县市场监督管理局局务会审议。", "青石县市场监督管理局"),
    ],
)
def test_each_kind_of_self_reference_resolves_from_the_body(
    self_reference: str, sentence: str, organ: str
) -> None:
    assert _read(self_reference, sentence)[0] == organ


@pytest.mark.parametrize(
    ("title", "self_reference", "organ"),
    [
        # a 街道 whose name holds a zone's or a town's word is a 街道, never a zone
        ("城关街道2024年度法治政府建设情况报告", "我街道", "城关街道办事处"),
        ("新区街道办事处" + TITLE, "我街道", "新区街道办事处"),
        ("青石县开发区街道2024年度法治政府建设情况报告", "我街道", "开发区街道办事处"),
        ("高新区街道2024年度法治政府建设情况报告", "我街道", "高新区街道办事处"),
        # a 民族乡
        ("石桥彝族乡人民政府" + TITLE, "我乡", "石桥彝族乡人民政府"),
        ("青石县石桥回族乡2024年度法治政府建设情况报告", "我乡", "石桥回族乡人民政府"),
        ("石桥满族蒙古族乡2024年度法治政府建设情况报告", "我乡", "石桥满族蒙古族乡人民政府"),
        # a department named in full in the title, 本局 in the body
        ("青石县市场监督管理局" + TITLE, "本局", "青石县市场监督管理局"),
        ("关于青石县市场监督管理局2024年度法治政府建设情况的报告", "本局", "青石县市场监督管理局"),
        ("2024年度青石县市场监督管理局法治政府建设情况报告", "本局", "青石县市场监督管理局"),
    ],
)
def test_organ_shapes_in_the_title(title: str, self_reference: str, organ: str) -> None:
    assert _read(self_reference, title=title)[0] == organ


@pytest.mark.parametrize(
    ("opening_subject", "organ"),
    [
        ("城关街道", "城关街道办事处"),
        ("新区街道党工委、办事处", "新区街道办事处"),
        ("开发区街道", "开发区街道办事处"),
        ("石桥瑶族乡党委、政府", "石桥瑶族乡人民政府"),
    ],
)
def test_organ_shapes_in_the_opening(opening_subject: str, organ: str) -> None:
    assert _read(opening_subject)[0] == organ


def test_where_a_run_on_name_starts() -> None:
    towns = own_towns("我镇", ["重大事项均提交石桥镇党委会研究。", "与清河镇联合开展执法。"])
    assert towns is not None
    assert towns.own == {"石桥镇": 1} and towns.partners == ["清河镇"]
    # a name the text gives after a mark decides where the run-on one starts
    towns = own_towns("我镇", ["马家河镇综治中心派员参加。", "均提交马家河镇党委会研究。"])
    assert towns is not None and towns.own == {"马家河镇": 2}
    assert own_towns("本局", ["均经青石县司法局审议。"]) is None
    assert named_of_kind("本局", ["均经青石县司法局审议。"]) == {"青石县司法局": 1}
    assert named_of_kind("本局", ["于都县司法局派员参加。"]) == {"于都县司法局": 1}


@pytest.mark.parametrize("words", ["跨镇", "各乡镇", "新型城镇", "文化名镇", "大学生返乡", "全镇"])
def test_words_ending_in_a_town_are_in_the_one_table(words: str) -> None:
    assert never_a_name("town", words)
    assert not own_towns("我镇", [f"推进{words}党委会工作。"]).own  # type: ignore[union-attr]


def test_an_ethnic_townships_organs_named_in_the_body_give_the_organ() -> None:
    """No subject in the opening, no self-reference: the 乡 whose own organs the body
    names most, its long ethnic name whole."""
    duty = [DUTY[0], "石桥满族蒙古族乡党委书记认真履行第一责任人职责，全年专题研究法治建设4次。"]
    shortcomings = ["三、存在的不足和原因", "石桥满族蒙古族乡党委对法治队伍建设抓得不够。"]
    opening = "按照上级要求，现将2024年度法治政府建设情况报告如下："
    parsed = imported(
        lines(
            title=(TITLE,),
            opening=(opening,),
            parts=(duty, MEASURES, shortcomings, PLANS),
            signature=(),
        )
    )
    assert parsed.report.organ == "石桥满族蒙古族乡人民政府"
    assert any("石桥满族蒙古族乡" in note and "请核对" in note for note in parsed.notes)
