"""T003 on the names of laws: slips of a full name are caught, real laws that are close to
each other are never taken for one another's slips."""

from __future__ import annotations

import pytest
from rulecases import findings_in, fixed

from reportgen.rules.nearmiss import law_slip
from reportgen.rules.titles import LAW_PREFIX, title_table
from reportgen.rules.wordlists import table_file

# (text, the text after the fix): a character added, a word dropped, an inner word
# abbreviated, a word replaced, in laws old and new.
TRIGGERS = [
    ("宣传《中华人民共和国固体废弃物污染环境防治法》。", "固体废物污染环境防治法"),
    ("学习《中华人民共和国乡村振兴法》。", "乡村振兴促进法"),
    ("落实《中华人民共和国村委会组织法》。", "村民委员会组织法"),
    ("宣传《中华人民共和国民营企业促进法》。", "民营经济促进法"),
    ("宣传《中华人民共和国农村集体经济组织管理法》。", "农村集体经济组织法"),
    ("宣传《中华人民共和国公职人员处分法》。", "公职人员政务处分法"),
    ("落实《中华人民共和国治安处罚法》。", "治安管理处罚法"),
    ("宣传《中华人民共和国家庭教育法》。", "家庭教育促进法"),
    ("宣传《中华人民共和国粮食安全法》。", "粮食安全保障法"),
    ("宣传《中华人民共和国无障碍建设法》。", "无障碍环境建设法"),
    ("宣传《中华人民共和国爱国教育法》。", "爱国主义教育法"),
    ("宣传《中华人民共和国反有组织犯罪活动法》。", "反有组织犯罪法"),
    ("宣传《中华人民共和国未成年人保障法》。", "未成年人保护法"),
    ("宣传《中华人民共和国老年人权益保护法》。", "老年人权益保障法"),
    ("宣传《中华人民共和国消费者权益保障法》。", "消费者权益保护法"),
    ("宣传《中华人民共和国基本医疗卫生和健康促进法》。", "基本医疗卫生与健康促进法"),
    ("宣传《中华人民共和国法治宣传法》。", "法治宣传教育法"),
    ("宣传《中华人民共和国消防安全法》。", "消防法"),  # a word added to a short name
    ("宣传《中华人民共和国安全生产管理法》。", "安全生产法"),
    ("宣传《民营企业促进法》。", "民营经济促进法"),  # the short name with a word replaced
    ("落实《农民工工资支付保障条例》。", "保障农民工工资支付条例"),  # words reordered
    ("宣传《中华人民共和国妇女保障权益法》。", "妇女权益保障法"),
]

# Real laws written right, each next to another real law: none is a slip of the other.
CLEAN = [
    "宣传《中华人民共和国土壤污染防治法》《中华人民共和国大气污染防治法》。",
    "宣传《中华人民共和国刑事诉讼法》《中华人民共和国民事诉讼法》。",
    "宣传《中华人民共和国行政复议法》《中华人民共和国行政诉讼法》。",
    "宣传《中华人民共和国劳动法》《中华人民共和国劳动合同法》。",
    "宣传《中华人民共和国教育法》《中华人民共和国学前教育法》。",
    "宣传《中华人民共和国能源法》《中华人民共和国节约能源法》。",
    "宣传《中华人民共和国监察法》《中华人民共和国监察官法》。",
    "宣传《中华人民共和国科学技术进步法》《中华人民共和国科学技术普及法》。",
    "宣传《中华人民共和国民营经济促进法》《中华人民共和国中小企业促进法》。",
    "宣传《中华人民共和国法治宣传教育法》《中华人民共和国爱国主义教育法》。",
    "宣传《中华人民共和国农村集体经济组织法》《中华人民共和国乡村振兴促进法》。",
    "宣传《中华人民共和国噪声污染防治法》《中华人民共和国环境保护税法》。",
    "学习《中华人民共和国合同法》（已废止）的沿革。",  # a repealed law is a real law
    "编印《中华人民共和国行政处罚法释义》。",  # a book about a law
    "学习《中华人民共和国刑法修正案（十二）》。",
    "宣传《中华人民共和国水法》和《中华人民共和国水土保持法》。",
    "学习《村委会组织法》《土地承包法》等常用法律。",  # short names in common use
]

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


@pytest.mark.parametrize(("text", "law"), TRIGGERS)
def test_a_slip_in_a_law_is_fixed_to_its_name(text: str, law: str) -> None:
    found = findings_in(text, "T003")
    assert found, text
    assert law in fixed(text, found)
    assert fixed(text, found).count("《") == 1  # the title only, nothing around it


@pytest.mark.parametrize("text", CLEAN)
def test_real_laws_are_left_alone(text: str) -> None:
    assert findings_in(text, "T003") == []


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
    names = laws["in_force"] + laws["repealed"]
    assert len(names) == len(set(names))
    assert not [n for n in names if n.startswith(LAW_PREFIX)]
    text = "".join(f"《{LAW_PREFIX}{n}》《{n}》" for n in names)
    assert findings_in(text, "T003") == []


def test_every_title_of_the_table_is_accepted() -> None:
    titles = table_file("titles")["titles"]
    text = "、".join(f"《{t}》" for t in titles["canonical"] + titles["superseded"])
    assert findings_in(text, "T003") == []
