"""The fixed formulas of phrases.toml's [formulas] and the ways a clerk mistypes one
(T011): a character or two replaced (全链条人民民主), a word of one or two characters
dropped from inside a quoted one (“双随机、公开”; a plain formula is shortened in correct
text too: 法治政府示范创建), or the two equal halves swapped (谁普法谁执法).

A written window is looked for only where the formula's first or last two characters
stand (a slip of at most two characters leaves one of them whole in a formula of five or
more); one regex search finds those places for every formula at once, so a text with
none costs one scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ..chinese import is_han as is_ideograph
from ..lazyregex import LazyPattern, lazy_compile
from ..regexcache import compiled
from .matching import alternation
from .wordlists import table_file

_MIN_LENGTH = 5  # shorter formulas are one slip from too many other words
_MAX_SLIP = 2  # characters replaced or dropped
_MIN_KEPT = 3  # ideographs of the formula the written text keeps, at least
_LEVELS = "省市县区镇乡街村"
_NUMERALS = "一二三四五六七八九十两"
_PARTICLES = ("的", "之", "和", "与", "及")


@dataclass(frozen=True)
class Formula:
    text: str
    quoted: bool  # written in quotation marks of its own (“谁执法谁普法”)


@dataclass(frozen=True)
class NearMiss:
    start: int
    end: int
    formula: Formula
    how: str  # what is wrong, in Chinese


@cache
def formulas() -> tuple[tuple[Formula, ...], frozenset[str]]:
    """The formulas, and every form that is right (the formulas and their `also_right`)."""
    table = table_file("phrases")["formulas"]
    found = tuple(Formula(f, True) for f in table["quoted"])
    found += tuple(Formula(f, False) for f in table["plain"])
    right = frozenset(f.text for f in found) | frozenset(table["also_right"])
    return tuple(f for f in found if len(f.text) >= _MIN_LENGTH), right


@cache
def _joined(forms: frozenset[str]) -> str:
    return "\0".join(sorted(forms))


@cache
def _listed_elsewhere() -> tuple[re.Pattern[str], ...]:
    """T004's own wrong forms and patterns (全过程民主, 谁执法谁宣传): that rule reports them.
    Compiled as T004 compiles them, through the regex programs kept between processes
    (with re.compile, these 36 patterns cost ~12 ms of every `validate`)."""
    table = table_file("phrases")
    listed = alternation([*table["phrases"], *table["probable"]])
    return (listed, *(compiled(p["pattern"]) for p in table["patterns"]))


def _alone(text: str, start: int, end: int) -> bool:
    """text[start:end] fills a pair of quotation marks by itself."""
    return text[start - 1 : start] == "“" and text[end : end + 1] == "”"


def _ideographs(text: str) -> int:
    return sum(map(is_ideograph, text))


@cache
def _by_anchor() -> dict[str, list[int]]:
    """The formulas (by place in the table) under each of their anchors: the first and
    last two characters, and the swapped form's first two."""
    table, _ = formulas()
    found: dict[str, list[int]] = {}
    for number, formula in enumerate(table):
        swapped = _swapped_form(formula.text)
        anchors = {formula.text[:2], formula.text[-2:]} | ({swapped[:2]} if swapped else set())
        for anchor in anchors:
            found.setdefault(anchor, []).append(number)
    return found


@cache
def _anchors() -> LazyPattern:
    """Every anchor as one search: a text is scanned once for all of them (not twice a
    formula), and only the formulas of the anchors found are read further."""
    return lazy_compile("(?=(" + "|".join(map(re.escape, sorted(_by_anchor()))) + "))")


@cache
def _swapped_form(formula: str) -> str | None:
    """_swapped(formula) when it is no right form."""
    swapped = _swapped(formula)
    return swapped if swapped and swapped not in formulas()[1] else None


def _places(text: str) -> dict[str, list[int]]:
    """Where each anchor stands in `text`."""
    places: dict[str, list[int]] = {}
    for match in _anchors().finditer(text):
        places.setdefault(match.group(1), []).append(match.start())
    return places


def _starts(places: dict[str, list[int]], formula: str) -> set[int]:
    """Where a window the length of `formula` (or up to _MAX_SLIP shorter) may start:
    at each place of its first two characters, and so far before each of its last two."""
    starts = set(places.get(formula[:2], ()))
    for at in places.get(formula[-2:], ()):
        for dropped in range(_MAX_SLIP + 1):
            if (start := at + 2 - len(formula) + dropped) >= 0:
                starts.add(start)
    return starts


def _replaced(window: str, formula: str, alone: bool) -> str | None:
    """How `window` is `formula` with a run of one or two ideographs replaced. The run is
    inside the formula (弘扬社会主义法治文化 is a phrase of its own, not 法治精神 mistyped),
    unless the window fills its quotation marks alone or one character follows a quoted
    term of the formula (“八五”普及; “八五”期间 is another phrase)."""
    if len(window) != len(formula) or window == formula:
        return None
    first = _same_start(window, formula)
    if window[first + _MAX_SLIP :] != formula[first + _MAX_SLIP :]:
        return None  # a difference further on: more than one run, or a longer one
    near = range(first, min(first + _MAX_SLIP, len(window)))
    last = max(i for i in near if window[i] != formula[i]) + 1
    after_term = "”" in formula[:first] and last - first == 1  # not “八五”期间
    if (first == 0 or last == len(formula)) and not (alone or after_term):
        return None
    if _whole_segment(formula, first, last):
        return None  # “指尖”普法 replaces all of “八五”: another term, not a slip
    if all(c in _NUMERALS for c in formula[first:last] + window[first:last]):
        return None  # “六五”普法, 最多跑两次: another plan, another number
    if (formula[first:last] == "国" or formula[first:last] in _LEVELS) and window[
        first:last
    ] in _LEVELS:
        return None  # 依法治县、依法执政; 大事不出乡: a level of one's own
    if not all(is_ideograph(c) for c in window[first:last] + formula[first:last]):
        return None
    if _ideographs(formula) - (last - first) < max(_MIN_KEPT, _ideographs(formula) - _MAX_SLIP):
        return None
    return f"“{formula[first:last]}”写成了“{window[first:last]}”"


def _same_start(one: str, other: str) -> int:
    """How many characters two different strings of one length begin with alike: halved
    by slices, which compare in C, not a character at a time."""
    low, high = 0, len(one) - 1
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if one[:middle] == other[:middle] else (low, middle - 1)
    return low


def _whole_segment(formula: str, first: int, last: int) -> bool:
    """formula[first:last] is all the ideographs between two marks (or an edge)."""
    before = first == 0 or not is_ideograph(formula[first - 1])
    after = last == len(formula) or not is_ideograph(formula[last])
    return before and after


def _dropped(window: str, formula: str) -> str | None:
    """How `window` is `formula` with one or two ideographs dropped from inside it."""
    gap = len(formula) - len(window)
    if not 0 < gap <= _MAX_SLIP:
        return None
    same_start = next(
        (i for i, (a, b) in enumerate(zip(window, formula, strict=False)) if a != b), len(window)
    )
    if same_start == 0 or window[same_start:] != formula[same_start + gap :]:
        return None
    lost = formula[same_start : same_start + gap]
    if same_start + gap >= len(formula) or not all(map(is_ideograph, lost)):
        return None
    if lost in _PARTICLES:
        return None  # 把权力关进制度笼子里: a particle left out is a style, not a slip
    return f"少了“{lost}”" if _ideographs(window) >= _MIN_KEPT + 1 else None


def _swapped(formula: str) -> str | None:
    """The formula's two halves in the other order: equal halves (谁执法|谁普法) or the
    two sides of its one 、 (法定职责必须为、法无授权不可为)."""
    if formula.count("、") == 1:
        one, other = formula.split("、")
        return f"{other}、{one}" if is_ideograph(other[-1]) else None
    half = len(formula) // 2
    if len(formula) % 2 or not all(map(is_ideograph, formula)):
        return None
    return formula[half:] + formula[:half]


def near_misses(text: str) -> Iterator[NearMiss]:
    """Every near miss of a formula in `text`, one per place, in order of the text."""
    table, right = formulas()
    places = _places(text)
    if not places:
        return iter(())
    # Every right form in one string, NUL between (no text holds NUL): a window inside any
    # of them is one substring search.
    right_text = _joined(right)
    found: list[NearMiss] = []
    by_anchor = _by_anchor()
    for number in sorted({n for anchor in places for n in by_anchor.get(anchor, ())}):
        formula = table[number]
        f = formula.text
        # A window shorter than the formula is read only for a dropped character, which
        # only a quoted formula is looked at for: a plain one's are all skipped.
        sizes = range(len(f), len(f) - (_MAX_SLIP if formula.quoted else 0) - 1, -1)
        for start in sorted(_starts(places, f)):
            for size in sizes:
                window = text[start : start + size]
                if len(window) < size or window in right_text:
                    continue
                alone = formula.quoted and _alone(text, start, start + size)
                how = _replaced(window, f, alone) or (formula.quoted and _dropped(window, f))
                if how:
                    found.append(NearMiss(start, start + size, formula, how))
                    break
        if (swapped := _swapped_form(f)) and swapped[:2] in places:
            at = text.find(swapped)
            while at >= 0:
                found.append(NearMiss(at, at + len(swapped), formula, "前后两部分写颠倒了"))
                at = text.find(swapped, at + 1)
    if not found:
        return iter(())
    taken = [m.span() for p in _listed_elsewhere() for m in p.finditer(text)]
    kept: list[NearMiss] = []
    for miss in sorted(found, key=lambda m: (m.start, m.start - m.end)):
        spans = [*taken, *((k.start, k.end) for k in kept)]
        if all(miss.end <= s or e <= miss.start for s, e in spans):
            kept.append(miss)
    return iter(kept)
