"""Bad input, item 1: data text never decides where a file goes. Output names are one
file name that Windows accepts too, bounded in bytes, with the organ once."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import Result, load_2023, write_json
from hypothesis import given
from hypothesis import strategies as st
from refusals import refused, snapshot

from reportgen.building import output_path
from reportgen.model import Report
from reportgen.naming import FORBIDDEN, LONGEST_SUFFIX, MAX_NAME_BYTES, RESERVED, safe_stem
from reportgen.render import FORMATS

DRAFT = "（草稿）"


def _report(**changes: object) -> Report:
    return Report.model_validate({**load_2023(), **changes}, strict=False)


def _with(project: Path, **changes: object) -> None:
    write_json(project / "data" / "2023.json", {**load_2023(), **changes})


def _new_files(before: dict[str, object], project: Path) -> list[str]:
    return sorted(set(snapshot(project)) - set(before))


HOSTILE_ORGANS = [
    ("climbs out", "../escaped/柏山镇人民政府", "_escaped_柏山镇人民政府"),
    ("absolute", "/tmp/escaped/柏山镇人民政府", "_tmp_escaped_柏山镇人民政府"),
    ("backslashes", "..\\..\\escaped\\柏山镇人民政府", "_.._escaped_柏山镇人民政府"),
    ("newline", "柏山镇\n人民政府", "柏山镇_人民政府"),
    ("windows marks", '柏山镇<>:"|?*人民政府', "柏山镇_______人民政府"),
    ("C1 control", "柏山镇人民政府\x85", "柏山镇人民政府_"),
    ("bidi override", "柏山镇\u202e人民政府", "柏山镇人民政府"),
]


@pytest.mark.parametrize(
    ("case", "organ", "stem"), HOSTILE_ORGANS, ids=[c[0] for c in HOSTILE_ORGANS]
)
def test_a_hostile_organ_stays_inside_out(
    project: Path, cli: Callable[..., Result], case: str, organ: str, stem: str
) -> None:
    _with(project, organ=organ)
    before = snapshot(project)
    result = cli("build", "2023", "--draft")
    assert result.code == 0, result.output
    name = f"{stem}关于2023年法治政府建设情况的报告{DRAFT}.docx"
    assert _new_files(before, project) == [f"out/{name}"]
    assert not (project.parent / "escaped").exists() and not Path("/tmp/escaped").exists()


def test_validate_flags_an_organ_unfit_for_a_file_name(
    project: Path, cli: Callable[..., Result]
) -> None:
    _with(project, organ="../escaped/柏山镇人民政府")
    result = cli("validate", "2023")
    assert result.code == 1
    assert "F001" in result.stdout and "“/”" in result.stdout
    refused(cli, project, "build", "2023", expected=("有 1 处错误，未生成报告",))


def test_a_long_title_is_cut_to_fit_255_bytes(project: Path, cli: Callable[..., Result]) -> None:
    title = "关于2023年" + "法治政府建设" * 30 + "情况的报告"
    _with(project, title=title)
    before = snapshot(project)
    validated = cli("validate", "2023")
    assert validated.code == 0 and "F002" in validated.stdout  # a warning: build goes on
    assert cli("build", "2023", "--draft", "-f", "docx", "-f", "html").code == 0
    names = [Path(path).name for path in _new_files(before, project)]
    assert len(names) == 2
    for name in names:
        assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
        assert name.startswith("柏山镇人民政府关于2023年法治政府建设") and DRAFT in name


def test_the_organ_is_named_once_when_the_title_begins_with_it(
    project: Path, cli: Callable[..., Result]
) -> None:
    organ = "柏山街道办事处"
    _with(
        project, organ=organ, signatories=[organ], title=f"{organ}关于2023年法治政府建设情况的报告"
    )
    before = snapshot(project)
    assert cli("build", "2023", "-f", "docx", "-f", "html").code == 0
    stem = f"{organ}关于2023年法治政府建设情况的报告"
    assert _new_files(before, project) == [f"out/{stem}.docx", f"out/{stem}.html"]

    class Title(HTMLParser):
        text = ""
        inside = False

        def handle_starttag(self, tag: str, attrs: object) -> None:
            self.inside = tag == "title"

        def handle_endtag(self, tag: str) -> None:
            self.inside = False

        def handle_data(self, data: str) -> None:
            if self.inside:
                self.text += data

    parser = Title()
    parser.feed((project / "out" / f"{stem}.html").read_text(encoding="utf-8"))
    assert parser.text == stem


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("CON", "_CON"),
        ("nul.关于", "_nul.关于"),
        ("COM1 ", "_COM1"),
        ("LPT9.报告", "_LPT9.报告"),
        ("CONTROL", "CONTROL"),
        ("...", "报告"),
        (" .隐藏的报告. ", "隐藏的报告"),
    ],
)
def test_reserved_and_dotted_names(name: str, stem: str) -> None:
    assert safe_stem(name) == stem


def test_every_format_fits_the_reserved_room() -> None:
    assert all(len(f".{name}") <= len(LONGEST_SUFFIX) for name in FORMATS)


@given(organ=st.text(min_size=1, max_size=120), title=st.text(min_size=1, max_size=120))
def test_any_organ_and_title_make_one_safe_name(organ: str, title: str) -> None:
    report = _report(organ="柏山镇", title="关于2023年报告").model_copy(
        update={"organ": organ, "title": title}
    )
    for draft in (False, True):
        for suffix in FORMATS:
            path = output_path(report, suffix, Path("out"), draft)
            assert path.parent == Path("out") and len(path.parts) == 2
            name = path.name
            assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
            assert not FORBIDDEN & set(name)
            categories = {unicodedata.category(char) for char in name}
            assert not categories & {"Cc", "Cf", "Cs", "Zl", "Zp"}, repr(name)
            assert name not in (".", "..") and not name.startswith(".")
            assert name.split(".")[0].strip().upper() not in RESERVED
            assert os.path.basename(name) == name
