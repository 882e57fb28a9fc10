"""The files side by side: the year under review, duplicates, reports of another year,
and each file's verdict with its reasons.

The verdicts (docs/review.md says the same to the office):

- 无法读取 — the file could not be read as a report: a type review does not read, a
  damaged or empty file, data that is not a report, a document with neither a report's
  title nor any of its contents; or a bug of reportgen's met on it (said so; exit 70).
- 建议退回修改 — read, and the proofreader found at least one error (what `build`
  refuses: a required content missing, a placeholder, a request, a wrong date …), or it
  is a report of another year than the one under review.
- 可以归档 — read, of the year under review, and without errors. Warnings (addressees
  that do not suit the organ's level, a date after 1 March …) are listed for the office
  to weigh; they do not decide the verdict.

A duplicate (two files, same organ and year) is pointed out on both; each still gets
the verdict its content earns.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .facts import Duplicate, Review, Reviewed, Verdict

# At most this many error messages in a file's reasons; the rest are counted.
_SHOWN = 3


def summarise(files: Sequence[Reviewed], year: int | None = None) -> Review:
    readable = [f for f in files if f.unreadable is None]
    year = year if year is not None else usual_year(readable)
    for reviewed in readable:
        reviewed.other_year = reviewed.year != year
    _mark_duplicates(readable)
    for reviewed in files:
        reviewed.verdict, reviewed.reasons = verdict(reviewed, year)
    return Review(year, list(files))


def usual_year(files: Sequence[Reviewed]) -> int | None:
    """The year most reports are of (the later on a tie): the year under review."""
    counted = Counter(f.year for f in files if f.year is not None)
    if not counted:
        return None
    return max(counted, key=lambda year: (counted[year], year))


def _mark_duplicates(files: Sequence[Reviewed]) -> None:
    groups: dict[tuple[str, int | None], list[Reviewed]] = {}
    for reviewed in files:
        if reviewed.organ:
            groups.setdefault((reviewed.organ, reviewed.year), []).append(reviewed)
    for group in groups.values():
        for reviewed in group:
            reviewed.duplicates = [
                Duplicate(other.path, other.fingerprint == reviewed.fingerprint)
                for other in group
                if other is not reviewed
            ]


def verdict(reviewed: Reviewed, year: int | None) -> tuple[Verdict, list[str]]:
    """The verdict and why, in the words the office reads."""
    if reviewed.unreadable is not None:
        return Verdict.UNREADABLE, [reviewed.unreadable]
    reasons: list[str] = []
    if reviewed.other_year:
        reasons.append(f"这是 {reviewed.year} 年度的报告，本次审查的是 {year} 年度的报告。")
    errors = list(dict.fromkeys(p.message for p in reviewed.problems if p.severity == "error"))
    reasons += errors[:_SHOWN]
    if len(errors) > _SHOWN:
        reasons.append(f"另有 {len(errors) - _SHOWN} 种错误，见问题清单。")
    for other in reviewed.duplicates:
        same = "内容相同" if other.same else "内容不同，请向报送单位确认以哪一份为准"
        reasons.append(f"与 {other.path.name} 重复报送（同一机关、同一年度，{same}）。")
    if reviewed.not_annotated:
        reasons.append(f"没有写出批注副本：{reviewed.not_annotated}")
    failed = reviewed.other_year or bool(errors)
    return (Verdict.RETURN if failed else Verdict.FILE), reasons
