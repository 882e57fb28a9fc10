"""Y003: the text takes the year before for the report's year (2023年以来, 2023年，我镇…
or 现将2023年… in a report on 2024): carried over from last year's report."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..lazyregex import lazy_compile
from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import IN_2024, MEASURES, data, put, text, wrong_right
from .matching import excerpt
from .years import in_plans, is_heading, plans_indexes, starts_sentence, stated_years

_SINCE = lazy_compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?:以来|来)")
# The outcome of last year's assessment or award, which is announced in the report's own
# year (在2023年度全市法治政府建设考核中获评优秀等次, in a report on 2024): a citation,
# not last year's text. The words that say a sentence reports such an outcome:
_OUTCOME = lazy_compile(
    r"考核|考评|测评|评估|评议|评选|评比|表彰|获评|评为|荣获|获得|授予|命名|认定为|等次|名列|排名"
)
_SENTENCE_END = lazy_compile(r"[。；！？\n]")


def cites_outcome(text: str, match: re.Match[str]) -> bool:
    """The sentence the year opens or stands in reports an assessment's or award's result."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
    end = _SENTENCE_END.search(text, match.end())
    return bool(_OUTCOME.search(text, start, end.start() if end else len(text)))


class PastYearAsReportYear(Rule):
    code = "Y003"
    severity = Severity.WARNING
    summary = "正文把上一年当作报告年度：2024年度的报告写“2023年以来”“2023年，我镇……”，开头写“现将2023年……”"
    explanation = "讲本年度情况时写成上一年（“2023年以来”“2023年，我镇……”，开头“现将2023年度……报告如下”），多半是沿用了上一年的报告。比较（较2023年增长）不在此列；引用上一年度考核、评选的结果（“在2023年度全市法治政府建设考核中获评优秀等次”，这类结果在本年度才公布）也不在此列。"
    example = wrong_right(
        "2023年以来，我镇坚持以习近平法治思想为指导……（2024年度的报告）",
        "2024年以来，我镇坚持以习近平法治思想为指导……",
        data(*IN_2024, put(MEASURES, "2023年以来，我镇坚持以习近平法治思想为指导……")),
        data(*IN_2024, put(MEASURES, "2024年以来，我镇坚持以习近平法治思想为指导……")),
    )
    triggers = (
        text("2022年以来，全镇开展活动30余次。"),
        text("全年工作有序。2022年，全镇开展活动30余次。"),
        text("现将柏山镇2022年度法治政府建设情况报告如下：", at=("opening", 0)),
        # An outcome word in another sentence does not excuse the year.
        text("全镇获评优秀等次。2022年，全镇开展活动30余次。"),
    )
    clean = (
        text("较2022年增长15%，2023年以来成效明显。"),
        # Last year's assessment or award, announced in the report's year, cited:
        text("2022年度全市法治政府建设考核中，我镇获评优秀等次。"),
        text("2022年度，我镇被评为全省法治政府建设示范镇。"),
        text(
            "一年来，我镇在2022年度全县法治政府建设考核中获评优秀等次，现将情况报告如下：",
            at=("opening", 0),
        ),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        plans = plans_indexes(report)
        previous = report.year - 1
        for field in texts:
            if is_heading(field) or in_plans(field, plans) or field.path[0] == "signatories":
                continue
            said = {m.start() for m in _SINCE.finditer(field.text)}
            opening = field.path[0] == "opening"
            for match in stated_years(field.text):
                if int(match.group(1)) != previous:
                    continue
                if match.start() in said or (
                    (opening or starts_sentence(field.text, match))
                    and not cites_outcome(field.text, match)
                ):
                    yield self._past(field, match, report.year)

    def _past(self, field: TextField, match: re.Match[str], year: int) -> Finding:
        return self.finding(
            field.path,
            excerpt(field.text, *match.span()),
            f"这是 {year} 年度的报告，这里的“{match.group()}”像是沿用了上一年的材料。",
            f"核对年份，讲本年度情况应写“{year}年”。",
            start=match.start(),
        )
