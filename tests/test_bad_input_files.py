"""Bad input, items 4, 5, 7 and 9: sources are never overwritten, odd paths give
messages (not faults), only regular files are read, and file modes are kept."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import DOCX_2023_NAME, ORIGINAL_TEXT, Result, load_2023, write_json
from refusals import has_chinese, refused

from reportgen.files import os_reason


@pytest.fixture
def built(project: Path, cli: Callable[..., Result]) -> Path:
    """A good build on disk before each bad command."""
    assert cli("build", "2023").code == 0
    return project / "out" / DOCX_2023_NAME


# --- item 4: an output never replaces a data file, a template or the command's input


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["build", "2023", "-o", "data/2023.json"], "这些 .json 文件都是报告数据"),
        (["build", "2023", "-f", "md", "-o", "data/2023.json"], "报告数据"),
        (["build", "2023", "-o", "./data/../data/2023.json"], "报告数据"),
        (["build", "2023", "-o", "data/new.json", "-f", "txt"], "报告数据"),
        (["build", "2023", "-o", "templates/report.docx"], "模板"),
        (["build", "2023", "-t", "mine.docx", "-o", "mine.docx"], "本次命令读取的文件"),
        (["build", "--data", "data.md", "-f", "md", "-o", "data.md"], "本次命令读取的文件"),
        (["schema", "-o", "data/2023.json"], "报告数据"),
        (["schema", "-o", "data/schema.json"], "报告数据"),  # validate would read it
        (["schema", "-o", "templates/report.docx"], "模板"),
        (["template", "init", "data/2023.json"], "报告数据"),
        (["import", "report.txt", "-o", "data/2023.json"], "已经存在"),
        (["import", "report.txt", "-o", "report.txt", "--force"], "本次命令读取的文件"),
        (["import", "report.txt", "-o", "templates/report.docx", "--force"], "模板"),
        (["new", "2023", "--from", "data/2022.json"], "已经存在"),
    ],
)
def test_sources_are_not_overwritten(
    project: Path, cli: Callable[..., Result], built: Path, argv: list[str], expected: str
) -> None:
    (project / "mine.docx").write_bytes((project / "templates" / "report.docx").read_bytes())
    write_json(project / "data.md", load_2023())  # a data file, oddly named
    (project / "report.txt").write_bytes(ORIGINAL_TEXT.read_bytes())
    write_json(project / "data" / "2022.json", {**load_2023(), "year": 2022})
    refused(cli, project, *argv, expected=(expected.replace("这些 ", ""),))


def test_a_linked_data_file_is_the_same_file(
    project: Path, cli: Callable[..., Result], built: Path
) -> None:
    os.symlink(project / "data" / "2023.json", project / "link.md")
    refused(cli, project, "build", "2023", "-o", "link.md", expected=("本次命令读取的文件",))


def test_template_init_may_rewrite_the_template(project: Path, cli: Callable[..., Result]) -> None:
    assert cli("template", "init").code == 0  # its job; a data file it refuses (above)


# --- item 5: odd paths are messages, not faults


def test_output_name_over_255_bytes(project: Path, cli: Callable[..., Result], built: Path) -> None:
    (project / "report.txt").write_bytes(ORIGINAL_TEXT.read_bytes())
    long_name = "报" * 90 + ".docx"  # 275 bytes
    for argv in (
        ["build", "2023", "-o", long_name],
        ["schema", "-o", "报" * 90 + ".json"],
        ["template", "init", long_name],
        ["import", "report.txt", "-o", "报" * 90 + ".json"],
    ):
        refused(cli, project, *argv, expected=("文件名太长", "最多 255"))


def test_out_is_a_file(project: Path, cli: Callable[..., Result]) -> None:
    (project / "out").write_text("不是目录", encoding="utf-8")
    refused(cli, project, "build", "2023", expected=("无法创建目录 out", "同名的文件"))


def test_unwritable_folder_is_said_in_chinese(
    project: Path, cli: Callable[..., Result], built: Path
) -> None:
    result = refused(cli, project, "build", "2023", "-o", "/sys/report.docx")
    assert "没有权限" in result.stderr and "Permission" not in result.stderr


@pytest.mark.parametrize(
    "code",
    ["ENOENT", "EACCES", "EROFS", "ENOSPC", "EISDIR", "ENOTDIR", "ENAMETOOLONG", "EEXIST", "EBUSY"],
)
def test_common_os_errors_are_said_in_chinese(code: str) -> None:
    number = getattr(errno, code)
    reason = os_reason(OSError(number, os.strerror(number)))
    assert has_chinese(reason) and os.strerror(number) not in reason


# --- item 7: a FIFO or a device is refused, not waited on


def _run(project: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reportgen", *argv],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=60,  # a read of the FIFO would block for ever
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["validate", "fifo.json"],
        ["build", "2023", "--data", "fifo.json"],
        ["build", "2023", "--template", "fifo.docx"],
        ["import", "fifo.docx", "-o", "imported.json"],
        ["import", "fifo.txt", "-o", "imported.json"],
        ["import", "/dev/zero", "-o", "imported.json"],
        ["validate", "/dev/null"],
    ],
)
def test_only_regular_files_are_read(project: Path, argv: list[str]) -> None:
    for name in ("fifo.json", "fifo.docx", "fifo.txt"):
        os.mkfifo(project / name)
    result = _run(project, *argv)
    assert result.returncode == 1, result.stderr
    assert "不是普通文件" in result.stderr and "Traceback" not in result.stderr
    assert not (project / "imported.json").exists()


def test_a_fifo_among_the_data_files_is_reported_and_the_rest_checked(project: Path) -> None:
    os.mkfifo(project / "data" / "0000.json")
    result = _run(project, "validate")
    assert result.returncode == 1
    assert "data/0000.json" in result.stderr and "不是普通文件" in result.stderr
    assert "data/2023.json：0 个错误" in result.stdout


# --- item 9: modes are kept


def test_fix_keeps_a_private_data_file_private(project: Path, cli: Callable[..., Result]) -> None:
    data = project / "data" / "2023.json"
    data.write_text(data.read_text(encoding="utf-8").replace("截至目前", "截止目前"), "utf-8")
    data.chmod(0o600)
    result = cli("validate", "2023", "--fix")
    assert "已修改" in result.stdout
    assert "截至目前" in data.read_text(encoding="utf-8")
    assert stat.S_IMODE(data.stat().st_mode) == 0o600


def test_outputs_keep_their_mode_and_new_ones_follow_the_umask(
    project: Path, cli: Callable[..., Result], built: Path
) -> None:
    built.chmod(0o640)
    assert cli("build", "2023").code == 0
    assert stat.S_IMODE(built.stat().st_mode) == 0o640
    mask = os.umask(0o027)
    try:
        assert cli("build", "2023", "-f", "txt").code == 0
    finally:
        os.umask(mask)
    text = built.with_suffix(".txt")
    assert stat.S_IMODE(text.stat().st_mode) == 0o640  # 0666 & ~0027
