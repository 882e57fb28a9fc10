"""Numbers as reports write them: Arabic (1,200 · 96.9 · 2.6万) and Chinese (一千二百 · 两万 ·
十二 · 一百零五 · 九十五点五), read to exact values (Fraction, so that 96.9 stays 969/10)."""

from __future__ import annotations

from fractions import Fraction

DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
DIGIT |= {"五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
LARGE_UNIT = {"万": 10**4, "亿": 10**8}
# Every character a Chinese numeral is written with (the regexes' character class).
DIGITS = "".join(DIGIT)
CHINESE_NUMERAL_CHARS = DIGITS + "".join(SMALL_UNIT) + "".join(LARGE_UNIT)


def _section_value(text: str) -> int | None:
    """A numeral below 万: 一千二百 → 1200, 十二 → 12, 一百零五 → 105, 一千二 → 1200."""
    value = 0
    digit: int | None = None
    last_unit: int | None = None  # units run downwards: 千 before 百 before 十
    zero = False
    for index, char in enumerate(text):
        if char in DIGIT:
            if DIGIT[char] == 0:
                if digit is not None or last_unit is None:
                    return None  # 二〇 is a year's digits, not a count; a leading zero neither
                zero = True
                continue
            if digit is not None:
                return None  # 二三 is not a numeral (两三 is read as a range elsewhere)
            digit = DIGIT[char]
            continue
        unit = SMALL_UNIT[char]
        if last_unit is not None and unit >= last_unit:
            return None
        if digit is None:
            if unit != 10 or index != 0:
                return None  # 百 alone; 一百十 is written 一百一十
            digit = 1  # 十二: the leading 一 of 一十 is not written
        value += digit * unit
        digit, last_unit, zero = None, unit, False
    if digit is not None:
        # 一百零五: the units digit; 一千二: the digit after a unit is of the next unit down.
        value += digit if zero or last_unit is None else digit * last_unit // 10
    return value


def chinese_value(text: str) -> int | None:
    """一千二百 → 1200, 两万三千 → 23000, 十二 → 12, 三亿五千万 → 350000000; None for
    what is not a well-formed numeral (二〇二三, 二三, 万, 百十)."""
    if not text or any(c not in CHINESE_NUMERAL_CHARS for c in text):
        return None
    total = 0
    rest = text
    for large in ("亿", "万"):
        if large not in rest:
            continue
        head, _, rest = rest.partition(large)
        if large in rest or not head:
            return None
        value = _section_value(head) if head not in LARGE_UNIT else None
        if not value:
            return None
        total += value * LARGE_UNIT[large]
        if rest and rest[0] in DIGIT and DIGIT[rest[0]] and len(rest) == 1:
            # 一万五: a lone digit after 万 is of the thousands (一万五千)
            return total + DIGIT[rest[0]] * LARGE_UNIT[large] // 10
        if rest.startswith(("零", "〇")):
            rest = rest[1:]
            if not rest:
                return None
    if rest:
        value = _section_value(rest)
        if value is None:
            return None
        total += value
    return total


def chinese_decimal(text: str) -> Fraction | None:
    """九十五点五 → 191/2; a whole numeral as chinese_value reads it."""
    whole, point, fraction = text.partition("点")
    value = chinese_value(whole)
    if value is None:
        return None
    if not point:
        return Fraction(value)
    if not fraction or any(DIGIT.get(c) is None for c in fraction):
        return None
    digits = "".join(str(DIGIT[c]) for c in fraction)
    return value + Fraction(int(digits), 10 ** len(digits))


def arabic_value(text: str) -> Fraction:
    """1,200 → 1200, 96.9 → 969/10 (the text is what the figure regex matched)."""
    return Fraction(text.replace(",", "").replace("，", ""))


def decimals(text: str) -> int:
    """How many digits a written number has after its point: 96.9 → 1, 100 → 0."""
    for point in (".", "点"):
        if point in text:
            return len(text.partition(point)[2])
    return 0


def write(value: Fraction, places: int = 2) -> str:
    """A value as a clerk writes it: 1200, 96.9, 12.35 (at most `places` decimals)."""
    if value.denominator == 1:
        return str(value.numerator)
    rounded = round(value, places)
    text = f"{float(rounded):.{places}f}".rstrip("0").rstrip(".")
    return text
