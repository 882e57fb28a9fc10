"""Whole-process timing of `reportgen review` over a folder of .docx reports, beside
`import` + `validate` run one by one on the same reports.

    env -u PYTHONDONTWRITEBYTECODE uv run --group test python bench/review_bench.py [--reports N] [--runs N] [--sample N]

- review: `python -m reportgen review FOLDER --json` over N (default 200) .docx reports of
  townships, streets and departments (tests/review_corpus.py writes them), timed by
  /usr/bin/time -v; median of --runs runs (default 5) after a warm-up. Peak memory three
  ways: /usr/bin/time's maximum resident set size (the main process only: the workers
  are children of multiprocessing's fork server, which the main process does not wait
  for), and, sampled every 20 ms from /proc (Linux), the largest single process of the
  tree and the sum over the whole tree (what the machine must have free).
- floor: `reportgen import X.docx -o x.json` then `reportgen validate x.json`, each a
  process, on --sample reports (default 10), alternating with the review runs; per
  report, median.

The machine is shared: the load average is printed beside each figure.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
PY = sys.executable
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _tree_rss(root: int) -> tuple[int, int]:
    """KiB resident in `root` and all its descendants together, and in the largest of
    them, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            status = Path(entry.path, "status").read_text()
        except OSError:
            continue
        ppid = re.search(r"^PPid:\s+(\d+)", status, re.M)
        resident = re.search(r"^VmRSS:\s+(\d+)", status, re.M)
        if ppid:
            parents[int(entry.name)] = int(ppid[1])
        rss[int(entry.name)] = int(resident[1]) if resident else 0
    total = largest = 0
    for pid in rss:
        walk = pid
        while walk and walk != root:
            walk = parents.get(walk, 0)
        if walk == root:
            total += rss[pid]
            largest = max(largest, rss[pid])
    return total, largest


def timed(
    argv: list[str], cwd: Path, expect: tuple[int, ...] = (0,)
) -> tuple[float, float, float, float]:
    """Wall seconds; peak RSS (MiB) by /usr/bin/time (the main process: the workers are the
    fork server's children, which it does not wait for), of the largest process of the
    tree and of the whole tree (both sampled)."""
    process = subprocess.Popen(
        ["/usr/bin/time", "-v", *argv],
        cwd=cwd,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak = largest = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, largest
        while not done.is_set():
            total, one = _tree_rss(process.pid)
            peak, largest = max(peak, total), max(largest, one)
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, stderr = process.communicate()
    done.set()
    sampler.join()
    if process.returncode not in expect:
        raise SystemExit(f"exit {process.returncode}: {argv}\n{stderr}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)", stderr)
    main = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    assert wall and main, stderr
    seconds = sum(float(part) * 60**i for i, part in enumerate(reversed(wall[1].split(":"))))
    return seconds, int(main[1]) / 1024, largest / 1024, peak / 1024


def write_reports(folder: Path, count: int) -> list[Path]:
    from review_corpus import many, write_report

    template = (ROOT / "templates" / "report.docx").read_bytes()
    folder.mkdir()
    paths = []
    for name, data in many(count):
        path = folder / name
        path.write_bytes(write_report(data, "docx", template))
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sample", type=int, default=10)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="reportgen-review-bench-"))
    try:
        paths = write_reports(work / "received", args.reports)
        review = [PY, "-m", "reportgen", "review", "received", "--json"]
        timed(review, work)  # warm-up: bytecode caches, the page cache
        runs: list[tuple[float, float, float, float]] = []
        floors: list[float] = []
        loads: list[float] = []
        for run in range(args.runs):
            loads.append(os.getloadavg()[0])
            runs.append(timed(review, work))
            for path in paths[run * args.sample % len(paths) :][: args.sample]:
                data = work / "one.json"
                imported = timed(
                    [PY, "-m", "reportgen", "import", str(path), "-o", str(data), "--force", "-q"],
                    work,
                )[0]
                checked = timed([PY, "-m", "reportgen", "validate", str(data), "-q"], work, (0, 1))[
                    0
                ]
                floors.append(imported + checked)
            loads.append(os.getloadavg()[0])
        wall = statistics.median(r[0] for r in runs)
        per_report = wall / args.reports
        floor = statistics.median(floors)
        print(
            f"{platform.machine()} · {os.cpu_count()} cores · Python {platform.python_version()}"
            f" · {args.reports} reports · median of {args.runs} runs · {time.strftime('%Y-%m-%d')}"
        )
        print(
            f"review, whole process      {wall:7.2f} s   ({', '.join(f'{r[0]:.2f}' for r in runs)})"
        )
        print(f"review, per report         {per_report * 1000:7.1f} ms  (target ≤ 100 ms)")
        print(
            f"import + validate, one by one, per report {floor * 1000:7.0f} ms"
            f"  (median of {len(floors)}; {floor / per_report:.0f}× the review's)"
        )
        print(f"peak RSS, main process     {max(r[1] for r in runs):7.1f} MiB (/usr/bin/time -v)")
        print(f"peak RSS, largest process  {max(r[2] for r in runs):7.1f} MiB (sampled from /proc)")
        print(
            f"peak RSS, process tree     {max(r[3] for r in runs):7.1f} MiB (sampled from /proc; target < 300)"
        )
        print(
            f"load average (1 min) during the runs: {min(loads):.1f}–{max(loads):.1f}, median {statistics.median(loads):.1f}"
        )
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
