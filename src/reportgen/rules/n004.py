"""N004: a total against the parts the text lists for it (共…，其中…; …，合计…)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..figures.quantities import PERSON_UNITS, figures
from ..figures.totals import Sum, contradicted_sums
from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .figuretext import amount, figure_finding


def _sum_written(found: Sum) -> str:
    terms = "+".join(p.written for p in found.parts)
    if found.low == found.high:
        return f"{terms}={amount(found.low, found.total)}"
    if found.high is None:
        return f"{terms}，至少{amount(found.low, found.total)}"
    return f"{terms}，在{amount(found.low, found.total)}到{amount(found.high, found.total)}之间"


class TotalAndParts(Rule):
    code = "N004"
    severity = Severity.ERROR
    summary = "总数与所列分项要对得上：分项之和不能超过总数，写明合计或“其余”的要相等（可能有交叉或用了约数的只作提示）"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field in texts:
            for found in contradicted_sums(field.text, figures(field.text)):
                message, suggestion = _words(found)
                yield figure_finding(
                    self,
                    found.certain,
                    field.path,
                    field.text,
                    (found.start, found.end),
                    message,
                    suggestion,
                )


def _words(found: Sum) -> tuple[str, str]:
    total, parts = found.total, found.parts
    over = [p for p in parts if total.high is not None and p.low > total.high]
    if over and found.certain:
        return (
            f"分项“{over[0].written}”比总数“{total.written}”还大：分项不能超过总数。",
            "核对这两个数字，改正写错的一个。",
        )
    added = _sum_written(found)
    if found.closed:
        right = amount(found.low, total) if found.low == found.high else None
        approximate = "" if found.certain else "（含约数，按约数估算也对不上）"
        return (
            f"所列各项之和与总数“{total.written}”不符：{added}{approximate}。",
            (f"总数应为{right}；" if right else "")
            + "如果是某一项写错了，请改正那一项。程序不知道哪个数字是对的，不自动修改。",
        )
    if not total.exact or any(not p.exact for p in parts):
        why = "用了约数，差得太多"
    elif total.unit in PERSON_UNITS:
        why = "如果各项人员有交叉（如既是党员又是女性），可以不改，最好写明“有交叉”"
    else:
        why = "如果各项之间有交叉（同一件既算甲类又算乙类），可以不改，最好写明"
    return (
        f"所列各项之和超过了总数“{total.written}”：{added}。",
        f"核对总数和各项；{why}。",
    )
