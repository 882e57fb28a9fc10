"""One file of a review, checked: read as a report, proofread, its facts taken.

As `validate` does: `documents.opening.open_report` loads a .json or imports a .docx or
.txt in memory (nothing is written), `rules.check` proofreads, and `Opened.locate` says
each finding on a document in the document's terms and places it (第 12 段). This runs in
a worker process: it returns plain facts (facts.py), never raises for a bad file, and
reports a bug of ours on the file as a fault.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .. import rules
from ..documents.opening import Opened, open_report
from ..errors import ReportgenError, debugging, internal_error_message
from ..model import Report
from ..organs import addressees_fit, issuing_level
from ..partkinds import covered_kinds
from ..paths import describe_path, json_path
from .facts import REQUIRED, Fit, Problem, Reviewed

# What open_report reads (.doc and .wps too: import says how to save them as .docx).
_READ = (".json", ".docx", ".txt", ".text", ".doc", ".wps")


def check_file(path: Path, annotate_to: Path | None = None) -> Reviewed:
    """The file's facts; with `annotate_to`, a Word report's marked copy written there
    (annotating.annotate: a comment on each finding, each safe fix a tracked change)."""
    form = path.suffix.lower().lstrip(".")
    try:
        reviewed = _check(path, form)
    except ReportgenError as error:
        return Reviewed(path, form, unreadable=error.message, hint=error.hint)
    except Exception as error:  # a bug of ours on this file: said so, the others go on
        return _fault(path, form, error)
    if annotate_to is not None and form == "docx":
        try:
            reviewed.annotated = _annotate(path, annotate_to)
        except ReportgenError as error:  # the review of the file stands
            reviewed.not_annotated = error.message
        except Exception as error:
            return _fault(path, form, error)
    return reviewed


def _annotate(path: Path, target: Path) -> Path:
    """annotate makes the copy, write_copies writes it (validate --annotate writes all its
    copies at once; here each copy stands alone, as each file's review does)."""
    from ..annotating import annotate, write_copies

    copy = annotate(path, target)
    write_copies([copy])
    return copy.target


def _fault(path: Path, form: str, error: Exception) -> Reviewed:
    if debugging():
        raise error
    message, hint = internal_error_message(error)
    return Reviewed(path, form, unreadable=message, hint=hint, fault=True)


def _open(path: Path) -> Opened:
    suffix = path.suffix.lower()
    if suffix not in _READ:
        raise ReportgenError(
            f"{path} 不是报告文件（{suffix or '没有扩展名'}）。",
            hint="审查只读 Word 文档（.docx）、文本文件（.txt）和报告数据（.json）；"
            "如对方只发来了其他格式，请向报送单位要 Word 文档。",
        )
    return open_report(path)


def _check(path: Path, form: str) -> Reviewed:
    opened = _open(path)
    report = opened.report
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
        problems=[_problem(finding) for finding in opened.locate(rules.check(report))],
        notes=opened.notes,
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
    place = finding.place  # in a document: 第 12 段 and its words
    return Problem(
        code=finding.code,
        severity=finding.severity.value,
        where=place.where if place else describe_path(finding.path) or "全文",
        path=json_path(finding.path),
        excerpt=place.quote if place else finding.excerpt,
        message=finding.message,
        suggestion=finding.suggestion,
    )
