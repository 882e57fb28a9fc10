"""The GB/T 9704 heading sequence 一、 → （一） → 1. → （1）, 一是/二是 points, and dates.

Numbers are generated from positions in the model and never stored in the text. The
readers here are the writers' inverses, for import: what `chinese_numeral` writes,
`numeral_value` reads; what `format_date` writes, `read_date` reads (with the spellings
clerks type).
"""

from __future__ import annotations

import datetime as dt
import re

_DIGITS = "零一二三四五六七八九"
# Zero as it is typed in a year written in numerals: 〇, and the look-alikes ○, O, 0, 零.
_ZEROS = "〇○OoＯ0０零"


# The highest number the heading sequence writes in Chinese numerals; the model holds
# parts, sections and points to it.
MAX_CHINESE_NUMBER = 99


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (headings never go higher)."""
    if not 1 <= n <= MAX_CHINESE_NUMBER:
        raise ValueError(f"heading numbers run from 1 to 99, not {n}")
    tens, units = divmod(n, 10)
    if tens == 0:
        return _DIGITS[units]
    prefix = "十" if tens == 1 else _DIGITS[tens] + "十"
    return prefix + (_DIGITS[units] if units else "")


# Every numeral chinese_numeral writes, read back: a table, so reading is writing inverted.
_VALUES = {chinese_numeral(n): n for n in range(1, 100)}


def numeral_value(text: str) -> int | None:
    """一 → 1, 十二 → 12, 九十九 → 99; None for anything chinese_numeral does not write."""
    return _VALUES.get(text)


def _digit_value(char: str) -> int | None:
    if char in _ZEROS:
        return 0
    index = _DIGITS.find(char)
    return index if index > 0 else None


def level1(n: int) -> str:
    return f"{chinese_numeral(n)}、"


def level2(n: int) -> str:
    return f"（{chinese_numeral(n)}）"


def level3(n: int) -> str:
    return f"{n}."


def level4(n: int) -> str:
    return f"（{n}）"


def point(n: int) -> str:
    return f"{chinese_numeral(n)}是"


def format_date(year: int, month: int, day: int) -> str:
    """成文日期: Arabic numerals, the year in full, no leading zeros (GB/T 9704 7.3.5)."""
    return f"{year}年{month}月{day}日"


_SPACES = re.compile(r"[\s\u3000]+")
_ARABIC_DATE = re.compile(r"(\d{4})(?:年(\d{1,2})月(\d{1,2})日|([.．/\-])(\d{1,2})\4(\d{1,2})日?)")
_CHINESE_DATE = re.compile(
    rf"([{_DIGITS[1:]}{_ZEROS}]{{4}})年([元一二三四五六七八九十]{{1,3}})月([一二三四五六七八九十]{{1,3}})日"
)


def read_date(text: str) -> dt.date | None:
    """A whole line that is a date, as clerks write it: 2024年1月15日, 2024年01月15日,
    2024.1.15, 2024-1-15, 2024/1/15, 二〇二四年一月十五日 (also with the letter O)."""
    parts = date_parts(text)
    return _date(*parts) if parts is not None else None


def date_parts(text: str) -> tuple[int, int, int] | None:
    """The year, month and day of a whole line written as a date, whether or not that day
    exists (2025年2月30日 gives (2025, 2, 30)): import keeps such a line and says so."""
    compact = _SPACES.sub("", text)
    arabic = _ARABIC_DATE.fullmatch(compact)
    if arabic:
        year = int(arabic.group(1))
        month, day = (arabic.group(2), arabic.group(3)) if arabic.group(2) else arabic.group(5, 6)
        return year, int(month), int(day)
    chinese = _CHINESE_DATE.fullmatch(compact)
    if chinese:
        digits = [_digit_value(c) for c in chinese.group(1)]
        # 元月 is January
        month = 1 if chinese.group(2) == "元" else numeral_value(chinese.group(2))
        day = numeral_value(chinese.group(3))
        if None in digits or month is None or day is None:
            return None
        return int("".join(str(d) for d in digits)), month, day
    return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
