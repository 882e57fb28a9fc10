"""P008: an enumeration inside the text runs in order: 一是、二是、三是, （1）（2）（3）.

The 一是 points of a point list are numbered when the report is typeset; those written
in the text (in a paragraph, or left in a point's text where the order broke: 一是、二是、
四是) go on from them, so the sequence is followed across the blocks of one division.

Lists nest: a list of another kind opened inside an item (一是…：（1）…（2）…) belongs to
it and ends when the outer list goes on (二是), and 第一/首先/1. hold 一是 lists the same
way, though they are not counted themselves. A nested list under the next item starts
again from 1 or goes on from where it stopped; either is in order. Written one item a
paragraph, a nested list's 二是 may be the outer list's as well: both readings are kept
until a number fits only one, and only what is out of order under all of them is reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from ..model import Block, Report
from . import listmarks
from .base import Case, Finding, JsonPath, Rule, Severity, TextField
from .cases import data, put, text, wrong_right
from .matching import excerpt

# 一是…主要做法有： and its nested list written one item a paragraph
_NESTED = ("一是完善学法机制，主要做法有：", "一是落实会前学法。", "二是推行年终述法。")


def _points(*texts: str) -> dict[str, object]:
    return {"points": [{"text": t} for t in texts]}


# (where the 一是 list stands, where the lists it is nested in stood), outermost first
_Reading = tuple[int, tuple[int, ...]]
_READINGS = 8  # readings kept at most; a report never nests deeper


def _starts(first: listmarks.Ordinal | None, reading: _Reading, before: str) -> list[_Reading]:
    """The readings a paragraph starts from, given its first 一是-family ordinal."""
    last, outer = reading
    if first and first.start == 0 and outer and first.value == outer[-1] + 1:
        # 二是 after a nested 一是…: the outer list goes on, or (二是 after 一是 both
        # ways) the nested one does, written one item a paragraph.
        goes_on = [(outer[-1], outer[:-1])]
        return [*goes_on, reading] if first.value == last + 1 else goes_on
    if first and (first.start > 0 or first.value == 1):
        if first.start == 0 and last and before.rstrip()[-1:] in "：:":
            outer = (*outer, last)  # 一是…包括： then a paragraph of 一是…二是
        return [(0, outer)]  # 一是 after an intro, or a paragraph opening with 一是: a new run
    return [reading]


def _agreed(readings: list[list[Finding]]) -> Iterator[Finding]:
    """A paragraph out of order under every reading: the ordinals each reading finds
    fault with. Where the readings differ about one (another 前一个), it is a warning."""
    first, *others = readings
    for finding in first:
        same = [
            [f for f in marks if f.path == finding.path and f.start == finding.start]
            for marks in others
        ]
        if not all(same):
            continue  # in order under another reading
        if all(f.message == finding.message for found in same for f in found):
            yield finding
        else:
            yield replace(
                finding,
                severity=Severity.WARNING,
                suggestion=finding.suggestion + _AMBIGUOUS,
            )


_AMBIGUOUS = "（上面分段写的序号可以读成套在一起的两组，这里属于哪一组读不准，只作提示。）"


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
    explanation = "段内的序号要连续，不跳号、不重号：一是、二是、三是，（1）（2）（3）。“一是、二是”要点的序号由程序生成，写在正文里的接着它们往下数。段落中间又从“一是”数起的，可能是另起的一组，只作提示。一组序号可以套在另一组里：“一是……：（1）……（2）……。二是……”里（1）（2）属于“一是”，到“二是”这一组接着往下数，“二是”下面的（1）（2）重新数起（或接着上一组往下数）；“第一、第二”“首先、其次”“1. 2.”下面的“一是、二是”也是这样；分段写的也一样（“一是……，具体有：”之后另起一段写“一是……二是……”，再接“二是”；里面一组的“二是”也可能是外面一组的，两种读法都接得上的不报）；要点正文里的“一是、二是”是这个要点下面的一组。"
    example = wrong_right(
        "一是加强学习；二是强化宣传；四是严格执法。", "一是加强学习；二是强化宣传；三是严格执法。"
    )
    triggers = (
        text("一是加强学习；二是强化宣传；四是严格执法。"),
        text("一是加强学习；二是强化宣传；二是严格执法。", severity=Severity.ERROR),
        text("一是加强学习，二是强化宣传。一是严格执法，二是公正司法。", severity=Severity.WARNING),
        text("主要有：（1）学法；（2）普法；（4）用法。"),
        # Nested lists are still counted, each in its own run.
        text("一是健全制度：（1）建章；（3）立制。二是强化培训。"),
        text("一是健全制度：（1）建章；（2）立制。二是强化培训：（1）轮训；（1）调训。"),
        text("第一，健全制度：一是建章；三是立制。第二，强化培训。"),
        text("一是健全制度：（1）建章；（2）立制。三是强化培训。"),
        # Across paragraphs and in points, a nested list is counted on its own too.
        data(
            put(
                ("parts", 1, "content"),
                [
                    "一是健全制度，具体有：",
                    "一是建章；二是立制。",
                    "二是强化培训。",
                    "二是严格考核。",
                ],
            )
        ),
        data(put(("parts", 1, "content"), [_points("健全制度：一是建章；三是立制。")])),
        # 一是…。一是…二是…三是… begun again inside a paragraph: a hint there (another
        # run, or one nested in the first item), and the next paragraph's 二是 may go on
        # from the first run, so nothing is reported on it.
        Case(
            (
                (
                    ("parts", 1, "content"),
                    ["一是全面学习。一是集中学习；二是专题考试；三是旁听庭审。", "二是严格执法。"],
                ),
            ),
            None,
            ("parts", 1, "content", 0),
            Severity.WARNING,
        ),
        # No run begun again before it: the paragraph's 二是 repeats the list's.
        data(
            put(
                ("parts", 1, "content"),
                ["一是集中学习；二是专题考试；三是旁听庭审。", "二是严格执法。"],
            ),
            severity=Severity.ERROR,
        ),
        # One item a paragraph, 二是 read both ways: 四是 is out of order under either.
        data(put(("parts", 1, "content"), [*_NESTED, "四是年终述职。"]), severity=Severity.ERROR),
    )
    clean = (
        text("一是加强学习；二是强化宣传；三是严格执法。"),
        text("统一是基础，唯一是要求。"),
        text("依照第三条（二）项和第五条（一）项办理。"),
        # 一是、二是 as points, then 三是 in the text: the numbering goes on from the points
        data(put(("parts", 1, "content"), [_points("加强学习。", "强化宣传。"), "三是严格执法。"])),
        # An outer list resumed after an inner one: the inner list nests in the outer item,
        # and starts again from 1 (or goes on) under the next.
        text("一是健全制度：（1）建章；（2）立制。二是强化培训：（1）轮训；（2）调训。"),
        text("一是健全制度，其中：（1）建章；（2）立制；二是强化培训，其中：（3）轮训。"),
        text("一是强化学习。其中：1.学宪法；2.学民法典；二是严格执法。"),
        text("第一，健全制度：一是建章，二是立制；第二，强化培训：一是轮训，二是调训。"),
        text("（一）健全制度：一是建章；二是立制。（二）强化培训：一是轮训；二是调训。"),
        text("首先，健全制度：一是建章；二是立制。其次，强化培训：一是轮训；二是调训。"),
        text("1.健全制度：一是建章；二是立制。2.强化培训：一是轮训；二是调训。"),
        # The same across paragraphs (一是…：, then a paragraph of 一是…二是…, then 二是),
        # and a point's text holding a list of its own.
        data(
            put(
                ("parts", 1, "content"),
                ["一是健全制度，具体有：", "一是建章；二是立制。", "二是强化培训。"],
            )
        ),
        data(
            put(
                ("parts", 1, "content"),
                ["第一，健全制度。", "一是建章；二是立制。", "第二，强化培训。", "一是轮训。"],
            )
        ),
        data(
            put(
                ("parts", 1, "content"),
                [_points("健全制度：一是建章；二是立制。", "强化培训：一是轮训；二是调训。")],
            )
        ),
        # One item a paragraph: the inner 二是 fits the outer list too; the next 二是 is
        # the outer one's, whichever the inner one was.
        data(put(("parts", 1, "content"), [*_NESTED, "二是强化执法培训。", "三是严格考核。"])),
        data(put(("parts", 1, "content"), [*_NESTED, "三是专题讲座。", "二是强化执法培训。"])),
        # a paragraph opening with 一是 starts a new run
        data(
            put(("parts", 1, "content"), ["一是学习；二是宣传；三是执法。", "一是调解；二是化解。"])
        ),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for path, blocks in _content_lists(report):
            # The readings of the lists so far: where the 一是 list stands, and where the
            # lists stood that a paragraph after ：nested it in. A paragraph that opens
            # with a number fitting both (二是 after a nested 一是) keeps both readings.
            readings: list[_Reading] = [(0, ())]
            before = ""  # the paragraph before
            for index, block in enumerate(blocks):
                here = (*path, index)
                if isinstance(block, str):
                    found = listmarks.ordinals(here, block)
                    judged: list[tuple[_Reading, list[Finding]]] = []
                    for reading in readings:
                        for last, outer in _starts(found[0] if found else None, reading, before):
                            marks = list(self._judge(listmarks.nested(here, block, last)))
                            judged.append(((found[-1].value if found else last, outer), marks))
                            if begun_again := listmarks.restart(found):
                                # 一是…。一是…二是…三是: the second run may be nested in the
                                # first one's item, and the next paragraph's 二是 its.
                                judged.append(((found[-1].value, (*outer, begun_again)), marks))
                    # A number in order under any reading is accepted under it.
                    fitting = [after for after, marks in judged if not marks]
                    if not fitting:
                        yield from _agreed([marks for _, marks in judged])
                    kept = fitting or [after for after, _ in judged]
                    readings = list(dict.fromkeys(kept))[:_READINGS]
                    before = block
                    continue
                last, before = 0, ""
                for number, point in enumerate(block.points, 1):
                    at = (*here, "points", number - 1, "text")
                    found = listmarks.ordinals(at, point.text)
                    # The point's own 一是 is generated: a 一是 in its text opens a nested list.
                    nested = bool(found) and found[0].value == 1
                    yield from self._judge(
                        listmarks.nested(at, point.text, 0 if nested else number)
                    )
                    last = found[-1].value if found else number
                readings = [(last, ())]
                if block.intro is not None:
                    intro = listmarks.nested((*here, "intro"), block.intro, 0)
                    yield from self._judge((m, b) for m, b in intro if m.family != "是")

    def _judge(self, marks: Iterable[tuple[listmarks.Ordinal, int]]) -> Iterator[Finding]:
        for ordinal, last in marks:
            if ordinal.family != "是":
                if ordinal.value != last + 1:
                    yield self._finding(ordinal, last)
            elif ordinal.value == 1 and last > 0:  # another run may begin: 一是…二是。一是…
                yield self._finding(ordinal, last, restart=True)
            elif ordinal.value != last + 1 and not (last == 0 and ordinal.value > 1):
                yield self._finding(ordinal, last)

    def _finding(self, ordinal: listmarks.Ordinal, last: int, restart: bool = False) -> Finding:
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
