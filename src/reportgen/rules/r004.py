"""R004: the organs that issue the report sign it (GB/T 9704 7.3.5)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import REMOVED, data, wrong_right


class MissingSignatories(Rule):
    code = "R004"
    severity = Severity.ERROR
    summary = "须有发文机关署名（GB/T 9704 7.3.5）"
    explanation = "公文须署发文机关名称（GB/T 9704 7.3.5），联合行文的按主办机关在前的顺序排列，盖章时印章压在机关名称上。"
    example = wrong_right(
        "（成文日期上方没有机关名称）",
        "中共青石镇委员会\n青石镇人民政府",
        data(signatories=REMOVED),
        data(signatories=["中共青石镇委员会", "青石镇人民政府"]),
    )
    triggers = (data(signatories=REMOVED),)
    clean = (data(signatories=["柏山镇人民政府"]),)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        if not report.signatories:
            example = report.organ or "××镇人民政府"
            yield self.finding(
                ("signatories",),
                "",
                "报告没有发文机关署名。",
                f'在 signatories 中填写署名机关，如 ["{example}"]；联合行文时主办机关在前。',
            )
