"""Y010: a cited plan or document whose own years start after the report was signed:
a report on 2023, signed in January 2024, that carries out the 《…三年行动计划（2025—2027年）》.

A plan is often issued the year before its range starts, so a range that starts in the
year the report was signed (a report on 2022, signed in February 2023, citing a plan for
2023—2025) is possible and left alone; only a range that starts in a later year is
reported, as a warning. Left alone too: the plans part (next year's documents are still to
come), a sentence about drafting one (编制, 起草, 征求意见 …), and a title T003 already
takes for a slip of a known one. A document whose adoption date the tables know is Y007's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import PLANS, REMOVED, data, put, text, wrong_right
from .knowledge import report_date, signed_when
from .matching import excerpt, lazy, sentence
from .titletable import title_table
from .years import in_plans, plans_indexes

_RANGED_TITLE = lazy(
    r"《(?P<title>[^《》]*?(?P<first>(?:19|20)\d{2})\s*[—\-－–~～至到]+\s*(?:19|20)\d{2}[^《》]*)》"
)
# The sentence speaks of a document still to come: drafting, planning, consulting on it.
_TO_COME = lazy(
    r"编制|起草|制定|修订|研究|谋划|筹划|启动|草案|征求意见|意见稿|送审稿|即将|拟|将|筹备|准备"
)


class RangeAfterSigning(Rule):
    code = "Y010"
    severity = Severity.WARNING
    summary = "引用的规划、文件，起始年份不能晚于成文的年份（2024年1月成文的报告落实《……（2025—2027年）》）"
    explanation = "报告只能落实成文时已经印发的规划和文件。2023年度的报告在2024年1月成文，却写“落实《……三年行动计划（2025—2027年）》”，规划从2025年才开始，成文时多半还没有印发：不是年份写错了，就是混进了后来的材料。规划常在起始年份的前一年印发，所以起始年份就是成文那一年的不提示；下一年度安排里的文件、正在编制或征求意见的文件不提示。只作提示。"
    example = wrong_right(
        "落实《提升基层治理能力三年行动计划（2025—2027年）》。（2024年1月成文）",
        "落实《提升基层治理能力三年行动计划（2023—2025年）》。",
    )
    triggers = (
        text("落实《提升基层治理能力三年行动计划（2025—2027年）》。", severity=Severity.WARNING),
        text("贯彻《法治政府建设实施纲要（2026—2030年）》，推进依法行政。"),
        data(
            put(("parts", 1, "content", 0), "落实《乡村治理规划（2025—2027年）》。"), date=REMOVED
        ),
    )
    clean = (
        text("落实《法治政府建设实施纲要（2021—2025年）》。"),
        text("落实《提升基层治理能力三年行动计划（2024—2026年）》。"),
        text("启动编制《柏山镇法治建设规划（2026—2030年）》。"),
        text("参与《乡村治理规划（2025—2027年）》征求意见。"),
        data(put(PLANS, "2024年，落实《乡村治理规划（2025—2027年）》各项任务。")),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        signed, given = report_date(report.year, report.date)
        plans = plans_indexes(report)
        for field in texts:
            if in_plans(field, plans):
                continue
            for match in _RANGED_TITLE().finditer(field.text):
                first = int(match["first"])
                if first <= signed.year:
                    continue
                if _TO_COME().search(sentence(field.text, *match.span(), limit=200)):
                    continue
                if title_table().nearest(match["title"]):
                    continue  # a slip of a known title: T003 names the right years
                when = signed_when(signed, given)
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    f"{when}，而{match.group()}从{first}年才开始，成文时多半还没有印发。",
                    "核对年份：多半是起止年份写错了，或者混进了后来的材料；"
                    "如果成文时这份文件确已印发，可以不改。",
                    start=match.start(),
                )
