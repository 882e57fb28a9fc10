"""The README's main command in a real process, as a clerk runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import DOCX_2023_NAME


def test_build_2023_in_a_subprocess(project: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reportgen", "build", "2023"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (project / "out" / DOCX_2023_NAME).stat().st_size > 10_000
    assert "已生成" in result.stdout


def test_bad_input_in_a_subprocess_has_no_traceback(project: Path) -> None:
    (project / "data" / "2023.json").write_text("{", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "reportgen", "build", "2023"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert "JSON 格式错误" in result.stderr
