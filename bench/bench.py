"""Whole-process timings of reportgen, side by side with their floors.

    env -u PYTHONDONTWRITEBYTECODE uv run python bench/bench.py [--runs N] [--batch N]

The floor is issue 19's: a process that imports typer and rich (and python-docx for
`build`) and validates data/2023.json with the Report model, what any command-line
tool on this stack that reads the report must do; reportgen on top of it proofreads
with its rules and, for `build`, writes the .docx. Each command runs N times in a fresh
process after one warm-up run (bytecode caches on, pages cached), alternating run by
run with its floor so that a slow spell of a shared machine falls on both alike. The
table gives the median wall time and the median CPU time (user + system, which load
moves far less) of each, their ratios, and the largest peak RSS of reportgen's runs.

Then `validate` over `--batch` generated reports in one process (the time a report),
and a batch build beside one `pandoc` run per report on the same content (Markdown →
.docx), when pandoc is installed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
# The `reportgen` command as the README runs it (`uv run reportgen …` runs this script).
REPORTGEN = str(Path(PY).with_name("reportgen"))

# Issue 19's floor. `import rich.console`: what printing with rich needs (`import rich`
# alone loads next to nothing); the model is reportgen's own, validated from JSON text
# as `validate` reads a data file.
FLOOR = """\
from dataclasses import dataclass
from pathlib import Path
import typer, rich.console{docx}
from reportgen.model import Report
Report.model_validate_json(Path("data/2023.json").read_text(encoding="utf-8"))
"""
VALIDATE_FLOOR = FLOOR.format(docx="")
BUILD_FLOOR = FLOOR.format(docx="\nimport docx")


def source_at(ref: str, folder: Path) -> Path:
    """The project's src/ as it was at `ref`, extracted into `folder`: the before of a
    change, run with PYTHONPATH set to the path returned."""
    folder.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(
        ["git", "archive", ref, "src"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder / "src"


def with_bytecode_caches() -> dict[str, str]:
    """This environment without PYTHONDONTWRITEBYTECODE: users have bytecode caches."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_usage(
    argv: list[str], cwd: Path, env: dict[str, str] | None = None, codes: tuple[int, ...] = (0,)
) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MiB) of one run of `argv`."""
    start = time.perf_counter()
    process = subprocess.Popen(
        argv,
        cwd=cwd,
        env=with_bytecode_caches() if env is None else env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in codes:
        raise SystemExit(
            f"failed: {' '.join(argv)}\n{process.stderr.read().decode() if process.stderr else ''}"
        )
    if process.stderr:
        process.stderr.close()
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def run_once(argv: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one run of `argv`."""
    elapsed, _, peak = run_usage(argv, cwd, env)
    return elapsed, peak


def measure(argv: list[str], cwd: Path, runs: int) -> tuple[float, float]:
    run_once(argv, cwd)  # warm the page cache
    results = [run_once(argv, cwd) for _ in range(runs)]
    return statistics.median(t for t, _ in results), max(m for _, m in results)


@dataclass
class Pair:
    """Medians of a command and of its floor, from alternating runs."""

    wall: float
    cpu: float
    floor_wall: float
    floor_cpu: float
    peak: float


def measure_pair(argv: list[str], floor_argv: list[str], cwd: Path, runs: int) -> Pair:
    """The runs alternate so that a slower or faster spell of the machine falls on both."""
    run_usage(argv, cwd)
    run_usage(floor_argv, cwd)
    own, floor = [], []
    for _ in range(runs):
        own.append(run_usage(argv, cwd))
        floor.append(run_usage(floor_argv, cwd))
    return Pair(
        wall=statistics.median(w for w, _, _ in own),
        cpu=statistics.median(c for _, c, _ in own),
        floor_wall=statistics.median(w for w, _, _ in floor),
        floor_cpu=statistics.median(c for _, c, _ in floor),
        peak=max(p for _, _, p in own),
    )


def generated_reports(folder: Path, count: int) -> None:
    """`count` townships' reports: the 2023 report under other names."""
    base = json.loads((ROOT / "data" / "2023.json").read_text(encoding="utf-8"))
    base.pop("$schema", None)
    data = folder / "data"
    shutil.rmtree(data)
    data.mkdir()
    for n in range(count):
        town = f"样本{n:03d}镇"
        text = json.dumps(base, ensure_ascii=False).replace("柏山镇", town)
        (data / f"{n:03d}.json").write_text(text, encoding="utf-8")


def batch_validation(work: Path, count: int, runs: int) -> None:
    """`validate` over `count` reports in one process: CPU time a report, all included,
    and beyond the first (the tables read, the indexes built once)."""
    generated_reports(work, count)
    validate = [REPORTGEN, "validate", "-q"]
    one = [REPORTGEN, "validate", "data/000.json", "-q"]
    run_usage(validate, work, codes=(0, 1))
    alls, ones = [], []
    for _ in range(runs):
        alls.append(run_usage(validate, work, codes=(0, 1))[1])
        ones.append(run_usage(one, work, codes=(0, 1))[1])
    total, single = statistics.median(alls), statistics.median(ones)
    print(
        f"{'validate, per report':<24}{total / count * 1000:>9.1f}ms CPU"
        f"  ({count} reports in one process: {total:.2f} s;"
        f" each after the first {(total - single) / (count - 1) * 1000:.1f} ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="reportgen-bench-"))
    shutil.copytree(ROOT / "data", work / "data")
    shutil.copytree(ROOT / "templates", work / "templates")
    pandoc = shutil.which("pandoc")

    print(
        f"{platform.machine()} · {os.cpu_count()} cores · Python {platform.python_version()}"
        f" · median of {args.runs} alternating runs · {time.strftime('%Y-%m-%d %H:%M')}"
        f" · load average {os.getloadavg()[0]:.1f}"
    )
    print(
        f"{'command':<24}{'wall':>8}{'floor':>8}{'ratio':>7}"
        f"{'CPU':>9}{'floor':>8}{'ratio':>7}{'peak RSS':>11}"
    )

    def row(name: str, argv: list[str], floor_script: str) -> None:
        pair = measure_pair(argv, [PY, "-c", floor_script], work, args.runs)
        print(
            f"{name:<24}{pair.wall * 1000:>6.0f}ms{pair.floor_wall * 1000:>6.0f}ms"
            f"{pair.wall / pair.floor_wall:>7.2f}{pair.cpu * 1000:>7.0f}ms"
            f"{pair.floor_cpu * 1000:>6.0f}ms{pair.cpu / pair.floor_cpu:>7.2f}{pair.peak:>8.1f}MiB"
        )

    row("validate 2023", [REPORTGEN, "validate", "2023", "-q"], VALIDATE_FLOOR)
    row("build 2023", [REPORTGEN, "build", "2023", "-q"], BUILD_FLOOR)
    print(
        "floor: a process that imports typer and rich.console (and docx for build) and"
        " validates data/2023.json with the Report model"
    )
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    if args.batch:
        batch_validation(work, args.batch, max(3, args.runs // 4))
    if args.batch:
        batch_build(work, args.batch, max(3, args.runs // 4), pandoc)
    shutil.rmtree(work)


def batch_build(work: Path, count: int, runs: int, pandoc: str | None) -> None:
    """One `build --all` over `count` reports, a report's share beside one pandoc run
    per report on the same content (when pandoc is installed)."""
    generated_reports(work, count)
    own, peak = measure([REPORTGEN, "build", "--all", "-q"], work, runs)
    if pandoc is None:
        print(
            f"{'build --all, per report':<24}{own / count * 1000:>6.1f}ms wall, peak {peak:.1f}MiB"
            f" ({count} reports in {own:.2f} s, one process; pandoc not installed)"
        )
        return
    markdown = work / "one.md"
    subprocess.run(
        [PY, "-m", "reportgen", "build", "data/000.json", "-f", "md", "-o", str(markdown), "-q"],
        cwd=work,
        check=True,
    )
    script = f'for i in $(seq {count}); do "{pandoc}" one.md -o p$i.docx; done'
    theirs, _ = measure(["sh", "-c", script], work, runs)
    print(
        f"{'build --all, per report':<24}{own / count * 1000:>6.1f}ms wall beside pandoc"
        f" {theirs / count * 1000:.1f}ms: reportgen {theirs / own:.1f}× faster, peak {peak:.1f}MiB"
        f" ({count} reports in {own:.2f} s, one process)"
    )


if __name__ == "__main__":
    main()
