"""版头: an upward document names its signer; 发文字号 as 柏政〔2024〕3号."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField

_NUMBER = re.compile(r"^(?P<agency>[^\d〔〕]+)〔(?P<year>\d{4})〕(?P<serial>[1-9]\d*)号$")
_LOOSE_NUMBER = re.compile(
    r"^(?P<agency>[^\d\[\]〔〕【】（）()]+)[\[【（(〔](?P<year>\d{4})[\]】）)〕]0*(?P<serial>\d+)号$"
)


class SignerForUpwardReport(Rule):
    code = "M001"
    severity = Severity.ERROR
    summary = "有版头的上报公文须标注签发人"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        if report.masthead is not None and report.masthead.signer is None:
            yield self.finding(
                ("masthead",),
                report.masthead.number,
                "这份报告有版头，是上报县委、县政府的上行文，须标注签发人（GB/T 9704 7.2.4）。",
                "在 masthead 中填写 signer（签发人姓名，一般为主要负责人）。",
            )


class DocumentNumber(Rule):
    code = "M002"
    severity = Severity.ERROR
    summary = "发文字号写作“柏政〔2024〕3号”：六角括号，年份写全，序号不编虚位"
    fixable = True

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        if report.masthead is None:
            return
        number = report.masthead.number
        if _NUMBER.match(number):
            return
        loose = _LOOSE_NUMBER.match(number)
        fix = None
        suggestion = "按“机关代字〔年份〕序号号”书写，如“柏政〔2024〕3号”。"
        if loose:
            right = f"{loose['agency']}〔{loose['year']}〕{int(loose['serial'])}号"
            fix = Fix(("masthead", "number"), 0, len(number), right)
            suggestion = f"改为“{right}”。"
        yield self.finding(
            ("masthead", "number"),
            number,
            f"发文字号“{number}”格式不对：年份用六角括号〔〕，序号不加“0”。",
            suggestion,
            fix,
        )
