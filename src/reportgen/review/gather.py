"""Which files a review reads: the files named, and every file in the folders named.

A folder is walked with its subfolders (an office may keep each sender's mail apart),
in name order. Hidden files and Word's lock files (~$…, present while a document is
open) are no one's report and are passed over; any other file is reviewed, and one that
is no report is listed as such.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from pathlib import Path

from ..errors import ReportgenError, UsageError
from ..files import is_folder


def _passed_over(name: str) -> bool:
    return name.startswith((".", "~$"))


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if not _passed_over(name))
        found += [Path(root, name) for name in sorted(names) if not _passed_over(name)]
    return found


def _key(path: Path) -> tuple[int, int] | str:
    """The same file under two spellings (a folder and a file in it) is read once."""
    try:
        status = path.stat()
    except (OSError, ValueError):
        return str(path)
    return (status.st_dev, status.st_ino)


def gather(sources: Sequence[Path], skip: Collection[Path] = ()) -> list[Path]:
    """The files to review, in the order given; `skip` are this run's own outputs,
    passed over when a folder holds them (a second run must not review the table)."""
    skipped = {_key(path) for path in skip}
    files: list[Path] = []
    seen: set[tuple[int, int] | str] = set()
    for source in sources:
        if is_folder(source):
            candidates = [path for path in _walk(source) if _key(path) not in skipped]
        elif os.path.lexists(source):
            candidates = [source]
        else:
            raise UsageError(
                f"找不到 {source}：没有这个文件或文件夹。",
                hint="请给出收到的报告所在的文件夹，或报告文件本身；路径中有空格时加英文双引号。",
            )
        for path in candidates:
            key = _key(path)
            if key not in seen:
                seen.add(key)
                files.append(path)
    if not files:
        raise ReportgenError(
            f"{'、'.join(str(s) for s in sources)} 中没有文件。",
            hint="请把收到的报告（.docx、.txt 或 .json）放进这个文件夹后再审查。",
        )
    return files


def relative_names(paths: Sequence[Path]) -> list[str]:
    """Each file as the office knows it: its path below the folder all of them are in."""
    try:
        base = Path(os.path.commonpath([str(p.parent) for p in paths])) if paths else Path()
    except ValueError:  # Windows: files on different drives
        return [str(p) for p in paths]
    return [str(p.relative_to(base)) if p.is_relative_to(base) else str(p) for p in paths]
