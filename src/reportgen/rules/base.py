"""What a proofreading rule is and what it reports.

A rule is one small class with a stable code, a severity, a one-line summary in
Chinese and a `check` that yields findings; a finding may carry a safe fix.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from ..model import PartKind, Report

JsonPath = tuple[str | int, ...]


class Severity(StrEnum):
    ERROR = "error"  # build refuses
    WARNING = "warning"  # shown, build goes on (validate --strict fails)


@dataclass(frozen=True)
class Fix:
    """Replace text[start:end] of the string at `path` by `replacement`."""

    path: JsonPath
    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Place:
    """Where a finding stands in the clerk's own document (a report given as .docx or
    .txt): said as the clerk finds it, and as spans for marking it (documents/)."""

    where: str  # 第 12 段, 第 7 行, 标题下方
    quote: str  # the document's words there
    number: int | None  # the paragraph (.docx) or line (.txt) number, from 1
    spans: tuple[tuple[int, int, int], ...] = ()  # (source paragraph index, start, end)


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    path: JsonPath
    excerpt: str
    message: str
    suggestion: str
    fix: Fix | None = None
    place: Place | None = None  # set for a report read from a document


@dataclass(frozen=True)
class TextField:
    """One string of the report that a reader sees, with where it is."""

    path: JsonPath
    text: str
    part_kind: PartKind | None  # None outside the numbered parts (title, opening…)


class Rule:
    code: ClassVar[str]
    severity: ClassVar[Severity]
    summary: ClassVar[str]  # what it checks, in Chinese (the README's rule table)
    fixable: ClassVar[bool] = False

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        raise NotImplementedError

    def finding(
        self,
        path: JsonPath,
        excerpt: str,
        message: str,
        suggestion: str,
        fix: Fix | None = None,
    ) -> Finding:
        return Finding(self.code, self.severity, path, excerpt, message, suggestion, fix)
