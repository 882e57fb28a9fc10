"""R002: a report sent upward names its addressees (GB/T 9704 7.3.2); a website copy
often drops them, and import keeps the report anyway."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import REMOVED, data, wrong_right


class MissingAddressees(Rule):
    code = "R002"
    severity = Severity.ERROR
    summary = "上报的报告须有主送机关（GB/T 9704 7.3.2）"
    explanation = "上报县委、县政府（或上级部门）的报告须写主送机关（GB/T 9704 7.3.2），在标题下空一行顶格书写，最后一个机关名称后用全角冒号。网站公开的版本常常删去主送机关，导入后要补上。"
    example = wrong_right(
        "（没有主送机关，标题下直接是正文）",
        "中共东川县委、东川县人民政府：",
        data(addressees=REMOVED),
        data(addressees=["中共东川县委", "东川县人民政府"]),
    )
    triggers = (data(addressees=REMOVED),)
    clean = (data(addressees=["博爱县人民政府"]),)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        if not report.addressees:
            yield self.finding(
                ("addressees",),
                "",
                "报告没有主送机关；向上级报送的报告须写明主送机关。",
                '在 addressees 中按顺序填写，如 ["中共××县委", "××县人民政府"]。',
            )
