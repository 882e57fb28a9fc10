"""Import of published copies, ninth round: three shapes of a page's lines that import
kept as the report's text, where a proofreader then refused the report (a date or a > it
never wrote): a table's cells with no mark between label and value, a table's row of
bars whose first label was unknown, and the rest of a breadcrumb on its own line.

Every report here is written for these tests (invented places: 柳湾镇 under 临溪县);
each test changes one thing of the plain report of test_import_shapes.
"""

from __future__ import annotations

import pytest
from test_import_shapes import OPENING, TITLE, imported, lines

from reportgen.importing.web import is_web_line


@pytest.mark.parametrize(
    "line",
    [
        "主题分类其他 发布日期2025-02-26",  # cells glued: label then value
        "发文机关临溪县司法局 主题词",
        "公开类别 | 主动公开 | 发布时间 | 2025-02-26 |",  # a row of bars
        "> 柳湾动态 > 通知公告",  # the rest of 当前位置：首页 on the line above
    ],
)
def test_a_pages_line_under_the_title_is_left_out(line: str) -> None:
    assert is_web_line(line)
    parsed = imported(lines(title=(TITLE, line), addressees=()))
    assert parsed.report.full_title == TITLE
    assert parsed.report.opening == [OPENING]
    assert any(line.split()[0][:4] in note for note in parsed.notes)


def test_a_breadcrumbs_rest_is_not_the_first_line_of_a_title() -> None:
    """> 柳湾动态 > 通知公告 over a title without 关于: not joined into the title."""
    title = "2025年柳湾镇法治政府建设情况"
    parsed = imported(lines(above=("当前位置：首页", "> 柳湾动态 > 通知公告"), title=(title,)))
    assert parsed.report.full_title == title


@pytest.mark.parametrize(
    "line",
    [
        "时间紧 任务重",  # words that start as labels do, with no value of a label
        "2025年 法治政府建设",
        "依法行政 执法为民",
        "> 柳湾动态",  # one link after the mark: not enough to say
        "名称统一 来源可查，确保信息准确。",  # a sentence
    ],
)
def test_lines_of_a_report_are_no_page_lines(line: str) -> None:
    assert not is_web_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "您使用的浏览器版本过低，请升级后浏览本站。",
        "请更换或升级浏览器，以获得最佳浏览体验。",
        "如仍显示此提示，请将浏览器切换至极速模式。",
    ],
)
def test_a_pages_notice_about_the_browser_is_left_out(line: str) -> None:
    parsed = imported(lines(above=(line,), opening=(line, OPENING)))
    assert parsed.report.opening == [OPENING]
    assert any("浏览器" in note for note in parsed.notes)


@pytest.mark.parametrize(
    "line",
    [
        "推进政务服务网上办理，群众通过手机浏览器即可办理。",
        "完成门户网站改版，支持各类浏览器，全面升级服务功能。",
    ],
)
def test_a_reports_sentence_about_browsers_is_kept(line: str) -> None:
    assert not is_web_line(line)
    parsed = imported(lines(opening=(OPENING, line)))
    assert parsed.report.opening == [OPENING, line]
