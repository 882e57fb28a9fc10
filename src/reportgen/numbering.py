"""The GB/T 9704 heading sequence 一、 → （一） → 1. → （1）, and 一是/二是 points.

Numbers are generated from positions in the model and never stored in the text.
"""

from __future__ import annotations

_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (headings never go higher)."""
    if not 1 <= n <= 99:
        raise ValueError(f"heading numbers run from 1 to 99, not {n}")
    tens, units = divmod(n, 10)
    if tens == 0:
        return _DIGITS[units]
    prefix = "十" if tens == 1 else _DIGITS[tens] + "十"
    return prefix + (_DIGITS[units] if units else "")


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
