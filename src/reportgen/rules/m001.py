"""M001: a report with a 版头 is an upward document, and names its signer (GB/T 9704 7.2.4)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import data, wrong_right

_MARK = "柏山镇人民政府文件"


class SignerForUpwardReport(Rule):
    code = "M001"
    severity = Severity.ERROR
    summary = "有版头的上报公文须标注签发人"
    explanation = "有版头的报告是上行文，按 GB/T 9704 应标注签发人。"
    example = wrong_right(
        "柏政〔2024〕3号（没有签发人）",
        "柏政〔2024〕3号　签发人：王某",
        data(masthead={"mark": _MARK, "number": "柏政〔2024〕3号"}),
        data(masthead={"mark": _MARK, "number": "柏政〔2024〕3号", "signer": "王某"}),
    )
    triggers = (data(masthead={"mark": _MARK, "number": "柏政〔2024〕3号"}),)
    clean = (data(masthead={"mark": _MARK, "number": "柏政〔2024〕3号", "signer": "王某"}),)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        if report.masthead is not None and report.masthead.signer is None:
            yield self.finding(
                ("masthead",),
                report.masthead.number,
                "这份报告有版头，是上报县委、县政府的上行文，须标注签发人（GB/T 9704 7.2.4）。",
                "在 masthead 中填写 signer（签发人姓名，一般为主要负责人）。",
            )
