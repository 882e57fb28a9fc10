"""The one exception type that carries a user's mistake to the CLI.

Everything a clerk can get wrong (a missing file, bad JSON, a report with errors)
is raised as a `ReportgenError` with a message in Chinese. `cli.main` is the only
place that turns it into printed text and an exit code.
"""

from __future__ import annotations

import errno
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


# The operating system's reasons, said in Chinese: exc.strerror is English (or the
# locale's language on Windows), and would sit oddly inside a Chinese sentence.
_REASONS_BY_NAME = {
    "ENOENT": "文件或目录不存在",
    "EACCES": "没有权限",
    "EPERM": "操作不被允许",
    "EROFS": "磁盘是只读的",
    "ENOSPC": "磁盘空间已满",
    "EDQUOT": "超出了磁盘配额",
    "EISDIR": "这是一个目录",
    "ENOTDIR": "路径中有一部分不是目录",
    "ENAMETOOLONG": "文件名太长",
    "EEXIST": "已经存在",
    "EBUSY": "文件正被其他程序使用",
    "ETXTBSY": "文件正被其他程序使用",
    "EIO": "读写磁盘时出错",
    "EMFILE": "打开的文件太多",
    "ELOOP": "符号链接循环",
    "EXDEV": "不能跨磁盘移动文件",
    "EINVAL": "文件名或参数无效",
    "ENXIO": "设备不存在",
}
# Not every platform has every code (Windows lacks some): keep the ones it has.
_REASONS = {getattr(errno, n): text for n, text in _REASONS_BY_NAME.items() if hasattr(errno, n)}


def os_reason(error: OSError) -> str:
    """Why an operation failed, in Chinese; the errno's name for a rare one."""
    if error.errno in _REASONS:
        return _REASONS[error.errno]
    name = errno.errorcode.get(error.errno or 0)
    return f"系统错误 {name}" if name else "系统错误"
