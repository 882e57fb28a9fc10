"""Whether a written date exists: 2 月 30 日, 4 月 31 日, 2023 年 2 月 29 日 and 13 月 do not.
Read by N009 for the dates in the text and by load for the date the report is signed."""

from __future__ import annotations

import calendar

from .lazyregex import lazy_compile

_ISO = lazy_compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*")


def missing_day(year: int | None, month: int, day: int | None = None) -> str | None:
    """Why the date does not exist, in Chinese, or None when it may (a 2 月 29 日 with no
    year may be of a leap year)."""
    if not 1 <= month <= 12:
        return f"一年只有12个月，没有{month}月"
    if day is None:
        return None
    if day < 1:
        return f"{month}月没有{day}日"
    if year is None:
        longest = 29 if month == 2 else calendar.monthrange(2024, month)[1]
        return None if day <= longest else f"{month}月只有{longest}天"
    days = calendar.monthrange(year, month)[1]
    if day <= days:
        return None
    if month == 2 and days == 28:
        return f"{year}年是平年，2月只有28天"
    return f"{year}年{month}月只有{days}天"


def missing_iso_day(written: object) -> str | None:
    """Why `written` (2025-02-30, as a data file holds a date) names no day, or None when
    it is a real day or not of that shape at all."""
    if not isinstance(written, str) or not (match := _ISO.fullmatch(written)):
        return None
    year, month, day = (int(part) for part in match.groups())
    return missing_day(year, month, day)
