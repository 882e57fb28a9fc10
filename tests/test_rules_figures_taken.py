"""Which figures the figure rules take to compare: last year's figure from the sentence
before (N006) must count the same thing by the same verb; a count of this year's new
ones is not the count a coverage rate is over (N005); another organ's staff are not
ours (N008). Each with sentences that must warn and sentences that must stay quiet."""

from __future__ import annotations

import pytest
from rulecases import findings_in

from reportgen.rules import Severity

# N006: last year's figure in the sentence before, chosen by its noun and its verb.
CHANGE_WARNED = [
    # 36 over last year's 婚姻纠纷 (30) is +20 %, not +50 %
    (
        "上年调处矛盾纠纷120件，其中婚姻纠纷30件。今年调处婚姻纠纷36件，同比增长50%。",
        "上年30件",
    ),
    # 34 over last year's closed (38) is −10.5 %, not −15 %
    ("上年受理信访事项40件，办结38件。今年办结信访事项34件，同比下降15%。", "上年38件"),
    ("上年受理信访事项40件，办结38件。今年办结信访事项34件，较上年减少6件。", "上年38件"),
    # the whole of the disputes, when the change counts the whole
    (
        "去年调处矛盾纠纷120件，其中婚姻纠纷30件。今年调处矛盾纠纷150件，同比增长20%。",
        "上年120件",
    ),
    # 全年 names no year: the sentence is still last year's
    ("上年全年办结信访事项38件。今年办结信访事项34件，同比下降15%。", "上年38件"),
]
CHANGE_QUIET = [
    "上年调处矛盾纠纷120件，其中婚姻纠纷30件。今年调处婚姻纠纷36件，同比增长20%。",
    "上年受理信访事项40件，办结38件。今年办结信访事项34件，同比下降10.5%。",
    "上年受理信访事项40件，办结38件。今年办结信访事项34件，较上年减少4件。",
    # no figure of last year counts what was closed: nothing to compare with
    "上年受理信访事项40件。今年办结信访事项34件，同比下降10.5%。",
    # 今年 in that sentence: 38件 is this year's, not last year's
    "上年受理信访事项40件，今年办结38件。今年办结信访事项34件，同比下降15%。",
    # the same verb, another noun
    "去年办结行政复议案件38件。今年办结信访事项34件，同比下降15%。",
]


@pytest.mark.parametrize(("sentence", "base"), CHANGE_WARNED)
def test_last_years_figure_counts_what_the_change_counts(sentence: str, base: str) -> None:
    (found,) = findings_in(sentence, "N006")
    assert found.severity is Severity.WARNING
    assert base in found.message.replace("、", ""), found.message


@pytest.mark.parametrize("sentence", CHANGE_QUIET)
def test_no_figure_of_last_year_that_counts_it_no_warning(sentence: str) -> None:
    assert [f.message for f in findings_in(sentence, "N006")] == []


# N005: a rate after a count of this year's new ones is over all that have it.
BASE_RATE_WARNED = [
    "全镇辖14个行政村。13个村建成法治文化阵地，覆盖率达95.2%。",
    "全镇辖14个行政村。今年以来13个村建成法治文化阵地，覆盖率达95.2%。",
    "全乡共有11个行政村。已在10个村设立法律服务点，覆盖率达95%。",
]
BASE_RATE_QUIET = [
    "全镇辖14个行政村。年内新建3个村级法治文化广场，全镇法治文化阵地覆盖率达100%。",
    "全镇辖14个行政村。今年又有2个村建成民主法治示范村，示范村创建率达71.4%。",
    "全乡共有11个行政村。本年2个村获评民主法治示范村，示范村创建率达81.8%。",
    "全乡共有11个行政村。新增4个村建立法律服务点，覆盖率达100%。",
    "全镇辖9个行政村。今年3个村建成普法长廊，普法阵地覆盖率达100%。",
]


@pytest.mark.parametrize("sentence", BASE_RATE_WARNED)
def test_a_rate_over_a_count_of_all_of_them(sentence: str) -> None:
    (found,) = findings_in(sentence, "N005")
    assert found.severity is Severity.WARNING


@pytest.mark.parametrize("sentence", BASE_RATE_QUIET)
def test_a_rate_after_this_years_new_ones_no_warning(sentence: str) -> None:
    assert [f.message for f in findings_in(sentence, "N005")] == []


# N008: digits in another order, but one of the figures is another organ's.
TRANSPOSED_WARNED = [
    "全镇有执法人员23名。组织32名执法人员开展联合执法。",
    "全镇有执法人员23名。市场监管所与镇执法队32名执法人员开展联合检查。",
    "县级储备粮规模3.4万吨。对4.3万吨县级储备粮开展检查。",
]
TRANSPOSED_QUIET = [
    "全镇有执法人员23名。邀请县执法局32名执法人员开展联合执法。",
    "全镇有执法人员23名。区综合执法局32名执法人员来镇开展联合执法。",
    "全镇有执法人员23名。上级部门32名执法人员来镇督导。",
    "镇司法所有调解员45名。市司法局54名调解员来镇交流。",
    "全镇有执法人员23名。联合执法中，32名县市场监管局执法人员来镇检查。",
]


@pytest.mark.parametrize("sentence", TRANSPOSED_WARNED)
def test_our_own_figure_with_its_digits_swapped(sentence: str) -> None:
    (found,) = findings_in(sentence, "N008")
    assert found.severity is Severity.WARNING


@pytest.mark.parametrize("sentence", TRANSPOSED_QUIET)
def test_another_organs_figure_no_warning(sentence: str) -> None:
    assert [f.message for f in findings_in(sentence, "N008")] == []
