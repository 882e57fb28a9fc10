"""Standard output and error that never turn a finished command into a failure.

A console or file that cannot encode a character (PYTHONIOENCODING=ascii or latin-1; a
Chinese Windows writing GBK meeting ✓ or a rare character from the data) must not end a
command that did its work with UnicodeEncodeError. Such streams get the `reportgen` error
handler: a few marks of our own become their nearest equivalent in that encoding (✓ → √,
✗ → ×, which GBK has) and anything else becomes JSON's escape (`\\u4e00`), which loses
nothing and keeps --json output valid JSON.

On Windows, output redirected to a file or pipe is written in the console's code page (936,
GBK, on a Chinese Windows) rather than in Python's choice (the ANSI code page, or UTF-8 in
UTF-8 mode, the default from Python 3.15). That is what reads it back: Windows PowerShell
decodes a program's output with the console code page before `>` writes it, cmd's `>` and
`| findstr` keep the bytes, and Notepad opens a GBK file as 中文 on a Chinese Windows. A
console itself is left alone (Python writes it as UTF-16), and so is an encoding the user
chose with PYTHONIOENCODING or PYTHONUTF8.
"""

from __future__ import annotations

import codecs
import io
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import TextIO

ERRORS = "reportgen"

# Marks we print, with what to write where the encoding lacks them (first that encodes).
NEAREST = {
    "✓": ("√", "v"),
    "✗": ("×", "x"),
    "›": ("＞", ">"),
    "→": ("->",),
    "—": ("－", "-"),
    "…": ("...",),
}  # never a quotation mark: " inside --json output would end a JSON string

# Encodings that have every character: nothing to guard.
_COMPLETE = {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030"}


def _nearest(char: str, encoding: str) -> str:
    for candidate in NEAREST.get(char, ()):
        try:
            candidate.encode(encoding)
        except UnicodeEncodeError:
            continue
        return candidate
    return _escape(char)


def _escape(char: str) -> str:
    """JSON's escape, \\uXXXX (a surrogate pair beyond the BMP): valid in --json output."""
    code = ord(char)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def _handler(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    return "".join(_nearest(char, error.encoding) for char in text), error.end


codecs.register_error(ERRORS, _handler)


def _canonical(encoding: str | None) -> str:
    """Python's own name for an encoding; empty for one Python does not know."""
    try:
        return codecs.lookup(encoding or "utf-8").name
    except LookupError:
        return ""


def _windows_console_code_page() -> int:
    """The console's output code page; 0 when the process has no console."""
    import ctypes

    return int(ctypes.windll.kernel32.GetConsoleOutputCP())  # type: ignore[attr-defined]


def prepare(
    streams: Iterable[TextIO] | None = None,
    *,
    windows: bool = sys.platform == "win32",
    environ: Mapping[str, str] = os.environ,
    console_code_page: Callable[[], int] = _windows_console_code_page,
) -> None:
    """Set up stdout and stderr (or `streams`) before anything is printed."""
    chosen = bool(environ.get("PYTHONIOENCODING") or environ.get("PYTHONUTF8"))
    for stream in streams if streams is not None else (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper):
            continue  # no console at all (pythonw), or replaced by a caller
        if windows and not chosen and not stream.isatty():
            page = console_code_page()
            if page and _canonical(f"cp{page}") not in ("", _canonical(stream.encoding)):
                stream.reconfigure(encoding=f"cp{page}")
        # Python's defaults, strict for stdout and backslashreplace for stderr, give way.
        default_errors = stream.errors in ("strict", "backslashreplace")
        if _canonical(stream.encoding) not in _COMPLETE and default_errors:
            stream.reconfigure(errors=ERRORS)
