"""Writing output files so that a failure never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

from .errors import ReportgenError

# Temporary files carry the writer's process id, so a later run can tell the ones
# a killed run left behind (SIGKILL gives no chance to clean up) from live ones.
DATA_DIR = Path("data")

TEMP_PREFIX = ".reportgen-"
_TEMP_NAME = re.compile(rf"^{re.escape(TEMP_PREFIX)}(\d+)-.*\.tmp$")


def data_path_for(target: str, data_dir: Path = DATA_DIR) -> Path:
    """`2023` means data/2023.json; anything else is taken as a path."""
    if target.isdigit() and len(target) == 4:
        return data_dir / f"{target}.json"
    return Path(target)


def read_bytes(path: Path, what: str, hint: str, limit: int) -> bytes:
    """A file's bytes, or a Chinese error naming `what` it is (数据文件, 模板) and the path."""
    if path.is_dir():
        raise ReportgenError(f"{what} {path} 是一个目录，不是文件。", hint=hint)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise ReportgenError(f"找不到{what} {path}。", hint=hint) from None
    except OSError as exc:
        raise ReportgenError(f"无法读取{what} {path}：{exc.strerror}。") from exc
    if len(data) > limit:
        raise ReportgenError(
            f"{what} {path} 超过 {limit >> 20} MB，不像是报告用的文件。",
            hint="请确认选择了正确的文件。",
        )
    return data


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temporaries(directory: Path) -> None:
    """Delete temporary files of writers that no longer run."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(directory):
            match = _TEMP_NAME.match(entry.name)
            if match and not _alive(int(match.group(1))):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a temporary file in the same directory and a rename.

    The previous file at `path` stays intact until the new one is complete on disk.
    """
    directory = path.parent
    if not directory.exists():
        raise ReportgenError(
            f"无法写入 {path}：目录 {directory} 不存在。",
            hint="请先创建该目录，或用 -o 指定一个已有目录中的文件。",
        )
    if not directory.is_dir():
        raise ReportgenError(f"无法写入 {path}：{directory} 不是目录。")
    if path.is_dir():
        raise ReportgenError(f"无法写入 {path}：这是一个目录，请指定文件名。")
    remove_stale_temporaries(directory)
    try:
        fd, temp_name = tempfile.mkstemp(
            prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=".tmp", dir=directory
        )
    except OSError as exc:
        raise ReportgenError(
            f"无法在 {directory} 中写入文件：{exc.strerror}。",
            hint="请检查该目录是否可写。",
        ) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates 0600; give the file the mode a plain open() would.
        os.chmod(temp_name, 0o666 & ~_umask())
        os.replace(temp_name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise ReportgenError(
            f"无法写入 {path}：{exc.strerror}。",
            hint="如果该文件正在 Word 或 WPS 中打开，请先关闭它再重试。",
        ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
