"""T004 and T007 beyond their cases: one place gets one finding, whichever entries match it."""

from __future__ import annotations

from rulecases import findings_in, fixed, report_of, string_at

from reportgen.rules import check
from reportgen.rules.cases import MEASURES, text


def test_one_place_gets_one_finding() -> None:
    """新时期枫桥经验: the table's or the first pattern's finding, not one per pattern."""
    found = findings_in("坚持和发展新时期枫桥经验。", "T004")
    assert len(found) == 1


def test_a_slip_inside_two_fixed_phrases_gets_one_finding() -> None:
    """营商环竟 is in 营商环境 and in 优化营商环境: one finding, of the longer phrase, whose
    fix is the same; and no T009 warning beside T007's error."""
    case = text("全力优化营商环竟，推动高质量发展。")
    found = [f for f in check(report_of(case)) if f.code in {"T007", "T009"}]
    assert [(f.code, f.message) for f in found] == [
        ("T007", "“优化营商环竟”疑为“优化营商环境”的笔误。")
    ]
    assert fixed(string_at(case, MEASURES), found) == "全力优化营商环境，推动高质量发展。"


def test_two_slips_in_two_phrases_that_do_not_overlap_get_two_findings() -> None:
    assert len(findings_in("化解矛盾迫在眉捷，坚持按步就班推进。", "T007")) == 2
