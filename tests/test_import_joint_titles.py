"""A joint title's organs, and titles typed with spaces: each shape with the data it
must give.

Two organs side by side in a title (a party committee and the government, a 党工委 and
its 管委会, a 党委, a 政府 and a 人大主席团) are two authors: the report's organ is the
government (管委会, 办事处), never a blend of the two, whether a space stands between
them or not. A Chinese title holds no space of its own: a letter-spaced or word-spaced
title is read without its spaces. Every report here is written for these tests
(invented places: 青石县, 石桥镇, 青石经济开发区); each test changes one thing of the plain
report of test_import_shapes.
"""

from __future__ import annotations

import pytest
from test_import_shapes import OPENING, imported, lines

from reportgen.importing.frame import letter_spaced, names_on_line, without_stray_spaces
from reportgen.importing.joint import split_joint

SUBJECT = "关于2024年度法治政府建设情况的报告"
COUNTY_OPENING = (
    "2024年，青石县坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下："
)


def _read(title: tuple[str, ...], signature: tuple[str, ...] = ()) -> tuple[str, str | None]:
    parsed = imported(
        lines(
            title=title,
            addressees=("青石市人民政府：",),
            opening=(COUNTY_OPENING,),
            signature=signature,
        )
    )
    return parsed.report.title, parsed.report.organ


@pytest.mark.parametrize(
    ("title", "joined", "organ"),
    [
        # a space between two organs is as printed (the published copies print it)
        ("中共青石县委 青石县人民政府" + SUBJECT, "中共青石县委 青石县人民政府", "青石县人民政府"),
        ("中共青石县委青石县人民政府" + SUBJECT, "中共青石县委青石县人民政府", "青石县人民政府"),
        ("中共青石县委　青石县政府" + SUBJECT, "中共青石县委　青石县政府", "青石县政府"),
        ("石桥镇党委石桥镇人民政府" + SUBJECT, "石桥镇党委石桥镇人民政府", "石桥镇人民政府"),
        ("石桥镇党委政府" + SUBJECT, "石桥镇党委政府", "石桥镇人民政府"),
        (
            "中共石桥镇委员会 石桥镇人民政府 石桥镇人大主席团" + SUBJECT,
            "中共石桥镇委员会 石桥镇人民政府 石桥镇人大主席团",
            "石桥镇人民政府",
        ),
        (
            "中共石桥镇委员会石桥镇人民政府石桥镇人大主席团" + SUBJECT,
            "中共石桥镇委员会石桥镇人民政府石桥镇人大主席团",
            "石桥镇人民政府",
        ),
        (
            "青石经开区党工委青石经开区管委会" + SUBJECT,
            "青石经开区党工委青石经开区管委会",
            "青石经开区管理委员会",
        ),
        (
            "中共城关街道工作委员会城关街道办事处" + SUBJECT,
            "中共城关街道工作委员会城关街道办事处",
            "城关街道办事处",
        ),
    ],
)
def test_a_joint_titles_organ_is_the_government_never_a_blend(
    title: str, joined: str, organ: str
) -> None:
    read_title, read_organ = _read((title,))
    assert read_title == joined + SUBJECT
    assert read_organ == organ


@pytest.mark.parametrize(
    ("title_lines", "organs"),
    [
        (("中共青石县委青石县人民政府", SUBJECT), "中共青石县委青石县人民政府"),  # run together
        (("中共青石县委", "青石县人民政府", SUBJECT), "中共青石县委青石县人民政府"),
        (("中共青石县委 青石县人民政府", SUBJECT), "中共青石县委 青石县人民政府"),
    ],
)
def test_a_joint_organ_line_above_the_title(title_lines: tuple[str, ...], organs: str) -> None:
    assert _read(title_lines) == (organs + SUBJECT, "青石县人民政府")


def test_a_joint_signature_run_together_is_two_signatories() -> None:
    parsed = imported(lines(signature=("中共柳湾镇委员会柳湾镇人民政府",)))
    assert parsed.report.signatories == ["中共柳湾镇委员会", "柳湾镇人民政府"]
    assert parsed.report.organ == "柳湾镇人民政府"


@pytest.mark.parametrize(
    ("name", "organs"),
    [
        ("中共青石县委青石县人民政府", ["中共青石县委", "青石县人民政府"]),
        ("青石县委县政府", ["青石县委", "青石县人民政府"]),
        ("青石经开区党工委管委会", ["青石经开区党工委", "青石经开区管委会"]),
        # one organ each: the second half names no place of its own, or is no organ
        ("中共青石县委组织部", ["中共青石县委组织部"]),
        ("青石县人民政府办公室", ["青石县人民政府办公室"]),
        ("青石县委政法委员会", ["青石县委政法委员会"]),
        ("中共青石县委员会", ["中共青石县委员会"]),
        ("中共石桥镇委员会", ["中共石桥镇委员会"]),
        ("青石县市场监督管理局", ["青石县市场监督管理局"]),
        ("石桥镇人民政府", ["石桥镇人民政府"]),
        ("中共青石经济开发区工作委员会", ["中共青石经济开发区工作委员会"]),
    ],
)
def test_where_a_run_of_organs_splits(name: str, organs: list[str]) -> None:
    assert split_joint(name) == organs


def test_an_organ_line_lists_each_organ_once() -> None:
    assert names_on_line("中共石桥镇委员会石桥镇人民政府") == ["中共石桥镇委员会", "石桥镇人民政府"]
    assert names_on_line("石桥镇司法所") == ["石桥镇司法所"]


# Titles typed with spaces.


@pytest.mark.parametrize(
    ("title_lines", "title", "organ"),
    [
        (
            ("青 石 经 济 开 发 区 管 委 会 关 于 2024 年 度 法 治 政 府 建 设 情 况 的 报 告",),
            "青石经济开发区管委会" + SUBJECT,
            "青石经济开发区管理委员会",
        ),
        (
            ("关 于 2 0 2 4 年 度 法 治 政 府 建 设 情 况 的 报 告",),
            SUBJECT,
            "青石县人民政府",
        ),
        (
            (
                "中 共 青 石 县 委",
                "青 石 县 人 民 政 府",
                "关 于 2024 年 度 法 治 政 府 建 设 情 况 的 报 告",
            ),
            "中共青石县委青石县人民政府" + SUBJECT,
            "青石县人民政府",
        ),
        (
            ("青石经开区管委 会关于2024年度法治政府建设情况的报告",),
            "青石经开区管委会" + SUBJECT,
            None,
        ),
        (("关于2024年度法治政府建设 情况的报告",), SUBJECT, "青石县人民政府"),
        (("青石县司法局 关于2024 年度法治政府建设情况的报告",), "青石县司法局 " + SUBJECT, None),
    ],
)
def test_a_title_typed_with_spaces_is_read_without_them(
    title_lines: tuple[str, ...], title: str, organ: str | None
) -> None:
    parsed = imported(
        lines(
            title=title_lines,
            addressees=("青石市人民政府：",),
            opening=(COUNTY_OPENING,),
            signature=(),
        )
    )
    assert parsed.report.title == title
    assert parsed.report.year == 2024
    assert parsed.report.opening == [COUNTY_OPENING]
    if organ is not None:
        assert parsed.report.organ == organ
    assert any("空格" in note for note in parsed.notes)  # said, for the clerk to check


def test_a_letter_spaced_signature_is_the_organs_name() -> None:
    parsed = imported(lines(signature=("柳 湾 镇 人 民 政 府",)))
    assert parsed.report.signatories == ["柳湾镇人民政府"]
    assert parsed.report.opening == [OPENING]


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("2024 年度法治政府建设", "2024年度法治政府建设"),
        ("关 于 2 0 2 4 年", "关于2024年"),
        ("中共青石县委　青石县人民政府关于", "中共青石县委　青石县人民政府关于"),  # two organs
        ("青石经开区管委 会关于", "青石经开区管委会关于"),  # inside a name
        ("青 石 县 人 民 政 府 关 于", "青石县人民政府关于"),  # letter-spaced
        (
            "中共青石县委 青石县人民政府关于2024年度法治 政府",
            "中共青石县委 青石县人民政府关于2024年度法治政府",
        ),
        ("落实 COVID 19 防控", "落实COVID 19防控"),  # two Latin words keep their space
    ],
)
def test_stray_spaces(typed: str, read: str) -> None:
    assert without_stray_spaces(typed) == read


@pytest.mark.parametrize(
    "line",
    [
        "一 是 执法队伍力量薄弱。",  # prose: not a title, not a name
        "来源：青石县人民政府  发布时间：2025-01-02",
        "中共青石县委 青石县人民政府",  # already two names
        "青石县司法局 关于2024年度法治政府建设情况的报告",  # reads as a title as typed
    ],
)
def test_a_line_that_reads_as_typed_is_not_squeezed(line: str) -> None:
    assert letter_spaced(line) is None


@pytest.mark.parametrize(
    "signature",
    [
        ("石 桥 镇 党 委", "石 桥 镇 人 民 政 府", "石 桥 镇 人 大 主 席 团"),
        ("石桥镇党委 石桥镇人民政府 石桥镇人大主席团",),
        ("石桥镇党委石桥镇人民政府石桥镇人大主席团",),
    ],
)
def test_three_signing_organs_however_typed(signature: tuple[str, ...]) -> None:
    parsed = imported(lines(signature=signature))
    assert parsed.report.signatories == ["石桥镇党委", "石桥镇人民政府", "石桥镇人大主席团"]
    assert parsed.report.organ == "石桥镇人民政府"
