"""Rules read with the lexicon, beyond the cases in their modules: a slip in any word
(T009) is named with the word meant; neither T009 nor 的/地/得 (T010) says anything of the
correct sentences of the genre."""

from __future__ import annotations

import pytest
from genre_text import SENTENCES
from rulecases import findings_in, report_of

from reportgen.lexicon.slips import Slip
from reportgen.rules.boundaries import cuts_word
from reportgen.rules.cases import text
from reportgen.rules.vocabulary import compound_parts, genre_finder, report_finder
from reportgen.rules.writtenasmeant import meant

SLIPS = [
    ("开展矛盾纠纷拍查化解工作。", "拍查", "排查"),
    ("深入贯澈落实党的二十大精神。", "贯澈", "贯彻"),
    ("切实保章群众合法权益。", "保章", "保障"),
    ("依法保护群众合法全益。", "全益", "权益"),
    ("推进一网通半改革。", "一网通半", "一网通办"),
    # 为 (common) written for 围 is likelier than 氛 (rare) written for 分: not 分为.
    ("营造良好的社会氛为。", "氛为", "氛围"),
    # Slips jieba keeps as rare words, one character from a listed genre word.
    ("全年授理行政复议申请6件。", "授理", "受理"),
    ("将法治建设纳入积效考核。", "积效", "绩效"),
    ("对闲置场房开展安全检查。", "场房", "厂房"),
]


@pytest.mark.parametrize(("text", "wrong", "right"), SLIPS)
def test_a_slip_is_named_with_the_word_meant(text: str, wrong: str, right: str) -> None:
    (finding,) = findings_in(text, "T009")
    assert finding.severity.value == "warning" and finding.fix is None
    assert f"“{wrong}”疑为“{right}”" in finding.message and right in finding.suggestion


@pytest.mark.parametrize(
    "sentence",
    [*SENTENCES, "全年受理行政复议申请6件，将法治建设纳入绩效考核，对闲置厂房开展安全检查。"],
)
@pytest.mark.parametrize("code", ["T009", "T010"])
def test_correct_sentences_of_the_genre_are_left_alone(code: str, sentence: str) -> None:
    assert findings_in(sentence, code) == []


def test_the_halves_of_compound_phrases_are_words() -> None:
    """提质 of 提质增效 (beside the common 增效) is a word; an idiom of the lexicon gives
    none (迫在眉睫), nor does a half that holds a function character (设区的市)."""
    parts = compound_parts()
    assert {"提质", "提档", "小微", "送法"} <= set(parts)
    assert not {"迫在", "的市", "一网", "通办"} & set(parts)


@pytest.mark.parametrize(
    ("text", "span", "cut"),
    [
        ("全年追回劳务费用逾20万元。", "用逾", True),  # 费用 | 逾20万元
        ("追回救助款项逾百万元。", "项逾", True),
        ("法律援助经费用近三十万元。", "用近", True),
        ("全年追回劳务费用逾20万元。", "费用", False),
        ("累计调解纠纷计30件。", "纷计", True),
        ("全年累计调处纠纷30件。", "累计", False),  # 累计 is a word: the phrase opens there
        ("为群众提共20余次法律咨询。", "提共", False),  # no word ends before 共
        ("专项经费用逾困难群众救助。", "用逾", False),  # no figure follows 逾
    ],
)
def test_no_match_crosses_into_a_figure_phrase(text: str, span: str, cut: bool) -> None:
    """逾, 超, 近, 约, 达, 计, 共 before a number open a figure phrase: where a word of the
    lexicon ends just before one, a match that runs across that place cuts a boundary."""
    start = text.index(span)
    assert cuts_word(text, start, start + len(span), genre_finder().segmenter) is cut


def test_a_span_across_two_common_words_is_left_to_them() -> None:
    """党建引领: were the finder to read 建引 as a slip, the two words it cuts win."""
    finder = report_finder(report_of(text("深化党建引领。")))
    written = "深化党建引领。"
    across = Slip(3, 5, "建引", "建议", 0.0, 100)
    inside = Slip(2, 4, "党建", "党员", 0.0, 100)  # one word, not cut: no split
    assert meant(across, written, written, finder)
    assert not meant(inside, written, written, finder)
