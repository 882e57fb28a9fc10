"""Y007: what the text names did not exist yet when the report was signed: a congress or
plenary session that opened later (a 2023 report, signed in January 2024, that studies the
二十届三中全会 of July 2024), or a law or document adopted later.

The report's date is its `date`; without one (or with one D001 rejects) the end of
January after the report year is assumed, and the finding is a warning that says so. A
session the text looks forward to (迎接党的二十大) and a law still in draft (草案,
征求意见, 立法调研) are no such mistake.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from ..lazyregex import lazy_compile
from ..model import Report
from .base import Case, Finding, Rule, Severity, TextField
from .cases import IN_2024, MEASURES, REMOVED, data, put, text, wrong_right
from .knowledge import by_name, report_date, sessions_named, signed_when, written_date
from .matching import excerpt, sentence

_TITLE = lazy_compile(r"《([^《》]+)》")
# Words that look forward to a session, or speak of a law before it is passed.
_AHEAD = lazy_compile(r"迎接|喜迎|迎来|筹备|即将|前夕|营造|召开前|将于|将要|拟")
_THIRD_PLENUM = put(MEASURES, "学习二十届三中全会精神。")


def _in_year(year: int, body: str, signed: str, severity: Severity | None = None) -> Case:
    """A report on `year`, signed on `signed`, whose measures read `body`."""
    return data(
        (("year",), year),
        (("opening", 0), f"{year}年，柏山镇深入推进法治政府建设。现将有关情况报告如下："),
        (("parts", 3, "heading"), f"{year + 1}年工作安排"),
        (("parts", 3, "content", 0), f"{year + 1}年，柏山镇将继续推进法治政府建设。"),
        put(MEASURES, body),
        date=signed,
        severity=severity,
    )


_ENFORCEMENT_PLAN = "落实《提升行政执法质量三年行动计划（2023—2025年）》，规范执法行为。"
_RULE_OF_LAW_PLAN = "贯彻《法治中国建设规划（2020—2025年）》，推进依法治镇。"
# How long before its announcement a document announced as issued 近日 may have reached
# the organs: a report signed in that time may cite it, so the finding is a warning.
_ISSUED_BEFORE = dt.timedelta(days=31)
_DRAFT = lazy_compile(r"草案|征求意见|意见稿|立法调研|起草|审议|送审稿|即将|拟|出台前")


class NamedBeforeItExisted(Rule):
    code = "Y007"
    severity = Severity.ERROR
    also_warns = True
    summary = "不能提到成文日期之后才召开的会议、才通过的法律和文件（如2023年度报告写二十届三中全会、2024年全国两会）"
    explanation = "报告只能写成文时已经有的会议、法律和文件。成文日期在2024年1月，却写“学习贯彻党的二十届三中全会精神”（2024年7月召开）或引用2025年才通过的法律，不是成文日期写错了，就是混进了后来的材料。全国两会每年3月初召开（全国政协会议先开），1月成文的报告不能学习当年两会的精神。规则按内置的会议召开日期和法律、文件的通过日期（src/reportgen/rules/phrases.toml、laws.toml、titles.toml）逐一核对；“迎接党的二十大”这样期待会议召开的话、“草案”“征求意见”“立法调研”等讲立法过程的话不算。中央文件只公布了“近日印发”的，按公布日期核对：成文日期在公布前一个月以内的，文件可能已经下发，只作提示。报告没有写成文日期时，按报告年度次年1月底推算，只作提示。"
    example = wrong_right(
        "深入学习贯彻党的二十届三中全会精神。（2023年度的报告，2024年1月28日成文）",
        "深入学习贯彻党的二十大和二十届二中全会精神。",
        text("深入学习贯彻党的二十届三中全会精神。"),
        text("深入学习贯彻党的二十大和二十届二中全会精神。"),
    )
    triggers = (
        # A document issued (国办发〔2023〕27号, 9 August 2023) after a report signed in 2023.
        _in_year(2022, _ENFORCEMENT_PLAN, "2023-02-10", Severity.ERROR),
        # Known by the day it was announced (10 January 2021): a report signed weeks
        # before cannot cite it; one signed days before might, and is warned.
        _in_year(2020, _RULE_OF_LAW_PLAN, "2020-11-20", Severity.ERROR),
        _in_year(2020, _RULE_OF_LAW_PLAN, "2021-01-05", Severity.WARNING),
        text("深入学习贯彻党的二十届三中全会精神。", severity=Severity.ERROR),
        text("学习贯彻党的二十大和二十届二中、三中全会精神。", severity=Severity.ERROR),
        text("宣传《中华人民共和国民营经济促进法》。", severity=Severity.ERROR),
        text("宣传《农村集体经济组织法》。", severity=Severity.ERROR),
        # The 两会 of the signing year open in early March, after a report signed in January.
        text("学习贯彻十四届全国人大二次会议精神。", severity=Severity.ERROR),
        text("传达学习2024年全国两会精神。", severity=Severity.ERROR),
        text("学习全国政协十四届二次会议精神。", severity=Severity.ERROR),
        data(
            _THIRD_PLENUM,
            date=REMOVED,
            severity=Severity.WARNING,
        ),
        data(
            (("year",), 2021),
            (("opening", 0), "2021年，柏山镇深入推进法治政府建设。现将有关情况报告如下："),
            (("parts", 3, "heading"), "2022年工作安排"),
            (("parts", 3, "content", 0), "2022年，柏山镇将继续推进法治政府建设。"),
            put(MEASURES, "认真学习党的二十大报告。"),
            date="2022-01-20",
            severity=Severity.ERROR,
        ),
    )
    clean = (
        text(_ENFORCEMENT_PLAN),
        _in_year(2020, _RULE_OF_LAW_PLAN, "2021-01-20"),
        text("深入学习贯彻党的二十大和二十届二中全会精神。"),
        text("传达学习2023年全国两会精神和十四届全国人大一次会议精神。"),
        _in_year(2024, "学习贯彻2025年全国两会精神。", "2025-03-20"),
        text("宣传《中华人民共和国民法典》《中华人民共和国行政复议法》。"),
        text("参与《中华人民共和国民营经济促进法（草案）》征求意见。"),
        text("配合开展《民营经济促进法》立法调研。"),
        data(*IN_2024, _THIRD_PLENUM),
        data(
            (("year",), 2021),
            (("opening", 0), "2021年，柏山镇深入推进法治政府建设。现将有关情况报告如下："),
            (("parts", 3, "heading"), "2022年工作安排"),
            (("parts", 3, "content", 0), "2022年，柏山镇将以优异成绩迎接党的二十大胜利召开。"),
            date="2022-01-20",
        ),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        signed, given = report_date(report.year, report.date)
        known = by_name()
        for field in texts:
            for start, end, session in sessions_named(field.text):
                if session.opened > signed and not _AHEAD.search(
                    sentence(field.text, start, end, limit=200)
                ):
                    yield self._later(
                        field,
                        start,
                        end,
                        session.name,
                        session.opened,
                        "召开",
                        signed,
                        given,
                        given,
                    )
            for match in _TITLE.finditer(field.text):
                entry = known.get(match.group(1))
                since = entry.existed_from if entry else None
                if entry is None or since is None or since <= signed:
                    continue
                if _DRAFT.search(sentence(field.text, *match.span(), limit=200)):
                    continue
                # Known only by when it was announced (or took effect), it may have been
                # issued some weeks before: certain only when signed well before that.
                certain = given and (entry.exact or signed < since - _ISSUED_BEFORE)
                happened = (
                    "通过（印发）"
                    if entry.exact
                    else ("公布" if since == entry.announced else "施行") + "（印发可能稍早）"
                )
                yield self._later(
                    field, *match.span(), match.group(), since, happened, signed, certain, given
                )

    def _later(
        self,
        field: TextField,
        start: int,
        end: int,
        name: str,
        since: dt.date,
        happened: str,
        signed: dt.date,
        certain: bool,
        given: bool,
    ) -> Finding:
        when = signed_when(signed, given)
        return self.finding(
            field.path,
            excerpt(field.text, start, end),
            f"{when}，而{name}{written_date(since)}才{happened}，成文时还没有。",
            "核对成文日期和所引的会议、法律或文件：多半是日期写错了，或混进了后来的材料。",
            start=start,
            severity=Severity.ERROR if certain else Severity.WARNING,
        )
