"""Ordinals written in a report's text: 一是、二是, （一）（1）, and the outer levels
(第一, 首先, 1.) that nest them, read in the order they are written (P008's reading)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..lazyregex import lazy_compile
from .base import JsonPath

_NUMERALS = "一二三四五六七八九十"
_VALUE = {c: i for i, c in enumerate(_NUMERALS, 1)}
# 一是 at the start of a text or after a mark: not the 一是 of 统一是 or 唯一是.
_ORDINAL = lazy_compile(rf"(?:^|(?<=[。；：，！？”\s]))([{_NUMERALS}]{{1,2}})是")
_BRACKETED = lazy_compile(rf"[（(]([{_NUMERALS}]{{1,2}}|\d{{1,2}})[）)]")
# Other levels of a list, which this rule does not count but which nest the ones it does:
# 第一，…一是…二是…；第二，…一是…, 首先/其次, 1.…2.… after a mark.
_AFTER_MARK = r"(?:^|(?<=[。；：，！？”\s]))"
_OUTER = lazy_compile(
    rf"{_AFTER_MARK}(?:第([{_NUMERALS}]{{1,2}})(?=[，,、：:])|(首先|其次|再次|然后|最后)(?=[，,：:])"
    r"|(\d{1,2})[.．、](?!\d))"
)
_SEQUENCE = {"首先": 1, "其次": 2, "再次": 3, "然后": 3, "最后": 9}


def _number(written: str) -> int:
    if written.isdigit():
        return int(written)
    if len(written) == 1:
        return _VALUE[written]
    tens, units = written[0], written[1]
    if tens == "十":
        return 10 + _VALUE.get(units, 0)
    return _VALUE[tens] * 10 + (_VALUE[units] if units != "十" else 0)


@dataclass
class Ordinal:
    path: JsonPath
    text: str
    start: int
    end: int
    value: int
    family: str = "是"  # 是 (一是), 一 or 1 (bracketed), or an outer level's: 第, 序, 点


def ordinals(path: JsonPath, text: str) -> list[Ordinal]:
    return [
        Ordinal(path, text, m.start(), m.end(), _number(m.group(1)))
        for m in _ORDINAL.finditer(text)
    ]


def bracketed(path: JsonPath, text: str) -> list[Ordinal]:
    """（一）（二）… and （1）（2）…: a family that starts with 1 and has two or more in
    the text; otherwise a reference such as 第三条（二）项, not an enumeration."""
    found: list[Ordinal] = []
    for family in (_NUMERALS, "0123456789"):
        run = [
            Ordinal(path, text, m.start(), m.end(), _number(m.group(1)), family[0])
            for m in _BRACKETED.finditer(text)
            if m.group(1)[0] in family
        ]
        if len(run) >= 2 and run[0].value == 1:
            found += run
    return found


def outer(path: JsonPath, text: str) -> list[Ordinal]:
    """第一，首先，1. : levels this rule does not count, which end a list nested in them."""
    found = []
    for m in _OUTER.finditer(text):
        ordinal, word, digits = m.groups()
        value, family = (
            (_number(ordinal), "第")
            if ordinal
            else (_SEQUENCE[word], "序")
            if word
            else (int(digits), "点")
        )
        found.append(Ordinal(path, text, m.start(), m.end(), value, family))
    return found


def nested(path: JsonPath, text: str, last: int) -> Iterator[tuple[Ordinal, int]]:
    """Each counted ordinal of `text` that may be out of order, with the one before it in
    its own list. Lists nest: a list of one family opened after
    another (一是…：（1）（2）) ends when the outer one goes on (二是), so （1）（2）…
    （1）（2） under 一是 and 二是, or 一是 under 第一 and again under 第二, run in order;
    a list that goes on from its last number after the outer one moved also does.
    `last`: where the 一是 list stood before this text (a point list's, the paragraph
    before's)."""
    marks = sorted(
        ordinals(path, text) + bracketed(path, text) + outer(path, text), key=lambda o: o.start
    )
    stack: list[list[Any]] = []  # [family, last value], outermost first
    ended: dict[str, int] = {}  # a nested list's last value when its outer list went on
    for mark in marks:
        level = next((k for k, (family, _) in enumerate(stack) if family == mark.family), None)
        if level is not None:
            for family, value in stack[level + 1 :]:
                ended[family] = value
            del stack[level + 1 :]
            before = stack[level][1]
            stack[level][1] = mark.value
            if mark.family not in "第序点":
                yield mark, before
            continue
        stack.append([mark.family, mark.value])
        if mark.family in "第序点":
            continue
        if mark.family in ended:  # a nested list again: from 1, or going on
            before = ended.pop(mark.family)
            if mark.value not in (1, before + 1):
                yield mark, before
        elif mark.family == "是":
            yield mark, last if len(stack) == 1 else 0
        elif mark.value != 1:
            yield mark, 0


def restart(found: list[Ordinal]) -> int:
    """Where a 一是 list stood when a paragraph began it again (0: it did not)."""
    starts = [k for k in range(1, len(found)) if found[k].value == 1]
    return found[starts[-1] - 1].value if starts else 0
