"""The lexicon: lexicon.bin is what jieba-py and pypinyin (the locked versions) give, it
reads back the words, frequencies, tags and readings they hold, and the segmenter and
slip finder built on it find words and slips as jieba's method does."""

from __future__ import annotations

import pytest

from reportgen.lexicon import build
from reportgen.lexicon.index import FILE, Lexicon, lexicon
from reportgen.lexicon.segment import Segmenter, Vocabulary
from reportgen.lexicon.slips import LONGEST_RUN, SlipFinder


def test_the_shipped_file_is_what_the_packages_give() -> None:
    """Regenerate it from the installed jieba-py and pypinyin: not a byte differs. On a
    failure after upgrading either, run `uv run --group lexicon python -m
    reportgen.lexicon.build` and commit the file."""
    assert build.generate() == FILE.read_bytes()


def test_words_frequencies_and_tags_read_back_from_jieba() -> None:
    import jieba  # type: ignore[import-untyped]

    entries = {}
    with jieba.get_dict_file() as raw:
        for line in raw.read().decode("utf-8").splitlines():
            word, freq, tag = line.split(" ")
            entries[word] = (int(freq), tag)
    words = lexicon()
    for word in ("的", "排查", "贯彻", "依法行政", "行政处罚法", "中华人民共和国", "澈"):
        assert (words.freq(word), words.tag(word)) == entries[word], word
    for word in ("拍查", "贯澈", "保章", "中华人民共", "依法行政信"):
        assert word not in entries and words.freq(word) == 0 and words.tag(word) is None


def test_readings_come_from_pypinyin() -> None:
    words = lexicon()
    assert words.readings("重")[:2] == ("zhong", "chong")
    assert words.readings("澈") == ("che",)
    assert "彻" in words.homophones("che") and "障" in words.homophones("zhang")
    guan, che = words.syllables("贯")[0], words.syllables("澈")[0]
    assert ("贯彻", 2922) in words.sounding((guan, che))


def test_a_file_of_another_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="not a lexicon file"):
        Lexicon(b"PK\x03\x04" + bytes(100))


SEGMENTS = [
    ("依法行政信息公开工作", "依法行政 信息 公开 工作"),
    ("坚持以人民为中心的发展思想", "坚持 以 人民 为 中心 的 发展 思想"),
    ("中华人民共和国行政处罚法", "中华人民共和国 行政处罚法"),
    ("推进进度", "推进 进度"),
    ("全面面落实", "全面 面 落实"),
]


@pytest.mark.parametrize(("text", "words"), SEGMENTS)
def test_segmentation_is_jiebas_most_probable_route(text: str, words: str) -> None:
    tokens = Segmenter().route(text)
    assert " ".join(text[t.start : t.end] for t in tokens) == words


def test_extra_words_join_the_lexicon_for_one_segmenter() -> None:
    plain = Segmenter()
    genre = Segmenter(Vocabulary({"一网通办": 1000}))
    assert [t.end - t.start for t in plain.route("一网通办")] != [4]
    (token,) = genre.route("一网通办")
    assert (token.freq, token.tag) == (1000, None)


def test_a_slip_is_found_with_the_word_it_stands_for() -> None:
    finder = SlipFinder(Segmenter(), {})
    (slip,) = finder.find("切实保章群众合法权益。")
    assert (slip.start, slip.written, slip.right) == (2, "保章", "保障")
    assert slip.gain > 6.5
    assert finder.find("切实保障群众合法权益。") == []


def test_a_run_too_long_for_prose_is_left_alone() -> None:
    """A run of hundreds of characters without a mark is pasted matter: not read for slips
    (a 40,000-character one took seconds), while the same slip in a clause is found."""
    finder = SlipFinder(Segmenter(), {})
    clause = "切实保章群众合法权益"
    assert len(finder.find(clause + "。")) == 1
    assert finder.find("法" * (LONGEST_RUN - len(clause) + 1) + clause + "。") == []
    assert len(finder.find("法" * (LONGEST_RUN - len(clause)) + clause + "。")) == 1


def test_a_look_alike_that_does_not_sound_alike_is_tried_too() -> None:
    """己 for 已 (ji, yi): only the look-alike table links them; without it the nearest
    word read alike is 几经."""
    with_table = SlipFinder(Segmenter(), {"己": "已"}).find("工作己经完成。")
    assert [s.right for s in with_table] == ["已经"]
    assert [s.right for s in SlipFinder(Segmenter(), {}).find("工作己经完成。")] == ["几经"]
