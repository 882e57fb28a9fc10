"""Rules that replace listed wrong words with their right ones (T001, T002), and the
repairs of their tables that T003 makes before comparing a title."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Fix, Rule, TextField
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
