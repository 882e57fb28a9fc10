"""A fault of the program is not bad input: exit 70 and a Chinese message that says so,
never a traceback, never exit 1 (which a test expecting a refusal would accept)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import DOCX_2023_NAME

from reportgen.cli import main
from reportgen.errors import EXIT_INTERNAL


def _boom(*args: Any, **kwargs: Any) -> Any:
    raise RuntimeError("injected fault")


@pytest.mark.parametrize(
    ("target", "argv"),
    [
        ("reportgen.rules.check", ["validate", "2023"]),
        ("reportgen.rules.check", ["build", "2023"]),
        ("reportgen.render.docx.render_docx", ["build", "2023"]),
        ("reportgen.render.html.render_html", ["build", "2023", "-f", "html"]),
    ],
)
def test_a_fault_in_the_middle_exits_70_with_a_chinese_message(
    project: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    target: str,
    argv: list[str],
) -> None:
    monkeypatch.setattr(target, _boom)
    assert main(argv) == EXIT_INTERNAL
    captured = capsys.readouterr()
    assert "程序内部错误（RuntimeError）" in captured.err
    assert "不是您的数据或操作有误" in captured.err
    assert "Traceback" not in captured.out + captured.err
    assert not (project / "out" / DOCX_2023_NAME).exists()


def test_a_fault_in_a_real_process_prints_no_traceback(project: Path) -> None:
    inject = (
        "import reportgen.rules as r\n"
        "def boom(*a, **k): raise KeyError('injected')\n"
        "r.check = boom\n"
        "from reportgen.__main__ import run\n"
        "run()\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", inject, "validate", "2023"],
        cwd=project,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "REPORTGEN_DEBUG": "0"},
        timeout=60,
    )
    assert completed.returncode == EXIT_INTERNAL
    assert "程序内部错误（KeyError）" in completed.stderr
    assert "Traceback" not in completed.stderr


def test_reportgen_debug_1_shows_the_traceback(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reportgen.rules.check", _boom)
    monkeypatch.setenv("REPORTGEN_DEBUG", "1")
    with pytest.raises(RuntimeError, match="injected fault"):
        main(["validate", "2023"])


def test_the_cli_fixture_fails_on_a_fault(
    project: Path, monkeypatch: pytest.MonkeyPatch, cli: Any
) -> None:
    """The guard every CLI test relies on: a crash cannot pass for a refusal."""
    monkeypatch.setattr("reportgen.rules.check", _boom)
    with pytest.raises(AssertionError, match="程序内部错误"):
        cli("validate", "2023")
