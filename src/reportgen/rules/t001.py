"""T001: 法治 (rule by law) where 法制 (the legal system) is written for it: 法制建设,
法制宣传…; the formal names with 法制 (法制审核, 法制机构) are left as they are."""

from __future__ import annotations

from .base import Severity
from .cases import text, wrong_right
from .replacement import ReplacementRule


class FazhiTerms(ReplacementRule):
    code = "T001"
    severity = Severity.ERROR
    summary = "“法制建设/法制宣传/法制教育/法制讲座……”应为“法治……”（保留“法制审核”等正式名称）"
    table_name = "fazhi"
    explanation = "“法制”指法律制度，“法治”指依法治理。法治建设、法治宣传、法治教育、法治政府都用“法治”，市场化、法治化、国际化营商环境也是“法治化”；重大执法决定法制审核、法制审核机构、法制机构、学法制度、述法制度是正式名称或别的词，保留不动。"
    example = wrong_right(
        "深入开展法制宣传教育，推进法制建设。", "深入开展法治宣传教育，推进法治建设。"
    )
    triggers = (
        text("推进法制建设取得成效。", "推进法治建设取得成效。"),
        text("开展法制宣传5次。", "开展法治宣传5次。"),
        text("加强青少年法制教育。", "加强青少年法治教育。"),
        text("举办法制讲座。", "举办法治讲座。"),
        text("提升干部法制素养，营造浓厚法制氛围。", "提升干部法治素养，营造浓厚法治氛围。"),
        text("把各项工作纳入法制轨道。", "把各项工作纳入法治轨道。"),
        text("打造市场化、法制化、国际化营商环境。", "打造市场化、法治化、国际化营商环境。"),
        text("持续推进营商环境法制化。", "持续推进营商环境法治化。"),
        text("营造法制化营商环境。", "营造法治化营商环境。"),
        text("提升基层治理法制化水平。", "提升基层治理法治化水平。"),
    )
    clean = (
        text("严格落实重大执法决定法制审核制度。"),
        text("镇政府法制机构负责合法性审查。"),
        text("健全社会主义法制，加强法制审核队伍建设。"),
        text("打造市场化、法治化、国际化一流营商环境，提升基层治理法治化水平。"),
    )

    def explain(self, wrong: str, right: str) -> str:
        return f"“{wrong}”应为“{right}”：法制指法律制度，法治指依法治理，这里说的是法治。"
