"""Proofreading data files: `validate` and `validate --fix`."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import rules
from .documents.opening import is_document, open_report
from .errors import ReportgenError, UsageError, debugging
from .files import DATA_DIR, atomic_write
from .jsonedit import replace_strings, value_at
from .load import load_report, parse_report, read_text_and_encoding
from .model import Report
from .rules import Finding, Fix, Severity
from .rules.base import JsonPath, apply_fixes


@dataclass
class Checked:
    """The outcome of validating one data file."""

    path: Path
    report: Report | None = None
    findings: list[Finding] = field(default_factory=list)
    failure: ReportgenError | None = None  # the file could not be read or is not a report
    notes: list[str] = field(default_factory=list)  # import's notes, for a document
    fault: Exception | None = None  # a bug of ours met on this file; the batch goes on

    @property
    def errors(self) -> int:
        own = sum(1 for f in self.findings if f.severity is Severity.ERROR)
        return own + (1 if self.failure or self.fault else 0)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.WARNING)


def data_files(data_dir: Path = DATA_DIR) -> list[Path]:
    files = sorted(data_dir.glob("*.json"))
    if not files:
        raise ReportgenError(
            f"{data_dir}/ 目录下没有数据文件（*.json）。",
            hint="请在项目目录中运行，或指定数据文件，如 reportgen validate data/2023.json。",
        )
    return files


def latest_data_file(data_dir: Path = DATA_DIR) -> Path:
    """The latest year's data file: the highest data/YEAR.json (`show 2023` means
    data/2023.json), not the last name in the alphabet (data/old-2019.json). Without such
    names, the file of the latest year its data gives; one that cannot be read is passed."""
    files = data_files(data_dir)
    named = [path for path in files if path.stem.isdigit() and len(path.stem) == 4]
    if named:
        return max(named, key=lambda path: int(path.stem))
    years = {}
    for path in files:
        try:
            years[path] = load_report(path).year
        except ReportgenError:
            continue
    if not years:
        raise ReportgenError(
            f"{data_dir}/ 目录下没有能读取的数据文件。",
            hint="请指定要查看的文件，如 reportgen show data/2023.json；"
            "reportgen validate 可查看每个文件的问题。",
        )
    return max(years, key=lambda path: (years[path], path.name))


def rule_codes(values: Sequence[str] | None, option: str) -> list[str]:
    """--select T001,P --select C: codes or prefixes, comma-separated or repeated.

    --select ZZZ would check nothing and report ✓: a code or prefix that names no rule
    is a usage error."""
    codes = [code.strip() for value in values or [] for code in value.split(",")]
    codes = [code for code in codes if code]
    known = [rule.code for rule in rules.ALL_RULES]
    unknown = [code for code in codes if not any(k.startswith(code.upper()) for k in known)]
    if unknown:
        raise UsageError(
            f"{option} 给出的“{'、'.join(unknown)}”不是任何校对规则的代码或代码前缀。",
            hint="运行 reportgen rules 查看全部规则的代码；只写代码的开头几位，可选中一类规则。",
        )
    return codes


def validate(path: Path, select: Collection[str] = (), ignore: Collection[str] = ()) -> Checked:
    """One file's findings; a file that cannot be read, or trips a bug, is reported as
    such in the result, so that `validate` over data/ goes on to the next file."""
    try:
        opened = open_report(path)  # a data file, or a .docx/.txt imported in memory
        found = rules.check(opened.report, select, ignore)
        return Checked(path, opened.report, opened.locate(found), notes=opened.notes)
    except Exception as exc:
        return _unusable(path, exc)


def check_options(paths: list[Path], fix: bool, annotate: bool, output: Path | None) -> None:
    """--fix rewrites data files, never a draft; -o names the one copy --annotate writes."""
    if fix and annotate:
        raise UsageError(
            "--fix 和 --annotate 不能同时使用。", hint="Word 草稿用 --annotate，数据文件用 --fix。"
        )
    if output is not None and not annotate:
        raise UsageError("-o 只与 --annotate 一起使用：指定带批注的副本写到哪里。")
    if output is not None and len(paths) > 1:
        raise UsageError("给了多个文件时不能用 -o：每个副本都写在各自的草稿旁边。")
    for path in paths if fix else []:
        if is_document(path):
            raise UsageError(
                f"--fix 只改写数据文件（.json），不改写报告文件 {path}。",
                hint=f"Word 草稿请用 reportgen validate {path} --annotate，写出带修订的副本，"
                "在 Word 中逐条接受；文本报告可先用 reportgen import 转成数据文件。",
            )


def _unusable(path: Path, error: Exception) -> Checked:
    """A file that could not be read (a user error), or that tripped a bug of ours: exit
    70 in the end, but the other files are still checked. REPORTGEN_DEBUG lets a bug out."""
    if isinstance(error, ReportgenError):
        return Checked(path, failure=error)
    if debugging():
        raise error
    return Checked(path, fault=error)


@dataclass
class Fixed:
    """The outcome of `validate --fix` on one file."""

    path: Path
    applied: list[Finding]
    remaining: Checked
    # The text each applied fix replaced, in the order of `applied`: a deletion is said
    # as one (删去“、”), which the finding's excerpt alone cannot say.
    replaced: list[str] = field(default_factory=list)


def fix(path: Path, select: Collection[str] = (), ignore: Collection[str] = ()) -> Fixed:
    """Apply every safe fix, rewriting only the JSON strings that change (atomically).

    As `validate`, a file that cannot be read or fixed is reported and the batch goes on.
    """
    try:
        return _fix(path, select, ignore)
    except Exception as exc:
        return Fixed(path, [], _unusable(path, exc))


def _fix(path: Path, select: Collection[str], ignore: Collection[str]) -> Fixed:
    original, encoding = read_text_and_encoding(path)
    replaced: list[str] = []
    text, applied, report = fixed_text(original, str(path), select, ignore, replaced)
    if text != original:  # in the file's own encoding: GB18030 stays, a BOM stays
        atomic_write(path, text.encode(encoding))
    remaining = Checked(path, report, rules.check(report, select, ignore))
    return Fixed(path, applied, remaining, replaced)


def fixed_text(
    text: str,
    source: str,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
    replaced: list[str] | None = None,
) -> tuple[str, list[Finding], Report]:
    """A data file's JSON text with every safe fix applied, the fixes, and its report;
    `replaced`, when given, gets the text each applied fix replaced.

    `validate --fix` writes it; `validate --annotate` marks the same changes in Word.
    """
    report = parse_report(text, source)
    applied: list[Finding] = []
    # A string the fixes would leave blank keeps them unmade: removing a paragraph is the
    # clerk's call, and the model refuses "". P009 offers no fix for a paragraph of
    # invisible characters only (it tells the clerk to delete it); this catches any other.
    blanked: set[JsonPath] = set()
    # A fix can uncover another (rare); a few passes reach the fixed point.
    for _ in range(5):
        fixable: dict[JsonPath, list[tuple[Finding, Fix]]] = {}
        for finding in rules.check(report, select, ignore):
            if finding.fix is not None and finding.fix.path not in blanked:
                fixable.setdefault(finding.fix.path, []).append((finding, finding.fix))
        if not fixable:
            break
        data = json.loads(text)
        values = {}
        for json_path, found in fixable.items():
            fixes = [fix for _, fix in found]
            value = value_at(data, json_path)
            fixed, made = apply_fixes(value, fixes)
            if not fixed.strip():
                blanked.add(json_path)
                continue
            values[json_path] = fixed
            applied.extend(found[index][0] for index in made)
            if replaced is not None:
                replaced.extend(value[fixes[i].start : fixes[i].end] for i in made)
        if not values:
            break
        text = replace_strings(text, values)
        report = parse_report(text, source)
    return text, applied, report
