"""The one exception type that carries a user's mistake to the CLI.

Everything a clerk can get wrong (a missing file, bad JSON, a report with errors)
is raised as a `ReportgenError` with a message in Chinese. `cli.main` is the only
place that turns it into printed text and an exit code.
"""

from __future__ import annotations

import os

# Exit codes, in one place. 70 is sysexits.h's EX_SOFTWARE: a fault of the program, so
# that a test or a script can never mistake a crash for a refused input (1).
EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130


class ReportgenError(Exception):
    """A problem the user can fix; `message` is shown as is, in Chinese."""

    exit_code = EXIT_USER_ERROR

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class UsageError(ReportgenError):
    """The command line itself is wrong (exit code 2, as Click and POSIX tools use)."""

    exit_code = EXIT_USAGE


def internal_error_message(error: BaseException) -> tuple[str, str]:
    """What a clerk reads when the program itself fails: whose fault it is, what to send."""
    return (
        f"程序内部错误（{type(error).__name__}）：这是 reportgen 的缺陷，不是您的数据或操作有误。",
        "请把这条信息、所用的命令和数据文件发给维护人员；"
        "设置环境变量 REPORTGEN_DEBUG=1 后重新运行可看到详细信息。",
    )


def debugging() -> bool:
    """REPORTGEN_DEBUG=1 (or true, yes) lets a traceback through; 0, empty or unset do not."""
    return os.environ.get("REPORTGEN_DEBUG", "").strip().lower() in ("1", "true", "yes", "on")
