"""R006: the issuing organ is named; it names the output files and the document's
properties (a warning: the report itself does not need it)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import REMOVED, data, wrong_right


class MissingOrgan(Rule):
    code = "R006"
    severity = Severity.WARNING
    summary = "应写明发文机关（用于文件名和文档属性）"
    explanation = "发文机关用于生成文件名、网页标题和 Word 文档属性；没有它，生成的文件只能以标题命名，几个单位的报告放在一起就分不清。"
    example = wrong_right(
        "（数据中没有 organ）",
        '"organ": "青石镇人民政府"',
        data(organ=REMOVED),
        data(organ="青石镇人民政府"),
    )
    triggers = (data(organ=REMOVED),)
    clean = (data(organ="柏山镇人民政府"),)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        if not report.organ:
            yield self.finding(
                ("organ",),
                "",
                "没有写发文机关；生成的文件名和文档属性中将没有机关名称。",
                '在 organ 中填写，如 "××镇人民政府"。',
            )
