"""The title wrap on its own: one line when it fits, else two balanced lines with words whole."""

from __future__ import annotations

from reportgen.render.gongwen import TITLE_WORDS, title_lines


def test_a_short_title_stays_on_one_line() -> None:
    assert title_lines("关于2023年法治政府建设情况的报告") == ["关于2023年法治政府建设情况的报告"]


def test_a_long_title_breaks_into_two_lines_the_second_not_shorter() -> None:
    title = "中共柏山镇委员会柏山镇人民政府关于2023年度法治政府建设工作情况的报告"
    lines = title_lines(title, names=("中共柏山镇委员会", "柏山镇人民政府"))
    assert len(lines) == 2 and "".join(lines) == title
    assert len(lines[0]) <= len(lines[1])
    for word in (*TITLE_WORDS, "中共柏山镇委员会", "柏山镇人民政府"):
        for at in range(1, len(word)):
            # no line ends inside a word of the genre or an organ's name
            assert not (lines[0].endswith(word[:at]) and lines[1].startswith(word[at:])), word


def test_never_inside_a_quoted_title_or_a_number() -> None:
    title = "关于2023年度贯彻落实《重大行政决策程序暂行条例》情况的报告"
    first, second = title_lines(title)
    assert first.count("《") == first.count("》")
    assert not (first[-1].isdigit() and second[0].isdigit())
