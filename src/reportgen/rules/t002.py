"""T002: 截至 (up to a time) where 截止 (to stop) is written for it: 截止目前, 截止到."""

from __future__ import annotations

from .base import Severity
from .cases import text, wrong_right
from .replacement import ReplacementRule


class JiezhiTerms(ReplacementRule):
    code = "T002"
    severity = Severity.ERROR
    summary = "“截止目前/截止到”应为“截至……”"
    table_name = "jiezhi"
    explanation = "“截至”表示截到某一时间，后面接时间；“截止”表示到时停止。“截止目前”“截止到”应为“截至目前”“截至”。"
    example = wrong_right("截止目前，共调解纠纷79起。", "截至目前，共调解纠纷79起。")
    triggers = (
        text("截止目前，共化解纠纷79起。", "截至目前，共化解纠纷79起。"),
        text("截止到12月底，共化解纠纷。", "截至12月底，共化解纠纷。"),
    )
    clean = (text("申报截止时间为3月1日。"),)

    def explain(self, wrong: str, right: str) -> str:
        return f"“{wrong}”应为“{right}”：“截止”表示到时停止，“截至”表示截到某一时间。"
