"""What the rules of issue 19's wrong words and patterns say beyond their cases: one
finding a place, the word table's before the lexicon's, a title's pattern key, and an
addressee line kept as one string."""

from __future__ import annotations

import pytest
from rulecases import findings_in, report_of

from reportgen.organs import OrganLevel, addressees_fit
from reportgen.rules import check
from reportgen.rules.cases import text
from reportgen.rules.lawpattern import pattern_key


def test_a_word_two_table_entries_match_is_reported_once_with_the_certain_fix() -> None:
    """纠纷调节成功率: the certain entry (纠纷 before) and the context entry (成功率 after)
    both match; the clerk is told once, with the fix."""
    found = findings_in("全镇纠纷调节成功率达98%。", "T006")
    assert len(found) == 1
    assert found[0].fix is not None and found[0].fix.replacement == "调解"


def test_a_word_the_table_reports_in_context_is_not_also_a_lexicon_slip() -> None:
    codes = [f.code for f in check(report_of(text("设立诉前调节室，开展库存检察。")))]
    assert codes.count("T006") == 2  # 诉前 and 室 decide the one 调节 alike
    assert "T009" not in codes


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("中华人民共和国反电信网络诈骗法", "电信网络诈骗防治法"),
        ("反家庭暴力法", "禁止家庭暴力法"),
        ("大气污染防治法", "反大气污染法"),
        ("优化营商环境条例", "优化营商环境管理办法"),
        ("重大行政决策程序暂行条例", "重大行政决策程序办法"),
    ],
)
def test_a_title_and_its_other_pattern_share_a_key(one: str, other: str) -> None:
    assert pattern_key(one) is not None
    assert pattern_key(one) == pattern_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("反洗钱法", "洗钱防治法"),  # a subject of two characters pins nothing down
        ("行政复议法", "行政复议条例"),  # a law named as a regulation: another case
        ("优化营商环境条例", "优化营商环境实施办法"),  # a 实施办法 is another document
    ],
)
def test_titles_on_no_shared_pattern_keep_apart(one: str, other: str) -> None:
    assert pattern_key(one) is None or pattern_key(one) != pattern_key(other)


@pytest.mark.parametrize(
    "line",
    [
        ["区委、区人大常委会："],
        ["县委", "县人大常委会"],
        ["中共云岭县委，云岭县人民代表大会常务委员会"],
    ],
)
def test_a_county_government_reports_to_its_committee_and_congress(line: list[str]) -> None:
    assert addressees_fit(OrganLevel.COUNTY, line)


def test_a_line_kept_as_one_string_is_judged_name_by_name() -> None:
    assert not addressees_fit(OrganLevel.COUNTY, ["区委、青石镇人民政府"])
    assert not addressees_fit(OrganLevel.TOWNSHIP, ["县委、县人大常委会"])
