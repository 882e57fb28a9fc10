"""The sector formulas of T011 and T004 against their real variants (the reviewer's items
of session 5): a variant a law, a central document or a government's own report writes
is left alone by T011; T004's 推进法治政府建设第一责任人 is named a possible variant of
the 2016 规定's wording, a warning with no fix."""

from __future__ import annotations

import pytest
from rulecases import findings_in

from reportgen.rules.base import Severity

# Each is a real wording beside a formula of phrases.toml's [formulas].
T011_VARIANTS = [
    # 扫黑除恶: the 2018 notice's 有黑扫黑、有恶惩恶、有乱治乱 and the later campaign's
    # wording for places with no gang found.
    "在没有黑恶势力的村，坚持有黑扫黑、无黑除恶、无恶治乱。",
    # 治安管理处罚法 art. 5 puts 教育 first; 行政处罚法 art. 6 puts 处罚 first.
    "办理治安案件坚持教育与处罚相结合的原则。",
    "学校全面落实立德树人的根本任务。",  # 的 inside the 20th congress's 立德树人根本任务
    "推动矛盾纠纷就地化解，做到小事不出村、大事不出乡、矛盾不上交。",  # a township's own level
    "坚持公开为常态、不公开为例外，推进政务公开。",  # 以 left out
    "健全自治、法治、德治、智治相结合的基层治理体系。",  # 四治 of local documents
    "坚持预防为主、防消结合的消防工作方针。",  # 消防法 art. 2
    "坚持预防为主、保护优先、分类管理、风险管控、污染担责、公众参与的原则。",  # 土壤污染防治法
    "对服刑人员坚持惩罚与改造相结合、教育和劳动相结合。",  # 监狱法 art. 3
    "按照生产发展、生活宽裕、乡风文明、村容整洁、管理民主的要求建设新农村。",
    "实行统一领导、综合协调、分类管理、分级负责、属地管理为主的应急管理体制。",
    "严格落实党政同责、一岗双责，坚持管行业必须管安全、管业务必须管安全。",  # shorter runs
    "坚持禁种、禁制、禁贩、禁吸“四禁”并举。",
]


@pytest.mark.parametrize("written", T011_VARIANTS)
def test_a_real_variant_of_a_sector_formula_is_left_alone(written: str) -> None:
    assert findings_in(written, "T011") == []


def test_a_slip_inside_a_sector_formula_is_still_warned() -> None:
    """The variants above pass because they are read as variants, not because T011 is
    blind to these formulas: a word replaced inside one is still warned."""
    found = findings_in("坚持有黑扫黑、有恶除恶、有乱治乱。", "T011")
    assert [f.severity for f in found] == [Severity.WARNING]


def test_the_first_responsible_person_with_government_is_a_possible_variant() -> None:
    found = findings_in("认真履行推进法治政府建设第一责任人职责。", "T004")
    assert [f.severity for f in found] == [Severity.WARNING]
    assert found[0].fix is None
    assert "变体" in found[0].message
    assert "党政主要负责人履行推进法治建设第一责任人职责规定" in found[0].message
    assert "不是规范提法" not in found[0].message


def test_the_first_responsible_person_as_the_rules_write_it_is_left_alone() -> None:
    assert findings_in("履行推进法治建设第一责任人职责，法治政府建设第一责任人。", "T004") == []
