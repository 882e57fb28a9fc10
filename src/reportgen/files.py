"""Reading inputs and writing outputs so that nothing is lost.

Inputs are regular files only (a FIFO or a device would block or never end). Outputs
are written atomically, keep the mode of the file they replace, and never replace a
data file, a template or the command's own input.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import sys
import tempfile
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path

from .errors import ReportgenError, os_reason

DATA_DIR = Path("data")
TEMPLATES_DIR = Path("templates")
# ext4, NTFS (in UTF-16 units, which UTF-8 bytes bound from above) and APFS all stop at 255.
MAX_NAME_BYTES = 255

# Temporary files carry the writer's process id, so a later run can tell the ones
# a killed run left behind (SIGKILL gives no chance to clean up) from live ones.
TEMP_PREFIX = ".reportgen-"
_TEMP_NAME = re.compile(rf"^{re.escape(TEMP_PREFIX)}(\d+)-.*\.tmp$")


def data_path_for(target: str, data_dir: Path = DATA_DIR) -> Path:
    """`2023` means data/2023.json; anything else is taken as a path."""
    if target.isdigit() and len(target) == 4:
        return data_dir / f"{target}.json"
    return Path(target)


def read_bytes(path: Path, what: str, hint: str, limit: int) -> bytes:
    """A regular file's bytes, or a Chinese error naming `what` it is (数据文件, 模板) and
    the path.

    Opened without blocking and checked before reading: a FIFO would wait for a writer
    for ever, and a device such as /dev/zero would never end.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise ReportgenError(f"找不到{what} {path}。", hint=hint) from None
    except IsADirectoryError:  # Windows refuses to open a folder
        raise ReportgenError(f"{what} {path} 是一个目录，不是文件。", hint=hint) from None
    except OSError as exc:
        raise ReportgenError(f"无法读取{what} {path}：{os_reason(exc)}。", hint=hint) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise ReportgenError(f"{what} {path} 是一个目录，不是文件。", hint=hint)
        raise ReportgenError(
            f"{what} {path} 不是普通文件（是管道、设备或套接字），不能读取。", hint=hint
        )
    with os.fdopen(fd, "rb") as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise ReportgenError(f"无法读取{what} {path}：{os_reason(exc)}。") from None
    if len(data) > limit:
        raise ReportgenError(
            f"{what} {path} 超过 {limit >> 20} MB，不像是报告用的文件。",
            hint="请确认选择了正确的文件。",
        )
    return data


def check_name_length(path: Path) -> None:
    """Refuse a path with a component longer than the file systems allow."""
    for part in path.parts:
        size = len(os.fsencode(part))
        if size > MAX_NAME_BYTES:
            raise ReportgenError(
                f"文件名太长：{part[:20]}……有 {size} 个字节，最多 {MAX_NAME_BYTES} 个"
                f"（约 {MAX_NAME_BYTES // 3} 个汉字）。",
                hint="请换一个短一些的文件名。",
            )


def ensure_folder(folder: Path) -> None:
    """Create `folder` (and its parents) unless it exists; say so when a file is in the way."""
    check_name_length(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise ReportgenError(
            f"无法创建目录 {folder}：已有同名的文件。",
            hint=f"请把文件 {folder} 改名或移走，或用 -o 指定其他目录。",
        ) from None
    except OSError as exc:
        raise ReportgenError(f"无法创建目录 {folder}：{os_reason(exc)}。") from None


def _same(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except (OSError, ValueError):
        return False


def refuse_overwriting(
    target: Path, inputs: Iterable[Path] = (), data: bool = True, templates: bool = True
) -> None:
    """Refuse an output over this command's `inputs`, a data file (data/*.json) unless
    `data` is False (import, whose output is one), or a template (templates/*.docx)
    unless `templates` is False (`template init`).

    Compared as files, not as strings: `./data/../data/2023.json`, a link or another
    spelling on a case-insensitive disk is the same file.
    """
    check_name_length(target)
    for source in inputs:
        if _same(target, source):
            raise ReportgenError(
                f"不能写入 {target}：这是本次命令读取的文件 {source}，写入会覆盖它。",
                hint="请用 -o 指定另一个文件名。",
            )
    suffix = target.suffix.lower()
    if data and suffix == ".json" and _same(target.parent, DATA_DIR):
        raise ReportgenError(
            f"不能写入 {target}：{DATA_DIR}/ 目录下的 .json 文件都是报告数据，写入会覆盖或混入数据文件。",
            hint="请用 -o 指定 out/ 等其他目录中的文件。",
        )
    if templates and suffix == ".docx" and target.exists() and _same(target.parent, TEMPLATES_DIR):
        raise ReportgenError(
            f"不能写入 {target}：这是 {TEMPLATES_DIR}/ 中的模板，写入会覆盖它。",
            hint="请用 -o 指定 out/ 等其他目录中的文件。",
        )


def process_alive(pid: int) -> bool:
    """Whether process `pid` runs, without touching it.

    On Windows os.kill(pid, 0) is no test: it terminates the process. There the process
    is opened for a query and its exit code read instead.
    """
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    query_limited_information, still_active = 0x1000, 259
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False  # no such process (or none we may see: its files are not ours)
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and (
            code.value == still_active
        )
    finally:
        kernel32.CloseHandle(handle)


def remove_stale_temporaries(directory: Path) -> None:
    """Delete temporary files of writers that no longer run."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(directory):
            match = _TEMP_NAME.match(entry.name)
            if match and not process_alive(int(match.group(1))):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _mode_for(path: Path) -> int:
    """The mode the written file gets: the replaced file's own, else what open() gives."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return 0o666 & ~_umask()
    except OSError as exc:
        raise ReportgenError(f"无法写入 {path}：{os_reason(exc)}。") from None
    if stat.S_ISDIR(status.st_mode):
        raise ReportgenError(f"无法写入 {path}：这是一个目录，请指定文件名。")
    if not stat.S_ISREG(status.st_mode):
        raise ReportgenError(f"无法写入 {path}：这不是普通文件（是管道或设备）。")
    return stat.S_IMODE(status.st_mode)


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a temporary file in the same directory and a rename.

    The previous file at `path` stays intact until the new one is complete on disk,
    and the new one keeps its mode (a 0600 file stays 0600). A symbolic link is written
    through: the file it points to gets the new bytes, the link stays a link.
    """
    write_all([(path, data)])


def write_all(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write several files all or nothing (the formats of one build): each is written to
    a temporary file first; only when all are on disk are they renamed into place, and if
    a rename fails, the files already replaced get their previous content back."""
    pending: list[tuple[Path, Path, str]] = []  # (as given, the real file, its temporary)
    done: list[tuple[Path, str | None]] = []  # (replaced file, the backup of its old bytes)
    try:
        for path, data in files:
            target = Path(os.path.realpath(path)) if os.path.islink(path) else path
            pending.append((path, target, _temporary(path, target, data)))
        for path, target, temp_name in pending:
            backup = _backup(path, target)
            try:
                _replace(path, temp_name, target)
            except BaseException:
                if backup is not None:
                    with contextlib.suppress(OSError):
                        os.unlink(backup)
                raise
            done.append((target, backup))
    except BaseException:  # an OS error, Ctrl-C, SIGTERM (signals.py): leave nothing behind
        for target, backup in reversed(done):
            with contextlib.suppress(OSError):
                if backup is None:
                    os.unlink(target)  # there was no file before
                else:
                    os.replace(backup, target)
        for _, _, temp_name in pending:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
        raise
    for _, backup in done:
        if backup is not None:
            with contextlib.suppress(OSError):
                os.unlink(backup)


def _directory(path: Path, target: Path) -> Path:
    directory = target.parent
    try:
        if stat.S_ISDIR(os.stat(directory).st_mode):
            return directory
    except FileNotFoundError:
        raise ReportgenError(
            f"无法写入 {path}：目录 {directory} 不存在。",
            hint="请先创建该目录，或用 -o 指定一个已有目录中的文件。",
        ) from None
    except OSError as exc:
        raise ReportgenError(f"无法写入 {path}：{directory} {os_reason(exc)}。") from None
    raise ReportgenError(f"无法写入 {path}：{directory} 不是目录。")


def _temporary(path: Path, target: Path, data: bytes) -> str:
    """`data` in a new temporary file beside `target`, complete on disk, with the mode the
    file it will replace has."""
    check_name_length(path)
    directory = _directory(path, target)
    mode = _mode_for(target)
    remove_stale_temporaries(directory)
    try:
        fd, temp_name = tempfile.mkstemp(
            prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=".tmp", dir=directory
        )
    except OSError as exc:
        raise ReportgenError(
            f"无法在 {directory} 中写入文件：{os_reason(exc)}。",
            hint="请检查该目录是否可写。",
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)  # mkstemp creates 0600
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise ReportgenError(f"无法写入 {path}：{os_reason(exc)}。") from None
        raise
    return temp_name


def _backup(path: Path, target: Path) -> str | None:
    """A second name for the file about to be replaced (a hard link: no copy, no space),
    so that it can be put back; None when there is no file yet."""
    if not os.path.lexists(target):
        return None
    backup = os.path.join(target.parent, f"{TEMP_PREFIX}{os.getpid()}-{uuid.uuid4().hex}.tmp")
    try:
        os.link(target, backup)
    except OSError:  # a file system without hard links (FAT): a copy
        try:
            shutil.copy2(target, backup)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(backup)
            raise ReportgenError(f"无法写入 {path}：{os_reason(exc)}。") from None
    return backup


def _replace(path: Path, temp_name: str, target: Path) -> None:
    try:
        os.replace(temp_name, target)
    except OSError as exc:
        raise ReportgenError(
            f"无法写入 {path}：{os_reason(exc)}。",
            hint="如果该文件正在 Word 或 WPS 中打开，请先关闭它再重试。",
        ) from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def is_folder(path: Path) -> bool:
    """Path.is_dir without its exceptions (a name too long for the disk raises there)."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False
