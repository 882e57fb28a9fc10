"""T003 on the names of laws beyond its cases: real laws that are close to each other are
never taken for one another's slips, and every name of the tables is accepted."""

from __future__ import annotations

import pytest
from rulecases import findings_in

from reportgen.rules.knowledge import names as names_of
from reportgen.rules.nearmiss import law_slip
from reportgen.rules.titletable import LAW_PREFIX, title_table
from reportgen.rules.wordlists import table_file

# Pairs of real laws a comparison must tell apart even when one is missing from the table.
REAL_NEIGHBOURS = [
    ("土壤污染防治法", "大气污染防治法"),
    ("刑事诉讼法", "民事诉讼法"),
    ("行政复议法", "行政诉讼法"),
    ("渔业法", "农业法"),
    ("科学技术普及法", "科学技术进步法"),
    ("民办教育促进法", "家庭教育促进法"),
    ("清洁生产促进法", "循环经济促进法"),
    ("道路交通安全法", "海上交通安全法"),
    ("个人独资企业法", "个人信息保护法"),
    ("义务教育法", "职业教育法"),
]


@pytest.mark.parametrize(("one", "other"), REAL_NEIGHBOURS)
def test_real_neighbours_are_no_slips_of_each_other(one: str, other: str) -> None:
    assert not law_slip(one, other)
    assert not law_slip(other, one)


def test_a_law_missing_from_the_table_is_not_taken_for_its_neighbour() -> None:
    """土壤污染防治法 were it unknown: two characters from 大气污染防治法, but no slip."""
    table = title_table()
    full = LAW_PREFIX + "土壤污染防治法"
    others = {law: name for law, name in table.laws.items() if name != full}
    rest = "土壤污染防治法"
    assert [name for law, name in others.items() if law_slip(rest, law)] == []


def test_every_law_of_the_table_is_accepted_in_full_and_short() -> None:
    laws = table_file("laws")["laws"]
    names = names_of(laws["in_force"] + laws["repealed"])
    assert len(names) == len(set(names))
    assert not [n for n in names if n.startswith(LAW_PREFIX)]
    text = "".join(f"《{LAW_PREFIX}{n}》《{n}》" for n in names)
    assert findings_in(text, "T003") == []


def test_every_title_of_the_table_is_accepted() -> None:
    titles = table_file("titles")["titles"]
    listed = names_of(titles["canonical"] + titles["superseded"])
    text = "、".join(f"《{t}》" for t in listed)
    assert findings_in(text, "T003") == []
