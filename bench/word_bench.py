"""Word files whose styles chain by basedOn, before and after linear style resolution,
side by side with the floor.

    uv run python bench/word_bench.py [--before REF] [--runs N] [--before-runs N] [--only TEXT]

Inputs, made here:
- a 20 KB template: the default one plus paragraph styles each based on the one before
  (python-docx finds a style's base by scanning every style, so resolving fonts through
  the chain for every style cost the cube of its length);
- a .docx of the 2023 report's opening whose one bold lead is set in the last of 2,000
  character styles, each based on the one before;
- the 20,000-paragraph report of import_bench.py, to show the new reader (every run
  wherever it stands, hidden text out) costs no more than the old one.

The source at REF (default: main at the start of this work, 39923b1) is exported and run
with PYTHONPATH pointing at it; the working tree's source runs as installed. Each
command runs in a fresh process, the commands alternating so that a slow spell of the
machine falls on all alike; medians of --runs runs (--before-runs for the slow REF
rows), bytecode caches on, as users have them; beside them, the median peak resident
memory of each side's runs (REF → now).
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from import_bench import large_report

from bench import ROOT, run_once, source_at

PY = sys.executable
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
FLOOR = [PY, "-c", "import typer, pydantic, docx, rich.console"]
TEMPLATE_BYTES = 20 * 1024
CHARACTER_STYLES = 2000


def chained_template(work: Path) -> Path:
    """The default template with paragraph styles chained by basedOn, ~20 KB on disk."""
    with zipfile.ZipFile(ROOT / "templates" / "report.docx") as package:
        members = [(info.filename, package.read(info)) for info in package.infolist()]

    def packed(count: int) -> bytes:
        chain = "".join(
            f'<w:style w:type="paragraph" w:styleId="c{n}"><w:name w:val="链{n}"/>'
            + (f'<w:basedOn w:val="c{n - 1}"/>' if n else '<w:basedOn w:val="GongwenBody"/>')
            + "</w:style>"
            for n in range(count)
        ).encode()
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
            for name, data in members:
                if name == "word/styles.xml":
                    data = data.replace(b"</w:styles>", chain + b"</w:styles>")
                package.writestr(name, data)
        return out.getvalue()

    count = 100
    while len(packed(count)) < TEMPLATE_BYTES:
        count += 50
    path = work / "chained.docx"
    path.write_bytes(packed(count))
    print(f"chained template: {count} chained styles, {path.stat().st_size >> 10} KiB")
    return path


def chained_character_styles(work: Path) -> Path:
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE

    document = Document()
    base = None
    for n in range(CHARACTER_STYLES):
        style = document.styles.add_style(f"k{n}", WD_STYLE_TYPE.CHARACTER)
        if base is None:
            style.font.bold = True
        else:
            style.base_style = base
        base = style
    for text in (
        "柏山镇人民政府关于2023年法治政府建设情况的报告",
        "中共博爱县委、博爱县人民政府：",
    ):
        document.add_paragraph(text)
    document.add_paragraph("一、主要工作")
    point = document.add_paragraph()
    point.add_run("一是压实责任。", style=f"k{CHARACTER_STYLES - 1}")
    point.add_run("镇党委认真履职。")
    document.add_paragraph("柏山镇人民政府")
    document.add_paragraph("2024年1月28日")
    path = work / "chars.docx"
    document.save(str(path))
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", default="39923b1")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--before-runs", type=int, default=3)
    parser.add_argument("--only", default="", help="run only the rows whose name holds this")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="reportgen-word-bench-"))
    shutil.copytree(ROOT / "data", work / "data")
    shutil.copytree(ROOT / "templates", work / "templates")
    before_env = {**ENV, "PYTHONPATH": str(source_at(args.before, work / "before"))}

    template = chained_template(work)
    chars = chained_character_styles(work)
    large = large_report(work, 20_000)
    reportgen = [PY, "-m", "reportgen"]
    rows = {
        f"template check ({template.stat().st_size >> 10} KB chain)": [
            *reportgen, "template", "check", str(template)
        ],
        "build 2023 --template (chain)": [
            *reportgen, "build", "2023", "--template", str(template), "-o", "o.docx", "-q"
        ],
        f"import ({CHARACTER_STYLES} chained char styles)": [
            *reportgen, "import", str(chars), "-o", "c.json", "--force"
        ],
        "import (20,000 paragraphs)": [*reportgen, "import", str(large), "-o", "l.json", "--force"],
    }  # fmt: skip
    times: dict[str, list[float]] = {"floor": []}
    memory: dict[str, list[float]] = {}  # peak resident MiB of each run
    rows = {name: argv for name, argv in rows.items() if args.only in name}
    for name, argv in rows.items():
        run_once(argv, work, ENV)  # warm up; checks that it exits 0
        runs: dict[str, list[tuple[float, float]]] = {"before": [], "now": []}
        for n in range(max(args.runs, args.before_runs)):
            if n < args.before_runs:
                runs["before"].append(run_once(argv, work, before_env))
            if n < args.runs:
                runs["now"].append(run_once(argv, work, ENV))
            times["floor"].append(run_once(FLOOR, work, ENV)[0])
        for side, measured in runs.items():
            times[f"{name} · {side}"] = [seconds for seconds, _ in measured]
            memory[f"{name} · {side}"] = [mib for _, mib in measured]
    floor = statistics.median(times["floor"])
    print(
        f"{platform.machine()} · {os.cpu_count()} cores · Python {platform.python_version()}"
        f" · before = {args.before}: median of {args.before_runs} runs, now: of {args.runs}"
        f" · {time.strftime('%Y-%m-%d')}"
    )
    print(f"{'command':<42}{'before':>10}{'now':>10}{'now/floor':>11}{'peak MiB':>16}")
    for name in rows:
        before = times[f"{name} · before"]  # --before-runs 0: the new side only
        then = f"{statistics.median(before):.2f}s" if before else "—"
        now = statistics.median(times[f"{name} · now"])
        peaks = [memory[f"{name} · {side}"] for side in ("before", "now")]
        peak = " → ".join(f"{statistics.median(mib):.0f}" for mib in peaks if mib)
        print(f"{name:<42}{then:>10}{now:>9.2f}s{now / floor:>11.2f}{peak:>16}")
    print(f"{'floor (' + ' '.join(FLOOR[2:]) + ')':<42}{'':>10}{floor:>9.2f}s")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
