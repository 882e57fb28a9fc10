"""The terminal: two rich consoles and --quiet. Everything printed goes through these."""

from __future__ import annotations

import contextlib
import os
import re

from rich.console import Console

from .lazyregex import lazy_compile


class _Console(Console):
    """Stops printing, without failing, when the reader goes away (`show | head -1`):
    the command finishes and exits as it would have."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        with contextlib.suppress(OSError, ValueError):  # ValueError: no file descriptor
            os.dup2(os.open(os.devnull, os.O_WRONLY), self.file.fileno())


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
    """Machine output goes out even under --quiet, unstyled."""
    was = stdout.quiet
    stdout.quiet = False
    stdout.out(text, highlight=False)
    stdout.quiet = was


# A run of backslashes before `[`, and whether rich would take the bracket for a tag.
_BRACKET = lazy_compile(r"(\\*)\[(?=([a-z#/@][^\[]*?\])?)")


def escape(text: str) -> str:
    """Text quoted into rich markup, shown exactly as it is.

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

    escaped = _BRACKET.sub(guard, text)
    if escaped.endswith("\\") and not escaped.endswith("\\\\"):
        return escaped + "\\"  # as rich does: a closing tag may follow
    return escaped
