"""Rules read with the lexicon: a slip in any word (T009) and 的/地/得 (T010). Texts that
must trigger each, with the word suggested or the text after the fix, and correct text of
the genre on which they must stay silent."""

from __future__ import annotations

import pytest
from genre_text import SENTENCES
from rulecases import assert_clean, assert_triggers, findings_in

# (code, text in a measures paragraph, the text after the fixes, or None when not fixable)
TRIGGERS = [
    # T009: one character of a word read or written alike, the word none of the tables
    # lists; a warning that names the word, never a fix.
    ("T009", "开展矛盾纠纷拍查化解工作。", None),
    ("T009", "深入贯澈落实党的二十大精神。", None),
    ("T009", "切实保章群众合法权益。", None),
    ("T009", "镇党委高度重世法治建设。", None),
    ("T009", "组织开展法治宣穿活动。", None),
    ("T009", "加强执法人员培驯。", None),
    ("T009", "认真落实重大行政决策程续。", None),
    ("T009", "完善矛盾纠纷多元化解机质。", None),
    ("T009", "强化对权力运行的制约和监渡。", None),
    ("T009", "依法保护群众合法全益。", None),
    ("T009", "加大普法宣传力渡。", None),
    ("T009", "积极推进基层治理现代华。", None),
    ("T009", "推进一网通半改革。", None),
    ("T009", "进一步规犯行政执法行为。", None),
    ("T009", "提高干部法治素样。", None),
    ("T009", "推动形成办事依法、遇事找法的良好氛维。", None),
    ("T009", "执法效率明显提搞。", None),
    ("T009", "组织开展执法案卷评查，发现问题及时整该。", None),
    ("T009", "为困难群众提供法律服物。", None),
    ("T009", "不断提高依法行政能立。", None),
    # T010: 地 before a verb with its object, 得 before a degree complement, 的 before a noun.
    ("T010", "认真的开展普法宣传。", "认真地开展普法宣传。"),
    ("T010", "积极的推进法治建设。", "积极地推进法治建设。"),
    ("T010", "有效的化解矛盾纠纷。", "有效地化解矛盾纠纷。"),
    ("T010", "扎实的推进依法行政。", "扎实地推进依法行政。"),
    ("T010", "主动的接受人大监督。", "主动地接受人大监督。"),
    ("T010", "切实的履行第一责任人职责。", "切实地履行第一责任人职责。"),
    ("T010", "严格的落实行政执法三项制度。", "严格地落实行政执法三项制度。"),
    ("T010", "工作落实的很好。", "工作落实得很好。"),
    ("T010", "普法宣传开展的还不够深入。", "普法宣传开展得还不够深入。"),
    ("T010", "执法监督推进的比较缓慢。", "执法监督推进得比较缓慢。"),
    ("T010", "营造良好地法治氛围。", "营造良好的法治氛围。"),
    ("T010", "取得了良好得效果。", "取得了良好的效果。"),
]

# (code, text): right as written.
CLEAN = [
    # T009: names the lexicon does not know, terms the report uses twice, quoted slogans.
    ("T009", "桐溪县白沙镇司法所联合县公安局白沙派出所开展反诈宣传。"),
    ("T009", "镇长王晓燕同志主持召开专题会议。"),
    ("T009", "推行“镇呼村应”机制，镇呼村应事项办结率100%。"),
    ("T009", "开展“三官一律”进网格活动。"),
    ("T009", "建立矛盾纠纷排查台帐，做到底数清、情况明。"),
    ("T009", "培训与实际业务结合不紧，以案释法做得不够。"),
    ("T009", "贯彻落实《中华人民共和国行政复议法》。"),
    ("T009", "落实行政执法公示、执法全过程记录、重大执法决定法制审核制度。"),
    # T010: 的 that is right, 地 and 得 that are right.
    ("T010", "发挥了积极的推动作用。"),
    ("T010", "进行认真的学习。"),
    ("T010", "各项任务得到全面的落实。"),
    ("T010", "树立认真的学习态度。"),
    ("T010", "建立严格的执法程序。"),
    ("T010", "开展积极的宣传活动。"),
    ("T010", "认真地研究，扎实地推进，切实把各项工作落到实处。"),
    ("T010", "这项工作完成得很好，群众反映良好。"),
    ("T010", "我们的很多工作还有差距。"),
    ("T010", "开展的很多活动受到群众欢迎。"),
    ("T010", "当地群众的法治意识明显增强，各地涌现出一批示范户。"),
    ("T010", "取得了显著的成效。"),
    ("T010", "群众满意度很高。"),
]


@pytest.mark.parametrize(("code", "text", "fixed"), TRIGGERS)
def test_triggers(code: str, text: str, fixed: str | None) -> None:
    assert_triggers(code, text, fixed)


@pytest.mark.parametrize(("code", "text"), CLEAN)
def test_clean(code: str, text: str) -> None:
    assert_clean(code, text)


SLIPS = [
    ("开展矛盾纠纷拍查化解工作。", "拍查", "排查"),
    ("深入贯澈落实党的二十大精神。", "贯澈", "贯彻"),
    ("切实保章群众合法权益。", "保章", "保障"),
    ("依法保护群众合法全益。", "全益", "权益"),
    ("推进一网通半改革。", "一网通半", "一网通办"),
]


@pytest.mark.parametrize(("text", "wrong", "right"), SLIPS)
def test_a_slip_is_named_with_the_word_meant(text: str, wrong: str, right: str) -> None:
    (finding,) = findings_in(text, "T009")
    assert finding.severity.value == "warning"
    assert f"“{wrong}”疑为“{right}”" in finding.message and right in finding.suggestion


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("code", ["T009", "T010"])
def test_correct_sentences_of_the_genre_are_left_alone(code: str, sentence: str) -> None:
    assert_clean(code, sentence)


def test_the_reports_own_place_is_a_word() -> None:
    """柏山 (the organ's place) read alike with 佛山 is not a slip in 法治柏山."""
    assert findings_in("加速推进法治柏山建设进程。", "T009") == []
