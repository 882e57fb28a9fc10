"""The figures of a text: a number with its unit (件, 人次, 万元, %), read to a value and the
range of values the words allow (300余人 is 301–399; 约300人 is near 300; 3—5件 is 3 to 5).

What is not a count is left out: years and dates (2023年, 3月5日), ordinals and article
numbers (第十二条), hot lines and phone numbers (12345热线, 0391-1234567), numbered
slogans (四位一体, “三个一”, 十四五), and words that only look like numerals (统一部署).
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from .numerals import (
    CHINESE_NUMERAL_CHARS,
    DIGIT,
    LARGE_UNIT,
    arabic_value,
    chinese_decimal,
    decimals,
)

# Measure words, longest first where one begins another (人次 before 人).
UNITS = (
    "个百分点|百分点|人次|场次|家次|户次|件次|批次|课时|学时|小时|万元|亿元|平方米|公里"
    "|件|次|场|份|个|人|名|位|户|起|项|条|家|元|批|期|所|处|篇|卷|套|部|座|本|张|幅"
    "|块|支|类|种|轮|组|天|宗|单|封|册|台|辆|亩|吨|米|页|%|％"
)
# Units that count people: parts of a total of people may overlap (党员 and 女性 …).
PERSON_UNITS = frozenset({"人", "名", "位"})

# A number as the regex sees it; numerals.py reads it (and refuses 2024.3.5 or 二三).
_NUMBER = rf"\d[\d,.]*\d|\d|[{CHINESE_NUMERAL_CHARS}][{CHINESE_NUMERAL_CHARS}点]*"
# Words of approximation before a number. 约 and 近 as words of their own, not in 节约, 制约,
# 附近, 最近; 数 and 几 only before 十百千万 (数十次, 几百人). Looked for in the few
# characters before a number the regex found: the regex itself starts with the number, so
# that it is tried only where a digit or a numeral stands.
_BEFORE = re.compile(
    r"(?:大约|(?<![节制预签相邀契简公条婚誓隐])约|将近|接近|(?<![附最靠临亲贴邻走将接])近"
    r"|超过|逾|不少于|不低于|至少|不足|不到|少于|[数几])$"
)
_FIGURE = re.compile(
    rf"(?P<num>{_NUMBER})(?:\s*[—–~～至到-]\s*(?P<num2>{_NUMBER}))?"
    rf"(?P<big>[万亿](?!元))?(?P<approx>余|多|几)?(?P<big2>[万亿](?!元))?"
    rf"(?P<unit>{UNITS})?(?P<after>左右|以上|以下|余)?"
)
_NOT_BEFORE_DIGITS = frozenset(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.．·-—–/_"
)
_ARABIC = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# 统一部署, 唯一, 逐一, 之一: 一 inside a word, not a count.
_WORD_BEFORE_ONE = frozenset("统唯同逐专划之万合单第任某每另")
_ORDINAL_BEFORE = ("第", "每")


class Figure(NamedTuple):
    """One number with its unit, as written at text[start:end]."""

    start: int
    end: int
    value: Fraction  # in the base unit: 2.6万人次 is 26000 人次, 120万元 is 1200000 元
    low: Fraction  # the least value the words allow
    high: Fraction | None  # the most (None: no bound, as in 200人以上)
    unit: str  # 件, 人次, 元, % …
    places: int  # digits after the point as written (96.9% → 1)
    written: str
    scale: int = 1  # 10000 when written in 万 (2.6万人次, 120万元)

    @property
    def exact(self) -> bool:
        return self.low == self.value == self.high

    @property
    def percent(self) -> bool:
        return self.unit == "%"


# No report writes a figure this long (1,234,567,890.25 is 16 characters); a longer run is
# pasted digits, not a figure, and Python refuses to read over 4,300 digits as a number.
_LONGEST_FIGURE = 32


def _value(text: str) -> Fraction | None:
    if len(text) > _LONGEST_FIGURE:
        return None
    if text[0].isdigit():
        if not _ARABIC.fullmatch(text):
            return None  # 2024.3.5, 1,2
        return arabic_value(text)
    return chinese_decimal(text)


def _pair(text: str) -> tuple[Fraction, Fraction] | None:
    """两三, 三四: two neighbouring digits, a range (三四个 is three or four)."""
    if len(text) != 2:
        return None
    first, last = DIGIT.get(text[0]), DIGIT.get(text[1])
    if first is None or last is None or not 0 < first < last:
        return None
    return Fraction(first), Fraction(last)


def _step(value: Fraction) -> Fraction:
    """The place 余 stands for: 30余 runs to 40, 1200余 to 1300, 十余 to 20."""
    whole = int(value)
    if whole <= 0 or value.denominator != 1:
        return Fraction(1)
    step = 1
    while whole % (step * 10) == 0:
        step *= 10
    return Fraction(step)


def _bounds(
    value: Fraction, before: str, approx: str, after: str, scale: int
) -> tuple[Fraction, Fraction | None]:
    """The range of values the words of approximation allow."""
    if approx in ("余", "多") or after == "余":
        return value, value + _step(value / scale) * scale
    if approx == "几":
        return value, value + _step(value / scale) * scale
    if before in ("约", "大约") or after == "左右":
        return value * Fraction(4, 5), value * Fraction(6, 5)
    if before in ("将近", "接近", "近"):
        return value * Fraction(4, 5), value
    if before in ("超过", "逾", "不少于", "不低于", "至少", "数", "几") or after == "以上":
        return value, None
    if before in ("不足", "不到", "少于") or after == "以下":
        return Fraction(0), value
    return value, value


class _Words(NamedTuple):
    """The words around a number that say what it is."""

    start: int  # where the figure begins, its words of approximation or 百分之 included
    before: str  # 约, 近, 超过 …
    percent: bool  # 百分之九十五


def _words(text: str, match: re.Match[str]) -> _Words:
    start = match.start()
    percent = text.endswith("百分之", 0, start)
    if percent:
        start -= 3
    before = _BEFORE.search(text, max(0, start - 4), start)
    word = before.group() if before else ""
    if word in ("数", "几") and match.group("num")[0] not in "十百千万":
        word = ""
    return _Words(start - len(word), word, percent)


def _skip(text: str, match: re.Match[str], words: _Words) -> bool:
    """A match that is not a count: a date, an ordinal, a code, a slogan, a word."""
    start, end = match.span()
    previous = text[start - 1] if start else ""
    number = match.group("num")
    if previous in _NOT_BEFORE_DIGITS and number[:1].isdigit():
        return True  # 0391-1234567, A-1, 2024.3
    if previous in _ORDINAL_BEFORE:
        return True  # 第十二条, 每一次
    if number == "一" and previous in _WORD_BEFORE_ONE:
        return True
    if number == "一" and match.group("unit") == "起":
        return True  # 一起学习: together, not one incident
    if text.startswith("一", end) and not number[:1].isdigit():
        return True  # 四位一体, “三个一”: slogans, not counts
    return match.group("unit") is None and not words.percent


@lru_cache(maxsize=4096)
def figures(text: str) -> tuple[Figure, ...]:
    """Every figure of `text`, in order (cached: each figure rule reads the same texts)."""
    return tuple(_scan(text))


def _scan(text: str) -> list[Figure]:
    found: list[Figure] = []
    for match in _FIGURE.finditer(text):
        words = _words(text, match)
        if _skip(text, match, words):
            continue
        figure = _figure(text, match, words)
        if figure is not None:
            found.append(figure)
    return found


def _figure(text: str, match: re.Match[str], words: _Words) -> Figure | None:
    group = match.group
    before, approx, after = words.before, group("approx") or "", group("after") or ""
    unit = "%" if words.percent or group("unit") == "％" else group("unit")
    written = group("num")
    value = _value(written)
    second = _value(group("num2")) if group("num2") else None
    if value is None:
        pair = _pair(written)
        if pair is None or words.percent:
            return None
        value, second = pair
    if group("num2") and second is None:
        return None
    scale = 1
    for big in (group("big"), group("big2")):
        if big:
            scale *= LARGE_UNIT[big]
    if unit in ("万元", "亿元"):
        scale *= LARGE_UNIT[unit[0]]
        unit = "元"
    if unit == "个百分点":
        unit = "百分点"
    value *= scale
    low, high = _bounds(value, before, approx, after, scale)
    if second is not None:
        high = second * scale
        if high <= value:
            return None  # 2021—2025 without 年 is not a range of counts
    start = words.start
    return Figure(
        start,
        match.end(),
        value,
        low,
        high,
        unit,
        decimals(written),
        text[start : match.end()],
        scale,
    )
