"""The words never in a name: one table, read as the three patterns it replaced."""

from __future__ import annotations

import pytest

from reportgen.importing.issuer import well_formed
from reportgen.importing.places import is_place
from reportgen.notnames import NEVER_IN, never_a_name
from reportgen.organs import is_organ_name

# The three patterns as they stood in organs, importing/issuer and importing/places.
BEFORE = {
    "organ": r"(?:格|布|大|全|开|结|变|时|新|当|僵|残|危|定|破|棋|饭|骗)局$|^[一二三四五六七八九十]是",
    "issuer": r"在|的|现将|遵循|按照|根据|依据|遵照|坚持|围绕|结合|领导下|通过|召开"
    r"|[省市县区旗]委[省市县区旗](?:人民)?政府",
    "place": r"依法治|小城镇|特色小镇|(?:社|辖|景|片|小|矿|街|名胜|旅游|保护)区$"
    r"|[我本全该各](?:街道|镇|乡|县|区|市)$"
    r"|建设|推进|全面|坚持|深入|治理|开展|^(?:根据|按照|依据|遵照|对照|结合)"
    r"|^(?:遵循|围绕|立足|聚焦|紧扣|对标|落实|贯彻|推动|服务|助力|融入|面向|现将)"
    r"|在|的|领导|政府|[局委](?=.)",
    # as it stood in importing/places (_NO_TOWN)
    "town": r"^(?:跨|邻|全|本|该|各|我|两|三|多|每|一|周边|相邻|毗邻|临近|兄弟|全县|全区|全市)(?:镇|乡|街道)$"
    r"|乡镇$|^[各全本该]?城镇$|.{2,}(?:城镇|强镇|名镇|重镇|古镇|大镇)$|.{2,}(?:城|下|返|回|家|故)乡$",
}


@pytest.mark.parametrize("kind", ["organ", "issuer", "place", "town"])
def test_each_kind_reads_as_the_pattern_it_replaced(kind: str) -> None:
    assert "|".join(NEVER_IN[kind]) == BEFORE[kind]  # type: ignore[index]


def test_the_readers_that_ask_the_table() -> None:
    assert not is_organ_name("服务大局") and is_organ_name("临溪县司法局")
    assert not well_formed("临溪县交通局在市委市政府") and well_formed("柳湾镇人民政府")
    assert not well_formed("柳湾镇在县委领导下")
    assert not is_place("依法治县") and not is_place("青岭风景名胜区") and is_place("柳湾镇")
    assert never_a_name("place", "我镇") and not never_a_name("place", "石桥乡")
