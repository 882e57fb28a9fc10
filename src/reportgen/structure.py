"""The report's numbered levels, and the one walk over them.

One table says, for each level from 一、 down to （1）, how its number is written (render),
how a numbered line is read (import), what the line is (its role, one paragraph style
each) and which list holds the level below. `divisions` walks a report through that
table, yielding each part, section, item and sub-item with its JSON path; render,
the proofreader, `new` and import all go through it.

No pydantic at import time: paths.py describes error locations with this table without
loading the model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from . import numbering

if TYPE_CHECKING:
    from .model import Item, Part, Report, Section, SubItem

    Node = Part | Section | Item | SubItem

JsonPath = tuple[str | int, ...]


class Role(StrEnum):
    """What a line is; each role has one paragraph style in the template."""

    DRAFT = "draft"
    MASTHEAD_MARK = "masthead_mark"
    MASTHEAD_NUMBER = "masthead_number"
    TITLE = "title"
    ADDRESSEE = "addressee"
    BODY = "body"
    HEADING1 = "heading1"
    HEADING2 = "heading2"
    HEADING3 = "heading3"
    HEADING4 = "heading4"
    ATTACHMENT = "attachment"  # 附件说明: 附件：1.××× under the body
    SIGNATURE = "signature"
    DATE = "date"
    NOTE = "note"


_CN = "一二三四五六七八九十"


@dataclass(frozen=True)
class Level:
    depth: int  # 0 for 一、
    key: str  # the list of the level above that holds this level's nodes
    title: str  # the node's heading field
    children: str | None  # the key of the level below
    role: Role
    format: Callable[[int], str]  # 3 → 三、
    # A line numbered at this level as clerks type it: groups number, mark (what follows
    # the number: 、 . or nothing), text. `mark` is what render writes after the number.
    pattern: re.Pattern[str]
    mark: str
    value: Callable[[str], int | None]  # 三 → 3

    def read(self, line: str) -> Numbered | None:
        match = self.pattern.match(line)
        if match is None:
            return None
        number = self.value(match.group("number"))
        text = match.group("text").strip()
        if number is None or not text:
            return None
        typed = line[: match.start("text")].strip()
        return Numbered(self, number, typed, match.group("mark"), text)


@dataclass(frozen=True)
class Numbered:
    """A line read as a heading: its level, number, the numbering as typed, and text."""

    level: Level
    number: int
    typed: str  # （一）、
    mark: str  # 、
    text: str

    @property
    def canonical(self) -> bool:
        return self.typed == self.level.format(self.number)


def _arabic(text: str) -> int | None:
    return int(text) if text.isdigit() else None


LEVELS: tuple[Level, ...] = (
    Level(
        0,
        "parts",
        "heading",
        "sections",
        Role.HEADING1,
        numbering.level1,
        # 一、 (also typed 一. 一．); not 一是, not 一，
        re.compile(rf"^(?P<number>[{_CN}]{{1,3}})\s*(?P<mark>[、.．])\s*(?P<text>.+)$", re.S),
        "、",
        numbering.numeral_value,
    ),
    Level(
        1,
        "sections",
        "title",
        "items",
        Role.HEADING2,
        numbering.level2,
        re.compile(
            rf"^[（(]\s*(?P<number>[{_CN}]{{1,3}})\s*[）)]\s*(?P<mark>[、.．]?)(?P<text>.+)$", re.S
        ),
        "",
        numbering.numeral_value,
    ),
    Level(
        2,
        "items",
        "title",
        "subitems",
        Role.HEADING3,
        numbering.level3,
        # 1. 1、 1． but not 2023.1.5 or 3.5亿元
        re.compile(r"^(?P<number>\d{1,2})\s*(?P<mark>[.．、])(?!\d)\s*(?P<text>.+)$", re.S),
        ".",
        _arabic,
    ),
    Level(
        3,
        "subitems",
        "title",
        None,
        Role.HEADING4,
        numbering.level4,
        re.compile(r"^[（(]\s*(?P<number>\d{1,2})\s*[）)]\s*(?P<mark>[、.．]?)(?P<text>.+)$", re.S),
        "",
        _arabic,
    ),
)
LEVEL_BY_KEY = {level.key: level for level in LEVELS}


def read_heading(line: str) -> Numbered | None:
    """The line as a numbered heading of some level, or None."""
    for level in LEVELS:
        numbered = level.read(line)
        if numbered is not None:
            return numbered
    return None


@dataclass(frozen=True)
class Division:
    """One numbered node met on the walk: where it is, what level, and the node."""

    path: JsonPath  # ("parts", 1, "sections", 0)
    level: Level
    node: Node
    part: Part  # the part it belongs to (its kind governs some rules)

    @property
    def number(self) -> int:
        index = self.path[-1]
        assert isinstance(index, int)
        return index + 1

    @property
    def title(self) -> str:
        title: str = getattr(self.node, self.level.title)
        return title

    @property
    def heading(self) -> str:
        """The heading as printed: 二、主要举措和成效."""
        return self.level.format(self.number) + self.title


def _walk(node: Any, path: JsonPath, depth: int, part: Part) -> Iterator[Division]:
    level = LEVELS[depth]
    yield Division(path, level, node, part)
    if level.children:
        for index, child in enumerate(getattr(node, level.children)):
            yield from _walk(child, (*path, level.children, index), depth + 1, part)


def part_divisions(index: int, part: Part) -> Iterator[Division]:
    """Part `index` (0-based) and everything under it, in reading order."""
    return _walk(part, ("parts", index), 0, part)


def divisions(report: Report) -> Iterator[Division]:
    """Every part, section, item and sub-item of the report, in reading order."""
    for index, part in enumerate(report.parts):
        yield from part_divisions(index, part)
