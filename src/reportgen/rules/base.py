"""What a proofreading rule is, what it reports, and how it shows that it works.

A rule is one class in its own module, rules/<code>.py: a stable code, a severity, a
one-line summary and an explanation in Chinese, an example (a wrong text and the right
one), the reports it must and must not find fault with, and a `check` that yields
findings; a finding may carry a safe fix.
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


def apply_fixes(text: str, fixes: Sequence[Fix]) -> tuple[str, list[int]]:
    """`text` with the fixes made, right to left so that each one's offsets still hold; a
    fix that overlaps one already made is skipped. Also the indexes (into `fixes`) of the
    fixes made, in the order of the text."""
    made: list[int] = []
    limit = len(text) + 1
    for index in sorted(range(len(fixes)), key=lambda i: fixes[i].start, reverse=True):
        fix = fixes[index]
        if fix.end > limit:
            continue
        text = text[: fix.start] + fix.replacement + text[fix.end :]
        limit = fix.start
        made.append(index)
    return text, made[::-1]


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
    start: int = 0  # where in the string at `path` it is: findings are shown in text order
    place: Place | None = None  # set for a report read from a document


@dataclass(frozen=True)
class TextField:
    """One string of the report that a reader sees, with where it is."""

    path: JsonPath
    text: str
    part_kind: PartKind | None  # None outside the numbered parts (title, opening…)


# A case's edit: a value put at a JSON path of the clean report (rules/cases.py), or
# REMOVED there, which takes the key or the list item out.
Edit = tuple[JsonPath, object]


@dataclass(frozen=True)
class Case:
    """A report a rule must (or must not) find fault with: the clean report with `edits`.

    When `at` is given, the string there reads `fixed` after the rule's fixes are made
    (`fixed` None: the rule offers no fix there); else fixes are not looked at. A rule
    that gives errors and warnings (`also_warns`) says which its cases get.
    """

    edits: tuple[Edit, ...]
    fixed: str | None = None
    at: JsonPath | None = None
    severity: Severity | None = None  # when given, every finding there has this severity


@dataclass(frozen=True)
class Example:
    """What `reportgen rules CODE` shows, and the reports that stand for it: the rule finds
    fault with `wrong_case` and not with `right_case`; where the two are the same string
    and the rule fixes all it finds there, its fixes turn the wrong into the right."""

    wrong: str
    right: str
    wrong_case: Case
    right_case: Case


class Rule:
    code: ClassVar[str]  # its module is rules/<code>.py
    severity: ClassVar[Severity]
    summary: ClassVar[str]  # what it checks, one line in Chinese (`reportgen rules`)
    explanation: ClassVar[str]  # why, and what it leaves alone, in Chinese
    example: ClassVar[Example]
    triggers: ClassVar[tuple[Case, ...]]  # reports it must find fault with
    clean: ClassVar[tuple[Case, ...]]  # reports, close to those, it must leave alone
    fixable: ClassVar[bool] = False
    # An error rule that gives a warning where the text is probably, not certainly, wrong
    # (a name that may be another document's, a date the report does not give).
    also_warns: ClassVar[bool] = False

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        raise NotImplementedError

    def finding(
        self,
        path: JsonPath,
        excerpt: str,
        message: str,
        suggestion: str,
        fix: Fix | None = None,
        start: int | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        """`start`: where in the string it is (by default where its fix starts, else 0);
        `severity`: the rule's own unless given (a warning where it is not certain)."""
        if start is None:
            start = fix.start if fix else 0
        level = severity or self.severity
        return Finding(self.code, level, path, excerpt, message, suggestion, fix, start)
