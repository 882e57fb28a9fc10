"""Whole-process timings of reportgen, side by side with their floors.

Run: uv run python bench/bench.py [--runs N]

Each command runs N times in a fresh process (after one warm-up run); the median
wall time is reported, with the ratio to its floor: the time Python takes just to
import the libraries that command needs. Peak memory is the child's max RSS.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def measure(argv: list[str], cwd: Path, runs: int) -> tuple[float, float]:
    """Median wall seconds and the largest max-RSS (MiB) over `runs` runs."""
    subprocess.run(argv, cwd=cwd, check=True, capture_output=True)  # warm the page cache
    times, peaks = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        subprocess.run(argv, cwd=cwd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
        peaks.append(max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
    return statistics.median(times), max(peaks) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="reportgen-bench-"))
    shutil.copytree(ROOT / "data", work / "data")
    shutil.copytree(ROOT / "templates", work / "templates")

    rows = [
        (
            "build 2023",
            [PY, "-m", "reportgen", "build", "2023"],
            "import typer, pydantic, docx, rich.console",
        ),
        (
            "validate 2023",
            [PY, "-m", "reportgen", "validate", "2023"],
            "import typer, pydantic, rich.console",
        ),
    ]
    print(f"{platform.node()} · {platform.processor() or platform.machine()} · "
          f"{os.cpu_count()} cores · Python {platform.python_version()} · "
          f"median of {args.runs} runs")
    print(f"{'command':<16}{'reportgen':>11}{'floor':>9}{'ratio':>8}{'peak RSS':>11}")
    for name, argv, floor_imports in rows:
        own, peak = measure(argv, work, args.runs)
        floor, _ = measure([PY, "-c", floor_imports], work, args.runs)
        print(f"{name:<16}{own * 1000:>9.0f}ms{floor * 1000:>7.0f}ms{own / floor:>8.2f}"
              f"{peak:>8.1f}MiB")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
