"""An interrupted build (SIGINT, SIGKILL) leaves the previous file intact, and the next
run leaves no temporary file behind."""

from __future__ import annotations

import hashlib
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from helpers import DOCX_2023_NAME, load_2023, write_json

PARAGRAPH = "柏山镇围绕经济建设、安全生产、民生保障等重点工作，组织法律法规的学习宣传。"


def _slow_data(project: Path) -> Path:
    """A report long enough that a build takes a second or two."""
    data = load_2023()
    data["parts"][1]["sections"][0]["content"] = [f"{PARAGRAPH}{i}。" for i in range(3000)]
    return write_json(project / "big.json", data)


def _build(project: Path, data: Path | None = None) -> subprocess.Popen[bytes]:
    extra = ["--data", str(data)] if data else []
    return subprocess.Popen(
        [sys.executable, "-m", "reportgen", "build", "2023", *extra],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def finished_big(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The digest of the big report's own build: what a build killed after its
    rename leaves, the other acceptable outcome."""
    import shutil

    from helpers import ROOT

    folder = tmp_path_factory.mktemp("big")
    shutil.copytree(ROOT / "data", folder / "data")
    shutil.copytree(ROOT / "templates", folder / "templates")
    assert _build(folder, _slow_data(folder)).wait(timeout=120) == 0
    return _digest(folder / "out" / DOCX_2023_NAME)


@pytest.mark.parametrize(
    ("sig", "delay"),
    [(signal.SIGKILL, d) for d in (0.4, 0.9, 1.3, 1.7)]
    + [(signal.SIGINT, d) for d in (0.15, 0.6, 1.2)],  # 0.15 s: still importing
)
def test_interrupted_build_keeps_the_previous_file(
    project: Path, sig: int, delay: float, finished_big: str
) -> None:
    assert _build(project).wait(timeout=120) == 0
    output = project / "out" / DOCX_2023_NAME
    before = _digest(output)
    process = _build(project, _slow_data(project))
    time.sleep(delay)
    process.send_signal(sig)
    code = process.wait(timeout=120)
    stderr = process.stderr.read().decode("utf-8") if process.stderr else ""
    assert "Traceback" not in stderr
    if sig == signal.SIGINT and code != 0:
        assert code == 130 and "已取消" in stderr
        assert not list(output.parent.glob(".reportgen-*"))  # cleaned up on the way out
    # Either the old file, whole, or (a signal after the rename) the new one, whole.
    assert _digest(output) in (before, finished_big)
    with zipfile.ZipFile(output) as package:
        assert package.testzip() is None
    # The next run removes whatever a killed run left behind.
    assert _build(project).wait(timeout=120) == 0
    assert not list(output.parent.glob(".reportgen-*"))


def test_a_live_writers_temporary_file_is_left_alone(project: Path) -> None:
    import os

    (project / "out").mkdir()
    mine = project / "out" / f".reportgen-{os.getpid()}-abc.tmp"
    mine.write_bytes(b"in progress")
    dead = project / "out" / ".reportgen-999999999-abc.tmp"
    dead.write_bytes(b"left by a killed run")
    assert _build(project).wait(timeout=120) == 0
    assert mine.exists() and not dead.exists()
