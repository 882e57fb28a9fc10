"""reportgen import: a report in Word or text becomes data, and the round trip is exact."""

from __future__ import annotations

import copy
import datetime as dt
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from helpers import DATA_2023, ORIGINAL_DATA, ORIGINAL_TEXT, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportgen.importing.parse import parse
from reportgen.importing.read import read_source
from reportgen.importing.write import report_data
from reportgen.model import Report
from reportgen.render.docx import render_docx
from reportgen.template.make import make_template


def without_schema(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "$schema"}


def imported(cli: Callable[..., Result], source: Path, *extra: str) -> dict[str, Any]:
    target = source.with_suffix(".imported.json")
    result = cli("import", str(source), "-o", str(target), *extra)
    assert result.code == 0, result.output
    return json.loads(target.read_text(encoding="utf-8"))


def test_original_text_imports_to_the_original_data(
    tmp_path: Path, cli: Callable[..., Result]
) -> None:
    """…which differs from data/2023.json exactly by the listed corrections
    (test_corrections shows that for the fixture)."""
    source = tmp_path / "report.txt"
    source.write_bytes(ORIGINAL_TEXT.read_bytes())
    data = imported(cli, source)
    assert without_schema(data) == json.loads(ORIGINAL_DATA.read_text(encoding="utf-8"))


def test_gb18030_text_imports_to_the_same_data(tmp_path: Path, cli: Callable[..., Result]) -> None:
    utf8 = tmp_path / "utf8.txt"
    utf8.write_bytes(ORIGINAL_TEXT.read_bytes())
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(ORIGINAL_TEXT.read_text(encoding="utf-8").encode("gb18030"))
    assert imported(cli, gbk) == imported(cli, utf8)

    named = tmp_path / "named.txt"
    named.write_bytes(gbk.read_bytes())
    assert imported(cli, named, "--encoding", "gb18030") == json.loads(
        utf8.with_suffix(".imported.json").read_text(encoding="utf-8")
    )


def test_our_own_docx_round_trips(tmp_path: Path, cli: Callable[..., Result]) -> None:
    built = tmp_path / "built.docx"
    assert cli("build", "2023", "--data", str(DATA_2023), "-o", str(built)).code == 0
    assert imported(cli, built) == json.loads(DATA_2023.read_text(encoding="utf-8"))


def test_default_target_and_no_overwrite(project: Path, cli: Callable[..., Result]) -> None:
    source = project / "old.txt"
    source.write_bytes(ORIGINAL_TEXT.read_bytes())
    refused = cli("import", str(source))
    assert refused.code == 1 and "data/2023.json 已经存在" in refused.stderr
    assert cli("import", str(source), "--force").code == 0
    assert "截止目前" in (project / "data" / "2023.json").read_text(encoding="utf-8")
    # import does not refuse what validate flags; validate then reports it
    assert cli("validate", "2023").code == 1


def test_a_report_typed_by_hand_in_word(tmp_path: Path, cli: Callable[..., Result]) -> None:
    """Direct formatting, typed numbering (1、, （一）、), empty paragraphs, Chinese date."""
    from docx import Document
    from docx.shared import Pt

    document = Document()

    def para(text: str = "", bold: str = "") -> None:
        paragraph = document.add_paragraph()
        if bold:
            run = paragraph.add_run(bold)
            run.bold = True
            run.font.size = Pt(16)
        run = paragraph.add_run(text)
        run.font.name = "仿宋_GB2312"

    para("岭南镇人民政府")
    para()
    para("关于2024年法治政府建设情况的报告")
    para()
    para("中共博爱县委、博爱县人民政府：")
    para("2024年，岭南镇深入推进法治政府建设。现将有关情况报告如下：")
    para("一、2024年度党政主要负责人履行推进法治建设第一责任人职责情况")
    para("镇党委书记认真履行第一责任人职责。", bold="一是压实责任。")
    para("镇长带头学法。", bold="二是带头学法。")
    para()
    para("二、推进法治政府建设的主要举措和成效")
    para("（一）、加强组织领导")
    para("1、健全工作机制")
    para("成立法治政府建设领导小组。")
    para("（1）制定年度计划")
    para("年初印发工作要点。")
    para("（二）强化法治宣传。开展“八五”普法，举办讲座12场。")
    para("三、存在的问题和原因")
    para("存在的问题主要有：一是专业力量不足；二是宣传形式单一。究其原因，主要是编制有限。")
    para("四、2025年工作打算")
    para("2025年，岭南镇将继续推进法治政府建设。")
    para()
    para("中共岭南镇委员会　岭南镇人民政府")
    para("二〇二五年一月二十日")
    source = tmp_path / "typed.docx"
    document.save(str(source))

    result = cli("import", str(source), "-o", str(tmp_path / "typed.json"))
    assert result.code == 0, result.output
    assert "“1、”写法不规范" in result.stdout
    assert "“（一）、”后不应加“、”" in result.stdout
    assert "二〇二五年一月二十日" in result.stdout
    data = json.loads((tmp_path / "typed.json").read_text(encoding="utf-8"))
    report = Report.model_validate(data, strict=False)
    assert report.organ == "岭南镇人民政府"
    assert report.signatories == ["中共岭南镇委员会", "岭南镇人民政府"]
    assert report.year == 2024 and str(report.date) == "2025-01-20"
    assert [p.kind.value for p in report.parts] == ["duty", "measures", "shortcomings", "plans"]
    duty = data["parts"][0]["content"][0]["points"]
    assert duty == [
        {"lead": "压实责任。", "text": "镇党委书记认真履行第一责任人职责。"},
        {"lead": "带头学法。", "text": "镇长带头学法。"},
    ]
    measures = data["parts"][1]
    assert measures["sections"][0]["title"] == "加强组织领导"
    item = measures["sections"][0]["items"][0]
    assert item == {
        "title": "健全工作机制",
        "content": ["成立法治政府建设领导小组。"],
        "subitems": [{"title": "制定年度计划", "content": ["年初印发工作要点。"]}],
    }
    run_on = measures["sections"][1]
    assert run_on == {"title": "强化法治宣传。", "content": ["开展“八五”普法，举办讲座12场。"]}
    shortcomings = data["parts"][2]["content"][0]
    assert shortcomings["intro"] == "存在的问题主要有："
    assert [p["text"] for p in shortcomings["points"]] == [
        "专业力量不足；",
        "宣传形式单一。究其原因，主要是编制有限。",
    ]


def test_nothing_is_lost_from_an_unplaceable_line(
    tmp_path: Path, cli: Callable[..., Result]
) -> None:
    """A part that is none of the regulation's contents is kept as `other`, and the note
    says which contents were found and which are missing."""
    text = ORIGINAL_TEXT.read_text(encoding="utf-8").replace(
        "中共柏山镇委员会",
        "五、有关说明\n本报告所称“镇直单位”，指镇政府所属的站所。\n中共柏山镇委员会",
    )
    source = tmp_path / "odd.txt"
    source.write_text(text, encoding="utf-8")
    result = cli("import", str(source), "-o", str(tmp_path / "odd.json"))
    assert "无法判断“有关说明”属于哪项内容，暂归为 other" in result.stdout
    assert "已识别：第一责任人职责、举措和成效、不足和原因、下一年度安排；尚缺：无" in result.stdout
    data = json.loads((tmp_path / "odd.json").read_text(encoding="utf-8"))
    assert data["parts"][4] == {
        "kind": "other",
        "heading": "有关说明",
        "content": ["本报告所称“镇直单位”，指镇政府所属的站所。"],
    }


# -- the round trip over generated reports -------------------------------------------------

# Text that cannot be mistaken for structure: no numerals that start headings or points,
# no 是, no words that name a part's kind; but Chinese punctuation, digits and Latin.
WORDS = "柏山镇依法行政推进建设服务群众治理宣传教育法律顾问村社区党委政府会议开展活动调解"
TITLE_CHARS = WORDS + "“”《》、ABCxyz"
TEXT_CHARS = WORDS + "，、“”《》（）；ABCxyz0123456789 "
title_text = (
    st.text(alphabet=TITLE_CHARS, min_size=2, max_size=18)
    .map(str.strip)
    .filter(
        # a title never starts with a digit or a 顿号 (（一）、 is read as typed numbering)
        lambda s: len(s) >= 2 and not s[0].isdigit() and s[0] != "、"
    )
)
body_text = st.text(alphabet=TEXT_CHARS, min_size=1, max_size=60).map(
    lambda s: "柏" + s.strip() + "。"
)
lead_text = st.text(alphabet=WORDS + "，", min_size=1, max_size=10).map(lambda s: "柏" + s + "。")
point = st.builds(
    lambda lead, text: {"lead": lead, "text": text} if lead else {"text": text},
    st.one_of(st.none(), lead_text),
    body_text,
)
separate_points = st.lists(point, min_size=1, max_size=4).map(lambda ps: {"points": ps})
inline_points = st.builds(
    lambda ps, intro: {"inline": True, **({"intro": intro} if intro else {}), "points": ps},
    st.lists(point, min_size=2, max_size=4),
    st.one_of(st.none(), body_text.map(lambda s: s[:-1] + "：")),
)
block = st.one_of(body_text, separate_points, inline_points)
content = st.lists(block, max_size=3)


def _node(title: Any, children: dict[str, Any]) -> Any:
    return st.fixed_dictionaries(
        {"title": title}, optional={"content": content.filter(bool), **children}
    )


subitem = _node(title_text, {})
item = _node(title_text, {"subitems": st.lists(subitem, min_size=1, max_size=2)})
section = _node(title_text, {"items": st.lists(item, min_size=1, max_size=2)})
KIND_HEADINGS = {
    "duty": "党政主要负责人履行推进法治建设第一责任人职责情况",
    "measures": "主要举措和成效",
    "shortcomings": "存在的不足和原因",
    "plans": "下一步工作安排",
    "other": "其他需要报告的情况",
}
part = st.sampled_from(sorted(KIND_HEADINGS)).flatmap(
    lambda kind: st.fixed_dictionaries(
        {"kind": st.just(kind), "heading": title_text.map(lambda t: t + KIND_HEADINGS[kind])},
        optional={
            "content": content.filter(bool),
            "sections": st.lists(section, min_size=1, max_size=2),
        },
    )
)
complete_reports = st.fixed_dictionaries(
    {
        "$schema": st.just("../schema/report.schema.json"),
        "year": st.integers(2015, 2040),
        "organ": st.just("柏山镇人民政府"),
        "signatories": st.sampled_from(
            [["柏山镇人民政府"], ["中共柏山镇委员会", "柏山镇人民政府"]]
        ),
        "addressees": st.just(["中共博爱县委", "博爱县人民政府"]),
        "opening": st.lists(body_text, min_size=1, max_size=2),
        "parts": st.lists(part, min_size=1, max_size=4),
        "date": st.dates(dt.date(2001, 1, 1), dt.date(2100, 12, 31)).map(lambda d: d.isoformat()),
    },
    optional={
        "note": st.just("（此件公开发布）"),
        "attachments": st.lists(title_text, min_size=1, max_size=4),
    },
)


@st.composite
def reports(draw: st.DrawFn) -> dict[str, Any]:
    """Complete reports, and reports lacking what reports in hand lack: addressees,
    opening, signature, date or title (each found missing again on import)."""
    data = copy.deepcopy(draw(complete_reports))
    year = int(data["date"][:4]) - 1
    for key in ("addressees", "opening"):
        if draw(st.booleans()):
            data[key] = []
    if draw(st.booleans()):
        data["signatories"] = []  # the organ then stands in the title
        data["title"] = f"柏山镇人民政府关于{year}年法治政府建设情况的报告"
    elif draw(st.booleans()):
        data["title"] = ""  # the year is then the date's: a report is dated the year after
        month = int(data["date"][5:7])
        year = int(data["date"][:4]) - (1 if month <= 10 else 0)
    elif draw(st.booleans()):
        data["date"] = None
    data["year"] = year
    # import writes the title it reads, also where it is the default one
    data.setdefault(
        "title",
        draw(
            st.sampled_from(
                [f"关于{year}年法治政府建设情况的报告", f"柏山镇{year}年度法治政府建设工作情况报告"]
            )
        ),
    )
    order = ("$schema", "year", "organ", "signatories", "addressees", "title", "opening")
    return {key: data[key] for key in (*order, *data) if key in data}


TEMPLATE = make_template()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_import_of_build_is_identity(data: dict[str, Any]) -> None:
    report = Report.model_validate(data, strict=False)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.docx"
        path.write_bytes(render_docx(report, TEMPLATE))
        paragraphs = read_source(path).paragraphs
    assert report_data(parse(paragraphs, from_word=True).report) == data


def test_attachment_under_a_report_of_one_heading() -> None:
    """附件： as the second line (a report of one bare heading) is the 附件说明, not the
    part's text: the property above found it once."""
    data = {
        "$schema": "../schema/report.schema.json",
        "year": 2023,
        "organ": "柏山镇人民政府",
        "signatories": ["柏山镇人民政府"],
        "addressees": [],
        "title": "",
        "opening": [],
        "parts": [{"kind": "measures", "heading": "柏主要举措和成效"}],
        "attachments": ["AA"],
        "date": "2024-01-10",
    }
    report = Report.model_validate(data, strict=False)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.docx"
        path.write_bytes(render_docx(report, TEMPLATE))
        paragraphs = read_source(path).paragraphs
    read = report_data(parse(paragraphs, from_word=True).report)
    assert read["attachments"] == ["AA"]
    assert read["parts"] == [{"kind": "measures", "heading": "柏主要举措和成效"}]
