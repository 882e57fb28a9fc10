"""P008: an enumeration inside the text runs in order: 一是、二是、三是, （1）（2）（3）.

The 一是 points of a point list are numbered when the report is typeset; those written
in the text (in a paragraph, or left in a point's text where the order broke: 一是、二是、
四是) go on from them, so the sequence is followed across the blocks of one division.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..lazyregex import lazy_compile
from ..model import Block, Report
from .base import Finding, JsonPath, Rule, Severity, TextField
from .cases import data, put, text, wrong_right
from .matching import excerpt

_NUMERALS = "一二三四五六七八九十"
_VALUE = {c: i for i, c in enumerate(_NUMERALS, 1)}
# 一是 at the start of a text or after a mark: not the 一是 of 统一是 or 唯一是.
_ORDINAL = lazy_compile(rf"(?:^|(?<=[。；：，！？”\s]))([{_NUMERALS}]{{1,2}})是")
_BRACKETED = lazy_compile(rf"[（(]([{_NUMERALS}]{{1,2}}|\d{{1,2}})[）)]")


def _number(written: str) -> int:
    if written.isdigit():
        return int(written)
    if len(written) == 1:
        return _VALUE[written]
    tens, units = written[0], written[1]
    if tens == "十":
        return 10 + _VALUE.get(units, 0)
    return _VALUE[tens] * 10 + (_VALUE[units] if units != "十" else 0)


def _points(*texts: str) -> dict[str, object]:
    return {"points": [{"text": t} for t in texts]}


@dataclass
class _Ordinal:
    path: JsonPath
    text: str
    start: int
    end: int
    value: int


def _ordinals(path: JsonPath, text: str) -> list[_Ordinal]:
    return [
        _Ordinal(path, text, m.start(), m.end(), _number(m.group(1)))
        for m in _ORDINAL.finditer(text)
    ]


def _content_lists(report: Report) -> Iterator[tuple[JsonPath, Sequence[Block]]]:
    def walk(node: object, path: JsonPath) -> Iterator[tuple[JsonPath, Sequence[Block]]]:
        yield (*path, "content"), node.content  # type: ignore[attr-defined]
        for key in ("sections", "items", "subitems"):
            for index, child in enumerate(getattr(node, key, [])):
                yield from walk(child, (*path, key, index))

    for index, part in enumerate(report.parts):
        yield from walk(part, ("parts", index))


class EnumerationOrder(Rule):
    code = "P008"
    severity = Severity.ERROR
    also_warns = True
    summary = "段内序号要连续：一是、二是、三是，（1）（2）（3），不跳号、不重号"
    explanation = "段内的序号要连续，不跳号、不重号：一是、二是、三是，（1）（2）（3）。“一是、二是”要点的序号由程序生成，写在正文里的接着它们往下数。段落中间又从“一是”数起的，可能是另起的一组，只作提示。"
    example = wrong_right(
        "一是加强学习；二是强化宣传；四是严格执法。", "一是加强学习；二是强化宣传；三是严格执法。"
    )
    triggers = (
        text("一是加强学习；二是强化宣传；四是严格执法。"),
        text("一是加强学习；二是强化宣传；二是严格执法。", severity=Severity.ERROR),
        text("一是加强学习，二是强化宣传。一是严格执法，二是公正司法。", severity=Severity.WARNING),
        text("主要有：（1）学法；（2）普法；（4）用法。"),
    )
    clean = (
        text("一是加强学习；二是强化宣传；三是严格执法。"),
        text("统一是基础，唯一是要求。"),
        text("依照第三条（二）项和第五条（一）项办理。"),
        # 一是、二是 as points, then 三是 in the text: the numbering goes on from the points
        data(put(("parts", 1, "content"), [_points("加强学习。", "强化宣传。"), "三是严格执法。"])),
        # a paragraph opening with 一是 starts a new run
        data(
            put(("parts", 1, "content"), ["一是学习；二是宣传；三是执法。", "一是调解；二是化解。"])
        ),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for path, blocks in _content_lists(report):
            last = 0  # the 一是 ordinal the division's text has reached
            for index, block in enumerate(blocks):
                here = (*path, index)
                if isinstance(block, str):
                    found = _ordinals(here, block)
                    if found and (found[0].start > 0 or found[0].value == 1):
                        last = 0  # 一是 after an intro, or a paragraph opening with 一是: a new run
                    yield from self._run(found, last)
                    last = found[-1].value if found else last
                    yield from self._bracketed(here, block)
                    continue
                last = 0
                for number, point in enumerate(block.points, 1):
                    at = (*here, "points", number - 1, "text")
                    found = _ordinals(at, point.text)
                    yield from self._run(found, number)
                    last = found[-1].value if found else number
                    yield from self._bracketed(at, point.text)
                if block.intro is not None:
                    yield from self._bracketed((*here, "intro"), block.intro)

    def _run(self, found: list[_Ordinal], last: int) -> Iterator[Finding]:
        for ordinal in found:
            if ordinal.value == 1 and last > 0:  # another run may begin: 一是…二是。一是…
                yield self._finding(ordinal, last, restart=True)
            elif ordinal.value != last + 1 and not (last == 0 and ordinal.value > 1):
                yield self._finding(ordinal, last)
            last = ordinal.value

    def _bracketed(self, path: JsonPath, text: str) -> Iterator[Finding]:
        """（一）（二）… or （1）（2）… listed inside one paragraph, starting from 1."""
        for family in (_NUMERALS, "0123456789"):
            run = [
                _Ordinal(path, text, m.start(), m.end(), _number(m.group(1)))
                for m in _BRACKETED.finditer(text)
                if m.group(1)[0] in family
            ]
            if len(run) < 2 or run[0].value != 1:
                continue  # a reference such as 第三条（二）项, not an enumeration
            last = 0
            for ordinal in run:
                if ordinal.value != last + 1:
                    yield self._finding(ordinal, last)
                last = ordinal.value

    def _finding(self, ordinal: _Ordinal, last: int, restart: bool = False) -> Finding:
        written = ordinal.text[ordinal.start : ordinal.end]
        what = "重复了" if ordinal.value <= last else "跳过了中间的序号"
        return self.finding(
            ordinal.path,
            excerpt(ordinal.text, ordinal.start, ordinal.end),
            f"序号“{written}”{what}（前一个是第{last}个）。",
            f"核对序号，这里应是第{last + 1}个"
            + ("；如是另起的一组，可以不改。" if restart else "。"),
            start=ordinal.start,
            severity=Severity.WARNING if restart else None,
        )
