"""files: atomic writes and reading, on their own (the CLI's use of them is tested elsewhere)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reportgen.errors import ReportgenError
from reportgen.files import TEMP_PREFIX, atomic_write, data_path_for, process_alive, read_bytes


def test_atomic_write_creates_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a.docx"
    atomic_write(target, b"one")
    atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


def test_a_failed_write_keeps_the_previous_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.docx"
    target.write_bytes(b"previous")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(ReportgenError, match="无法写入"):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"previous"
    assert not list(tmp_path.glob(f"{TEMP_PREFIX}*"))


def test_an_interrupt_while_writing_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.docx"
    target.write_bytes(b"previous")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"previous"
    assert not list(tmp_path.glob(f"{TEMP_PREFIX}*"))


def test_a_missing_folder_is_a_user_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(ReportgenError, match="不存在"):
        atomic_write(tmp_path / "no" / "a.docx", b"x")


def test_a_folder_as_target_is_a_user_error(tmp_path: Path) -> None:
    (tmp_path / "a.docx").mkdir()
    with pytest.raises(ReportgenError, match="目录"):
        atomic_write(tmp_path / "a.docx", b"x")


def test_read_bytes_names_what_is_missing_and_refuses_oversized(tmp_path: Path) -> None:
    with pytest.raises(ReportgenError, match="找不到数据文件"):
        read_bytes(tmp_path / "x.json", "数据文件", "", 10)
    (tmp_path / "big.json").write_bytes(b"x" * 11)
    with pytest.raises(ReportgenError, match="超过"):
        read_bytes(tmp_path / "big.json", "数据文件", "", 10)
    (tmp_path / "ok.json").write_bytes(b"x" * 10)
    assert read_bytes(tmp_path / "ok.json", "数据文件", "", 10) == b"x" * 10


def test_a_year_names_its_data_file() -> None:
    assert data_path_for("2023") == Path("data/2023.json")
    assert data_path_for("other/2023.json") == Path("other/2023.json")


def test_a_live_process_is_seen_alive_and_a_gone_one_not() -> None:
    assert process_alive(os.getpid())
    assert not process_alive(2**22 + 12345)  # above Linux's pid_max


def test_on_windows_the_liveness_test_never_signals_the_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """os.kill(pid, 0) terminates a process on Windows: a stale temporary file's pid
    may by then belong to the clerk's Word. The Windows path must not call it."""
    import reportgen.files as files

    def must_not_signal(pid: int, sig: int) -> None:
        raise AssertionError("os.kill called on Windows")

    asked: list[int] = []
    monkeypatch.setattr(files.sys, "platform", "win32")
    monkeypatch.setattr(files.os, "kill", must_not_signal)
    monkeypatch.setattr(files, "_windows_process_alive", lambda pid: asked.append(pid) or False)
    assert not files.process_alive(4242)
    assert asked == [4242]
