"""What the figure rules (N004–N008) share: a figure or a sum written back the way the
report writes it, and a finding that quotes the whole stretch of text it is about."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from ..figures.numerals import write
from ..figures.quantities import Figure
from .base import Finding, JsonPath, Rule, Severity
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
