"""Correct text of the genre the proofreader once took for mistakes (issue 19, trust).

T009: coinages of clipped words (企 for 企业: 安商暖企, 护企、稳企; study slogans: 深学细悟)
are items of a 、-list or name a campaign; the patterns do not shelter a slip beside them.
N007: a quoted count that is part of a name (“四上”企业, “三品一标”) announces no items;
“五进”活动 with its items still does. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from rulecases import findings_in

from reportgen.rules.base import Severity

COINAGES = (
    "开展安商暖企行动，为辖区企业解决用工难题12个。",
    "坚持执法暖企、送法进企，全年走访企业60余家。",
    "落实助企纾困政策，做到护企、稳企、亲企。",
    "推进亲商、安商、暖商举措落地。",  # a clipped noun other than 企, in a 、-list
    "执法兴企、送法安企。",  # clips no vocabulary lists: read by their shape
    "做到安企、兴企、优企。",
    "坚持安企、暖企、利企。",
    "开展暖企行动和亲企活动。",  # the genre's own words (vocabulary.txt)
    "党员干部做到深学细悟、真学真信，切实学深悟透、细照笃行、知行合一。",
    "开展深学细悟活动，推动理论学习走深走实。",
)

SLIPS_BESIDE_THEM = (
    "开展送法进企、法治宣穿活动。",  # the correction makes the known 法治宣传
    "落实惠商、助企、矛盾拍查措施。",  # 拍查 shares no clipped noun with its neighbours
    "组织开展法治宣穿活动。",
    "组织执法人圆、调解员参加培训。",  # the correction makes the known 执法人员
    "整合人力、资原，提升服务能力。",  # 人力 keeps another noun than 资原
    "推进执法兴企工作。",  # neither in a 、-list nor a campaign's name: not sheltered
    "组织送法人圆、志愿者参加活动。",  # 人圆 is a noun and a noun, no verb's clip
)


@pytest.mark.parametrize("sentence", COINAGES)
def test_the_genres_clipped_coinages_are_no_slips(sentence: str) -> None:
    assert findings_in(sentence, "T009") == []


@pytest.mark.parametrize("sentence", SLIPS_BESIDE_THEM)
def test_a_slip_beside_a_coinage_is_still_found(sentence: str) -> None:
    found = findings_in(sentence, "T009")
    assert found and {f.severity for f in found} == {Severity.WARNING}


CLASS_NAMES = (
    "镇域内“四上”企业共41家，分别为工业19家、建筑业7家和服务业15家。",
    "全镇“四上”企业：工业企业9家、批零住餐企业5家、服务业企业3家。",
    "新培育“四上”企业（工业企业、服务业企业）。",
    "推进“三品一标”认证：绿色食品、有机农产品。",
    "“两新”组织包括新经济组织、新社会组织、行业协会。",
    "整治“五小”行业：小餐饮、小旅馆、小网吧。",
)

STILL_COUNTED = (
    "开展“五进”活动（进机关、进社区、进学校、进企业）。",
    "开展“三进”活动：进村、进企、进校园、进家庭。",
    "打造“三个一”工程：一张清单、一套流程。",
)


@pytest.mark.parametrize("sentence", CLASS_NAMES)
def test_a_quoted_count_naming_a_class_announces_no_items(sentence: str) -> None:
    assert findings_in(sentence, "N007") == []


@pytest.mark.parametrize("sentence", STILL_COUNTED)
def test_a_quoted_count_of_its_own_items_is_still_checked(sentence: str) -> None:
    assert findings_in(sentence, "N007")
