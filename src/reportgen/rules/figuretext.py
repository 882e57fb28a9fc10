"""What the figure rules (N004–N008) share: a figure or a sum written back the way the
report writes it, and a finding that quotes the whole stretch of text it is about."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from fractions import Fraction
from typing import Protocol, TypeVar

from ..figures.numerals import write
from ..figures.quantities import Figure, figures
from .base import Finding, JsonPath, Rule, Severity, TextField
from .matching import excerpt

_SCALES = {10**4: "万", 10**8: "亿"}


def amount(value: Fraction, like: Figure) -> str:
    """`value` in the unit and scale `like` is written in: 125件, 1.2万人次, 120万元."""
    scale = _SCALES.get(like.scale, "")
    number = write(value / like.scale if scale else value)
    return f"{number}{scale}{like.unit}"


def quote(words: str) -> str:
    """Words quoted in a message, quotes inside them made single: “‘四进’活动”."""
    return "“" + words.replace("“", "‘").replace("”", "’") + "”"


def figure_finding(
    rule: Rule,
    certain: bool,
    path: JsonPath,
    text: str,
    span: tuple[int, int],
    message: str,
    suggestion: str,
) -> Finding:
    """An error where the text's own words make the contradiction certain, else a warning;
    the excerpt runs over every figure the finding is about."""
    found = rule.finding(path, excerpt(text, *span, context=4), message, suggestion, start=span[0])
    return found if certain else replace(found, severity=Severity.WARNING)


class _Contradiction(Protocol):
    @property
    def certain(self) -> bool: ...


C = TypeVar("C", bound=_Contradiction)


def contradiction_findings(
    rule: Rule,
    texts: Sequence[TextField],
    contradicted: Callable[[str, Sequence[Figure]], Iterable[C]],
    span: Callable[[C], tuple[int, int]],
    words: Callable[[C], tuple[str, str]],
) -> Iterator[Finding]:
    """Each contradiction `contradicted` finds among a field's figures, as a finding over
    `span` worded by `words`: the loop N004, N005 and N006 share."""
    for field in texts:
        for found in contradicted(field.text, figures(field.text)):
            message, suggestion = words(found)
            yield figure_finding(
                rule, found.certain, field.path, field.text, span(found), message, suggestion
            )
