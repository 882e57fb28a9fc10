"""The review table's columns, said once for the terminal, HTML, XLSX and JSON."""

from __future__ import annotations

from ...numbering import format_date
from ...review.facts import REQUIRED, Fit, Reviewed
from ...review.gather import relative_names

LEVELS = {
    "township": "乡镇",
    "street": "街道",
    "county": "县级政府",
    "department": "部门",
}
FITS = {
    Fit.FIT: "符合",
    Fit.UNFIT: "不符",
    Fit.MISSING: "缺",
    Fit.UNKNOWN: "无法判断",
}
# The four contents, as the table heads them, in the regulation's order.
CONTENTS = dict(
    zip(REQUIRED, ("第一责任人职责", "举措和成效", "不足和原因", "下一年度安排"), strict=True)
)
SHORT_CONTENTS = dict(zip(REQUIRED, ("职责", "举措", "不足", "安排"), strict=True))
SEVERITIES = {"error": "错误", "warning": "警告"}
SHOWN = "—"  # a cell with nothing to show (an unreadable file's organ, say)


def organ(reviewed: Reviewed) -> str:
    if reviewed.unreadable is not None:
        return SHOWN
    return reviewed.organ or "（未写明）"


def level(reviewed: Reviewed) -> str:
    if reviewed.unreadable is not None:
        return SHOWN
    return LEVELS.get(reviewed.level or "", "无法判断")


def year(reviewed: Reviewed) -> str:
    return str(reviewed.year) if reviewed.year is not None else SHOWN


def date(reviewed: Reviewed) -> str:
    found = reviewed.date
    if found is None:
        return SHOWN if reviewed.unreadable is not None else "（未写明）"
    return format_date(found.year, found.month, found.day)


def fit(reviewed: Reviewed) -> str:
    return FITS[reviewed.fit] if reviewed.fit is not None else SHOWN


def contents(reviewed: Reviewed) -> str:
    """齐全, or what is missing: 缺：下一年度安排."""
    if reviewed.unreadable is not None:
        return SHOWN
    if not reviewed.missing:
        return "齐全"
    return "缺：" + "、".join(CONTENTS[kind] for kind in reviewed.missing)


def count(reviewed: Reviewed, severity: str) -> str:
    if reviewed.unreadable is not None:
        return SHOWN
    return str(reviewed.errors if severity == "error" else reviewed.warnings)


def names(files: list[Reviewed]) -> list[str]:
    """Each file as the office knows it: its path below the folder all of them are in."""
    return relative_names([f.path for f in files])
