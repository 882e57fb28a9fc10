"""Bad input, round two: outputs and sources (one file never written twice, links written
through, encodings kept, a build all or nothing) and the program faults that became
messages (long titles, a file cut off, a full disk behind stdout, dates and years that
`new` cannot move to)."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

import pytest
from helpers import DOCX_2023_NAME, Result, load_2023, write_json
from refusals import has_chinese, refused, snapshot

STEM = DOCX_2023_NAME.removesuffix(".docx")
Completed = subprocess.CompletedProcess[bytes]


def _data(project: Path) -> Path:
    return project / "data" / "2023.json"


def _with_typo(project: Path) -> Path:
    """data/2023.json with one safe fix to make (T002: 截止目前 → 截至目前)."""
    path = _data(project)
    path.write_text(path.read_text(encoding="utf-8").replace("截至目前", "截止目前"), "utf-8")
    return path


# --- build --all: two data files of one organ and year


def test_build_all_refuses_two_reports_that_make_one_file(
    project: Path, cli: Callable[..., Result]
) -> None:
    assert cli("build", "2023").code == 0
    (project / "data" / "2023-副本.json").write_bytes(_data(project).read_bytes())
    result = refused(cli, project, "build", "--all", expected=("同一个文件", "都没有生成"))
    assert result.stderr.count("请删除或移走多余的一个") == 1  # what to do, said once
    assert "data/2023-副本.json 与 data/2023.json" in result.stderr
    assert "data/2023.json 与 data/2023-副本.json" in result.stderr
    assert "成功 0 个，失败 2 个" in result.stdout


def test_names_that_differ_only_in_case_collide_too(
    project: Path, cli: Callable[..., Result]
) -> None:
    """Windows and macOS disks do not tell Report.docx from REPORT.docx."""
    write_json(project / "data" / "a.json", {**load_2023(), "organ": "Baishan镇人民政府"})
    write_json(project / "data" / "b.json", {**load_2023(), "organ": "BAISHAN镇人民政府"})
    _data(project).unlink()
    refused(cli, project, "build", "--all", expected=("data/a.json 与 data/b.json",))


# --- validate --fix: links and encodings


def test_fix_writes_through_a_link_and_keeps_it(project: Path, cli: Callable[..., Result]) -> None:
    real = project / "archive" / "2023.json"
    real.parent.mkdir()
    _with_typo(project).rename(real)
    _data(project).symlink_to(real)
    assert cli("validate", "2023", "--fix").code == 0
    assert _data(project).is_symlink() and _data(project).resolve() == real
    assert "截至目前" in real.read_text(encoding="utf-8")
    assert not list(project.rglob(".reportgen-*"))


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig"])
def test_fix_keeps_the_encoding(project: Path, cli: Callable[..., Result], encoding: str) -> None:
    path = _with_typo(project)
    path.write_bytes(path.read_text(encoding="utf-8").encode(encoding))
    assert cli("validate", "2023", "--fix").code == 0
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == (encoding == "utf-8-sig")
    assert "截至目前" in raw.decode(encoding)
    if encoding == "gb18030":
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")


# --- a build of several formats is all or nothing


FORMATS = ("-f", "docx", "-f", "html", "-f", "md")


def _previous(project: Path, cli: Callable[..., Result]) -> dict[str, tuple[bytes, int]]:
    assert cli("build", "2023", *FORMATS).code == 0
    data = load_2023()
    data["opening"][0] += "（修改后）"
    write_json(_data(project), data)
    return snapshot(project / "out")


def test_a_disk_that_fills_up_midway_leaves_every_output_as_it_was(
    project: Path, cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _previous(project, cli)
    written: list[int] = []
    fsync = os.fsync

    def full(fd: int) -> None:
        written.append(fd)
        if len(written) == 2:  # the second format's temporary file
            raise OSError(errno.ENOSPC, "No space left on device")
        fsync(fd)

    monkeypatch.setattr(os, "fsync", full)
    result = refused(cli, project, "build", "2023", *FORMATS, expected=("磁盘空间已满",))
    assert STEM in result.stderr
    assert snapshot(project / "out") == before


def test_a_rename_that_fails_puts_the_replaced_outputs_back(
    project: Path, cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _previous(project, cli)
    replace = os.replace

    def refused_for_md(source: str, target: str | Path) -> None:
        if str(target).endswith(".md"):  # the last of the three, after docx and html
            raise PermissionError(errno.EACCES, "Permission denied")
        replace(source, target)

    monkeypatch.setattr(os, "replace", refused_for_md)
    refused(cli, project, "build", "2023", *FORMATS, expected=("没有权限",))
    assert snapshot(project / "out") == before


# --- program faults that are messages now


def _core(docx: Path, name: str) -> str:
    """A document property as the package holds it (dc:title, dc:creator)."""
    with zipfile.ZipFile(docx) as package:
        root = ElementTree.fromstring(package.read("docProps/core.xml"))
    element = root.find(f"{{http://purl.org/dc/elements/1.1/}}{name}")
    assert element is not None and element.text is not None
    return element.text


@pytest.mark.parametrize("field", ["title", "organ"])
def test_a_title_or_organ_past_255_characters_builds(
    project: Path, cli: Callable[..., Result], field: str
) -> None:
    """Word keeps 255 characters in a document property: the property is cut (with …),
    the document keeps the whole text, validate warns (F002)."""
    long = "关于2023年" + "法治政府建设" * 60 + "情况的报告" if field == "title" else "柏山" * 150
    write_json(_data(project), {**load_2023(), field: long})
    assert "F002" in cli("validate", "2023").stdout
    assert cli("build", "2023", "-o", "long.docx").code == 0
    shown = _core(project / "long.docx", "title" if field == "title" else "creator")
    assert len(shown) == 255 and shown.endswith("…") and long.startswith(shown[:-1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"year": \n', ("第 2 行第 1 列", "缺少值")),
        ('{"year": \r\n', ("第 2 行第 1 列",)),
        # U+2028 and U+0085 end a line for str.splitlines, not for JSON: the line quoted
        # is still the one with the error.
        ('{"title": "甲\u2028乙\x85丙",\n "year": ,}', ("第 2 行第 10 列", '"year": ,}')),
    ],
)
def test_a_file_cut_off_or_with_odd_line_breaks(
    project: Path, cli: Callable[..., Result], text: str, expected: tuple[str, ...]
) -> None:
    _data(project).write_text(text, encoding="utf-8", newline="")
    refused(cli, project, "validate", "2023", expected=expected)
    refused(cli, project, "build", "2023", expected=expected)


def test_new_from_a_report_dated_9999(project: Path, cli: Callable[..., Result]) -> None:
    write_json(_data(project), {**load_2023(), "date": "9999-12-31"})
    refused(cli, project, "new", "2024", expected=("9999-12-31", "超出了日期的范围"))


@pytest.mark.parametrize("year", ["2101", "1999"])
def test_new_refuses_a_year_the_schema_refuses(
    project: Path, cli: Callable[..., Result], year: str
) -> None:
    write_json(project / "data" / f"{int(year) - 1}.json", {**load_2023(), "year": int(year) - 1})
    refused(cli, project, "new", year, expected=("超出了数据文件允许的范围",), code=2)


def _run(project: Path, *argv: str, stdout: object = subprocess.PIPE) -> Completed:
    return subprocess.run(
        [sys.executable, "-m", "reportgen", *argv],
        cwd=project,
        stdout=stdout,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},  # strict: no error handler
        check=False,
    )


@pytest.mark.parametrize("argv", [["validate", "2023"], ["validate", "--format", "json"], ["show"]])
def test_a_full_disk_behind_stdout_is_a_message(project: Path, argv: list[str]) -> None:
    before = snapshot(project)
    with open("/dev/full", "w") as full:
        result = _run(project, *argv, stdout=full)
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 1, stderr
    assert "无法输出结果：磁盘空间已满" in stderr and "Traceback" not in stderr
    assert stderr.count("错误：") == 1  # and nothing from Python's last flush at exit
    assert snapshot(project) == before


def test_a_file_name_that_is_not_utf8(project: Path) -> None:
    """Linux file names are bytes: the name shows as \\xff, in text and in valid JSON."""
    name = os.fsdecode(b"\xff\xfe.json")
    (project / name).write_bytes(_data(project).read_bytes())
    built = _run(project, "build", "--data", name, "-o", os.fsdecode(b"out\xff.docx"))
    assert built.returncode == 0, built.stderr
    assert "已生成 out\\xff.docx" in built.stdout.decode("utf-8")
    assert (project / os.fsdecode(b"out\xff.docx")).is_file()
    checked = _run(project, "validate", name, "--format", "json")
    document = json.loads(checked.stdout.decode("utf-8"))
    assert {f["file"] for f in document["findings"]} == {"\\xff\\xfe.json"}
    broken = project / os.fsdecode(b"bad\xff.json")
    broken.write_text("{", encoding="utf-8")
    failed = _run(project, "validate", os.fsdecode(b"bad\xff.json"))
    stderr = failed.stderr.decode("utf-8")
    assert failed.returncode == 1 and "bad\\xff.json" in stderr and has_chinese(stderr)
