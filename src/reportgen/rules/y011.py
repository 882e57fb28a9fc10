"""Y011: a law called newly revised or newly in force (新修订的《行政复议法》, 新施行的《…》)
when, on the day the report was signed, that revision had not been adopted yet, or had
not yet taken effect. The text was written later than its date says, or carried over
from a later report.

The revisions and their dates are laws.toml's `revised`. A law with no revision known
to the tables is not judged: “新修订” may then mean an older revision. An older revision
the tables do not list could also be what a report means, so this is a warning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from ..lazyregex import lazy_compile
from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import data, text, wrong_right
from .knowledge import Dated, known, report_date, signed_when, written_date
from .matching import excerpt, sentence

_NEW = lazy_compile(
    r"(?P<kind>新修订|新修改|新修正|新施行|新实施)(?:后)?(?:的)?《(?P<name>[^《》]+)》"
)
# The sentence looks ahead: the revision is passed and will take effect.
_AHEAD = lazy_compile(r"即将|将于|将自|将在|将要|待.{0,6}施行|草案|征求意见")


def _events(entry: Dated, kind: str) -> list[tuple[dt.date, dt.date | None]]:
    """(adopted, effective) of what “新修订” or “新施行” can mean for this law."""
    events = list(entry.revisions)
    if kind in ("新施行", "新实施") and entry.adopted is not None:
        events.append((entry.adopted, entry.effective))
    return sorted(events)


def _wrong(entry: Dated, kind: str, signed: dt.date) -> str | None:
    """Why the phrase cannot be right on `signed`, or None."""
    events = _events(entry, kind)
    if not events:
        return None
    done = [e for e in events if e[0] <= signed]
    revising = kind in ("新修订", "新修改", "新修正")
    if not done:
        adopted, _ = events[0]
        if not entry.revisions or adopted != entry.revisions[0][0]:
            return None  # the law itself came later: Y007's finding
        return f"它的这次修订{written_date(adopted)}才通过"
    adopted, effective = done[-1]
    if not revising and effective is not None and effective > signed:
        return f"它{'的这次修订' if (adopted, effective) in entry.revisions else ''}{written_date(effective)}才施行"
    return None


class NewlyRevised(Rule):
    code = "Y011"
    severity = Severity.WARNING
    summary = "“新修订的《……》”“新施行的《……》”：修订要在成文前已经通过，施行要在成文前已经开始"
    explanation = "报告说“新修订的《行政复议法》”，这次修订（2023年9月1日通过）就必须在成文日期之前；说“新施行的”，法律或修订必须在成文前已经施行。成文在修订通过以前，多半是成文日期写错了，或文字是从后来的材料里搬来的。表里没有记录修订日期的法律不检查；“将于……起施行”“即将施行”这样展望的说法不提示。表里没有列出的更早的修订也可能是报告所指，所以只作提示。修订日期在 src/reportgen/rules/laws.toml 的 revised。"
    example = wrong_right(
        "宣传新施行的《公司法》。（2023年度的报告，2024年1月28日成文）",
        "宣传新修订的《公司法》。",
        text("宣传新施行的《公司法》。"),
        text("宣传新修订的《公司法》。"),
    )
    triggers = (
        data(
            (("parts", 1, "content", 0), "组织学习新修订的《行政复议法》。"),
            date="2023-01-20",
            year=2022,
        ),
        data(
            (("parts", 1, "content", 0), "宣传新施行的《中华人民共和国公司法》。"),
            date="2024-01-25",
        ),
        data(
            (("parts", 1, "content", 0), "落实新修订的《治安管理处罚法》。"),
            date="2025-01-20",
            year=2024,
        ),
        data(
            (("parts", 1, "content", 0), "执行新实施的《医师法》，规范村医执业。"),
            date="2022-01-20",
            year=2021,
        ),
    )
    clean = (
        text("组织学习新修订的《行政处罚法》。"),
        data(
            (("parts", 1, "content", 0), "新修订的《公司法》将于2024年7月1日起施行，做好宣传。"),
            date="2024-01-25",
        ),
        data(
            (("parts", 1, "content", 0), "组织学习新修订的《行政复议法》。"),
            date="2024-01-25",
        ),
        text("学习新修订的《宪法》和《村民委员会组织法》。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        signed, given = report_date(report.year, report.date)
        for field in texts:
            for match in _NEW.finditer(field.text):
                entry = known(match["name"])
                why = entry and _wrong(entry, match["kind"], signed)
                if not why or _AHEAD.search(sentence(field.text, *match.span(), limit=200)):
                    continue
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    f"{signed_when(signed, given)}，而《{match['name']}》{why}，"
                    f"成文时还谈不上“{match['kind']}”。",
                    f"核对成文日期；成文日期没错的话，删去“{match['kind']}”，或改为成文时的说法。",
                    start=match.start(),
                )
