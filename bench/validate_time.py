"""`validate 2023` before and after a change, side by side with its floor.

    uv run python bench/validate_time.py [--before REF] [--runs N]

The source at REF (default: the commit this branch started from, 7741362) is exported to a
temporary folder and run with PYTHONPATH pointing at it; the working tree's source is run
as installed. Each run is a fresh process; the three commands alternate so that a slow
spell of the machine falls on all alike. The floor is bench.py's: a process that imports
typer and rich.console and validates data/2023.json with the Report model (issue 19's).
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

from bench import ROOT, VALIDATE_FLOOR, run_once, source_at

PY = sys.executable
FLOOR = VALIDATE_FLOOR


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", default="7741362")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="reportgen-validate-"))
    shutil.copytree(ROOT / "data", work / "data")
    before_env = {**os.environ, "PYTHONPATH": str(source_at(args.before, work))}
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
        "validate 2023 now": (validate, dict(os.environ)),
        "floor": ([PY, "-c", FLOOR], dict(os.environ)),
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, float] = dict.fromkeys(commands, 0.0)
    for argv, env in commands.values():
        run_once(argv, work, env)  # warm the page cache
    for _ in range(args.runs):
        for name, (argv, env) in commands.items():
            elapsed, peak = run_once(argv, work, env)
            times[name].append(elapsed)
            peaks[name] = max(peaks[name], peak)
    floor = statistics.median(times["floor"])
    print(
        f"{platform.machine()} · {os.cpu_count()} cores · Python {platform.python_version()}"
        f" · median of {args.runs} runs · {time.strftime('%Y-%m-%d')}"
    )
    print(f"{'command':<30}{'median':>9}{'vs floor':>10}{'peak RSS':>11}")
    for name in commands:
        median = statistics.median(times[name])
        print(f"{name:<30}{median * 1000:>7.0f}ms{median / floor:>10.2f}{peaks[name]:>8.1f}MiB")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
