"""P006 and P008 beyond their cases: what a hyphen's warning tells the clerk, and an
ordinal left in a point's text reported where it stands."""

from __future__ import annotations

from rulecases import findings, findings_in

from reportgen.rules import Severity
from reportgen.rules.cases import data, put
from reportgen.rules.listmarks import Ordinal
from reportgen.rules.p008 import EnumerationOrder, _agreed


def test_a_hyphen_between_chinese_words_is_a_warning_that_says_why() -> None:
    (found,) = findings_in("组织律师开展法治体检-走访企业23家。", "P006")
    assert found.severity is Severity.WARNING
    assert "破折号" in found.message
    assert "复合专名" in found.suggestion and "可以不改" in found.suggestion


def test_a_compound_names_head_counts_only_in_the_hyphens_own_clause() -> None:
    """The head must follow the hyphen closely: one in the next sentence names nothing."""
    assert findings_in("入驻柏山-月山经济技术开发区。", "P006") == []
    (found,) = findings_in("开展法治体检-走访企业。参观开发区。", "P006")
    assert found.severity is Severity.WARNING
    (found,) = findings_in("开展法治体检-走访全镇各村各企业后到达开发区。", "P006")
    assert found.severity is Severity.WARNING


def test_numbering_goes_on_from_a_point_list() -> None:
    """一是、二是 as points, then 四是 left in the text: the third is missing."""
    points = {"points": [{"text": "加强学习。"}, {"text": "强化宣传。四是严格执法。"}]}
    found = findings(data(put(("parts", 1, "content"), [points])), "P008")
    assert [f.path for f in found] == [("parts", 1, "content", 0, "points", 1, "text")]


def test_an_inline_enumeration_is_a_style_note_not_an_error() -> None:
    """1、 inside a paragraph is no heading and nothing is generated for it: one warning
    for the paragraph that says why (公文's third level is “1.”), never one that blocks build."""
    (found,) = findings_in("并采取了以下措施：1、推行网格化管理；2、建立矛盾纠纷台账。", "P005")
    assert found.severity is Severity.WARNING
    assert "“1、”“2、”" in found.message and "不是标题" in found.message
    assert "“1.”" in found.message and found.fix is None
    (found,) = findings_in("主要工作如下。一、加强学习；二、强化宣传。", "P005")
    assert found.severity is Severity.WARNING


def test_numbering_a_paragraph_starts_with_is_an_error() -> None:
    """A paragraph that starts with 1、 or 二、 is a heading typed as text."""
    for written in ("1、开展学法活动。", "二、加强学习；1、推行网格化管理。"):
        severities = [f.severity for f in findings_in(written, "P005")]
        assert severities[0] is Severity.ERROR, written
    assert findings_in("第1、2季度共开展活动。", "P005") == []
    assert findings_in("主要做法：1.推行网格化管理；2.建立台账。", "P005") == []


def test_an_ordinal_the_readings_disagree_about_is_only_a_warning() -> None:
    """Where the lists written one item a paragraph can be read two ways and both find the
    same ordinal out of order, each against another number before it, it is not certain
    which number was meant: a warning that says why. Agreed, it stays an error; in order
    under one reading, it is no finding."""
    ordinal = Ordinal(("parts", 1, "content", 4), "三是严格考核。", 0, 2, 3)
    after_one, after_three = (EnumerationOrder()._finding(ordinal, n) for n in (1, 3))
    (found,) = _agreed([[after_one], [after_three]])
    assert found.severity is Severity.WARNING and "两组" in found.suggestion
    (found,) = _agreed([[after_one], [after_one]])
    assert found.severity is Severity.ERROR
    assert list(_agreed([[after_one], []])) == []
