"""The one exception type that carries a user's mistake to the CLI.

Everything a clerk can get wrong (a missing file, bad JSON, a report with errors)
is raised as a `ReportgenError` with a message in Chinese. `cli.main` is the only
place that turns it into printed text and an exit code.
"""

from __future__ import annotations


class ReportgenError(Exception):
    """A problem the user can fix; `message` is shown as is, in Chinese."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class UsageError(ReportgenError):
    """The command line itself is wrong (exit code 2, as Click and POSIX tools use)."""

    exit_code = 2
