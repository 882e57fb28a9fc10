"""Terminology: 法治 for 法制, 截至 for 截止."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .matching import alternation, excerpt, matches
from .wordlists import mapping


class ReplacementRule(Rule):
    """A rule that replaces listed wrong words with their right ones."""

    table_name: str
    fixable = True

    def table(self) -> dict[str, str]:
        return mapping(self.table_name)

    def explain(self, wrong: str, right: str) -> str:
        raise NotImplementedError

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        table = self.table()
        for field, match in matches(texts, alternation(list(table))):
            wrong, right = match.group(), table[match.group()]
            yield self.finding(
                field.path,
                excerpt(field.text, *match.span()),
                self.explain(wrong, right),
                f"改为“{right}”。",
                Fix(field.path, match.start(), match.end(), right),
            )

    def fixed(self, text: str) -> str:
        table = self.table()
        return alternation(list(table)).sub(lambda m: table[m.group()], text)


class FazhiTerms(ReplacementRule):
    code = "T001"
    severity = Severity.ERROR
    summary = "“法制建设/法制宣传/法制教育/法制讲座……”应为“法治……”（保留“法制审核”等正式名称）"
    table_name = "fazhi"

    def explain(self, wrong: str, right: str) -> str:
        return f"“{wrong}”应为“{right}”：法制指法律制度，法治指依法治理，这里说的是法治。"


class JiezhiTerms(ReplacementRule):
    code = "T002"
    severity = Severity.ERROR
    summary = "“截止目前/截止到”应为“截至……”"
    table_name = "jiezhi"

    def explain(self, wrong: str, right: str) -> str:
        return f"“{wrong}”应为“{right}”：“截止”表示到时停止，“截至”表示截到某一时间。"
