"""C001: the four contents 《法治政府建设与责任落实督察工作规定》 asks a report for.

A content counts where a part's kind says so, and where a heading at any level names it
(a thematic report puts “存在的不足” under a section).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import PartKind, Report
from ..partkinds import covered_kinds
from .base import Finding, Rule, Severity, TextField
from .cases import REMOVED, data, parts_without, put, wrong_right

_REQUIRED = {
    PartKind.DUTY: "党政主要负责人履行推进法治建设第一责任人职责的情况",
    PartKind.MEASURES: "推进法治政府建设的主要举措和成效",
    PartKind.SHORTCOMINGS: "存在的不足和原因",
    PartKind.PLANS: "下一年度推进法治政府建设的主要安排",
}


class RequiredParts(Rule):
    code = "C001"
    severity = Severity.ERROR
    also_warns = True
    summary = "必备内容齐全：第一责任人职责、举措和成效、不足和原因、下一年度安排"
    explanation = "《法治政府建设与责任落实督察工作规定》要求年度报告写明：党政主要负责人履行推进法治建设第一责任人职责的情况、推进法治政府建设的主要举措和成效、存在的不足和原因、下一年度的主要安排。缺少其中一项，报告就不完整。第一责任人履职情况常写在其他部分里，规则按标题和“履行……第一责任人”的句子去找，找不到时只作提示；其他三项找不到是错误。"
    example = wrong_right(
        "全文只有“主要举措和成效”和“下一步工作打算”两部分。",
        "补上“党政主要负责人履行推进法治建设第一责任人职责情况”和“存在的不足和原因”两部分。",
        data(parts=parts_without("duty", "shortcomings")),
        data(),
    )
    triggers = (
        data(parts=parts_without("duty"), severity=Severity.WARNING),
        data(parts=parts_without("plans"), severity=Severity.ERROR),
    )
    clean = (
        data(parts=parts_without("other")),
        # a thematic report: the plans are a section under a topic part, named as plans
        data(
            put(
                ("parts", 2, "sections"),
                [{"title": "下一步工作打算", "content": ["2024年，柏山镇将继续推进。"]}],
            ),
            put(("parts", 3), REMOVED),
        ),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        present = covered_kinds(report)
        for kind, content in _REQUIRED.items():
            if kind not in present:
                duty = kind is PartKind.DUTY  # often told inside another part
                yield self.finding(
                    ("parts",),
                    "",
                    f"报告缺少“{content}”部分（督察工作规定要求报告的内容）。",
                    f'在 parts 中加一个 kind 为 "{kind.value}" 的部分。'
                    + ("如已在其他部分写明，可以不改。" if duty else ""),
                    severity=Severity.WARNING if duty else None,
                )
