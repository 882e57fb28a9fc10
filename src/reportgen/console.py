"""The terminal: two rich consoles and --quiet. Everything printed goes through these."""

from __future__ import annotations

from rich.console import Console

# soft_wrap: long Chinese lines are left for the terminal to wrap, and stay whole in pipes.
stdout = Console(highlight=False, soft_wrap=True)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def configure(quiet: bool) -> None:
    """--quiet: only errors (stderr) are printed."""
    stdout.quiet = quiet


def print_json(text: str) -> None:
    """Machine output goes out even under --quiet, unstyled."""
    was = stdout.quiet
    stdout.quiet = False
    stdout.out(text, highlight=False)
    stdout.quiet = was
