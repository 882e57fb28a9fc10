"""Recall and false positives of `validate` on a folder of reports with planted mistakes.

    uv run python bench/proofread_score.py CORPUS_FOLDER [--verbose]

Each NAME.txt is imported (`reportgen import NAME.txt -o … --force`) and validated
(`reportgen validate … --format json`), in fresh processes as a clerk runs them. NAME.mistakes.json
lists the planted mistakes as {category, wrong, context, right}. A mistake is caught when a
finding's excerpt (… removed) contains `wrong` or is contained in `context`; a finding that
catches no planted mistake is a false positive. Prints recall per category and in all, and
every false positive and missed mistake.
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


def findings_for(text_file: Path, work: Path) -> list[dict[str, Any]]:
    data = work / f"{text_file.stem}.json"
    run = [sys.executable, "-m", "reportgen"]
    subprocess.run(
        [*run, "import", str(text_file), "-o", str(data), "--force", "-q"],
        check=True,
        capture_output=True,
    )
    validated = subprocess.run(
        [*run, "validate", str(data), "--format", "json"], capture_output=True, text=True
    )
    if validated.returncode not in (0, 1):
        raise SystemExit(f"validate failed on {text_file}:\n{validated.stderr}")
    result: dict[str, Any] = json.loads(validated.stdout)
    findings: list[dict[str, Any]] = result["findings"]
    return findings


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
    false_positives: list[str] = []
    missed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="proofread-score-") as folder:
        for text_file in sorted(args.corpus.glob("*.txt")):
            mistakes_file = text_file.with_name(f"{text_file.stem}.mistakes.json")
            mistakes = json.loads(mistakes_file.read_text(encoding="utf-8"))
            findings = findings_for(text_file, Path(folder))
            for mistake in mistakes:
                planted[mistake["category"]] += 1
                if any(catches(f, mistake) for f in findings):
                    caught[mistake["category"]] += 1
                else:
                    missed.append(f"{text_file.stem}: [{mistake['category']}] {mistake['wrong']}")
            for f in findings:
                if args.verbose:
                    print(f"  {text_file.stem} {f['code']} {f['excerpt']}")
                if not any(catches(f, m) for m in mistakes):
                    false_positives.append(
                        f"{text_file.stem}: {f['code']} {f['excerpt']} — {f['message']}"
                    )
    print(f"{'category':<10}{'caught':>8}{'planted':>9}")
    for category in sorted(planted):
        print(f"{category:<10}{caught[category]:>8}{planted[category]:>9}")
    total, found = sum(planted.values()), sum(caught.values())
    print(f"{'all':<10}{found:>8}{total:>9}   recall {found / max(total, 1):.0%}")
    print(f"false positives: {len(false_positives)}")
    for line in false_positives:
        print(f"  FP {line}")
    for line in missed:
        print(f"  missed {line}")


if __name__ == "__main__":
    main()
