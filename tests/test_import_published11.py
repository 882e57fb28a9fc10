"""Import of published copies, tenth round: an information-disclosure table copied as
plain text. Its cells come one after another on a line, several label and value pairs
to a line, with a space or nothing between them, sometimes with the page's heading
glued after the last cell; the page's links to its versions for older readers stand on
lines of their own. All of them are the page's: left out with a note naming them, their
dates never the report's date and never in its text.

Every report here is written for these tests (invented places: 柳湾镇 under 临溪县);
each test changes one thing of the plain report of test_import_shapes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import Result
from test_import_shapes import DATE, MEASURES, OPENING, SIGNATURE, TITLE, imported, lines

from reportgen.importing.parse import Parsed
from reportgen.importing.tablerow import glued_title, row
from reportgen.importing.web import is_web_line

ROWS = [
    "索引号 113212830141678ABC/2025-00031 组配分类 工作报告 主题分类 政务公开",
    "公开方式 主动公开 公开范围 面向全社会",
    "发布机构 临溪县柳湾镇人民政府 发文日期 2025-03-20",
    # cells glued where the copy lost their edges
    "组配分类 法治建设 发布机构 柳湾镇生成日期 2025-03-12 公开方式 主动公开体裁分类 报告",
    # one cell a line, its value one no report's line would give
    "- 索引号 113212830141678ABC/2025-00031",
    "生成日期 2025-03-12",
    "发布机构 临溪县柳湾镇人民政府",
    "公开方式 主动公开",
    "主 题 分 类 司法",
    "文号 柳政发〔2025〕8号",
]
LABELS = ["索引号", "公开方式", "发布机构", "组配分类", "索引号", "生成日期"]
LABELS += ["发布机构", "公开方式", "主题分类", "文号"]


def texts(parsed: Parsed) -> list[str]:
    """Every text of the imported report, its title and signature included."""
    report = parsed.report
    found = [report.full_title, *report.addressees, *report.opening, *report.signatories]
    for part in parsed.report.model_dump()["parts"]:
        found.append(json.dumps(part, ensure_ascii=False))
    return found


def plain(parsed: Parsed) -> None:
    report = parsed.report
    assert report.full_title == TITLE
    assert report.addressees == ["中共临溪县委", "临溪县人民政府"]
    assert report.opening == [OPENING]
    assert report.signatories == SIGNATURE
    assert report.date == dt.date(2025, 1, 20)
    assert report.organ == "柳湾镇人民政府"


@pytest.mark.parametrize(("row", "label"), list(zip(ROWS, LABELS, strict=True)))
@pytest.mark.parametrize("where", ["above", "under the title", "below"])
def test_a_tables_row_is_left_out_wherever_the_page_prints_it(
    row: str, label: str, where: str
) -> None:
    shapes = {
        "above": lines(above=(row,)),
        "under the title": lines(title=(TITLE, row)),
        "below": lines(below=(row,)),
    }
    parsed = imported(shapes[where])
    plain(parsed)
    assert not any(row[:8] in text for text in texts(parsed))
    assert any(row[:8] in note and label in note and "网页信息" in note for note in parsed.notes)


def test_the_note_names_the_cells_a_quote_cuts_short() -> None:
    parsed = imported(lines(above=(ROWS[3],)))
    note = next(note for note in parsed.notes if "组配分类" in note)
    assert "组配分类、发布机构、生成日期、公开方式、体裁分类" in note


def test_a_tables_dates_never_date_the_report() -> None:
    """No date line under the signature: the page's 生成日期 and 发文日期 are not it."""
    parsed = imported(lines(title=(TITLE, ROWS[2]), date=(), below=(ROWS[3],)))
    assert parsed.report.date is None
    assert any("没有找到成文日期" in note for note in parsed.notes)
    assert not any("2025-03" in text for text in texts(parsed))


@pytest.mark.parametrize(
    ("row", "title"),
    [
        (
            "主题分类 司法 体裁分类 其他公开范围 面向全社会",
            "2024年度柳湾镇法治政府建设工作报告",
        ),
        (
            "公开方式 主动公开 生成日期 2025-03-12",
            "柳湾镇人民政府关于2024年度法治政府建设情况的报告",
        ),
        ("索引号 113212830141678ABC/2025-00031 体裁分类 报告", TITLE),
    ],
)
def test_a_title_glued_after_the_last_cell_is_kept_and_the_cells_go(row: str, title: str) -> None:
    parsed = imported(lines(title=(row + title,)))
    report = parsed.report
    assert report.full_title == title
    assert report.year == 2024
    assert report.opening == [OPENING]
    assert report.date == dt.date(2025, 1, 20)
    assert any(row.split()[0] in note and "网页信息" in note for note in parsed.notes)
    assert not any(row.split()[1] in text for text in texts(parsed))


def test_a_title_glued_to_a_row_under_the_pages_rows() -> None:
    """Three rows, the heading glued to the last; the document's own title under them."""
    row = "主题分类 司法 体裁分类 其他公开范围 面向全社会" + TITLE
    parsed = imported(lines(above=(ROWS[0], ROWS[2], row)))
    plain(parsed)


CELL_TITLE = "柳湾镇2024年度法治政府建设情况报告"


@pytest.mark.parametrize(
    "cell",
    [
        f"标题：{CELL_TITLE}",  # as before
        f"标题 {CELL_TITLE}",
        f"标  题 {CELL_TITLE}",
        f"标题{CELL_TITLE}",
        f"名称 {CELL_TITLE} 发布机构 柳湾镇人民政府",
    ],
)
def test_a_tables_title_cell_is_the_title_where_the_text_has_none(cell: str) -> None:
    """The table's 标题 is the only place the title appears: read from it, said so; the
    label never part of the title."""
    parsed = imported(lines(above=(cell, ROWS[0], ROWS[2]), title=()))
    assert parsed.report.full_title == CELL_TITLE
    assert any("按网页信息“" in note and "读入标题" in note for note in parsed.notes)
    assert parsed.report.opening == [OPENING]


@pytest.mark.parametrize(
    "line",
    ["进入老年版", "无障碍浏览", "长者模式", "关怀版", "切换到关怀模式", "无障碍 | 长者版 | 繁体"],
)
def test_a_pages_links_for_older_readers_are_left_out(line: str) -> None:
    assert is_web_line(line)
    for shape in (lines(above=(line,)), lines(title=(TITLE, line)), lines(below=(line,))):
        parsed = imported(shape)
        plain(parsed)
        assert not any(line in text for text in texts(parsed))


@pytest.mark.parametrize(
    "sentence",
    [
        "规范公开方式、公开范围和公开时限，全年主动公开政府信息326条。",
        "公开方式 更加多样",  # one label and a word no table gives: not a table's row
        "公开方式、公开范围全面规范",  # labels in a phrase without its marks
        "发布机构与发文机关职责明确",
        "发布机构统一审核发布内容，发文机关对文号、有效性负责。",
        "无障碍环境建设法实施以来，镇政府组织开展专题宣传3场。",
        "长者模式服务点覆盖全镇12个村，关怀版网站同步上线。",
        "关怀版网页上线运行，方便老年人查询办事指南。",
    ],
)
def test_a_reports_sentence_naming_a_label_or_a_version_stays(sentence: str) -> None:
    assert not is_web_line(sentence)
    measures = [*MEASURES[:3], sentence, *MEASURES[3:]]
    parsed = imported(lines(opening=(OPENING, sentence), parts=(measures,)))
    assert parsed.report.opening == [OPENING, sentence]
    assert sentence in json.dumps(parsed.report.model_dump()["parts"], ensure_ascii=False)


def test_the_imported_report_carries_no_page_date_to_proofread(
    tmp_path: Path, cli: Callable[..., Result]
) -> None:
    """End to end: import a copy with the table's rows, validate finds no date it never
    wrote (N003 refused build over the page's 2025-03-12)."""
    source = tmp_path / "copy.txt"
    copied = lines(
        above=("进入老年版", "无障碍浏览"),
        title=(ROWS[0], ROWS[3], "主题分类 司法 体裁分类 其他公开范围 面向全社会" + TITLE),
        date=(DATE, ROWS[2]),
    )
    source.write_text("\n".join(copied) + "\n", encoding="utf-8")
    data_file = tmp_path / "2024.json"
    assert cli("import", str(source), "-o", str(data_file)).code == 0
    data = json.loads(data_file.read_text(encoding="utf-8"))
    assert (data["title"], data["date"]) == (TITLE, "2025-01-20")
    checked = cli("validate", str(data_file), "--format", "json")
    findings = json.loads(checked.stdout)["findings"]
    assert not [f for f in findings if "2025-03" in json.dumps(f, ensure_ascii=False)]
    assert not [f for f in findings if f["severity"] == "error"], findings


def test_a_row_with_a_title_glued_on_is_split_not_dropped_whole() -> None:
    """Read as a row, the line would go with its title; it is two lines."""
    line = "主题分类 司法 体裁分类 其他公开范围 面向全社会" + TITLE
    assert row(line) is None
    assert glued_title(line) == ("主题分类 司法 体裁分类 其他公开范围 面向全社会", TITLE)
    assert glued_title("主题分类 司法 体裁分类 其他") is None
