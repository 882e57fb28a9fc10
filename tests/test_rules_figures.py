"""Figures that contradict each other (N004–N008): sentences each rule must report, with
the severity it must give (an error only where the text's own words make it certain), and
sentences written the way correct reports write figures, which it must leave alone."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from helpers import ROOT
from rulecases import CLEAN as CLEAN_REPORT
from rulecases import assert_clean, findings_in, report_from

from reportgen.rules import Severity, check

E, W = Severity.ERROR, Severity.WARNING
FIGURE_RULES = {"N004", "N005", "N006", "N007", "N008"}

TRIGGERS: list[tuple[str, str, Severity]] = [
    # N004 — a total and its parts
    ("N004", "共调处矛盾纠纷120件，其中婚姻家庭纠纷45件、邻里纠纷38件，其余纠纷30件。", E),
    ("N004", "全年受理复议申请49件，审结45件，其中维持31件、撤销9件，其他8件。", E),
    ("N004", "开展法治讲座12场、法律咨询20场、以案释法8场，共计45场。", E),
    ("N004", "发放宣传资料3000份、宣传单2000份，合计4000份。", E),
    ("N004", "现有执法人员15人，其中具有法律职业资格的18人。", E),
    ("N004", "投入资金120万元，其中县级补助150万元。", E),
    ("N004", "共调处矛盾纠纷120件，其中婚姻家庭纠纷45件、邻里纠纷38件、土地纠纷42件。", W),
    ("N004", "共有执法人员40人，其中女性12人、党员35人。", W),
    ("N004", "调处婚姻纠纷60余件、邻里纠纷50余件，共计100件。", W),
    ("N004", "开展讲座32场、咨询20场，共开展各类活动50场。", W),
    ("N004", "培训一千二百人次，其中镇干部八百人次、村干部六百人次，其余两百人次。", E),
    # N005 — a rate or share and its figures
    ("N005", "全年受理矛盾纠纷97件，成功调解94件，调解成功率95.9%。", E),
    ("N005", "办理人大代表建议8件，办结7件，办结率100%。", E),
    ("N005", "全年调处矛盾纠纷186件，成功化解181件，化解率95%。", E),
    ("N005", "执法队现有人员8人，其中法律专业人员3人，占比40%。", E),
    ("N005", "共审结45件，其中维持31件，占75.6%。", E),
    ("N005", "全镇应参考人员120人，实际参考118人，参考率、合格率均为100%。", E),
    ("N005", "受理信访事项250件，按期办结249件，按期办结率100%。", W),
    ("N005", "全年受理矛盾纠纷97件，成功调解94件。调解成功率98.9%。", W),
    ("N005", "受理纠纷300余件，成功调解120件，调解成功率98%。", W),
    ("N005", "全年受理矛盾纠纷120件，进入调解程序100件，成功调解80件，调解成功率95%。", W),
    ("N005", "全年受理矛盾纠纷120件，办理复议40件，成功调解80件，调解成功率95%。", E),
    # N006 — a change from last year
    ("N006", "全年办理行政处罚案件64件，同比增长18%（上年50件）。", E),
    ("N006", "全年办理行政处罚案件64件，同比下降28%（上年50件）。", E),
    ("N006", "全年办理案件64件，较上年的50件增长38%。", E),
    ("N006", "行政处罚案件由50件增加到64件，增长26%。", E),
    ("N006", "全年办理案件64件，比上年增加12件（去年同期50件）。", E),
    ("N006", "调解成功率98.3%，较上年（97.1%）提高2.2个百分点。", E),
    ("N006", "全年受理信访事项46件，同比下降18%，去年同期为50件。", E),
    ("N006", "全年办理案件60余件，同比增长80%（上年30件）。", W),
    # N007 — a count and its items
    ("N007", "主要做了三项工作：一是加强学习；二是强化宣传；三是严格执法；四是规范管理。", E),
    ("N007", "主要做了四项工作：一是加强学习；二是强化宣传；三是严格执法。", E),
    ("N007", "出台了3项制度：《合同管理办法》《法律顾问规则》《公示办法》《决策规定》。", E),
    ("N007", "制定《合同管理办法》《法律顾问规则》《公示办法》《决策规定》等3项制度。", E),
    ("N007", "制定《合同管理办法》《法律顾问规则》《公示办法》两项制度。", E),
    ("N007", "落实行政执法四项制度：行政执法公示、执法全过程记录、重大执法决定法制审核。", E),
    ("N007", "落实三项制度（行政执法公示、执法全过程记录）。", E),
    ("N007", "开展“四进”活动：进机关、进学校、进企业。", E),
    ("N007", "构建“学校、家庭、社会、政法”三位一体的教育网络。", E),
    ("N007", "重点抓好三个方面。（一）学法；（二）普法；（三）用法；（四）守法。", E),
    (
        "N007",
        "落实行政执法四项制度：行政执法公示、执法全过程记录、重大执法决定法制审核，效果好。",
        W,
    ),
    ("N007", "建立县、乡、村、组三级联动机制。", W),
    ("N007", "完善两项机制：排查机制、化解机制、信访机制。", E),
    # N008 — the same quantity twice
    ("N008", "全年调处矛盾纠纷231件，群众满意。全年共调处矛盾纠纷213件。", W),
    ("N008", "全年办理行政处罚案件64件；一年来，办理行政处罚案件46件。", W),
]

CLEAN: list[tuple[str, str]] = [
    # N004: subsets, approximations, parts of other units, another total
    (
        "N004",
        "全年受理行政复议申请49件，审结45件，其中维持31件、确认违法或撤销6件，调解和解后终止8件。",
    ),
    ("N004", "共调处矛盾纠纷120件，其中婚姻家庭纠纷45件、邻里纠纷38件。"),
    ("N004", "执法队现有人员8人，其中法律专业人员仅1人。"),
    ("N004", "全县12个司法所中有5个为一人所。"),
    ("N004", "共调处纠纷120余件，其中婚姻家庭纠纷45件、邻里纠纷38件、土地纠纷42件。"),
    ("N004", "开展法治讲座12场、法律咨询20场，全年共开展各类活动50场。"),
    ("N004", "开展法治讲座12场、法律咨询20场、以案释法8场，共计40场。"),
    ("N004", "全年受理纠纷50件，其中婚姻纠纷45件，调解成功40件，涉及金额120万元。"),
    ("N004", "全年办理案件64件，其中简易程序40件、一般程序24件，罚没款12万元。"),
    ("N004", "发放宣传资料5000余份，其中宣传册3000份、宣传单2000余份。"),
    ("N004", "举办培训3期，共培训干部200人次，其中领导干部50人次。"),
    ("N004", "审查合同39份，审查重大行政决策2件，出具书面审查意见41份。"),
    # N005: rates computed right, bases not given, other bases
    ("N005", "全年受理矛盾纠纷97件，成功调解94件，调解成功率96.9%。"),
    ("N005", "全年受理矛盾纠纷97件，成功调解94件，调解成功率97%。"),
    ("N005", "全年受理矛盾纠纷97件，调解成功94件，调解成功率96.90%。"),
    ("N005", "全年调处矛盾纠纷231件，调解成功率98.3%；受理12345热线工单3406件，按时办结率99.1%。"),
    ("N005", "认真办理人大代表建议8件，办结率100%。"),
    ("N005", "受理信访事项58件，办结55件，按期办结率100%。"),
    ("N005", "全年受理纠纷97件，成功调解94件，其中成功调解婚姻纠纷30件，调解成功率96.9%。"),
    ("N005", "执法人员持证率达到100%，群众满意度95.2%，“最多跑一次”事项占比达到92%。"),
    ("N005", "常住人口2000人，老年人占比达30%。"),
    ("N005", "执法队现有人员8人，其中法律专业人员3人，占37.5%。"),
    ("N005", "共审结45件，其中维持31件，占68.9%；撤销6件，占13.3%。"),
    ("N005", "提出审查意见260余条，采纳率96%。"),
    ("N005", "全年办理法律援助案件512件，结案500件，结案率97.6%。"),
    ("N005", "受理250件，办结250件，办结率100%。"),
    ("N005", "受理纠纷300余件，成功调解290余件，调解成功率97%。"),
    # N006: changes right, no base, base in other words
    ("N006", "全年办理行政处罚案件64件，同比增长28%（上年50件）。"),
    ("N006", "全年办理案件64件，同比增长28%。"),
    ("N006", "全年办理案件64件，较上年增加14件。"),
    ("N006", "行政处罚案件由50件增加到64件，增长28%。"),
    ("N006", "全年办理案件64件，比上年增加14件（去年同期50件）。"),
    ("N006", "调解成功率98.3%，较上年（97.1%）提高1.2个百分点。"),
    ("N006", "全年受理信访事项46件，同比下降8%，去年同期为50件。"),
    ("N006", "全年受理信访事项46件，同比下降8.0%，去年同期为50件。"),
    ("N006", "全年办理案件60余件，同比增长一倍以上（上年30件）。"),
    # N007: counts with their items, partial lists, slogans, references
    ("N007", "主要做了三项工作：一是加强学习；二是强化宣传；三是严格执法。"),
    ("N007", "落实行政执法三项制度：行政执法公示、执法全过程记录、重大执法决定法制审核。"),
    ("N007", "以“三个一”--一张权责清单、一套执法流程、一本执法台账为抓手规范执法行为。"),
    ("N007", "逐步建立健全“校园、家庭、社会、政法”四位一体的中小学生法治教育网络。"),
    ("N007", "建立街道、社区、网格三级联调机制；县、乡、村三级平台实现全覆盖。"),
    ("N007", "对老旧小区改造、背街小巷整治等8项重大事项，全部履行了决策程序。"),
    ("N007", "制定完善《合同管理办法》《法律顾问规则》等4项制度。"),
    ("N007", "严格落实行政执法“三项制度”，执法过程全程记录。"),
    ("N007", "完善两项机制：矛盾纠纷排查、化解机制和信访工作机制。"),
    ("N007", "三项措施：加强学习；强化宣传；严格执法。"),
    ("N007", "组织镇、村干部学习《宪法》《民法典》两部法律。"),
    ("N007", "依照第三条第（二）项和第五条规定，分两批组织培训，第三批示范村：东村、西村。"),
    ("N007", "坚决做到“两个维护”，落实“一岗双责”，推行“一村一法律顾问”。"),
    ("N007", "开展“八五”普法，编制“十四五”规划，学习二十届三中全会精神。"),
    ("N007", "每次3—5件，2023年，第十二条，12345热线，电话0391-1234567。"),
    # N008: another scope, another year, another village, approximations
    ("N008", "全年调处矛盾纠纷231件，群众满意。全年共调处矛盾纠纷231件。"),
    ("N008", "东村调处矛盾纠纷12件，西村调处矛盾纠纷9件。"),
    ("N008", "2022年办理行政处罚案件50件，2023年办理行政处罚案件64件。"),
    ("N008", "全年开展法治宣传活动50余场。司法所开展法治宣传活动38场。"),
    ("N008", "累计培育法律明白人96名，今年培育法律明白人12名。"),
]


@pytest.mark.parametrize(("code", "text", "severity"), TRIGGERS)
def test_triggers(code: str, text: str, severity: Severity) -> None:
    found = findings_in(text, code)
    assert found, f"{code} did not trigger on {text!r}"
    assert {f.severity for f in found} == {severity}, [(f.message, f.severity) for f in found]
    assert all(f.fix is None for f in found)  # the right figure is the clerk's to know
    assert all(f.message and f.suggestion for f in found)


@pytest.mark.parametrize(("code", "text"), CLEAN)
def test_does_not_trigger(code: str, text: str) -> None:
    assert_clean(code, text)


@pytest.mark.parametrize("text", [text for _, text in CLEAN])
def test_correct_figures_trigger_no_figure_rule(text: str) -> None:
    """Each correct sentence is clean for all five rules, not only the one it was written for."""
    data = copy.deepcopy(CLEAN_REPORT)
    data["parts"][1]["content"] = [text]
    assert [
        f.code for f in check(report_from(data)) if f.code[:3] == "N00" and f.code > "N003"
    ] == []


_CORRECT = ROOT / "tests" / "fixtures" / "figures" / "correct.txt"
CORRECT_PARAGRAPHS = [
    line for line in _CORRECT.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"
]


@pytest.mark.parametrize("paragraph", CORRECT_PARAGRAPHS)
def test_correct_paragraphs_trigger_no_figure_rule(paragraph: str) -> None:
    """Paragraphs written the way correct reports write figures (tests/fixtures/figures)."""
    data = copy.deepcopy(CLEAN_REPORT)
    data["parts"][1]["content"] = [paragraph]
    assert [(f.code, f.message) for f in check(report_from(data)) if f.code in FIGURE_RULES] == []


def _with_content(content: list[Any], sections: list[Any] | None = None) -> list[str]:
    data = copy.deepcopy(CLEAN_REPORT)
    data["parts"][1]["content"] = content
    if sections is not None:
        data["parts"][1]["sections"] = sections
    return [f.code for f in check(report_from(data)) if f.code == "N007"]


def _points(*texts: str, intro: str | None = None) -> dict[str, Any]:
    block: dict[str, Any] = {"points": [{"text": t} for t in texts]}
    if intro is not None:
        block |= {"inline": True, "intro": intro}
    return block


def test_a_count_before_a_point_list() -> None:
    three = _points("加强学习。", "强化宣传。", "严格执法。")
    assert _with_content(["重点抓好以下三个方面的工作：", three]) == []
    assert _with_content(["重点抓好以下四个方面的工作：", three]) == ["N007"]
    assert _with_content([_points("学习。", "宣传。", intro="主要做了两项工作：")]) == []
    assert _with_content([_points("学习。", "宣传。", intro="主要做了三项工作：")]) == ["N007"]


def test_a_count_before_numbered_paragraphs() -> None:
    paragraphs = ["主要做了三项工作：", "一是加强学习。", "二是强化宣传。", "三是严格执法。"]
    assert _with_content(paragraphs) == []
    assert _with_content(["主要做了四项工作：", *paragraphs[1:]]) == ["N007"]


def test_a_count_before_the_sections_below() -> None:
    sections = [{"title": t} for t in ("加强学习", "强化宣传", "严格执法")]
    assert _with_content(["一年来重点做好以下三个方面工作："], sections) == []
    assert _with_content(["一年来重点做好以下五个方面工作："], sections) == ["N007"]
    # the count is followed by more text of its own: not an announcement of the sections
    assert _with_content(["重点做好以下五个方面工作：", "全镇上下齐心协力。"], sections) == []


def test_a_count_in_the_opening_before_the_parts() -> None:
    data = copy.deepcopy(CLEAN_REPORT)
    data["opening"] = ["2023年，柏山镇深入推进法治政府建设。现从以下四个方面报告如下："]
    assert [f.code for f in check(report_from(data)) if f.code == "N007"] == []
    data["opening"][0] = data["opening"][0].replace("四个", "五个")
    (found,) = [f for f in check(report_from(data)) if f.code == "N007"]
    assert found.path == ("opening", 0) and "4项" in found.message


def test_the_same_quantity_in_the_opening_and_the_body() -> None:
    data = copy.deepcopy(CLEAN_REPORT)
    data["opening"] = ["2023年，全年调处矛盾纠纷231件。现将有关情况报告如下："]
    data["parts"][1]["content"] = ["坚持“枫桥经验”，全年调处矛盾纠纷213件。"]
    (found,) = [f for f in check(report_from(data)) if f.code == "N008"]
    assert found.path == ("parts", 1, "content", 0) and "231件" in found.message
    data["parts"][3]["content"] = ["2024年，力争调处矛盾纠纷300件。"]  # a target: not a repeat
    assert len([f for f in check(report_from(data)) if f.code == "N008"]) == 1


def test_the_excerpt_holds_every_figure_of_the_finding() -> None:
    """A clerk (and the scorer) finds the whole contradiction in the excerpt."""
    text = "全年受理复议申请49件，审结45件，其中维持31件、撤销9件，其他8件。"
    (found,) = findings_in(text, "N004")
    assert all(figure in found.excerpt for figure in ("45件", "31件", "9件", "8件"))
    assert "31件+9件+8件=48件" in found.message
