"""The terminal: two rich consoles, --quiet, and how a user error is shown.

Kept apart from `present` so that printing an error or `--help` loads rich only.
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from .errors import ReportgenError

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


def show_error(error: ReportgenError) -> None:
    findings = getattr(error, "findings", None)
    if findings:
        from .present import finding_lines

        for line in finding_lines(findings):
            stderr.print(line)
    stderr.print(f"[bold red]错误：[/]{escape(error.message)}")
    if error.hint:
        stderr.print(f"[dim]{escape(error.hint)}[/]")
