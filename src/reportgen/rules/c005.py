"""C005: a report carries no request (《党政机关公文处理工作条例》: 报告不得夹带请示事项)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from ..regexcache import compiled
from .base import Finding, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import matches, sentence
from .wordlists import words


class Requests(Rule):
    code = "C005"
    severity = Severity.ERROR
    summary = "报告不得夹带请示事项（请予批准、恳请……）"
    explanation = "《党政机关公文处理工作条例》规定，报告不得夹带请示事项。需要上级解决的问题应另行请示，报告里只陈述情况。规则找“恳请”“请予批准”以及“请（希望）县委、县政府……给予支持、协调解决”一类句子；“积极争取上级支持”这样叙述本单位工作的话不算请示。"
    example = wrong_right(
        "执法队编制长期缺额，请县委、县政府予以协调解决。",
        "执法队编制长期缺额，执法力量不足。（请求另行请示）",
    )
    triggers = (
        text("恳请县委、县政府给予支持。"),
        text("以上事项请予批准。"),
        text("妥否，请批示。"),
    )
    clean = (text("请各村认真落实。"),)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        pattern = compiled("|".join(words("requests", "patterns")))
        for field, match in matches(texts, pattern):
            yield self.finding(
                field.path,
                sentence(field.text, *match.span()),
                f"“{match.group()}”是请示用语；报告不得夹带请示事项。",
                "删去请示内容；需要上级批准的事项请另行请示。",
                start=match.start(),
            )
