"""The elements a report must have (GB/T 9704, 《党政机关公文处理工作条例》), reported
when missing: a report in hand often lacks some (a website copy drops the addressees and
the signature), and it can still be proofread and built as a draft until they are added.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report, default_title
from .base import Finding, Rule, Severity, TextField


class MissingTitle(Rule):
    code = "R001"
    severity = Severity.ERROR
    summary = "须有标题（GB/T 9704 7.3.1）"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        if not report.full_title:
            yield self.finding(
                ("title",),
                "",
                "报告没有标题（GB/T 9704 要求公文有标题）。",
                f"在 title 中填写标题，如“{default_title(report.year)}”；"
                "删去 title 一项则使用这个默认标题。",
            )


class MissingAddressees(Rule):
    code = "R002"
    severity = Severity.ERROR
    summary = "上报的报告须有主送机关（GB/T 9704 7.3.2）"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        if not report.addressees:
            yield self.finding(
                ("addressees",),
                "",
                "报告没有主送机关；向上级报送的报告须写明主送机关。",
                '在 addressees 中按顺序填写，如 ["中共××县委", "××县人民政府"]。',
            )


class MissingOpening(Rule):
    code = "R003"
    severity = Severity.WARNING
    summary = "正文一般以开头段落起笔，概述全年情况"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        if not report.opening:
            yield self.finding(
                ("opening",),
                "",
                "报告没有开头段落，正文直接从“一、”开始。",
                "在 opening 中写一段概述，以“现将有关情况报告如下：”结尾。",
            )


class MissingSignatories(Rule):
    code = "R004"
    severity = Severity.ERROR
    summary = "须有发文机关署名（GB/T 9704 7.3.5）"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        if not report.signatories:
            example = report.organ or "××镇人民政府"
            yield self.finding(
                ("signatories",),
                "",
                "报告没有发文机关署名。",
                f'在 signatories 中填写署名机关，如 ["{example}"]；联合行文时主办机关在前。',
            )


class MissingDate(Rule):
    code = "R005"
    severity = Severity.ERROR
    summary = "须有成文日期（GB/T 9704 7.3.5）"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        if report.date is None:
            yield self.finding(
                ("date",),
                "",
                "报告没有成文日期。",
                f'在 date 中填写，格式为 YYYY-MM-DD，如 "{report.year + 1}-01-20"。',
            )


class MissingOrgan(Rule):
    code = "R006"
    severity = Severity.WARNING
    summary = "应写明发文机关（用于文件名和文档属性）"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        if not report.organ:
            yield self.finding(
                ("organ",),
                "",
                "没有写发文机关；生成的文件名和文档属性中将没有机关名称。",
                '在 organ 中填写，如 "××镇人民政府"。',
            )
