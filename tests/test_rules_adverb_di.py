"""T010's 地 after an adverb before a verb that acts (rules/adverbdi.py): a verb with an
aspect marker, or a verb with its object after a word that is only an adverb."""

from __future__ import annotations

import pytest
from rulecases import findings_in, fixed


@pytest.mark.parametrize(
    ("written", "right"),
    [
        ("镇政府切实的减轻了企业负担。", "镇政府切实地减轻了企业负担。"),
        ("执法队认真的研究了群众诉求。", "执法队认真地研究了群众诉求。"),
        ("我们不断的完善制度。", "我们不断地完善制度。"),
        ("逐步的提高群众满意度。", "逐步地提高群众满意度。"),
        ("进一步的规范执法程序。", "进一步地规范执法程序。"),
        ("通过不断的完善制度提升治理水平。", "通过不断地完善制度提升治理水平。"),
        # A modal before the degree word takes no object: the manner stays a manner.
        ("要更加耐心的解答群众咨询。", "要更加耐心地解答群众咨询。"),
    ],
)
def test_di_before_an_acting_verb_is_found_and_fixed(written: str, right: str) -> None:
    found = findings_in(written, "T010")
    assert len(found) == 1
    assert fixed(written, found) == right


@pytest.mark.parametrize(
    "written",
    [
        "坚持扎实的作风，增强主动的服务意识，采取切实的措施。",
        "各项制度得到不断的完善。",  # a light verb before: a noun phrase
        "不断的努力换来了群众的认可。",  # 努力 after 的 is a noun here
        "进行了认真的研究。",
        "建立严格的执法程序。",  # 严格 may modify a noun: 执法程序 is one
        "经过不断的摸索和实践，形成了经验。",  # no object after the verb
        "取得了积极的成效，形成了有效的经验。",
        # A verb before the adverb may take the whole 的-phrase as its object.
        "针对检查发现的问题提出进一步的改进措施。",
        "为重点项目提供全力的保障措施。",
        # ... also when a degree word stands between the verb and the adjective,
        "形成非常强大的震慑力量。",
        "针对问题提出更加严格的整改要求。",
        # and with no verb before, where the verb and the noun after it make one noun;
        "其更为深远的示范意义在于转变观念。",
        "法治文化阵地十分重要的引领价值日益凸显。",
        # the reviewer's kind: both at once.
        "这些做法具有非常重要的促进意义。",
    ],
)
def test_di_is_not_asked_before_a_noun(written: str) -> None:
    assert findings_in(written, "T010") == []
