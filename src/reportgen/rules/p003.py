"""P003: no 、 between adjacent titles in 《》 (GB/T 15834): 《宪法》《民法典》."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from ..regexcache import compiled
from .base import Finding, Fix, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import excerpt, matches


class CommaBetweenTitles(Rule):
    code = "P003"
    severity = Severity.ERROR
    summary = "相邻的书名号之间不用顿号：《宪法》《民法典》"
    fixable = True
    explanation = "相邻的书名号之间不加顿号（GB/T 15834）。并列的引号之间加顿号是常见写法，不检查。"
    example = wrong_right("学习《宪法》、《民法典》。", "学习《宪法》《民法典》。")
    triggers = (text("学习《宪法》、《民法典》。", "学习《宪法》《民法典》。"),)
    clean = (
        text("学习《宪法》《民法典》。"),
        text("“法治大讲堂”、“以案释法”等活动。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field, match in matches(texts, compiled("》、《")):
            yield self.finding(
                field.path,
                excerpt(field.text, *match.span()),
                "相邻的书名号之间用了顿号。",
                "删去顿号，写成《……》《……》。",
                Fix(field.path, match.start() + 1, match.start() + 2, ""),
            )
