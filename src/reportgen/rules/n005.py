"""N005: a rate or a share against the two figures it is computed from (调解成功率, 办结率,
占比)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..figures.quantities import figures
from ..figures.rates import Ratio, contradicted_ratios
from ..figures.rounding import HUNDRED, rounded
from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .figuretext import figure_finding


def _computed(found: Ratio) -> str:
    """What the figures give: 94件÷97件=96.91%, or a range when a figure is approximate."""
    division = f"{found.numerator.written}÷{found.denominator.written}"
    if found.high is not None and found.low == found.high:
        return f"{division}={rounded(found.low, 2)}%"
    if found.high is None:
        return f"{division}，至少{rounded(found.low, 1)}%"
    return f"{division}，在{rounded(found.low, 1)}%到{rounded(found.high, 1)}%之间"


class RateAndFigures(Rule):
    code = "N005"
    severity = Severity.ERROR
    summary = "比率、占比要与据以计算的数字相符：调解成功率、办结率、占比（计算基数不确定或用了约数的只作提示）"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field in texts:
            for found in contradicted_ratios(field.text, figures(field.text)):
                message, suggestion = _words(found)
                yield figure_finding(
                    self,
                    found.certain,
                    field.path,
                    field.text,
                    (found.start, found.stated.end),
                    message,
                    suggestion,
                )


def _words(found: Ratio) -> tuple[str, str]:
    stated, name = found.stated, found.name
    computed = _computed(found)
    exact = found.high is not None and found.low == found.high
    if stated.value == HUNDRED and exact and found.low < HUNDRED:
        return (
            f"{name}写的是100%，但{computed}，并不是全部。",
            f"写作{rounded(found.low, 1)}%；如果实际已经全部完成，请改正前面的数字。",
        )
    right = f"按所列数字应为{rounded(found.low, stated.places)}%；" if exact else ""
    if found.certain:
        return (
            f"{name}“{stated.written}”与所列数字不符：{computed}。",
            f"{right}如果是前面的数字写错了，请改正数字。程序不自动修改。",
        )
    return (
        f"{name}“{stated.written}”与前面的数字对不上：{computed}。",
        f"{right}如果{name}另有计算基数（不是这两个数），可以不改；否则请核对。",
    )
