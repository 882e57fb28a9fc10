"""Checking many files on all the machine's cores.

Workers are fresh processes, never forks of this one (whose progress bar runs a thread,
and a fork beside a thread may deadlock). Where the system has it (Linux, macOS), a fork
server loads the importer, python-docx and the rules once and forks each worker from
itself, ready to work; elsewhere (Windows) each worker is spawned and loads them itself.
A worker checks one file after another and sends back plain facts, which are returned
in the order of the files. Ctrl-C (or SIGTERM, see signals.py) in the main
process cancels what has not started; the workers ignore SIGINT and finish the file in
hand (well under a second), so nothing is left running.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Mapping, Sequence
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
    files: Sequence[Path],
    progress: Progress = lambda path: None,
    workers: int | None = None,
    annotate_to: Mapping[Path, Path] | None = None,
) -> list[Reviewed]:
    """Every file checked, in the order given; `progress` is called as each is done;
    `annotate_to` maps a Word report to where its marked copy goes."""
    workers = min(workers or available_cores(), len(files))
    targets = [(annotate_to or {}).get(path) for path in files]
    if workers <= 1:
        return _in_process(files, targets, progress)
    return _in_workers(files, targets, progress, workers)


def _in_process(
    files: Sequence[Path], targets: Sequence[Path | None], progress: Progress
) -> list[Reviewed]:
    from .check import check_file

    results = []
    for path, target in zip(files, targets, strict=True):
        results.append(check_file(path, target))
        progress(path)
    return results


# What every worker needs, loaded once in the fork server (python-docx is imported
# lazily by the importer, so it is named here).
_PRELOAD = ["reportgen.review.check", "docx", "reportgen.render.ooxml.reading"]


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _check_in_worker(path: Path, target: Path | None) -> Reviewed:
    """check_file, imported where it runs: the main process never loads the rules."""
    from .check import check_file

    return check_file(path, target)


def _in_workers(
    files: Sequence[Path], targets: Sequence[Path | None], progress: Progress, workers: int
) -> list[Reviewed]:
    done: dict[int, Reviewed] = {}
    pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_ignore_interrupts)
    try:
        futures: dict[Future[Reviewed], int] = {
            pool.submit(_check_in_worker, path, target): index
            for index, (path, target) in enumerate(zip(files, targets, strict=True))
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
