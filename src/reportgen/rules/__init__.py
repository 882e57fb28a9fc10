"""The proofreader: every rule, and the function that runs them over a report."""

from __future__ import annotations

from collections.abc import Collection

from ..model import Report
from .base import Finding, Fix, Rule, Severity
from .confused import ConfusedWords
from .content import (
    Addressees,
    DuplicateParagraphs,
    Placeholders,
    Requests,
    RequiredParts,
    ShortcomingsWithoutCauses,
)
from .dates import DateInFollowingYear, LateDate
from .doubled import DoubledCharacters
from .enumeration import EnumerationOrder
from .fields import report_texts
from .invisible import InvisibleCharacters
from .marks import AsciiDash, UnmatchedMarks
from .masthead import DocumentNumber, SignerForUpwardReport
from .n004 import TotalAndParts
from .n005 import RateAndFigures
from .n006 import ChangeAndFigures
from .n007 import CountAndItems
from .n008 import SameQuantityTwice
from .names import FileNameCharacters, FileNameLength
from .numbers import DateInText, DoubleApproximation, ZeroInChineseYear
from .phrases import CoordinateOrgans, OfficialPhrases
from .punctuation import (
    CommaBetweenTitles,
    HalfWidthPunctuation,
    StraightQuotes,
    TypedNumbering,
    YearRangeHyphen,
)
from .required import (
    MissingAddressees,
    MissingDate,
    MissingOpening,
    MissingOrgan,
    MissingSignatories,
    MissingTitle,
)
from .terms import FazhiTerms, JiezhiTerms
from .titles import OfficialTitles
from .typos import FixedPhraseTypos
from .years import (
    HeadingNamesOtherYear,
    PastYearAsReportYear,
    PlansNameNextYear,
    TitleWithoutYear,
    YearAfterReport,
)

# The registry, in report order: adding a rule is adding its class here.
ALL_RULES: tuple[Rule, ...] = (
    MissingTitle(),
    MissingAddressees(),
    MissingOpening(),
    MissingSignatories(),
    MissingDate(),
    MissingOrgan(),
    RequiredParts(),
    ShortcomingsWithoutCauses(),
    Placeholders(),
    DuplicateParagraphs(),
    Requests(),
    Addressees(),
    DateInFollowingYear(),
    LateDate(),
    HeadingNamesOtherYear(),
    PlansNameNextYear(),
    PastYearAsReportYear(),
    YearAfterReport(),
    TitleWithoutYear(),
    FazhiTerms(),
    JiezhiTerms(),
    OfficialTitles(),
    OfficialPhrases(),
    CoordinateOrgans(),
    ConfusedWords(),
    FixedPhraseTypos(),
    DoubledCharacters(),
    DoubleApproximation(),
    ZeroInChineseYear(),
    DateInText(),
    TotalAndParts(),
    RateAndFigures(),
    ChangeAndFigures(),
    CountAndItems(),
    SameQuantityTwice(),
    HalfWidthPunctuation(),
    StraightQuotes(),
    CommaBetweenTitles(),
    YearRangeHyphen(),
    TypedNumbering(),
    AsciiDash(),
    UnmatchedMarks(),
    EnumerationOrder(),
    InvisibleCharacters(),
    SignerForUpwardReport(),
    DocumentNumber(),
    FileNameCharacters(),
    FileNameLength(),
)


def selected(code: str, select: Collection[str], ignore: Collection[str]) -> bool:
    """ruff's convention: a code or a prefix of it (`T`, `T00`, `T001`) selects or ignores."""
    if select and not any(code.startswith(prefix.upper()) for prefix in select):
        return False
    return not any(code.startswith(prefix.upper()) for prefix in ignore)


def check(
    report: Report,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
) -> list[Finding]:
    """Run the selected rules in registry order."""
    texts = report_texts(report)
    findings: list[Finding] = []
    for rule in ALL_RULES:
        if selected(rule.code, select, ignore):
            findings.extend(rule.check(report, texts))
    return findings


__all__ = ["ALL_RULES", "Finding", "Fix", "Rule", "Severity", "check"]
