"""Part headings typed without 一、: where a report's parts start though no number says so.

A clerk's copy loses numbers (a web page set its headings in bold; a clerk typed one
heading as a topic sentence). Such a heading is a short line, with a comma at most,
that stands after text (not directly under a heading) and either names a content no part
so far covers (存在的问题, 下一步工作打算, 锚定目标任务，谋划来年工作), or heads text that
tells one (a slogan over 下一步，我镇将…), or has （一） starting again under it. Inside a
part, a short line about that part's own content (主要成效 among the measures) is text,
and so is one naming the heads' duty or the measures, which a part's own sub-headings
often do, except in a report that has no numbered part at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..lazyregex import lazy_compile
from ..model import PartKind
from ..partkinds import named_kind, part_kind, told_kind
from ..structure import read_heading
from .frame import reading, reads_as_title
from .web import quoted

TOPIC = lazy_compile(r"^[^。；：:;！？!?（(【“]{4,30}$")
# 2021年柳湾街道法治政府建设工作: a heading over the whole body, typed without a number.
_YEAR_HEADING = lazy_compile(
    r"^(?=.*(?:19|20)\d{2}\s*年)[^。，,；;：:！？!?“”《》]{6,40}(?:工作|情况|建设)$"
)
# Contents that follow the work done, and so head parts of their own.
_LATER = {PartKind.SHORTCOMINGS, PartKind.PLANS, PartKind.OTHER}


def _texts(part: dict[str, Any]) -> list[str]:
    return [block for block in part.get("content", []) if isinstance(block, str)]


def heads_a_part(
    text: str, ahead: Sequence[str], parts: list[dict[str, Any]], loose: bool = False
) -> bool:
    """Whether `text`, a line among the parts read so far and followed by `ahead`,
    heads a part of its own; `loose` where no part is numbered at all."""
    if not parts or not TOPIC.match(text):
        return False
    following = read_heading(ahead[0]) if ahead else None
    if following is not None and following.level.depth > 0:
        # （一） again under it: a part; （三） under it: a sub-heading of this part
        return following.number == 1 and bool(parts[-1].get("sections"))
    kind = named_kind(text)
    if "，" in reading(text):  # a slogan (聚焦短板精准发力，推动…提质增效): what its text tells
        until = next((i for i, line in enumerate(ahead) if read_heading(line)), len(ahead))
        kind = told_kind(text, ahead[:until]) or kind
    covered = {part_kind(part["heading"], _texts(part)) for part in parts}
    # 压实第一责任人职责，…: a topic sentence on the heads' duty, which no part so far
    # covers, standing alone between numbered parts, heads the duty's part
    duty = kind is PartKind.DUTY and bool(_FIRST_RESPONSIBLE.search(text)) and _before_part(ahead)
    return kind is not None and kind not in covered and (loose or kind in _LATER or duty)


# The heads' duty, as a topic sentence names it.
_FIRST_RESPONSIBLE = lazy_compile(r"第一责任人")


def _before_part(ahead: Sequence[str]) -> bool:
    """Whether the next heading below is a part's (三、), not a section's of the part the
    line stands in, so that the line's text runs up to the next part."""
    following = next((read_heading(line) for line in ahead if read_heading(line)), None)
    return following is None or following.level.depth == 0


def unnumbered_first_part(texts: list[str], start: int, end: int) -> bool:
    """Whether the line above the first heading, a （一）, is a part's heading typed
    without 一、 (工作开展情况 over （一）…)."""
    first = read_heading(texts[start]) if start < end else None
    if first is None or first.level.depth == 0 or start < 2:
        return False
    above = texts[start - 1]
    return bool(TOPIC.match(above)) and not reads_as_title(above) and named_kind(above) is not None


def first_unnumbered_part(opening: list[str], end: int) -> int:
    """Where the body starts in a report whose parts all lost their 一、 (a web copy of
    headings set in bold): the first of two or more short lines of the opening, not its
    first, that name different contents (工作开展情况, 存在的问题, 下一步打算); else `end`.
    `opening` is what stands above `end` after the title and addressees."""
    first = end - len(opening)
    named = [
        (first + i, kind)
        for i, line in enumerate(opening)
        if i and TOPIC.match(line) and (kind := named_kind(line)) is not None
    ]
    if len({kind for _, kind in named}) >= 2:
        return named[0][0]
    return end


def heading_lines(opening: list[str], notes: list[str]) -> list[str]:
    """The opening without a heading over the whole body typed without a number
    (2021年柳湾街道法治政府建设工作 directly above 一、): not a paragraph of the opening,
    and not printed as one; said in a note. Directly under the title, such a line is
    the opening's (a subtitle, as the clerk wrote it)."""
    if not opening or not _YEAR_HEADING.match(opening[-1].strip()):
        return opening
    notes.append(
        f"“{quoted(opening[-1])}”是没有编号的总标题，不作为正文印出；"
        "如需保留，请写入开头段落（opening）。"
    )
    return opening[:-1]
