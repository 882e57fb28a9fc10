"""One LibreOffice run converts all the documents of a command.

LibreOffice takes a second or more to start and a fraction of that per document,
so a batch goes through one `soffice --convert-to pdf a.docx b.docx …`. It converts
the files in order and skips one it cannot load; a crash or a hang stops the rest.
So after a run, a document without a complete PDF is either one LibreOffice refused
(it exited normally) or the one it stopped at (it crashed, or ran out of time): that
one is given up, and the documents after it go into another run. A crash before any
PDF is first retried once on a new profile, in case the profile is what broke.

LibreOffice runs in its own process group with its temporary files inside our
temporary folder; whatever ends the conversion (Ctrl-C, SIGTERM raised as
KeyboardInterrupt, a timeout, a fault of ours) kills the whole group before the
folder is removed.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...errors import ReportgenError
from ...files import process_alive
from ...lazyregex import lazy_compile
from .held_signals import HeldSignals
from .profile import Profile, profile

# Seconds a run may take: starting (a new profile takes a few seconds, a slow PC
# many more), then each document.
START_SECONDS = 90
SECONDS_PER_DOCUMENT = 30
# Only .docx: a file LibreOffice cannot read as one must fail, not come out as text.
IMPORT_FILTER = "MS Word 2007 XML"
WORK_PREFIX = "reportgen-pdf-"
_WORK_NAME = lazy_compile(rf"^{re.escape(WORK_PREFIX)}(\d+)-")


@dataclass(frozen=True)
class NotConverted:
    """Why LibreOffice gave no PDF for a document, in Chinese, for the report's message."""

    reason: str


@dataclass(frozen=True)
class _Run:
    exit_code: int | None  # None: killed after the time allowed
    seconds: int


def timeout_for(documents: int) -> int:
    return START_SECONDS + SECONDS_PER_DOCUMENT * documents


def convert_all(documents: Sequence[bytes], soffice: str) -> list[bytes | NotConverted]:
    """Each .docx as PDF bytes, or why not; in the order given."""
    if not documents:
        return []
    _remove_stale_work_folders()
    try:
        # ignore_cleanup_errors: on Windows a killed LibreOffice may hold a file a moment longer
        work_folder = tempfile.TemporaryDirectory(
            prefix=f"{WORK_PREFIX}{os.getpid()}-", ignore_cleanup_errors=True
        )
    except OSError as exc:
        raise _no_room() from exc
    with work_folder as folder:
        work = Path(folder)
        sources = [work / "in" / f"{n:04d}.docx" for n in range(len(documents))]
        try:
            for part in ("in", "out", "tmp"):
                (work / part).mkdir()
            for source, document in zip(sources, documents, strict=True):
                source.write_bytes(document)
        except OSError as exc:
            raise _no_room() from exc
        with profile(work) as user_profile:
            return _convert(soffice, user_profile, work, sources)


def _no_room() -> ReportgenError:
    return ReportgenError(
        f"无法在临时文件夹 {tempfile.gettempdir()} 中写入转换 PDF 用的文件。",
        hint="请检查磁盘是否已满、该文件夹是否可写（可用环境变量 TMP 或 TMPDIR 指定别的文件夹）。",
    )


def _convert(
    soffice: str, user_profile: Profile, work: Path, sources: list[Path]
) -> list[bytes | NotConverted]:
    results: list[bytes | NotConverted | None] = [None] * len(sources)
    pending = list(range(len(sources)))
    profile_reset = False
    while pending:
        run = _run_soffice(soffice, user_profile, work, [sources[n] for n in pending])
        for n in pending:
            results[n] = _complete_pdf(work / "out" / f"{n:04d}.pdf")
        missing = [n for n in pending if results[n] is None]
        if not missing:
            break
        if run.exit_code == 0:  # it went through the list and could not open these
            for n in missing:
                results[n] = NotConverted("LibreOffice 无法打开这份文档")
            break
        progress = len(missing) < len(pending)
        if run.exit_code is not None and not progress and not profile_reset:
            user_profile.reset()  # a damaged profile can make it crash on start
            profile_reset = True
            continue
        # It stopped at the first missing document; a hang before any PDF may be
        # LibreOffice itself (a dialog, say): then waiting again would be no better.
        stopped = missing if run.exit_code is None and not progress else missing[:1]
        for n in stopped:
            results[n] = NotConverted(_stopped(run))
        pending = [n for n in missing if results[n] is None]
    return [r if r is not None else NotConverted("LibreOffice 没有生成 PDF") for r in results]


def _stopped(run: _Run) -> str:
    if run.exit_code is None:
        return f"LibreOffice 转换超过 {run.seconds} 秒仍未完成，已被终止"
    return f"LibreOffice 转换时意外退出（退出码 {run.exit_code}）"


def _complete_pdf(path: Path) -> bytes | None:
    """The PDF at `path` if LibreOffice finished writing it, else None."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return data if data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:] else None


def _run_soffice(soffice: str, user_profile: Profile, work: Path, sources: list[Path]) -> _Run:
    command = [
        soffice,
        f"-env:UserInstallation={user_profile.uri}",
        "--headless",
        "--invisible",
        "--nologo",
        "--norestore",
        f"--infilter={IMPORT_FILTER}",
        "--convert-to",
        "pdf:writer_pdf_Export",
        "--outdir",
        str(work / "out"),
        *map(str, sources),
    ]
    scratch = str(work / "tmp")
    env = dict(
        os.environ,
        FONTCONFIG_FILE=str(user_profile.fontconfig),
        TMPDIR=scratch,
        TMP=scratch,
        TEMP=scratch,
    )
    seconds = timeout_for(len(sources))
    held = HeldSignals()
    try:
        with held:
            process = _start(command, env, user_profile.lock)
    except OSError as exc:
        held.deliver()
        raise ReportgenError(
            f"无法启动 LibreOffice（{soffice}）。",
            hint="请确认 LibreOffice 安装完整、可以运行（soffice --version）。",
        ) from exc
    try:
        held.deliver()  # a Ctrl-C during the start ends LibreOffice here
        exit_code: int | None = process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        exit_code = None
    finally:
        # On a timeout, Ctrl-C, SIGTERM or a fault alike: nothing of LibreOffice's survives.
        _kill_group(process)
    return _Run(exit_code, seconds)


def _start(command: list[str], env: dict[str, str], lock: int | None) -> subprocess.Popen[bytes]:
    quiet = subprocess.DEVNULL
    group: dict[str, Any]
    if sys.platform == "win32":
        group = {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
    else:
        group = {
            "start_new_session": True,  # its own process group, out of the terminal's Ctrl-C
            # LibreOffice holds the profile's lock too, for as long as it runs
            "pass_fds": () if lock is None else (lock,),
        }
    process: subprocess.Popen[bytes] = subprocess.Popen(
        command, stdin=quiet, stdout=quiet, stderr=quiet, env=env, **group
    )
    return process


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    """End LibreOffice and whatever it started (soffice → oosplash → soffice.bin)."""
    if sys.platform == "win32":
        if process.poll() is None:
            subprocess.run(
                ["taskkill", "/F", "/T", "/PID", str(process.pid)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            )
    else:
        # The group outlives its leader when a child lingers: kill it even after exit.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError):
        process.kill()
    process.wait()


def _remove_stale_work_folders() -> None:
    """Temporary folders of builds that were killed outright (SIGKILL gives no chance to
    clean up). POSIX only: there a process id can be tested without touching the process."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        for entry in os.scandir(tempfile.gettempdir()):
            match = _WORK_NAME.match(entry.name)
            if (
                match
                and entry.is_dir(follow_symlinks=False)
                and not process_alive(int(match.group(1)))
            ):
                shutil.rmtree(entry.path, ignore_errors=True)
