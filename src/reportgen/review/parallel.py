"""Checking many files on all the machine's cores.

Each worker is a fresh process (the spawn start method, the same on Linux, Windows and
macOS, and safe beside the progress bar's thread) that loads the importer and the rules
once and then checks one file after another. Results come back as plain facts and are
returned in the order of the files. Ctrl-C (or SIGTERM, see signals.py) in the main
process cancels what has not started; the workers ignore SIGINT and finish the file in
hand (well under a second), so nothing is left running.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ..errors import internal_error_message
from .facts import Reviewed

Progress = Callable[[Path], None]


def available_cores() -> int:
    """The cores this process may run on (its affinity, where the system has one)."""
    counted = getattr(os, "process_cpu_count", None)  # Python 3.13
    if counted is not None:
        return int(counted() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def check_all(
    files: Sequence[Path], progress: Progress = lambda path: None, workers: int | None = None
) -> list[Reviewed]:
    """Every file checked, in the order given; `progress` is called as each is done."""
    workers = min(workers or available_cores(), len(files))
    if workers <= 1:
        return _in_process(files, progress)
    return _in_workers(files, progress, workers)


def _in_process(files: Sequence[Path], progress: Progress) -> list[Reviewed]:
    from .check import check_file

    results = []
    for path in files:
        results.append(check_file(path))
        progress(path)
    return results


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _in_workers(files: Sequence[Path], progress: Progress, workers: int) -> list[Reviewed]:
    from .check import check_file

    done: dict[int, Reviewed] = {}
    pool = ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"), initializer=_ignore_interrupts
    )
    try:
        futures: dict[Future[Reviewed], int] = {
            pool.submit(check_file, path): index for index, path in enumerate(files)
        }
        try:
            for future in as_completed(futures):
                index = futures[future]
                done[index] = future.result()
                progress(files[index])
        except BrokenProcessPool as broken:  # a worker died (killed, out of memory)
            message, hint = internal_error_message(broken)
            for index, path in enumerate(files):
                if index not in done:
                    done[index] = Reviewed(
                        path,
                        path.suffix.lower().lstrip("."),
                        unreadable=message,
                        hint=hint,
                        fault=True,
                    )
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return [done[index] for index in range(len(files))]
