"""Small inputs that once took minutes, timed as whole processes beside their floor.

    uv run python bench/hostile_inputs.py [--runs N] [--before REF] [--limit S]

Each case is one command on one small hostile input: a run of 30,000 digits in the text
(validate, build in four formats, import of the built .docx), 15,000 “（” then 15,000 “》”
(validate as text and as JSON), 60,000 spaces, a paragraph of 33,000 clauses (3,000 of
them one clause pasted again and again), a Word draft with 3,000 safe fixes and 3,000
lone “（” (validate --annotate: as many tracked changes and comments), a .txt line of
40,000 digits (import, then validate), a 20,000-character title (build). The floor is the same command on the
ordinary 2023 report. Medians of `--runs` fresh processes, the case and its floor
alternating. With `--before REF` the source at REF runs the cases too (once, cut off
after `--limit` seconds): the before of a change. Run with PYTHONDONTWRITEBYTECODE unset.
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

from bench import source_at

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
BUILD = ["-f", "docx", "-f", "html", "-f", "md", "-f", "txt", "--draft"]


def _write(folder: Path) -> None:
    """The hostile inputs, and the ordinary report as the floor's input."""
    base = json.loads((ROOT / "data" / "2023.json").read_text(encoding="utf-8"))
    opening = base["opening"][0]

    def report(name: str, **changes: object) -> None:
        text = json.dumps({**base, **changes}, ensure_ascii=False)
        (folder / name).write_text(text, encoding="utf-8")

    report("plain.json")
    report("digits.json", opening=[opening + "1" * 30_000])
    report("brackets.json", opening=[opening + "（" * 15_000 + "》" * 15_000])
    report("spaces.json", opening=[opening + " " * 60_000 + "完"])
    report("clauses.json", opening=[opening + "开展普法宣传12场次，" * 3_000 + "甲，" * 30_000])
    report("marks.json", opening=[opening + "法制宣传，" * 3_000 + "（" * 3_000])
    report("title.json", title="关于2023年" + "法治政府建设" * 3_333 + "情况的报告")
    lines = (ROOT / "tests" / "fixtures" / "baishan-2023-original.txt").read_text("utf-8")
    split = lines.split("\n")
    (folder / "plain.txt").write_text(lines, encoding="utf-8")
    (folder / "digits.txt").write_text("\n".join([*split[:8], "2" * 40_000, *split[8:]]), "utf-8")
    for stem in ("plain", "digits", "marks"):  # a .docx with the run, made by build
        _run(
            [PY, "-m", "reportgen", "build", "--data", f"{stem}.json", "-o", f"{stem}.docx"]
            + ["--draft"] * (stem == "marks"),
            folder,
        )


CASES: list[tuple[str, list[str], list[str]]] = [
    # (name, the hostile command, its floor)
    ("30,000 digits: validate", ["validate", "digits.json"], ["validate", "plain.json"]),
    ("30,000 digits: build ×4", ["build", "--data", "digits.json", "-o", "d", *BUILD],
     ["build", "--data", "plain.json", "-o", "p", *BUILD]),
    ("30,000 digits: import .docx", ["import", "digits.docx", "-o", "d.json", "--force"],
     ["import", "plain.docx", "-o", "p.json", "--force"]),
    ("（×15,000 》×15,000: validate", ["validate", "brackets.json"], ["validate", "plain.json"]),
    ("（×15,000 》×15,000: validate --format json",
     ["validate", "brackets.json", "--format", "json"], ["validate", "plain.json", "--format", "json"]),
    ("60,000 spaces: validate", ["validate", "spaces.json"], ["validate", "plain.json"]),
    ("60,000 spaces: build ×4", ["build", "--data", "spaces.json", "-o", "s", *BUILD],
     ["build", "--data", "plain.json", "-o", "p", *BUILD]),
    ("33,000 clauses: validate", ["validate", "clauses.json"], ["validate", "plain.json"]),
    ("3,000 fixes, 3,000 “（”: validate --annotate",
     ["validate", "marks.docx", "--annotate", "-o", "m.docx"],
     ["validate", "plain.docx", "--annotate", "-o", "p.docx"]),
    (".txt line of 40,000 digits: import", ["import", "digits.txt", "-o", "t.json", "--force"],
     ["import", "plain.txt", "-o", "p.json", "--force"]),
    ("20,000-character title: validate", ["validate", "title.json"], ["validate", "plain.json"]),
    ("20,000-character title: build ×4", ["build", "--data", "title.json", "-o", "t", *BUILD],
     ["build", "--data", "plain.json", "-o", "p", *BUILD]),
]  # fmt: skip


def _run(
    argv: list[str], cwd: Path, env: dict[str, str] | None = None, limit: float = 600
) -> float:
    """Wall seconds of one process; exit 0 or 1 (findings) is a result, anything else not."""
    start = time.perf_counter()
    try:
        done = subprocess.run(
            argv, cwd=cwd, env=env, capture_output=True, stdin=subprocess.DEVNULL, timeout=limit
        )
    except subprocess.TimeoutExpired:
        return float("inf")
    if done.returncode not in (0, 1):
        raise SystemExit(f"failed ({done.returncode}): {' '.join(argv)}\n{done.stderr.decode()}")
    return time.perf_counter() - start


def _before(ref: str, work: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(source_at(ref, work / "before"))}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", help="a git ref whose source also runs each case once")
    parser.add_argument("--limit", type=float, default=120, help="seconds for a before run")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="reportgen-hostile-"))
    try:
        (work / "before").mkdir()
        _write(work)
        before_env = _before(args.before, work) if args.before else None
        print(
            f"{'case':<44}{'median':>9}{'floor':>9}{'ratio':>7}" + ("  before" * bool(before_env))
        )
        for name, argv, floor_argv in CASES:
            own, floor = [], []
            for _ in range(args.runs):
                own.append(_run([PY, "-m", "reportgen", *argv], work))
                floor.append(_run([PY, "-m", "reportgen", *floor_argv], work))
            mine, base = statistics.median(own), statistics.median(floor)
            line = f"{name:<44}{mine:>8.2f}s{base:>8.2f}s{mine / base:>7.1f}"
            if before_env is not None:
                then = _run([PY, "-m", "reportgen", *argv], work, before_env, args.limit)
                line += f"  {then:.1f}s" if then != float("inf") else f"  >{args.limit:.0f}s"
            print(line, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
