"""C005: a report carries no request (《党政机关公文处理工作条例》: 报告不得夹带请示事项)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from ..regexcache import compiled
from .base import Finding, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import matches, sentence
from .wordlists import words

# Requests that are probable, not certain: warned.
_PROBABLE = (
    "执法车辆老化，请县政府统筹安排更新资金。",
    "请博爱县委、县政府协调解决执法队编制问题。",
    "镇村道路建设资金缺口大，亟需上级给予支持。",
    "建议县里加大对乡镇法治建设的经费投入。",
    "敬请县委、县政府关心支持。",
)


class Requests(Rule):
    code = "C005"
    severity = Severity.ERROR
    also_warns = True
    summary = "报告不得夹带请示事项（请予批准、恳请……）"
    explanation = "《党政机关公文处理工作条例》规定，报告不得夹带请示事项。需要上级解决的问题应另行请示，报告里只陈述情况。规则找“恳请”“请予批准”以及“请（希望）县委、县政府……给予支持、协调解决”一类句子；“积极争取上级支持”这样叙述本单位工作的话不算请示。“请县政府统筹安排”“请××县委、县政府协调解决”“亟需上级给予支持”“建议县里加大投入”多半也是请示，但也可能是别的意思（请县人社局安排专人授课是邀请），只作提示。"
    example = wrong_right(
        "执法队编制长期缺额，请县委、县政府予以协调解决。",
        "执法队编制长期缺额，执法力量不足。（请求另行请示）",
    )
    triggers = (
        text("恳请县委、县政府给予支持。", severity=Severity.ERROR),
        text("以上事项请予批准。"),
        text("妥否，请批示。"),
        *(text(sentence, severity=Severity.WARNING) for sentence in _PROBABLE),
    )
    clean = (
        text("请各村认真落实。"),
        text("邀请县司法局律师为群众讲课，申请县财政资金开展普法。"),
        text("积极争取上级支持，主动向县委、县政府报告工作。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        sure = compiled("|".join(words("requests", "patterns")))
        probable = compiled("|".join(words("requests", "probable")))
        said: set[tuple[str, int]] = set()  # one finding a sentence: the sure one first
        for pattern, severity in ((sure, None), (probable, Severity.WARNING)):
            for field, match in matches(texts, pattern):
                where = sentence(field.text, *match.span())
                if (str(field.path), field.text.find(where)) in said:
                    continue
                said.add((str(field.path), field.text.find(where)))
                yield self.finding(
                    field.path,
                    where,
                    f"“{match.group()}”是请示用语；报告不得夹带请示事项。"
                    if severity is None
                    else f"“{match.group()}”像是向上级提出请求；报告不得夹带请示事项。",
                    "删去请示内容；需要上级批准的事项请另行请示。"
                    if severity is None
                    else "如是请求上级解决的事项，请删去并另行请示；如不是，可不改。",
                    start=match.start(),
                    severity=severity,
                )
