"""Recall and false positives of `validate` on a folder of reports with planted mistakes.

    uv run python bench/proofread_score.py CORPUS_FOLDER [--verbose]

Each NAME.txt is imported (`reportgen import NAME.txt -o … --force --json`) and validated
(`reportgen validate … --format json`), in fresh processes as a clerk runs them. NAME.mistakes.json
lists the planted mistakes as {category, wrong, context, right}. A mistake is caught when a
finding's excerpt (… removed) contains `wrong` or is contained in `context`; a finding that
catches no planted mistake is a false positive. Prints recall per category and in all, and
every false positive and missed mistake.

Two figures are given: by `validate` alone, and with what `import` reported as normalised
(a signature date typed 2025.1.5, headings numbered 1、): import repairs those on the way in,
so only its notes can show them. Notes that catch nothing are information, not claims, and
are not counted as false positives. False positives of the completeness rules (R001–R006: no
addressee line, no signature …) are listed apart: they are true of a website copy.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any


def findings_for(text_file: Path, work: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """validate's findings and import's notes for one report."""
    data = work / f"{text_file.stem}.json"
    run = [sys.executable, "-m", "reportgen"]
    imported = subprocess.run(
        [*run, "import", str(text_file), "-o", str(data), "--force", "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    notes: list[str] = json.loads(imported.stdout)["notes"]
    validated = subprocess.run(
        [*run, "validate", str(data), "--format", "json"], capture_output=True, text=True
    )
    if validated.returncode not in (0, 1):
        raise SystemExit(f"validate failed on {text_file}:\n{validated.stderr}")
    result: dict[str, Any] = json.loads(validated.stdout)
    findings: list[dict[str, Any]] = result["findings"]
    return findings, notes


def catches(finding: dict[str, Any], mistake: dict[str, str]) -> bool:
    seen = finding["excerpt"].replace("…", "")
    return bool(seen) and (mistake["wrong"] in seen or seen in mistake["context"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--verbose", action="store_true", help="list every finding")
    args = parser.parse_args()
    planted: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    noted: Counter[str] = Counter()  # caught only by an import note
    false_positives: list[str] = []
    completeness: list[str] = []
    missed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="proofread-score-") as folder:
        for text_file in sorted(args.corpus.glob("*.txt")):
            mistakes_file = text_file.with_name(f"{text_file.stem}.mistakes.json")
            mistakes = json.loads(mistakes_file.read_text(encoding="utf-8"))
            findings, notes = findings_for(text_file, Path(folder))
            for mistake in mistakes:
                planted[mistake["category"]] += 1
                if any(catches(f, mistake) for f in findings):
                    caught[mistake["category"]] += 1
                elif any(mistake["wrong"] in note for note in notes):
                    noted[mistake["category"]] += 1
                else:
                    missed.append(f"{text_file.stem}: [{mistake['category']}] {mistake['wrong']}")
            for f in findings:
                if args.verbose:
                    print(f"  {text_file.stem} {f['code']} {f['excerpt']}")
                if not any(catches(f, m) for m in mistakes):
                    line = f"{text_file.stem}: {f['code']} {f['excerpt']} — {f['message']}"
                    is_completeness = f["code"].startswith("R")
                    (completeness if is_completeness else false_positives).append(line)
    print(f"{'category':<10}{'validate':>9}{'+import':>9}{'planted':>9}")
    for category in sorted(planted):
        both = caught[category] + noted[category]
        print(f"{category:<10}{caught[category]:>9}{both:>9}{planted[category]:>9}")
    total, found = sum(planted.values()), sum(caught.values())
    with_notes = found + sum(noted.values())
    print(
        f"{'all':<10}{found:>9}{with_notes:>9}{total:>9}   recall {found / max(total, 1):.0%} "
        f"(validate), {with_notes / max(total, 1):.0%} (with import's notes)"
    )
    print(f"false positives: {len(false_positives)} (+ {len(completeness)} of R001–R006)")
    for line in false_positives:
        print(f"  FP {line}")
    for line in completeness:
        print(f"  FP(R) {line}")
    for line in missed:
        print(f"  missed {line}")


if __name__ == "__main__":
    main()
