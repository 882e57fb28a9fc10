"""Output that a console or file cannot encode never turns success into failure.

Real processes with PYTHONIOENCODING set, and streams.prepare on simulated streams: a
Windows console code page, output redirected to a file, an encoding the user chose.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import DOCX_2023_NAME

from reportgen.streams import prepare


def run(project: Path, encoding: str, *argv: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "reportgen", *argv],
        capture_output=True,
        cwd=project,
        env=env,
        check=False,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "gbk"])
def test_validate_passes_whatever_the_console_encodes(project: Path, encoding: str) -> None:
    result = run(project, encoding, "validate", "2023")
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr and b"UnicodeEncodeError" not in result.stderr


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "gbk"])
def test_build_writes_and_succeeds(project: Path, encoding: str) -> None:
    result = run(project, encoding, "build", "2023")
    assert result.returncode == 0, result.stderr
    assert (project / "out" / DOCX_2023_NAME).is_file()
    # What a clerk reads in the file: ✓, which GBK lacks, becomes √; the rest is as said.
    expected = {"ascii": "v \\u5df2\\u751f\\u6210", "latin-1": "v \\u5df2", "gbk": "√ 已生成"}
    assert expected[encoding] in result.stdout.decode(encoding), result.stdout


def test_exit_codes_survive_an_ascii_console(project: Path) -> None:
    assert run(project, "ascii", "--help").returncode == 0
    assert run(project, "ascii", "new", "abc").returncode == 2
    missing = run(project, "ascii", "build", "2019")
    assert missing.returncode == 1
    assert "\\u627e\\u4e0d\\u5230" in missing.stderr.decode("ascii")  # 找不到, escaped


def test_json_output_stays_json_on_an_ascii_console(project: Path) -> None:
    result = run(project, "ascii", "validate", "2023", "--json")
    assert result.returncode == 0
    findings = json.loads(result.stdout.decode("ascii"))["findings"]
    assert findings and all("\\u" not in f["message"] for f in findings)  # decoded back


# --- streams.prepare on simulated streams ----------------------------------------------------


class Redirected(io.TextIOWrapper):
    """A standard stream going to a file."""

    def __init__(self, encoding: str, errors: str = "strict", tty: bool = False) -> None:
        super().__init__(io.BytesIO(), encoding=encoding, errors=errors)
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty

    def written(self) -> bytes:
        self.flush()
        buffer = self.buffer
        assert isinstance(buffer, io.BytesIO)
        return buffer.getvalue()


LINE = "✓ 已生成 out/报告.docx；parts[1]（二、›（一））\n"


def test_a_gbk_file_gets_the_nearest_marks() -> None:
    stream = Redirected("gbk")
    prepare([stream], windows=False, environ={})
    stream.write(LINE)
    assert stream.written().decode("gbk") == "√ 已生成 out/报告.docx；parts[1]（二、＞（一））\n"


def test_an_ascii_file_gets_escapes_not_an_error() -> None:
    stream = Redirected("ascii")
    prepare([stream], windows=False, environ={})
    stream.write("✗ 错误 𠀀 é\n")
    assert stream.written() == b"x \\u9519\\u8bef \\ud840\\udc00 \\u00e9\n"
    assert json.loads(b'"' + stream.written()[2:-1] + b'"') == "错误 𠀀 é"


def test_complete_encodings_and_chosen_error_handlers_are_left_alone() -> None:
    utf8, replacing = Redirected("utf-8"), Redirected("ascii", errors="replace")
    prepare([utf8, replacing], windows=False, environ={})
    assert (utf8.errors, replacing.errors) == ("strict", "replace")


def test_without_the_handler_the_same_write_fails() -> None:
    """The failure prepare() prevents: the simulation does reproduce it."""
    stream = Redirected("gbk")
    with pytest.raises(UnicodeEncodeError):
        stream.write(LINE)


def windows(stream: Redirected, code_page: int, environ: dict[str, str] | None = None) -> None:
    prepare([stream], windows=True, environ=environ or {}, console_code_page=lambda: code_page)


def test_windows_redirect_is_written_in_the_console_code_page() -> None:
    """Python 3.15's UTF-8 mode writes a redirect as UTF-8, which Windows PowerShell decodes
    as GBK: on a 936 console it is written as GBK instead."""
    stream = Redirected("utf-8")
    windows(stream, 936)
    stream.write(LINE)
    assert stream.written().decode("gbk").startswith("√ 已生成 out/报告.docx")


def test_windows_after_chcp_65001_writes_utf8() -> None:
    stream = Redirected("cp936")
    windows(stream, 65001)
    stream.write(LINE)
    assert stream.written().decode("utf-8") == LINE


@pytest.mark.parametrize(
    ("stream", "code_page", "environ"),
    [
        (Redirected("utf-8", tty=True), 936, {}),  # a console: Python writes it as UTF-16
        (Redirected("utf-8"), 0, {}),  # no console to ask (started from a GUI)
        (Redirected("utf-8"), 936, {"PYTHONIOENCODING": "utf-8"}),  # the user's choice
        (Redirected("utf-8"), 936, {"PYTHONUTF8": "1"}),
        (Redirected("utf-8"), 20000000, {}),  # a code page Python does not know
    ],
    ids=["console", "no-console", "PYTHONIOENCODING", "PYTHONUTF8", "unknown-page"],
)
def test_windows_leaves_consoles_and_choices_alone(
    stream: Redirected, code_page: int, environ: dict[str, str]
) -> None:
    windows(stream, code_page, environ)
    assert stream.encoding == "utf-8"


def test_prepare_guards_the_process_streams(monkeypatch: pytest.MonkeyPatch) -> None:
    out, err = Redirected("latin-1"), Redirected("ascii", errors="backslashreplace")
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    prepare(windows=False, environ={})
    print("✓ 已生成")
    print("✗ 错误", file=sys.stderr)
    assert out.written() == b"v \\u5df2\\u751f\\u6210\n"
    assert err.written() == b"x \\u9519\\u8bef\n"
