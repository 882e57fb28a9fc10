"""The command's exit (`__main__.leave`): Python's exit less the teardown of the
interpreter. Whatever a user or a cache sees of the exit must be as before: atexit
handlers run, buffered output written, other threads waited for, a failing stdout
reported with Python's own status."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Output to a pipe or file is buffered, as a user's is (not under PYTHONUNBUFFERED).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}


def _run(body: str, stdout: int | None = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    """`reportgen` with cli.main replaced by `body` (a function `main` returning a code)."""
    probe = (
        "import atexit, sys, threading, time\n"
        "import reportgen.cli as cli\n"
        f"{body}\n"
        "cli.main = main\n"
        "sys.argv = ['reportgen', 'validate']\n"
        "from reportgen.__main__ import run\n"
        "run()\n"
    )
    return subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        env=ENV,
    )


def test_the_exit_runs_atexit_writes_the_buffers_and_keeps_the_code() -> None:
    body = (
        "import os\n"
        "real_exit = os._exit\n"
        "def quick(code):\n"
        "    os.write(2, b'QUICK')\n"
        "    real_exit(code)\n"
        "os._exit = quick\n"
        "def main():\n"
        "    atexit.register(lambda: sys.stdout.write('|atexit'))\n"
        "    sys.stdout.write('partial, no newline')  # a pipe: still in the buffer\n"
        "    return 3\n"
    )
    done = _run(body)
    assert done.returncode == 3
    assert done.stdout == "partial, no newline|atexit"
    assert done.stderr == "QUICK"  # the interpreter's teardown was skipped


def test_the_exit_waits_for_another_thread_as_python_does() -> None:
    body = (
        "def late():\n"
        "    time.sleep(0.2)\n"
        "    sys.stdout.write('thread done')\n"
        "def main():\n"
        "    threading.Thread(target=late).start()\n"
        "    return 0\n"
    )
    done = _run(body)
    assert done.returncode == 0
    assert done.stdout == "thread done"


def test_a_stdout_that_fails_at_exit_gets_pythons_message_and_status() -> None:
    body = "def main():\n    sys.stdout.write('x' * 100)\n    return 0\n"
    with open("/dev/full", "w") as full:
        done = _run(body, stdout=full.fileno())
        plain = subprocess.run(
            [sys.executable, "-c", "import sys\nsys.stdout.write('x' * 100)\nsys.exit(0)"],
            stdout=full.fileno(),
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            env=ENV,
        )
    assert plain.returncode == done.returncode == 120
    assert "No space left on device" in done.stderr
    assert "Traceback" not in done.stderr
