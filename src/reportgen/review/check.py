"""One file of a review, checked: read as a report, proofread, its facts taken.

A .docx or .txt is imported in memory by the importer (nothing is written); a .json is
loaded as a data file. The proofreader is `rules.check`, as `validate` runs it. This runs
in a worker process: it returns plain facts (facts.py), never raises for a bad file, and
reports a bug of ours on the file as a fault.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .. import rules
from ..errors import ReportgenError, debugging, internal_error_message
from ..importing.parse import parse
from ..importing.read import read_paragraphs
from ..load import load_report
from ..model import Report
from ..organs import addressees_fit, issuing_level
from ..partkinds import covered_kinds
from ..paths import describe_path, json_path
from .facts import REQUIRED, Fit, Problem, Reviewed

# What the importer reads (.doc and .wps too: it says how to save them as .docx).
_IMPORTED = (".docx", ".txt", ".text", ".doc", ".wps")


def check_file(path: Path) -> Reviewed:
    form = path.suffix.lower().lstrip(".")
    try:
        return _check(path, form)
    except ReportgenError as error:
        return Reviewed(path, form, unreadable=error.message, hint=error.hint)
    except Exception as error:  # a bug of ours on this file: said so, the others go on
        if debugging():
            raise
        message, hint = internal_error_message(error)
        return Reviewed(path, form, unreadable=message, hint=hint, fault=True)


def _read(path: Path) -> tuple[Report, list[str]]:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return load_report(path), []
    if suffix not in _IMPORTED:
        raise ReportgenError(
            f"{path} 不是报告文件（{suffix or '没有扩展名'}）。",
            hint="审查只读 Word 文档（.docx）、文本文件（.txt）和报告数据（.json）；"
            "如对方只发来了其他格式，请向报送单位要 Word 文档。",
        )
    paragraphs, decoded = read_paragraphs(path)
    if not paragraphs:
        raise ReportgenError(f"{path} 中没有文字。", hint="请向报送单位核实，重新报送。")
    parsed = parse(paragraphs, from_word=decoded == "docx")
    return parsed.report, parsed.notes


def _check(path: Path, form: str) -> Reviewed:
    report, notes = _read(path)
    covered = frozenset(kind.value for kind in covered_kinds(report)) & frozenset(REQUIRED)
    if form != "json" and not covered and not (report.title or "").endswith("报告"):
        raise ReportgenError(
            f"{path} 不像是法治政府建设情况报告：没有报告标题，也没有报告应有的任何一部分内容。",
            hint="请确认这是不是报告本身（而不是通知、说明或附件）；是报告的，请向报送单位要完整的文件。",
        )
    return Reviewed(
        path,
        form,
        organ=report.organ,
        level=_level(report),
        year=report.year,
        title=report.full_title,
        date=report.date,
        addressees=list(report.addressees),
        fit=_fit(report),
        covered=covered,
        problems=[_problem(finding) for finding in rules.check(report)],
        notes=notes,
        fingerprint=hashlib.sha256(report.model_dump_json().encode("utf-8")).hexdigest(),
    )


def _level(report: Report) -> str | None:
    level = issuing_level(report.organ, report.signatories)
    return level.value if level else None


def _fit(report: Report) -> Fit:
    """As C006 judges it: the organ's level (from its name) and the addressees' shapes."""
    if not report.addressees:
        return Fit.MISSING
    level = issuing_level(report.organ, report.signatories)
    if level is None:
        return Fit.UNKNOWN
    return Fit.FIT if addressees_fit(level, report.addressees) else Fit.UNFIT


def _problem(finding: rules.Finding) -> Problem:
    return Problem(
        code=finding.code,
        severity=finding.severity.value,
        where=describe_path(finding.path) or "全文",  # ("parts",): the report as a whole
        path=json_path(finding.path),
        excerpt=finding.excerpt,
        message=finding.message,
        suggestion=finding.suggestion,
    )
