"""Whole-process timings of reportgen, side by side with their floors.

    uv run python bench/bench.py [--runs N] [--batch N]

Each command runs N times in a fresh process after one warm-up run, alternating with
its floor; the table gives
the median wall time, its ratio to the floor (Python importing just the libraries
the command needs: what no implementation on these libraries can beat), and the
largest peak RSS of the runs. The batch row builds `--batch` generated reports in one
`build --all` and compares the time per report with one `pandoc` run per report on the
same content (Markdown → .docx), when pandoc is installed.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def run_once(argv: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one run of `argv`."""
    start = time.perf_counter()
    process = subprocess.Popen(
        argv,
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(
            f"failed: {' '.join(argv)}\n{process.stderr.read().decode() if process.stderr else ''}"
        )
    return elapsed, usage.ru_maxrss / 1024


def measure(argv: list[str], cwd: Path, runs: int) -> tuple[float, float]:
    run_once(argv, cwd)  # warm the page cache
    results = [run_once(argv, cwd) for _ in range(runs)]
    return statistics.median(t for t, _ in results), max(m for _, m in results)


def measure_pair(
    argv: list[str], floor_argv: list[str], cwd: Path, runs: int
) -> tuple[float, float, float]:
    """Median of `argv`, its peak RSS, and the median of its floor, the runs alternating
    so that a slower or faster spell of the machine falls on both alike."""
    run_once(argv, cwd)
    run_once(floor_argv, cwd)
    own, floor = [], []
    for _ in range(runs):
        own.append(run_once(argv, cwd))
        floor.append(run_once(floor_argv, cwd)[0])
    return statistics.median(t for t, _ in own), max(m for _, m in own), statistics.median(floor)


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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="reportgen-bench-"))
    shutil.copytree(ROOT / "data", work / "data")
    shutil.copytree(ROOT / "templates", work / "templates")
    pandoc = shutil.which("pandoc")

    print(
        f"{platform.machine()} · {os.cpu_count()} cores · Python {platform.python_version()}"
        f" · median of {args.runs} runs · {time.strftime('%Y-%m-%d')}"
    )
    print(f"{'command':<28}{'reportgen':>11}{'floor':>11}{'ratio':>8}{'peak RSS':>11}")

    def row(name: str, argv: list[str], floor_argv: list[str], floor_name: str) -> None:
        own, peak, floor = measure_pair(argv, floor_argv, work, args.runs)
        print(
            f"{name:<28}{own * 1000:>9.0f}ms{floor * 1000:>9.0f}ms{own / floor:>8.2f}{peak:>8.1f}MiB  ({floor_name})"
        )

    row(
        "build 2023",
        [PY, "-m", "reportgen", "build", "2023", "-q"],
        [PY, "-c", "import typer, pydantic, docx, rich.console"],
        "import typer, pydantic, docx, rich.console",
    )
    row(
        "validate 2023",
        [PY, "-m", "reportgen", "validate", "2023", "-q"],
        [PY, "-c", "import typer, pydantic, rich.console"],
        "import typer, pydantic, rich.console",
    )
    # `import pydantic` loads its model machinery lazily: the first BaseModel pays for
    # it. This floor includes that, which any pydantic-based validator must pay.
    one_model = "import typer, pydantic, rich.console\nclass M(pydantic.BaseModel):\n    x: int"
    row(
        "build 2023",
        [PY, "-m", "reportgen", "build", "2023", "-q"],
        [PY, "-c", "import docx\n" + one_model],
        "the same + one pydantic model",
    )
    row(
        "validate 2023",
        [PY, "-m", "reportgen", "validate", "2023", "-q"],
        [PY, "-c", one_model],
        "the same + one pydantic model",
    )
    if pandoc:
        subprocess.run(
            [PY, "-m", "reportgen", "build", "2023", "-f", "md", "-o", "r.md", "-q"],
            cwd=work,
            check=True,
        )
        row(
            "build 2023 vs pandoc",
            [PY, "-m", "reportgen", "build", "2023", "-q"],
            [pandoc, "r.md", "-o", "pandoc.docx"],
            "pandoc r.md -o pandoc.docx",
        )

    generated_reports(work, args.batch)
    batch_runs = max(3, args.runs // 3)
    own, peak = measure([PY, "-m", "reportgen", "build", "--all", "-q"], work, batch_runs)
    per_report = own / args.batch
    line = f"{'build --all, per report':<28}{per_report * 1000:>9.1f}ms"
    if pandoc:
        markdown = work / "one.md"
        subprocess.run(
            [
                PY,
                "-m",
                "reportgen",
                "build",
                "data/000.json",
                "-f",
                "md",
                "-o",
                str(markdown),
                "-q",
            ],
            cwd=work,
            check=True,
        )
        script = f'for i in $(seq {args.batch}); do "{pandoc}" one.md -o p$i.docx; done'
        theirs, _ = measure(["sh", "-c", script], work, batch_runs)
        line += f"{theirs / args.batch * 1000:>9.1f}ms{theirs / own:>7.1f}×{peak:>8.1f}MiB  (pandoc per report; × = reportgen faster)"
    else:
        line += f"{'':>11}{'':>8}{peak:>8.1f}MiB  (pandoc not installed)"
    print(line)
    print(f"{'':<28}{args.batch} reports in {own:.2f} s, one process")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
