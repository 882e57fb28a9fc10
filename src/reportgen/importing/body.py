"""The numbered body of a report: headings become divisions, 一是/二是 become points.

Levels are read with the table render writes them with (structure.LEVELS); what the
builder makes is the data of the model's parts, sections, items and sub-items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .. import numbering
from ..lazyregex import lazy_compile
from ..structure import LEVELS, Numbered, read_heading
from .read import Paragraph
from .topics import heads_a_part
from .web import quoted

ORDINALS = [numbering.point(n) for n in range(1, 21)]  # 一是 … 二十是
# A heading runs on into its text when a short first sentence ends in 。 and text follows.
_RUN_ON = lazy_compile(r"^([^。]{2,40}。)(.+)$", re.S)
LEAD_MAX = 20  # a point's lead is one short sentence: 压实责任，强化担当。
# 第一部分 2023年工作情况: a part numbered in words, as some reports head their parts;
# 一，主要做法 or 一：主要做法, a short heading typed with the wrong mark.
_NAMED_PART = lazy_compile(
    r"^第([一二三四五六七八九十]{1,3})部分\s*[：:、，,．.]?\s*(?P<text>\S.*)$"
)
_COMMA_PART = lazy_compile(
    r"^([一二三四五六七八九十]{1,3})\s*(?P<mark>[，,：:])\s*(?P<text>[^。；;]{2,30})$"
)


def heading_of(text: str) -> Numbered | None:
    """The line as a numbered heading: 一、（一）1.（1） as render writes them, or a part
    headed 第一部分."""
    numbered = read_heading(text)
    named = None if numbered else _NAMED_PART.match(text) or _COMMA_PART.match(text)
    number = numbering.numeral_value(named.group(1)) if named else None
    if named and number is not None:
        typed = text[: named.start("text")].strip()
        mark = named.groupdict().get("mark") or ""
        return Numbered(LEVELS[0], number, typed, mark, named.group("text"))
    return numbered


def _split_points(text: str) -> tuple[str, list[tuple[int, str]]] | None:
    """`intro一是…二是…` → (intro, [(offset, point text)]) when the ordinals run in order;
    offset is where the point's ordinal stands in `text`."""
    start = text.find(ORDINALS[0])
    if start < 0:
        return None
    pieces, ordinal_at, position = [], start, start + 2
    for ordinal in ORDINALS[1:]:
        found = text.find(ordinal, position)
        if found < 0:
            break
        pieces.append((ordinal_at, text[position:found]))
        ordinal_at, position = found, found + len(ordinal)
    pieces.append((ordinal_at, text[position:]))
    if start > 0 and len(pieces) < 2:
        return None  # a lone 一是 inside a sentence (统一是…) is not a point
    if any(not piece.strip() for _, piece in pieces):
        return None  # 一是 with nothing after it is prose, not a point
    return text[:start], pieces


def _bold_lead(spans: tuple[tuple[int, int], ...], ordinal_at: int, ordinal: int) -> int | None:
    """Length of the lead after the ordinal, if a bold run starts at the ordinal."""
    for start, end in spans:
        if start == ordinal_at and end > ordinal_at + ordinal:
            return end - ordinal_at - ordinal
    return None


def _point(text: str, bold: int | None, from_word: bool) -> dict[str, str]:
    """Split a point's lead phrase off: the bold run in Word, else a short first sentence."""
    if bold is not None:
        if bold < len(text) and text[bold:].strip():
            return {"lead": text[:bold], "text": text[bold:]}
        return {"text": text}
    if from_word:
        return {"text": text}  # Word shows leads in bold; none here
    end = text.find("。")
    if 0 < end < LEAD_MAX and text[end + 1 :].strip():
        return {"lead": text[: end + 1], "text": text[end + 1 :]}
    return {"text": text}


class BodyBuilder:
    """Paragraphs in reading order → nested division data, each with its content."""

    def __init__(self, from_word: bool, unnumbered: bool = False) -> None:
        self.from_word = from_word
        self.unnumbered_parts = unnumbered  # no part of the report has its 一、
        self.notes: list[str] = []
        self.parts: list[dict[str, Any]] = []
        self.loose: list[Any] = []  # content before the first heading
        self.stack: list[dict[str, Any]] = []  # the open part, section, item, sub-item
        self.pending: list[dict[str, str]] = []  # points, one paragraph each, still open
        self.typed: dict[tuple[int, str], list[Numbered]] = {}  # numbering typed by hand
        self.out_of_order: list[tuple[Numbered, str]] = []  # as typed, as renumbered
        self.after_heading = False  # the last line was a heading
        self.last_heading = ""  # that heading's line, as typed

    # -- paragraphs and points -------------------------------------------------------
    def _content(self) -> list[Any]:
        if not self.stack:
            return self.loose
        blocks: list[Any] = self.stack[-1].setdefault("content", [])
        return blocks

    def flush(self) -> None:
        if self.pending:
            self._content().append({"points": self.pending})
            self.pending = []

    def paragraph(self, paragraph: Paragraph) -> None:
        text, spans = paragraph.text, paragraph.bold
        if self.pending:
            ordinal = ORDINALS[min(len(self.pending), len(ORDINALS) - 1)]
            rest = text[len(ordinal) :]
            if text.startswith(ordinal) and rest.strip() and _split_points(rest) is None:
                # 二是… in its own paragraph, after 一是…
                bold = _bold_lead(spans, 0, len(ordinal))
                self.pending.append(_point(rest, bold, self.from_word))
                return
        split = _split_points(text)
        self.flush()
        if split is None:
            self._content().append(text)
            return
        intro, pieces = split
        points = [
            _point(piece, _bold_lead(spans, at, len(ORDINALS[n])), self.from_word)
            for n, (at, piece) in enumerate(pieces)
        ]
        if not intro and len(points) == 1:
            self.pending = points  # perhaps the first of several paragraphs
            return
        block: dict[str, Any] = {"inline": True, "points": points}
        if intro:
            block["intro"] = intro
        self._content().append(block)

    # -- headings --------------------------------------------------------------------
    def heading(self, numbered: Numbered, *, check: bool = True) -> None:
        self.flush()
        title, rest = numbered.text, None
        run_on = _RUN_ON.match(title)
        if run_on and run_on.group(2).strip():
            title, rest = run_on.group(1), run_on.group(2).strip()
        depth = numbered.level.depth
        if depth > len(self.stack):
            self.notes.append(
                f"“{numbered.typed}{title[:16]}”的层级跳过了上一级，已放在最近的上一级之下。"
            )
            depth = len(self.stack)
        del self.stack[depth:]
        level = LEVELS[depth]
        node: dict[str, Any] = {level.title: title}
        siblings = self.stack[-1].setdefault(level.key, []) if self.stack else self.parts
        siblings.append(node)
        self.stack.append(node)
        if check and depth == numbered.level.depth and numbered.number != len(siblings):
            self.out_of_order.append((numbered, level.format(len(siblings))))
        self.after_heading = not rest
        if rest:
            self.paragraph(Paragraph(rest))

    def unnumbered(self, text: str) -> None:
        """A top-level heading typed without 一、: a part, numbered by its place."""
        self.heading(Numbered(LEVELS[0], len(self.parts) + 1, "", "", text), check=False)
        self.notes.append(
            f"“{text[:20]}”没有编号，看作一个部分（{LEVELS[0].format(len(self.parts))}）读入，"
            "其后各部分的编号顺延，请核对。"
        )

    def line(self, paragraph: Paragraph, ahead: Sequence[str] = ()) -> None:
        """One line of the body; `ahead`, the lines after it, tell a part's heading
        typed without 一、 from a line of text."""
        numbered = heading_of(paragraph.text)
        if numbered is None:
            text = paragraph.text
            if (
                not self.after_heading
                and not self.pending
                and _split_points(text) is None
                and not text.startswith(tuple(ORDINALS))
                and heads_a_part(text, ahead, self.parts, self.unnumbered_parts)
            ):
                self.unnumbered(text)
                return
            self.paragraph(paragraph)
            self.after_heading = False
            return
        if self.after_heading and paragraph.text.strip() == self.last_heading:
            # 二、…  twice in a row: a page printed the heading again, one part
            self.notes.append(f"“{quoted(paragraph.text)}”重复印了两次，按一个标题读入。")
            return
        self.last_heading = paragraph.text.strip()
        if not numbered.canonical:
            shape = re.sub(
                r"[0-9一二三四五六七八九十]+", "#", numbered.typed.rstrip("：:、，,．. ")
            )
            self.typed.setdefault((numbered.level.depth, shape), []).append(numbered)
        self.heading(numbered)

    def finish(self) -> None:
        """Close what is open; say once for each way numbering was typed by hand."""
        self.flush()
        self.notes += [_typed_note(found) for found in self.typed.values()]
        if self.out_of_order:
            shown = self.out_of_order[:8]
            where = "，".join(f"“{n.typed}{n.text[:12]}”改为“{right}”" for n, right in shown)
            more = f"等 {len(self.out_of_order)} 处" if len(self.out_of_order) > len(shown) else ""
            self.notes.append(
                f"原文编号不连续或重复，已按顺序重新编号：{where}{more}。"
                "已打印的稿件如按原编号引用，请一并核对。"
            )


def _typed_note(found: list[Numbered]) -> str:
    """One note for one way of typing numbers, quoting each place so that the clerk finds
    them all in the original: “1、”“2、”写法不规范，已按“1.”“2.”的写法读入."""
    shown = found[:8]
    typed = "".join(f"“{n.typed}”" for n in shown)
    right = "".join(f"“{n.level.format(n.number)}”" for n in shown)
    more = f"等 {len(found)} 处" if len(found) > len(shown) else ""
    first = found[0]
    if first.typed.startswith("第"):
        return f"{typed}{more}已按{right}的编号读入。"
    if first.mark and not first.level.mark:
        return f"{typed}{more}后不应加“{first.mark}”，已按{right}的写法读入。"
    return f"{typed}{more}写法不规范，已按{right}的写法读入（GB/T 15834）。"
