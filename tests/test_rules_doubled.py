"""T008 after a common 公文 word: its last character written twice is a slip; a
reduplication, or a word that may follow it beginning at the doubled character, is not."""

from __future__ import annotations

import pytest
from rulecases import findings_in, fixed

# (text, the text after the fixes, or None when the clerk must choose)
TRIGGERS = [
    ("全面面落实安全生产责任。", "全面落实安全生产责任。"),
    ("切实实做好矛盾纠纷排查。", "切实做好矛盾纠纷排查。"),
    ("扎实实开展普法宣传。", "扎实开展普法宣传。"),
    ("积极极参与社会治理。", "积极参与社会治理。"),
    ("持续续深化“放管服”改革。", "持续深化“放管服”改革。"),
    ("及时时回应群众诉求。", "及时回应群众诉求。"),
    ("严格格落实执法责任制。", "严格落实执法责任制。"),
    ("不断断提升执法水平。", "不断提升执法水平。"),
    ("认真真履行第一责任人职责。", "认真履行第一责任人职责。"),
    ("深入入推进法治乡村建设。", "深入推进法治乡村建设。"),
    ("依法法履行政府职能。", "依法履行政府职能。"),
    ("加强强化行政执法监督。", None),  # 加强 or 强化: two words run together
    ("推进进一步完善工作机制。", None),
]

CLEAN = [
    "工作面面俱到，常常深入基层，责任层层压实，步步为营，人人参与，事事有回应。",
    "扎扎实实推进，认认真真学习，实实在在办事，时时刻刻警醒。",
    "加快推进进度，切实实施方案，深入入户走访，及时跟进进展。",
    "深入学习习近平法治思想，宣传传统文化和传染病防治知识。",
    "加强工作作风建设，创新管理理念，养成良好学习习惯。",
    "加强强制隔离戒毒人员管理，促进进出口贸易，推动动物防疫。",
    "通过调解解决纠纷，检查查阅资料，统筹筹集资金，监督督促整改。",
    "建设设施农业，保持持续高压态势，坚持持证上岗。",
    "开展展板宣传，发放宣传传单，调查查实线索，检查查看台账，相互促进进步。",
]


@pytest.mark.parametrize(("text", "right"), TRIGGERS)
def test_triggers(text: str, right: str | None) -> None:
    found = findings_in(text, "T008")
    assert len(found) == 1, (text, found)
    if right is None:
        assert found[0].fix is None
        assert "或" in found[0].suggestion
    else:
        assert fixed(text, found) == right


@pytest.mark.parametrize("text", CLEAN)
def test_does_not_trigger(text: str) -> None:
    assert findings_in(text, "T008") == []


def test_a_doubling_in_a_fixed_phrase_is_reported_once() -> None:
    """进一步步 is the phrase index's and a head's: one finding."""
    assert len(findings_in("进一步步完善机制。", "T008")) == 1
