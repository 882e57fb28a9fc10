"""The slip and near-miss searches' shortcuts (issue 19) answer as the plain definitions
they stand for: the windows T009 and T011 read, and so their findings, stay the same."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from reportgen.lexicon.slips import SlipFinder
from reportgen.rules.formulas import _same_start
from reportgen.rules.genrewords import _BLANK, _one_away
from reportgen.rules.vocabulary import genre_finder

# Few characters, so that drawn strings share beginnings and lie one character apart.
_CHARS = st.sampled_from("法治政府建设依")


@given(
    st.integers(1, 14).flatmap(
        lambda size: st.tuples(
            st.text(_CHARS, min_size=size, max_size=size),
            st.text(_CHARS, min_size=size, max_size=size),
        )
    )
)
@example(("法治", "法政"))  # differing in the last character
@example(("法治政府", "依治政府"))  # in the first
def test_same_start_is_where_two_strings_first_differ(pair: tuple[str, str]) -> None:
    one, other = pair
    if one == other:
        return  # asked only of strings that differ
    plain = next(i for i, (a, b) in enumerate(zip(one, other, strict=True)) if a != b)
    assert _same_start(one, other) == plain


@given(
    st.sampled_from((3, 4)).flatmap(
        lambda size: st.tuples(
            st.text(_CHARS, min_size=size, max_size=size),
            st.lists(st.text(_CHARS, min_size=size, max_size=size), max_size=6),
        )
    )
)
@example(("法治建", ["法治政"]))  # the slip in the third character of three
@example(("依治政府", ["法治政府"]))  # in the first of four
@example(("法治政依", ["法治政府"]))  # in the last of four
@example(("法依政府", ["法治建设"]))  # two apart: no word
def test_one_away_is_one_character_from_a_word(drawn: tuple[str, list[str]]) -> None:
    span, words = drawn
    heads = {w[:2] for w in words}
    rests = {w[2:] for w in words}
    blanked = {w[:at] + _BLANK + w[at + 1 :] for w in words for at in range(len(w))}
    plain = any(sum(a != b for a, b in zip(span, w, strict=True)) <= 1 for w in words)
    assert _one_away(span, span[:2] in heads, span[2:] in rests, blanked) == plain


@given(
    st.lists(
        st.text(st.sampled_from("开展矛盾纠纷拍查化解工作的"), min_size=2, max_size=12), max_size=6
    )
)
@example(["纠纷拍查", "开展排查"])
def test_pairs_judged_once_answer_as_judged_afresh(runs: list[str]) -> None:
    """A finder that has judged other runs' pairs says of a run what a new one says."""
    base = genre_finder()
    used = SlipFinder(base.segmenter, base.look_alikes)
    for run in runs:
        fresh = SlipFinder(base.segmenter, base.look_alikes)
        assert used._may_hold_slip(run) == fresh._may_hold_slip(run)
