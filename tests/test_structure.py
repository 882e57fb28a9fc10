"""The numbering-level table and the walk that render, rules, `new` and import share."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from helpers import load_2023

from reportgen import numbering
from reportgen.model import Report
from reportgen.render.outline import HEADING_ROLES, Role, body
from reportgen.rules.fields import report_texts
from reportgen.structure import LEVELS, divisions, read_heading


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.key)
@pytest.mark.parametrize("number", [1, 2, 9, 10, 11, 20, 21, 99])
def test_each_level_reads_what_it_writes(level: object, number: int) -> None:
    from reportgen.structure import Level

    assert isinstance(level, Level)
    numbered = read_heading(level.format(number) + "加强组织领导")
    assert numbered is not None
    assert (numbered.level, numbered.number, numbered.text) == (level, number, "加强组织领导")
    assert numbered.canonical


@pytest.mark.parametrize(
    ("typed", "depth", "number"),
    [
        ("一.基本情况", 0, 1),
        ("十二 、其他", 0, 12),
        ("(三)规范执法", 1, 3),
        ("（三）、规范执法", 1, 3),
        ("4、完善制度", 2, 4),
        ("4．完善制度", 2, 4),
        ("(2)细化措施", 3, 2),
    ],
)
def test_numbering_typed_by_hand_is_read_and_not_canonical(
    typed: str, depth: int, number: int
) -> None:
    numbered = read_heading(typed)
    assert numbered is not None
    assert (numbered.level.depth, numbered.number) == (depth, number)
    assert not numbered.canonical


@pytest.mark.parametrize(
    "prose",
    ["一是压实责任。", "一，加强领导", "2023.1.5召开会议", "3.5亿元投入", "十一五期间", "一、"],
)
def test_prose_is_not_a_heading(prose: str) -> None:
    assert read_heading(prose) is None


def test_numerals_read_back() -> None:
    assert [numbering.numeral_value(numbering.chinese_numeral(n)) for n in range(1, 100)] == list(
        range(1, 100)
    )
    assert numbering.numeral_value("十十") is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2025年2月5日", dt.date(2025, 2, 5)),
        ("2025年02月05日", dt.date(2025, 2, 5)),
        ("2025.2.5", dt.date(2025, 2, 5)),
        ("2025-02-05", dt.date(2025, 2, 5)),
        ("2025 年 2 月 5 日", dt.date(2025, 2, 5)),
        ("二〇二五年二月五日", dt.date(2025, 2, 5)),
        ("二O二五年二月五日", dt.date(2025, 2, 5)),
        ("二零二五年十二月三十一日", dt.date(2025, 12, 31)),
        ("2025年2月30日", None),
        ("2025年2月", None),
        ("2025.2", None),
    ],
)
def test_dates_read(text: str, date: dt.date | None) -> None:
    assert numbering.read_date(text) == date


def test_the_walk_visits_every_division_in_reading_order() -> None:
    report = Report.model_validate(load_2023(), strict=False)
    walked = [division.heading for division in divisions(report)]
    printed = [line.text for line in body(report) if line.role in HEADING_ROLES]
    assert walked == printed
    assert walked[:3] == [
        "一、" + report.parts[0].heading,
        "二、" + report.parts[1].heading,
        "（一）" + report.parts[1].sections[0].title,
    ]
    # paths lead to the node in the data file
    data = load_2023()
    for division in divisions(report):
        node = data
        for key in division.path:
            node = node[key]  # type: ignore[index]
        assert node[division.level.title] == division.title


def test_levels_give_roles_and_keys_in_order() -> None:
    assert [level.key for level in LEVELS] == ["parts", "sections", "items", "subitems"]
    assert [level.children for level in LEVELS] == ["sections", "items", "subitems", None]
    assert [level.role for level in LEVELS] == [
        Role.HEADING1,
        Role.HEADING2,
        Role.HEADING3,
        Role.HEADING4,
    ]


def test_the_proofreader_sees_every_heading_the_walk_visits() -> None:
    report = Report.model_validate(load_2023(), strict=False)
    seen = {field.path for field in report_texts(report)}
    for division in divisions(report):
        assert (*division.path, division.level.title) in seen


def test_a_report_without_the_elements_a_draft_may_lack_is_a_model_report() -> None:
    report = Report.model_validate_json(json.dumps({"year": 2024, "title": ""}))
    assert report.full_title == ""
    assert (report.addressees, report.opening, report.signatories, report.date) == (
        [],
        [],
        [],
        None,
    )
    assert Report.model_validate_json(json.dumps({"year": 2024})).full_title == (
        "关于2024年法治政府建设情况的报告"
    )


@pytest.mark.parametrize(
    "bad",
    [
        {"year": "2024"},
        {"year": 2024, "addressees": "中共博爱县委"},
        {"year": 2024, "organ": 7},
        {"year": 2024, "colour": "red"},
        {"year": 2024, "title": "关于\x0b的报告"},
        {"year": 2024, "date": "2025-02-30"},
        {"year": 2024, "opening": [""]},
        {"organ": "柏山镇人民政府"},
    ],
)
def test_the_model_still_rejects_what_is_malformed(bad: dict[str, object]) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        Report.model_validate_json(json.dumps(bad))


@pytest.mark.parametrize(
    ("organ", "title", "name"),
    [
        ("柏山镇人民政府", None, "柏山镇人民政府关于2023年法治政府建设情况的报告"),
        (
            "金桥街道办事处",
            "金桥街道办事处关于2023年度法治政府建设情况的报告",
            "金桥街道办事处关于2023年度法治政府建设情况的报告",
        ),
        (
            "白鹭乡人民政府",
            "白鹭乡关于2023年度法治政府建设情况的报告",
            "白鹭乡关于2023年度法治政府建设情况的报告",
        ),
        (None, None, "关于2023年法治政府建设情况的报告"),
    ],
)
def test_the_document_name_names_the_organ_once(
    organ: str | None, title: str | None, name: str
) -> None:
    report = Report.model_validate({"year": 2023, "organ": organ, "title": title})
    assert report.document_name == name


def test_a_report_without_organ_or_title_still_has_a_name() -> None:
    report = Report.model_validate({"year": 2023, "title": ""})
    assert report.document_name == "关于2023年法治政府建设情况的报告"
