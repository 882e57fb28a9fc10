"""Terminology: 法治 for 法制, 截至 for 截止, official titles written exactly."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .matching import alternation, excerpt, matches
from .punctuation import HalfWidthPunctuation, YearRangeHyphen
from .wordlists import mapping, words


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


_TITLE = re.compile(r"《([^《》]+)》")
# What a title may get wrong and still be recognised: punctuation, brackets, dashes, 的, 年.
_LOOSE = re.compile(r"[（）()\[\]【】〔〕—–\-－~～\s·的年、，,]")


def _key(title: str) -> str:
    return _LOOSE.sub("", FazhiTerms().fixed(title))


class OfficialTitles(Rule):
    code = "T003"
    severity = Severity.ERROR
    summary = "法规、文件名称应与正式名称一致（如《法治政府建设实施纲要（2021—2025年）》）"
    fixable = True

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        canonical = {_key(title): title for title in words("titles", "canonical")}
        # Mistakes that another rule reports and fixes are left to that rule.
        others = (FazhiTerms(), JiezhiTerms(), HalfWidthPunctuation(), YearRangeHyphen())
        for field, match in matches(texts, _TITLE):
            written = match.group(1)
            right = canonical.get(_key(written))
            if right is None or written == right:
                continue
            repaired = written
            for rule in others:
                repaired = rule.fixed(repaired)
            if repaired == right:
                continue
            yield self.finding(
                field.path,
                excerpt(field.text, *match.span()),
                f"《{written}》与正式名称不一致。",
                f"改为《{right}》。",
                Fix(field.path, match.start(1), match.end(1), right),
            )
