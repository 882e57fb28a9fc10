"""T002: 截至 (up to a time) where 截止 (to stop) is written for it: 截止目前, 截止到."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..model import Report
from .base import Finding, Severity, TextField
from .cases import text, warned, wrong_right
from .replacement import ReplacementRule

# 截止到 (and 截止至) is in the dictionaries (截止到本月底，已有五百人报名): 公文 prefers
# 截至, but the text is not wrong, so it is a warning that leaves the text as it is. These
# are the entries of the table whose right form is 截至 alone.
_ALLOWED_TO = "截至"


class JiezhiTerms(ReplacementRule):
    code = "T002"
    severity = Severity.ERROR
    also_warns = True
    summary = "“截止目前/截止到”应为“截至……”"
    table_name = "jiezhi"
    explanation = "“截至”表示截到某一时间，后面接时间；“截止”表示到时停止。“截止目前”应为“截至目前”，可自动改正；“截止到”词典里也有，公文习惯写“截至”，只作提示。"
    example = wrong_right("截止目前，共调解纠纷79起。", "截至目前，共调解纠纷79起。")
    triggers = (
        text("截止目前，共化解纠纷79起。", "截至目前，共化解纠纷79起。", severity=Severity.ERROR),
        warned("截止到12月底，共化解纠纷。"),
    )
    clean = (text("申报截止时间为3月1日。"),)

    def explain(self, wrong: str, right: str) -> str:
        return f"“{wrong}”应为“{right}”：“截止”表示到时停止，“截至”表示截到某一时间。"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for finding in super().check(report, texts):
            if finding.fix is not None and finding.fix.replacement == _ALLOWED_TO:
                yield replace(
                    finding,
                    severity=Severity.WARNING,
                    fix=None,
                    message="“截止到（至）”词典里也有，公文习惯写“截至”。",
                    suggestion="可改为“截至”。",
                )
            else:
                yield finding
