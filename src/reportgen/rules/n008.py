"""N008: the same quantity given twice with two values (全年调处矛盾纠纷231件 … 全年调处矛盾
纠纷213件)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..figures.quantities import figures
from ..figures.repeats import repeated_quantities
from ..model import PartKind, Report
from .base import Finding, Rule, Severity, TextField
from .figuretext import figure_finding
from .matching import excerpt


class SameQuantityTwice(Rule):
    code = "N008"
    severity = Severity.WARNING
    summary = "同一个数前后要一致：同样的说法（如“调处矛盾纠纷”）前后写了两个不同的数"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        # What was done, not what is planned: next year's targets may well differ.
        done = [f for f in texts if f.part_kind is not PartKind.PLANS and f.path[0] != "title"]
        read = [(f.text, figures(f.text)) for f in done]
        for repeat in repeated_quantities(read):
            first, second = done[repeat.first_text], done[repeat.second_text]
            earlier = excerpt(first.text, repeat.first.start - len(repeat.label), repeat.first.end)
            yield figure_finding(
                self,
                False,
                second.path,
                second.text,
                (repeat.second.start - len(repeat.label), repeat.second.end),
                f"“{repeat.label}”前面写的是{repeat.first.written}（{earlier}），"
                f"这里写的是{repeat.second.written}。",
                "同一个数前后应一致，核对后改正其中一处；如果两处说的不是同一件事"
                "（范围或时间不同），可以在文字上写清楚区别。",
            )
