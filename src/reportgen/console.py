"""The terminal: two rich consoles and --quiet. Everything printed goes through these."""

from __future__ import annotations

import contextlib
import os
import re
from typing import IO, Any

from rich.console import Console

from .errors import ReportgenError, os_reason


class OutputFailed(ReportgenError):
    """Standard output refused what was printed: `validate > file` on a full disk."""


class _Console(Console):
    """Stops printing, without failing, when the reader goes away (`show | head -1`):
    the command finishes and exits as it would have. When the stream fails otherwise
    (a full disk behind `>`), stdout says so as a user error, exit 1; stderr goes quiet."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        with contextlib.suppress(OSError, ValueError):  # ValueError: no file descriptor
            os.dup2(os.open(os.devnull, os.O_WRONLY), self.file.fileno())

    @property
    def file(self) -> IO[str]:
        return _Guarded(Console.file.fget(self), self)  # type: ignore[attr-defined,return-value]

    @file.setter
    def file(self, new_file: IO[str]) -> None:
        Console.file.fset(self, new_file)  # type: ignore[attr-defined]


class _Guarded:
    """The console's stream, whose write errors (but a broken pipe, rich's own case)
    become `OutputFailed`; later writes go to the null device, so that Python's last
    flush at exit finds nothing left to fail on."""

    def __init__(self, stream: IO[str], console: _Console) -> None:
        self._stream = stream
        self._console = console

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as error:
            self._failed(error)
            return 0

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            self._failed(error)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def _failed(self, error: OSError) -> None:
        self._console.on_broken_pipe()  # quiet, and the descriptor now leads nowhere
        with contextlib.suppress(OSError, ValueError):
            self._stream.flush()  # the buffered rest, into the null device
        if not self._console.stderr:
            raise OutputFailed(
                f"无法输出结果：{os_reason(error)}。",
                hint="如果用“>”把结果存到了文件，请检查那个磁盘的剩余空间，或换个位置保存。",
            ) from None


# soft_wrap: long Chinese lines are left for the terminal to wrap, and stay whole in pipes.
# emoji=False: a report's ":x:" is text, never an emoji (markup in data is escaped).
stdout = _Console(highlight=False, soft_wrap=True, emoji=False)
stderr = _Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)


_as_json = False


def configure(quiet: bool, as_json: bool = False) -> None:
    """--quiet: only errors (stderr) are printed. --json: the command's result, and an
    error that stops it, are printed as JSON on stdout, and nothing else is."""
    global _as_json
    stdout.quiet = quiet or as_json
    _as_json = as_json


def as_json() -> bool:
    """Whether the command was asked for JSON (--json, --format json)."""
    return _as_json


def print_json(text: str) -> None:
    """Machine output goes out even under --quiet, unstyled, and always as UTF-8 that any
    JSON reader takes (see `_json_safe`). Written to the stream directly: rich would make
    a styled line of each of its lines (30,000 findings took 20 s)."""
    stream = stdout.file
    try:
        stream.write(_json_safe(text) + "\n")
        stream.flush()
    except BrokenPipeError:
        stdout.on_broken_pipe()


# What must never reach a terminal as it is: C0 controls but tab and line feed (ESC starts
# the terminal's own commands), DEL, C1 controls (U+009B is a one-character ESC [), and
# lone surrogates, which are the bytes of a file name that is not UTF-8 (Python decodes
# such a name with surrogateescape) and which no UTF-8 stream can write.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _shown(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # one byte of a name that is not UTF-8: the byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every character a terminal would obey, or a UTF-8 stream refuse, written
    out as an escape (ESC → `\\x1b`, a byte 0xFF of a file name → `\\xff`). Every quote of
    user data passes here, through `escape`."""
    return _UNPRINTABLE.sub(lambda match: _shown(match.group()), text)


def _json_safe(text: str) -> str:
    """JSON text (json.dumps escapes C0 controls already) with the C1 controls and DEL
    escaped as JSON escapes, which give the same string back, and a file name's stray
    bytes written as `printable` shows them, so that the output is valid UTF-8."""

    def shown(match: re.Match[str]) -> str:
        char = match.group()
        if "\ud800" <= char <= "\udfff":
            return _shown(char).replace("\\", "\\\\")
        return f"\\u{ord(char):04x}"

    return _UNPRINTABLE.sub(shown, text)


# A run of backslashes before `[` (the whole run: the lookbehind keeps a search from
# starting inside one, which made a long run quadratic), and whether rich would take the
# bracket for a tag.
_BRACKET = re.compile(r"(?<!\\)(\\*)\[(?=([a-z#/@][^\[]*?\])?)")


def escape(text: str) -> str:
    """Text quoted into rich markup, shown exactly as it is, control characters escaped
    (`printable`).

    rich.markup.escape guards only brackets that look like tags, but rich reads `\\[` as an
    escaped bracket everywhere, so a Windows path `D:\\报告\\[草稿]\\2023.json` lost its
    backslash (rich issue #2993). Here a tag-like bracket gets 2n+1 backslashes (rich's rule)
    and any other bracket after n ≥ 1 backslashes gets n+1, which rich turns back into n.
    """

    def guard(match: re.Match[str]) -> str:
        backslashes = match[1]
        if match[2] is not None:
            return f"{backslashes * 2}\\["
        return f"{backslashes}\\[" if backslashes else "["

    escaped = _BRACKET.sub(guard, printable(text))
    if escaped.endswith("\\") and not escaped.endswith("\\\\"):
        return escaped + "\\"  # as rich does: a closing tag may follow
    return escaped
