"""Whole-process timings of `reportgen import` on a large and on a hostile .docx.

    uv run python bench/import_bench.py [--runs N] [--paragraphs N] [--bomb-mib N] [--before]

Rows, each the median of N runs after a warm-up, alternating with its floor (Python
importing the libraries import needs), measured by /usr/bin/time -v (wall clock and
maximum resident set size):

- import of a .docx with --paragraphs paragraphs (default 20,000), a third of them with
  a bold lead in a character style, as `build` writes them;
- import of a zip bomb: the 2023 report plus an image member inflating to --bomb-mib
  MiB (default 1536) of zeros, about 2 MB on disk; refused.

--before adds one run of the previous reader (python-docx's `run.style` for every
run), in-process, for comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
FLOOR = [PY, "-c", "import typer, pydantic, docx, rich.console"]
# Users have bytecode caches: measure with them.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(argv: list[str], cwd: Path, expect: int = 0) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one run, as /usr/bin/time -v reports them."""
    result = subprocess.run(
        ["/usr/bin/time", "-v", *argv], cwd=cwd, env=ENV, capture_output=True, text=True
    )
    if result.returncode != expect:
        raise SystemExit(f"exit {result.returncode}, not {expect}: {argv}\n{result.stderr}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)", result.stderr)
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    assert wall and peak, result.stderr
    seconds = sum(float(part) * 60**i for i, part in enumerate(reversed(wall[1].split(":"))))
    return seconds, int(peak[1]) / 1024


def measure_pair(argv: list[str], cwd: Path, runs: int, expect: int) -> tuple[float, float, float]:
    """Median wall time and largest peak RSS of `argv`, and the median of the floor."""
    timed(argv, cwd, expect)
    timed(FLOOR, cwd)
    own, floor = [], []
    for _ in range(runs):
        own.append(timed(argv, cwd, expect))
        floor.append(timed(FLOOR, cwd)[0])
    return statistics.median(t for t, _ in own), max(m for _, m in own), statistics.median(floor)


def large_report(work: Path, paragraphs: int) -> Path:
    """A report of `paragraphs` body paragraphs: plain ones and 一是 points with leads."""
    data = json.loads((ROOT / "data" / "2023.json").read_text(encoding="utf-8"))
    data.pop("$schema", None)
    blocks: list[object] = []
    count = 0
    while count < paragraphs:
        blocks.append(f"柏山镇深入推进依法行政，组织法律法规学习宣传第{count}次。")
        points = [
            {"lead": f"压实责任{count + n}。", "text": "围绕经济建设、安全生产、民生保障开展工作。"}
            for n in range(4)
        ]
        blocks.append({"points": points})
        count += 5
    data["parts"][1]["sections"][0]["content"] = blocks
    source = work / "large.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = work / "large.docx"
    subprocess.run(
        [PY, "-m", "reportgen", "build", "--data", str(source), "-o", str(target), "-q"],
        cwd=work,
        env=ENV,
        check=True,
    )
    return target


def zip_bomb(work: Path, mib: int) -> Path:
    """The 2023 report with word/media/image1.png inflating to `mib` MiB of zeros."""
    subprocess.run(
        [PY, "-m", "reportgen", "build", "2023", "-o", "2023.docx", "-q"], cwd=work, check=True
    )
    bomb = work / "bomb.docx"
    with (
        zipfile.ZipFile(work / "2023.docx") as old,
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as new,
    ):
        for item in old.infolist():
            new.writestr(item, old.read(item.filename))
        with new.open("word/media/image1.png", "w", force_zip64=True) as member:
            zeros = b"\0" * (1 << 20)
            for _ in range(mib):
                member.write(zeros)
    return bomb


def before(path: Path) -> float:
    """The previous reader's time on `path`: python-docx's run.style for every run."""
    script = """
import sys, time
from docx import Document
start = time.perf_counter()
for paragraph in Document(sys.argv[1]).paragraphs:
    text = paragraph.text
    for run in paragraph.runs:
        bold = run.bold if run.bold is not None else bool(run.style and run.style.font.bold)
print(time.perf_counter() - start)
"""
    result = subprocess.run([PY, "-c", script, str(path)], env=ENV, capture_output=True, text=True)
    return float(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--paragraphs", type=int, default=20_000)
    parser.add_argument("--bomb-mib", type=int, default=1536)
    parser.add_argument("--before", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="reportgen-import-bench-"))
    shutil.copytree(ROOT / "data", work / "data")
    shutil.copytree(ROOT / "templates", work / "templates")
    large = large_report(work, args.paragraphs)
    bomb = zip_bomb(work, args.bomb_mib)

    print(
        f"{platform.machine()} · {os.cpu_count()} cores · Python {platform.python_version()}"
        f" · median of {args.runs} runs · {time.strftime('%Y-%m-%d')}"
    )
    print(f"{'command':<34}{'reportgen':>11}{'floor':>11}{'ratio':>8}{'peak RSS':>11}")
    floor_name = "import typer, pydantic, docx, rich.console"
    rows = [
        (f"import, {args.paragraphs} paragraphs", large, 0, f"{large.stat().st_size >> 10} KiB"),
        (f"import, {args.bomb_mib} MiB zip bomb", bomb, 1, f"{bomb.stat().st_size >> 10} KiB"),
    ]
    for name, source, expect, size in rows:
        argv = [PY, "-m", "reportgen", "import", str(source), "-o", "imported.json", "--force"]
        own, peak, floor = measure_pair(argv, work, args.runs, expect)
        print(
            f"{name:<34}{own * 1000:>9.0f}ms{floor * 1000:>9.0f}ms{own / floor:>8.2f}"
            f"{peak:>8.1f}MiB  ({size} on disk; floor: {floor_name})"
        )
    if args.before:
        print(f"{'previous reader, in-process':<34}{before(large) * 1000:>9.0f}ms  (one run)")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
