"""How well `reportgen import` reads reports written elsewhere: points and text kept.

    uv run python bench/import_score.py CORPUS_DIR [--show-misses] [--json]

For each NAME.txt (and NAME.docx, when there is one) in CORPUS_DIR with a
NAME.expected.json ({title, year, organ, addressees, opening, part_kinds, signatories,
date}), in fresh processes as a clerk runs them:

1. `reportgen import NAME -o NAME.json` must succeed;
2. one point each for title (as printed), year, organ, addressees, opening, the list of
   part kinds, signatories and date, compared with the expected values;
3. `reportgen build --data NAME.json --draft -f txt` must succeed, and the .txt is
   compared with the source text, numbering (一、（一）1.（1） as typed or generated),
   whitespace and the draft mark removed: difflib's ratio (no junk heuristic).

   The source it is compared with is NAME.txt without the lines import says, in its
   notes (`import --json`), that it left out: a note that quotes a line (“…”, its first
   30 characters, spaces run together) before saying 没有读入 or 不作为正文印出 takes
   that line out, one line for each quote; “…”起 N 行 takes out N lines from the quoted
   one; a quote that is no whole line but the start of one (a search page's button
   stuck to the title) takes out that start. Everything else stays: a line import drops
   without a note naming it, or quotes only in part (页码 beyond the four a note
   quotes), still costs similarity.

   Three changes import makes on purpose, and says in its notes, do not cost similarity:
   a signature's （盖章） hint taken out, a date written the standard way (二〇二四年一月
   十八日 → 2024年1月18日, GB/T 9704 7.3.5.1), and a block moved whole (附件说明 goes from after
   the date to under the body, as GB/T 9704 7.3.4 places it): a run of text that the
   comparison finds deleted in one place and inserted verbatim in another counts as kept.

A crash (exit 70) or any failure counts as zero points and zero similarity.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

POINTS = ("title", "year", "organ", "addressees", "opening", "part_kinds", "signatories", "date")
_NUMBERING = re.compile(
    r"^(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)]\s*[、.．]?"
    r"|\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[）)]\s*[、.．]?)",
    re.M,
)
DRAFT_MARK = re.compile(r"^【草稿】.*$", re.M)
# A note saying that what it quotes before these words was left out of the report.
# A shorter run found elsewhere may be a coincidence; a moved block is a paragraph or more.
_MOVED_RUN = 20
_SEAL_HINT = "（盖章）"
_NORMALISED = re.compile(r"“([^”]+)”已按规范写法“([^”]+)”读入")
_LEFT_OUT = re.compile(r"没有读入|不作为正文印出")
_QUOTE = re.compile(r"“([^”]*)”")
_RANGE = re.compile(r"“([^”]*)”起 (\d+) 行")
_QUOTED_LENGTH = 30  # a note quotes a line's first 30 characters, spaces run together


def reportgen(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reportgen", *argv],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def comparable(text: str) -> str:
    """Text without numbering, whitespace or the draft mark: what similarity compares."""
    text = DRAFT_MARK.sub("", text)
    lines = [_NUMBERING.sub("", line.strip()) for line in text.splitlines()]
    return re.sub(r"\s+", "", "".join(lines))


def left_out(notes: list[str]) -> list[tuple[str, int]]:
    """(quote, lines) for each line or run of lines the notes say were left out."""
    found: list[tuple[str, int]] = []
    for note in notes:
        said = _LEFT_OUT.search(note)
        head = note[: said.start()] if said else ""
        ranged = _RANGE.search(head)
        if ranged:
            found.append((ranged.group(1), int(ranged.group(2))))
        else:
            found += [(quote, 1) for quote in _QUOTE.findall(head)]
    return found


def _quoted(line: str) -> str:
    return re.sub(r"[\s\u3000]+", " ", line)[:_QUOTED_LENGTH]


def without_left_out(source: str, notes: list[str]) -> str:
    """The source without the lines (or starts of lines) the notes name as left out."""
    lines = [line.strip() for line in source.splitlines() if line.strip()]
    for quote, count in left_out(notes):
        whole = (i for i, line in enumerate(lines) if quote in (_quoted(line), line[:30]))
        at = next(whole, None)
        if at is not None:
            del lines[at : at + count]
            continue
        start = next((i for i, line in enumerate(lines) if line.startswith(quote)), None)
        if start is not None and quote:
            lines[start] = lines[start][len(quote) :]
    if any(_SEAL_HINT in note and "已从署名中去掉" in note for note in notes):
        lines = [line.replace(_SEAL_HINT, "") for line in lines]
    for note in notes:  # 成文日期“二〇二四年一月十八日”已按规范写法“2024年1月18日”读入
        if normalised := _NORMALISED.search(note):
            written, standard = normalised.groups()
            lines = [line.replace(written, standard) for line in lines]
    return "\n".join(lines)


def similarity(source: str, built: str) -> float:
    a, b = comparable(source), comparable(built)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    kept = sum(size for _, _, size in matcher.get_matching_blocks())
    ops = matcher.get_opcodes()
    inserted = "".join(b[j1:j2] for op, _, _, j1, j2 in ops if op in ("insert", "replace"))
    for op, i1, i2, _, _ in ops:
        # A run deleted here and inserted verbatim elsewhere was moved, not lost.
        run = a[i1:i2]
        if op in ("delete", "replace") and len(run) >= _MOVED_RUN and run in inserted:
            inserted = inserted.replace(run, "", 1)
            kept += len(run)
    return 2 * kept / (len(a) + len(b)) if a or b else 1.0


def extracted(data: dict[str, Any]) -> dict[str, Any]:
    """The scored values of an imported data file, as the report prints them."""
    year = data["year"]
    title = data.get("title")
    return {
        "title": f"关于{year}年法治政府建设情况的报告" if title is None else title,
        "year": year,
        "organ": data.get("organ"),
        "addressees": data.get("addressees", []),
        "opening": data.get("opening", []),
        "part_kinds": [part["kind"] for part in data.get("parts", [])],
        "signatories": data.get("signatories", []),
        "date": data.get("date"),
    }


@dataclass
class Scored:
    name: str
    points: dict[str, bool] = field(default_factory=dict)
    misses: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    similarity: float = 0.0
    failure: str | None = None


def score(source: Path, expected: dict[str, Any], work: Path) -> Scored:
    result = Scored(source.name, {point: False for point in POINTS})
    data_file = work / f"{source.name}.json"
    imported = reportgen("import", str(source), "-o", str(data_file), "--force", "--json", cwd=work)
    if imported.returncode != 0:
        result.failure = f"import exit {imported.returncode}: {imported.stderr.strip()[:200]}"
        return result
    got = extracted(json.loads(data_file.read_text(encoding="utf-8")))
    for point in POINTS:
        result.points[point] = got[point] == expected[point]
        if not result.points[point]:
            result.misses[point] = (got[point], expected[point])
    text_file = work / f"{source.name}.out.txt"
    built = reportgen(
        "build", "--data", str(data_file), "--draft", "-f", "txt", "-o", str(text_file), cwd=work
    )
    if built.returncode != 0:
        result.failure = f"build exit {built.returncode}: {built.stderr.strip()[:200]}"
        return result
    notes = json.loads(imported.stdout)["notes"]
    original = without_left_out(source.with_suffix(".txt").read_text(encoding="utf-8"), notes)
    result.similarity = similarity(original, text_file.read_text(encoding="utf-8"))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    args.corpus = args.corpus.resolve()  # the commands run in a temporary folder
    results: list[Scored] = []
    with tempfile.TemporaryDirectory() as folder:
        for expected_file in sorted(args.corpus.glob("*.expected.json")):
            stem = expected_file.name.removesuffix(".expected.json")
            expected = json.loads(expected_file.read_text(encoding="utf-8"))
            for suffix in (".txt", ".docx"):
                source = args.corpus / f"{stem}{suffix}"
                if source.exists():
                    results.append(score(source, expected, Path(folder)))
    if args.json:
        print(json.dumps([r.__dict__ for r in results], ensure_ascii=False, indent=2, default=str))
        return
    print(f"{'report':36} {'points':>7} {'text':>6}  missed")
    for r in results:
        got = sum(r.points.values())
        missed = r.failure or ", ".join(p for p, ok in r.points.items() if not ok)
        print(f"{r.name:36} {got:>3}/{len(POINTS)} {r.similarity:>6.3f}  {missed}")
        if args.show_misses:
            for point, (have, want) in r.misses.items():
                print(f"    {point}: got {have!r}\n    {' ' * len(point)}  want {want!r}")
    total = sum(sum(r.points.values()) for r in results)
    possible = len(POINTS) * len(results)
    kept = sum(1 for r in results if r.failure is None and r.similarity >= 0.98)
    per_point = {p: sum(r.points[p] for r in results) for p in POINTS}
    print(f"\npoints: {total}/{possible} = {total / possible:.1%}")
    print("by point: " + ", ".join(f"{p} {n}/{len(results)}" for p, n in per_point.items()))
    print(f"built as draft with text kept (≥ 0.98): {kept}/{len(results)}")
    print(f"lowest similarity: {min(r.similarity for r in results):.3f}")


if __name__ == "__main__":
    main()
