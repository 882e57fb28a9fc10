"""What the proofreader's rules cost, before and after a change: CPU time, not wall time.

    env -u PYTHONDONTWRITEBYTECODE uv run python bench/lexicon_cost.py [--before REF] [--runs N]

On a machine shared by several sessions wall time moves with the load; the CPU time a
process spends (user + system, from wait4) moves far less. Three figures, each for the
source at REF (exported to a temporary folder and run with PYTHONPATH pointing at it) and
for the working tree, alternating run by run with the floor (bench.py's: a process that
imports typer and rich.console and validates data/2023.json with the Report model):

- warm: `validate 2023` in a fresh process, everything in the page cache;
- cold: the same with lexicon.bin evicted from the page cache first (posix_fadvise), as
  after a reboot: the pages a search touches are read from disk;
- in process: the rules alone on the 2023 report on their first call in a fresh process
  (the tables read, the segmenter built), and warm, a report each, over the reports of
  tests/fixtures/corpus and tests/fixtures/proofread (imported once) after that first call.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import ROOT, VALIDATE_FLOOR, source_at

PY = sys.executable
FLOOR = VALIDATE_FLOOR
IN_PROCESS = """
import json, sys, time
from pathlib import Path
from reportgen.model import Report
from reportgen.rules import check
def load(path):
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    data.pop("$schema", None)
    return Report.model_validate(data, strict=False)
first = load(sys.argv[1])
others = [load(p) for p in sys.argv[2:]]
start = time.process_time()
check(first)
first_call = time.process_time() - start
start = time.process_time()
for report in others:
    check(report)
print(json.dumps([first_call, (time.process_time() - start) / max(1, len(others))]))
"""


def cpu_run(
    argv: list[str], cwd: Path, env: dict[str, str], evict: Path | None = None
) -> tuple[float, float]:
    """CPU seconds (user + system) and wall seconds of one run of `argv`."""
    if evict is not None:
        descriptor = os.open(evict, os.O_RDONLY)
        try:
            os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(descriptor)
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(argv)}")
    return usage.ru_utime + usage.ru_stime, time.perf_counter() - start


def imported_reports(work: Path) -> list[Path]:
    """The fixtures' texts imported to JSON with the working tree's importer."""
    texts = sorted((ROOT / "tests/fixtures/corpus").glob("*.txt"))
    texts += sorted((ROOT / "tests/fixtures/proofread").glob("*.txt"))
    found = []
    for text in texts:
        target = work / f"{text.stem}.json"
        subprocess.run(
            [PY, "-m", "reportgen", "import", str(text), "-o", str(target), "--force"],
            check=True,
            capture_output=True,
        )
        found.append(target)
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", default="main")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="reportgen-cost-"))
    shutil.copytree(ROOT / "data", work / "data")
    before = source_at(args.before, work)
    envs = {
        f"at {args.before}": {**os.environ, "PYTHONPATH": str(before)},
        "now": dict(os.environ),
    }
    files = {
        f"at {args.before}": before / "reportgen/lexicon/lexicon.bin",
        "now": ROOT / "src/reportgen/lexicon/lexicon.bin",
    }
    validate = [PY, "-m", "reportgen", "validate", "2023", "-q"]
    reports = imported_reports(work)
    times: dict[str, list[tuple[float, float]]] = {}
    for env in envs.values():  # warm-up: bytecode written, pages read
        cpu_run(validate, work, env)
    for _ in range(args.runs):
        times.setdefault("floor", []).append(cpu_run([PY, "-c", FLOOR], work, dict(os.environ)))
        for name, env in envs.items():
            times.setdefault(f"validate 2023 {name}, warm", []).append(cpu_run(validate, work, env))
            times.setdefault(f"validate 2023 {name}, cold", []).append(
                cpu_run(validate, work, env, evict=files[name])
            )
    rules: dict[str, list[tuple[float, float]]] = {name: [] for name in envs}
    for _ in range(max(3, args.runs // 3)):
        for name, env in envs.items():
            output = subprocess.run(
                [PY, "-c", IN_PROCESS, str(work / "data/2023.json"), *map(str, reports)],
                cwd=work,
                env=env,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            rules[name].append(tuple(json.loads(output)))
    floor = statistics.median(cpu for cpu, _ in times["floor"])
    load = os.getloadavg()[0]
    print(f"medians of {args.runs} alternating runs; load average {load:.1f}")
    print(f"{'command':<38}{'CPU':>9}{'vs floor':>10}{'wall':>9}")
    for name, values in times.items():
        cpu = statistics.median(c for c, _ in values)
        wall = statistics.median(w for _, w in values)
        print(f"{name:<38}{cpu * 1000:>7.0f}ms{cpu / floor:>10.2f}{wall * 1000:>7.0f}ms")
    print(f"rules in process ({len(reports)} other reports), minimum of {len(rules['now'])} runs:")
    for name, pairs in rules.items():
        first = min(p[0] for p in pairs) * 1000
        warm = min(p[1] for p in pairs) * 1000
        print(f"  {name:<20} first call {first:6.1f} ms · warm {warm:5.1f} ms a report")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
