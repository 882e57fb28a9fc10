"""What a review knows of each file: plain values, no model, no rules.

A worker process checks a file and sends back a `Reviewed`; only these plain types cross
between processes, so the main process never loads pydantic, python-docx or the rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Verdict(StrEnum):
    """The three answers a review gives; the rules for each are in summarise.verdict."""

    FILE = "可以归档"
    RETURN = "建议退回修改"
    UNREADABLE = "无法读取"


class Fit(StrEnum):
    """Whether the addressees suit the issuing organ's level (organs.addressees_fit)."""

    FIT = "fit"
    UNFIT = "unfit"
    MISSING = "missing"  # no addressee line at all
    UNKNOWN = "unknown"  # the organ's level cannot be told from its name


# The contents 《法治政府建设与责任落实督察工作规定》 asks of a report (model.PartKind values).
REQUIRED = ("duty", "measures", "shortcomings", "plans")


@dataclass(frozen=True)
class Problem:
    """One finding of the proofreader, as the review shows it."""

    code: str
    severity: str  # error, warning
    where: str  # 二、›（一）›标题
    path: str  # parts[1].sections[0].title
    excerpt: str
    message: str
    suggestion: str


@dataclass(frozen=True)
class Duplicate:
    """Another file from the same organ for the same year."""

    path: Path
    same: bool  # it holds the same report (the same text in every field)


@dataclass
class Reviewed:
    """One file of a review: what it says of itself, what the proofreader found, and
    (filled in by summarise) how it stands beside the other files."""

    path: Path
    form: str  # docx, txt, json, or the suffix of a file that is no report
    # Why the file could not be read as a report; None when it was.
    unreadable: str | None = None
    hint: str | None = None
    fault: bool = False  # a bug of ours met on this file: the run exits 70
    organ: str | None = None
    level: str | None = None  # organs.OrganLevel's value
    year: int | None = None
    title: str | None = None
    date: dt.date | None = None
    addressees: list[str] = field(default_factory=list)
    fit: Fit | None = None
    covered: frozenset[str] = frozenset()  # which of REQUIRED the report covers
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what import normalised or missed
    fingerprint: str = ""  # equal for two files holding the same report
    annotated: Path | None = None  # the marked copy written (--annotate)
    not_annotated: str | None = None  # why the marked copy could not be written
    # Set by summarise:
    duplicates: list[Duplicate] = field(default_factory=list)
    other_year: bool = False
    verdict: Verdict = Verdict.UNREADABLE
    reasons: list[str] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if p.severity == "warning")

    @property
    def missing(self) -> list[str]:
        return [kind for kind in REQUIRED if kind not in self.covered]


@dataclass
class Review:
    """A whole run: the year reviewed and every file, in the order given."""

    year: int | None
    files: list[Reviewed]

    def count(self, verdict: Verdict) -> int:
        return sum(1 for f in self.files if f.verdict is verdict)

    @property
    def faults(self) -> int:
        return sum(1 for f in self.files if f.fault)
