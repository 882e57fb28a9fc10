"""PDF builds timed side by side with LibreOffice's own speed.

    env -u PYTHONDONTWRITEBYTECODE uv run python bench/bench_pdf.py [--runs N] [--batch N]

Two rows, each alternating runs of reportgen with runs of its floor (whole processes,
medians, after one warm-up run of each):

- `build 2023 -f pdf` against `build 2023` (the .docx) followed by one
  `soffice --convert-to pdf` of that .docx with a warm profile;
- `build --all -f pdf` over `--batch` reports (default 11) against `build --all` followed
  by one `soffice --convert-to pdf` over all the .docx files.

The targets (issue 14): at most 1.15× and 1.3×. reportgen's LibreOffice profile lives in
a cache folder of the bench's own (XDG_CACHE_HOME), warmed by the warm-up run, as a
clerk's is after the first PDF.
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import PY, ROOT, generated_reports, measure_pair


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--batch", type=int, default=11)
    args = parser.parse_args()
    soffice = shutil.which("soffice") or sys.exit("LibreOffice (soffice) is not installed")
    work = Path(tempfile.mkdtemp(prefix="reportgen-bench-pdf-"))
    shutil.copytree(ROOT / "data", work / "data")
    shutil.copytree(ROOT / "templates", work / "templates")
    os.environ["XDG_CACHE_HOME"] = str(work / "cache")
    floor_profile = (work / "floor-profile").as_uri()
    reportgen = f"{shlex.quote(PY)} -m reportgen"
    convert = (
        f"{shlex.quote(soffice)} -env:UserInstallation={floor_profile} --headless "
        "--convert-to pdf --outdir floor-pdf"
    )
    version = subprocess.run([soffice, "--version"], capture_output=True, text=True).stdout
    print(
        f"{platform.machine()} · {os.cpu_count()} cores · Python {platform.python_version()}"
        f" · {version.split(' (')[0].strip()} · median of {args.runs} runs · {time.strftime('%Y-%m-%d')}"
    )
    print(f"{'command':<32}{'reportgen':>11}{'floor':>11}{'ratio':>8}{'target':>8}{'peak RSS':>11}")

    def row(name: str, argv: list[str], floor_script: str, target: float) -> None:
        own, peak, floor = measure_pair(argv, ["sh", "-c", floor_script], work, args.runs)
        verdict = "met" if own / floor <= target else "NOT MET"
        print(
            f"{name:<32}{own * 1000:>9.0f}ms{floor * 1000:>9.0f}ms{own / floor:>8.2f}"
            f"{target:>7.2f}×{peak:>8.1f}MiB  {verdict}"
        )

    row(
        "build 2023 -f pdf",
        [PY, "-m", "reportgen", "build", "2023", "-f", "pdf", "-q"],
        f"{reportgen} build 2023 -q -o floor.docx && {convert} floor.docx",
        1.15,
    )
    generated_reports(work, args.batch)
    row(
        f"build --all -f pdf ({args.batch} reports)",
        [PY, "-m", "reportgen", "build", "--all", "-f", "pdf", "-q"],
        f"{reportgen} build --all -q && {convert} out/*.docx",
        1.3,
    )
    print("floors: the .docx build, then one soffice --convert-to pdf (warm profile) of its output")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
