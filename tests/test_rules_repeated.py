"""C007 beyond its cases, as a property: distinct clauses are never reported, and a clause
pasted twice in a row is reported once and fixed back to the text as it was."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rulecases import findings_in, fixed

CLAUSES = [
    "开展普法宣传12场次",
    "发放宣传资料500余份",
    "组织干部旁听庭审2次",
    "调解矛盾纠纷45起",
    "一是加强学习",
    "二是强化宣传",
    "既要抓好当前工作",
    "又要着眼长远发展",
    "坚持依法行政",
    "学习、学习、再学习",
]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(CLAUSES), min_size=1, max_size=6, unique=True),
    st.integers(0, 5),
    st.sampled_from(["，", "；", "。"]),
)
def test_a_clause_pasted_twice_is_fixed_back(clauses: list[str], which: int, mark: str) -> None:
    written = mark.join(clauses) + "。"
    assert findings_in(written, "C007") == []
    copy = clauses[which % len(clauses)]
    if len(copy) < 6 or "、" in copy:
        return  # short pieces are left alone
    doubled = written.replace(copy, f"{copy}{mark}{copy}", 1)
    found = findings_in(doubled, "C007")
    assert len(found) == 1
    assert fixed(doubled, found) == written
