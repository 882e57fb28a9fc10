"""C002: the shortcomings part gives their causes, as the 督察工作规定 asks (存在的不足
和原因); a heading that names causes without giving any does not count."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..lazyregex import lazy_compile
from ..model import Part, PartKind, Report
from .base import Finding, Rule, Severity, TextField
from .cases import data, put, wrong_right
from .matching import alternation
from .wordlists import words

# A part the importer could not place but whose heading speaks of shortcomings:
# 法治政府建设中存在的主要问题, 当前工作中的短板.
_SHORTCOMING_WORDS = lazy_compile(r"问题|不足|短板|差距|薄弱")
_LISTED = "一是法治宣传形式单一；二是执法人员力量不足。"


def _is_shortcomings(part: Part) -> bool:
    if part.kind is PartKind.SHORTCOMINGS:
        return True
    return part.kind is PartKind.OTHER and bool(_SHORTCOMING_WORDS.search(part.heading))


class ShortcomingsWithoutCauses(Rule):
    code = "C002"
    severity = Severity.WARNING
    summary = "“存在的不足”应同时说明原因"
    explanation = "督察工作规定要求报告“存在的不足和原因”。只列问题、不说原因，上级看不出症结，也看不出下一步安排的针对性。规则在“不足”“问题”部分的正文里找“原因”“由于”“导致”等说明原因的词。"
    example = wrong_right(
        "三、存在的问题：一是法治宣传形式单一；二是执法人员力量不足。",
        "三、存在的问题和原因：……究其原因，主要是专业力量配备不足，培训开展得少。",
        data(put(("parts", 2, "heading"), "存在的问题"), put(("parts", 2, "content"), [_LISTED])),
        data(
            put(("parts", 2, "heading"), "存在的问题和原因"),
            put(
                ("parts", 2, "content"),
                [_LISTED + "究其原因，主要是专业力量配备不足，培训开展得少。"],
            ),
        ),
    )
    triggers = (data(put(("parts", 2, "content"), ["法治宣传形式单一，专业力量薄弱。"])),)
    clean = (data(put(("parts", 2, "content"), ["专业力量薄弱，主要是由于编制有限。"])),)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        cause = alternation(words("causes"))
        for index, part in enumerate(report.parts):
            if not _is_shortcomings(part):
                continue
            # A heading such as “存在的不足和原因” names causes without giving any.
            said = [
                f.text
                for f in texts
                if f.path[:2] == ("parts", index) and f.path[-1] not in ("heading", "title")
            ]
            if not any(cause.search(text) for text in said):
                yield self.finding(
                    ("parts", index),
                    part.heading,
                    "“不足”部分只列了问题，没有说明原因；督察工作规定要求报告“存在的不足和原因”。",
                    "补充产生这些不足的原因（如“究其原因，主要是……”）。",
                )
