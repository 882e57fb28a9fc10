"""`validate 2023` before and after a change, side by side with its floor.

    uv run python bench/validate_time.py [--before REF] [--runs N]

The source at REF (default: the commit this branch started from, 7741362) is exported to a
temporary folder and run with PYTHONPATH pointing at it; the working tree's source is run
as installed. Each run is a fresh process; the three commands alternate so that a slow
spell of the machine falls on all alike. The floor is bench.py's: a process that imports
typer and rich.console and validates data/2023.json with the Report model (issue 19's).
Medians of wall time and of CPU time (user + system, which load moves far less), each
beside the floor's, with bytecode caches on as users have them.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import ROOT, VALIDATE_FLOOR, run_usage, source_at, with_bytecode_caches

PY = sys.executable
FLOOR = VALIDATE_FLOOR


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", default="7741362")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="reportgen-validate-"))
    shutil.copytree(ROOT / "data", work / "data")
    now_env = with_bytecode_caches()
    before_env = {**now_env, "PYTHONPATH": str(source_at(args.before, work))}
    validate = [PY, "-m", "reportgen", "validate", "2023", "-q"]
    where = subprocess.run(
        [PY, "-c", "import reportgen; print(reportgen.__file__)"],
        env=before_env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert where.startswith(str(work)), where

    commands = {
        f"validate 2023 at {args.before}": (validate, before_env),
        "validate 2023 now": (validate, now_env),
        "floor": ([PY, "-c", FLOOR], now_env),
    }
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, float] = dict.fromkeys(commands, 0.0)
    for argv, env in commands.values():
        run_usage(argv, work, env)  # warm the page cache and write bytecode caches
    for _ in range(args.runs):
        for name, (argv, env) in commands.items():
            elapsed, cpu, peak = run_usage(argv, work, env)
            walls[name].append(elapsed)
            cpus[name].append(cpu)
            peaks[name] = max(peaks[name], peak)
    floor_wall, floor_cpu = statistics.median(walls["floor"]), statistics.median(cpus["floor"])
    print(
        f"{platform.machine()} · {os.cpu_count()} cores · Python {platform.python_version()}"
        f" · median of {args.runs} runs · {time.strftime('%Y-%m-%d %H:%M')}"
        f" · load average {os.getloadavg()[0]:.1f}"
    )
    print(f"{'command':<30}{'wall':>8}{'ratio':>7}{'CPU':>8}{'ratio':>7}{'peak RSS':>11}")
    for name in commands:
        wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        print(
            f"{name:<30}{wall * 1000:>6.0f}ms{wall / floor_wall:>7.2f}"
            f"{cpu * 1000:>6.0f}ms{cpu / floor_cpu:>7.2f}{peaks[name]:>8.1f}MiB"
        )
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
