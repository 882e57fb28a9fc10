"""An interrupted command (Ctrl-C, SIGTERM, SIGHUP, SIGKILL) leaves the previous file
intact and no temporary file behind.

SIGINT, SIGTERM and SIGHUP are sent while the command is known to be mid-work: the
command runs with one function made to pause (tests/paused_run.py), and the signal
goes once the pause has begun. SIGKILL cannot be handled; after it the file is whole
and the next run removes what the killed one left.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from helpers import DOCX_2023_NAME, ROOT, load_2023, write_json
from refusals import snapshot

from reportgen.cli import main

PARAGRAPH = "柏山镇围绕经济建设、安全生产、民生保障等重点工作，组织法律法规的学习宣传。"
PAUSED_RUN = Path(__file__).parent / "paused_run.py"


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


# --- signals a run handles: sent while the command is inside a known function

EXITS = {
    signal.SIGINT: (130, "已取消"),
    signal.SIGTERM: (143, "SIGTERM"),
    signal.SIGHUP: (129, "SIGHUP"),
}

# (what the command is doing when the signal comes, where it pauses, the command, the
# signal): every signal mid-write, and every command with one of them.
INT, TERM, HUP = signal.SIGINT, signal.SIGTERM, signal.SIGHUP
MOMENTS = [
    *[("build, writing", "os:fsync", ["build", "2023"], sig) for sig in (INT, TERM, HUP)],
    ("build, rendering", "reportgen.render:render", ["build", "2023", "-f", "html"], HUP),
    ("fix, writing", "os:fsync", ["validate", "fixme.json", "--fix"], INT),
    ("template init, writing", "os:fsync", ["template", "init"], TERM),
    ("new, writing", "os:fsync", ["new", "2024", "--force"], HUP),
    ("show, reading", "reportgen.load:read_text", ["show", "2023"], TERM),
]


@pytest.mark.parametrize(
    ("moment", "pause", "argv", "sig"),
    MOMENTS,
    ids=[f"{m[0]}-{m[3].name}" for m in MOMENTS],
)
def test_a_signal_mid_work_ends_the_run_cleanly(
    project: Path, moment: str, pause: str, argv: list[str], sig: signal.Signals
) -> None:
    text = (project / "data" / "2023.json").read_text(encoding="utf-8")
    (project / "fixme.json").write_text(text.replace("截至目前", "截止目前"), encoding="utf-8")
    assert main(["build", "2023", "-q"]) == 0  # the previous output, to be kept
    before = snapshot(project)
    marker = project.parent / f"{project.name}.paused"
    process = subprocess.Popen(
        [sys.executable, str(PAUSED_RUN), pause, str(marker), *argv],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 600
    while not marker.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    if pause == "os:fsync":  # mid-write: the temporary file is there
        assert list(project.rglob(".reportgen-*.tmp"))
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=600)  # a bound against hanging, not a timing claim
    code, said = EXITS[sig]
    assert process.returncode == code, stderr.decode()
    assert said in stderr.decode() and "Traceback" not in stderr.decode()
    assert snapshot(project) == before  # every file as it was, none added
    assert not list(project.rglob(".reportgen-*"))


# --- SIGKILL: no chance to clean up; the file is still whole, the next run cleans up


@pytest.fixture(scope="module")
def finished_big(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The digest of the big report's own build: what a build killed after its
    rename leaves, the other acceptable outcome."""
    folder = tmp_path_factory.mktemp("big")
    shutil.copytree(ROOT / "data", folder / "data")
    shutil.copytree(ROOT / "templates", folder / "templates")
    assert _build(folder, _slow_data(folder)).wait(timeout=600) == 0
    return _digest(folder / "out" / DOCX_2023_NAME)


@pytest.mark.parametrize("delay", [0.4, 0.9, 1.3, 1.7])
def test_a_killed_build_keeps_the_previous_file(
    project: Path, delay: float, finished_big: str
) -> None:
    assert _build(project).wait(timeout=600) == 0
    output = project / "out" / DOCX_2023_NAME
    before = _digest(output)
    process = _build(project, _slow_data(project))
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=600)
    # Either the old file, whole, or (a kill after the rename) the new one, whole.
    assert _digest(output) in (before, finished_big)
    with zipfile.ZipFile(output) as package:
        assert package.testzip() is None
    # The next run removes whatever a killed run left behind.
    assert _build(project).wait(timeout=600) == 0
    assert not list(output.parent.glob(".reportgen-*"))


def test_a_live_writers_temporary_file_is_left_alone(project: Path) -> None:
    (project / "out").mkdir()
    mine = project / "out" / f".reportgen-{os.getpid()}-abc.tmp"
    mine.write_bytes(b"in progress")
    dead = project / "out" / ".reportgen-999999999-abc.tmp"
    dead.write_bytes(b"left by a killed run")
    assert _build(project).wait(timeout=600) == 0
    assert mine.exists() and not dead.exists()
