"""Years in the text, for the rules Y001–Y004 (Y005 checks the title names one).

A report on year N tells of N and plans for N+1. Text carried over from last year's
report gives itself away: a heading naming N-1, plans headed N, 「N-1年以来」. These are
the questions those rules ask: which years a text states, which part is the plans.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lazyregex import lazy_compile
from ..model import Part, PartKind, Report
from .base import TextField

YEAR = lazy_compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?:度)?")
# Years that are no statement about this report: in a 《title》, a range 2021—2025年,
# a comparison (比2023年, 与2023年相比, 同期), a target (到2025年, 2025年前).
_HIDDEN = lazy_compile(r"《[^《》]*》|\d{4}\s*年?\s*[—\-－–~～至到]\s*\d{4}")
_COMPARED = lazy_compile(r"(?:比|较|同比|与|和|对比|相比|超过|低于|高于)$")
_FOLLOWED = lazy_compile(r"^(?:相比|同期|水平|基础上|底前|年底前|前|以前|之前|的基础)")
_PLAN_WORDS = lazy_compile(r"下一步|下一年|明年|打算|安排|计划|思路|展望|方向|谋划|目标任务")


def stated_years(text: str) -> Iterator[re.Match[str]]:
    """The years `text` states something of (group 1: the year)."""
    hidden = _HIDDEN.sub(lambda m: " " * len(m.group()), text)
    for match in YEAR.finditer(hidden):
        before = hidden[max(0, match.start() - 4) : match.start()]
        if _COMPARED.search(before) or _FOLLOWED.match(hidden[match.end() :]):
            continue
        yield match


def is_plans(part: Part, year: int) -> bool:
    """The plans part: so recognised, or headed like one (下一步工作打算, 2025年工作思路)."""
    if part.kind is PartKind.PLANS:
        return True
    heading = part.heading
    return part.kind is PartKind.OTHER and (
        bool(_PLAN_WORDS.search(heading)) or f"{year + 1}年" in heading
    )


def plans_indexes(report: Report) -> set[int]:
    return {i for i, part in enumerate(report.parts) if is_plans(part, report.year)}


def is_heading(field: TextField) -> bool:
    return field.path[-1] in ("heading", "title")


def in_plans(field: TextField, plans: set[int]) -> bool:
    return len(field.path) > 1 and field.path[0] == "parts" and field.path[1] in plans


def starts_sentence(text: str, match: re.Match[str]) -> bool:
    """2024年，我镇将…: the year a sentence is about, not one it mentions."""
    before = text[: match.start()].rstrip()
    return (not before or before[-1] in "。；！？：") and text[match.end() :][:1] in "，,我全将是"
