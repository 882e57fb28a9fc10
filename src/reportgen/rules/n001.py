"""N001: one word of approximation to a number (GB/T 15835): not 约300余人, 300多人左右."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import excerpt, matches

# A number is read from its first digit only (the lookbehinds): tried from every digit of a
# run of 30,000, the search took minutes.
_NUMBER = r"(?<![\d.,])\d+(?:[.,]\d+)*\s*[万千百亿]?"
_CN_NUMBER = r"(?<![一二三四五六七八九十百千万两])[一二三四五六七八九十百千万两]+"
# 约 and 近 as words of their own, not in 节约, 预约, 附近, 最近.
_YUE = r"(?<![节制预签相邀契简公条婚誓])约"
_ABOUT = rf"大约|{_YUE}|将近|接近|(?<![附最靠临亲贴邻走])近|超过|逾"
# 约300余人, 近500多户, 大约20个左右, 300余人左右: two words that each say “about”.
_DOUBLE = re.compile(
    rf"(?:{_ABOUT})(?:{_NUMBER}|{_CN_NUMBER})(?:余|多)"
    rf"|(?:大约|{_YUE})(?:{_NUMBER}|{_CN_NUMBER})[^，。；、\d]{{0,4}}?左右"
    rf"|(?:{_NUMBER}|{_CN_NUMBER})(?:余|多)[^，。；、\d]{{0,4}}?左右"
)


class DoubleApproximation(Rule):
    code = "N001"
    severity = Severity.ERROR
    summary = "概数只用一个表示约数的词：不写“约300余人”“300多人左右”"
    explanation = "“约”“近”“左右”“余”“多”都表示约数，一个数只用一个（GB/T 15835）。“约300余人”“300多人左右”重复。"
    example = wrong_right("参加群众约300余人次。", "参加群众300余人次。（或：约300人次）")
    triggers = (
        text("参加群众约300余人次。"),
        text("覆盖近500多户。"),
        text("培训干部大约20人左右。"),
        text("调解纠纷30余起左右。"),
    )
    clean = (
        text("开展活动50余场，参与1000多人次，约300人，12万多人次，节约1000余元。"),
        text("附近300余户群众受益，最近3年多来坚持。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field, match in matches(texts, _DOUBLE):
            yield self.finding(
                field.path,
                excerpt(field.text, *match.span()),
                f"“{match.group()}”重复表示约数。",
                "只保留一个表示约数的词，如“300余人”或“约300人”。",
                start=match.start(),
            )
