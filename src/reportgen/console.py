"""The terminal: two rich consoles and --quiet. Everything printed goes through these."""

from __future__ import annotations

import contextlib
import os

from rich.console import Console


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


def configure(quiet: bool) -> None:
    """--quiet: only errors (stderr) are printed."""
    stdout.quiet = quiet


def print_json(text: str) -> None:
    """Machine output goes out even under --quiet, unstyled."""
    was = stdout.quiet
    stdout.quiet = False
    stdout.out(text, highlight=False)
    stdout.quiet = was
