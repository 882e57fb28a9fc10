"""C008: the report speaks of itself as its own organ does: a township's report says 我镇,
not 本局 (a bureau's word), and a bureau's says 我局, not 我镇 — the sign of a passage
taken from another organ's report and not rewritten."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..lazyregex import lazy_compile
from ..model import Report
from ..organs import OrganLevel, issuing_level
from ..regexcache import compiled
from .base import Case, Finding, Rule, Severity, TextField
from .cases import MEASURES, data, put, text, warned, wrong_right
from .matching import excerpt

# How an organ of each kind calls itself. 本局 is not in 基本局面, nor 我局 in 自我局限.
_BUREAU = r"(?:本|我)局(?![面势限部长])"
_TOWN = r"(?:本|我)[镇乡](?!本土)|(?:本|我)街道"
_FOREIGN = {
    OrganLevel.TOWNSHIP: lazy_compile(_BUREAU),
    OrganLevel.STREET: lazy_compile(_BUREAU),
    OrganLevel.COUNTY: lazy_compile(f"{_BUREAU}|{_TOWN}"),
    OrganLevel.DEPARTMENT: lazy_compile(_TOWN),
}
_OWN_TOWN = lazy_compile(r"([镇乡])(?:人民政府|政府|党委|委员会|委)?$")
_WHAT = {"局": "政府部门", "镇": "镇", "乡": "乡", "街": "街道"}


def _of(organ: str, written: str, severity: Severity | None = Severity.WARNING) -> Case:
    """`written` in a report of `organ`."""
    return data(put(MEASURES, written), organ=organ, signatories=[organ], severity=severity)


class AnotherOrgansSelf(Rule):
    code = "C008"
    severity = Severity.WARNING
    summary = "自称要与发文机关相符：镇的报告不写“本局”“我局”，部门的报告不写“我镇”“本乡”"
    explanation = (
        "报告里的“我镇”“本局”指发文机关自己。乡镇的报告写“本局”、部门的报告写“我镇”，"
        "或镇的报告写“我乡”，多是套用了其他单位的材料而没有改过来。引述别的单位原话时可以忽略。"
    )
    example = wrong_right("本局全年开展普法活动12场。", "我镇全年开展普法活动12场。")
    triggers = (
        warned("本局全年开展普法活动12场。"),
        warned("我局认真落实行政执法三项制度。"),
        warned("我乡全年调解纠纷36件。"),
        _of("博爱县司法局", "我镇全年开展法治宣传活动8场。"),
        _of("博爱县市场监督管理局", "本乡各村均建立了法律顾问制度。"),
    )
    clean = (
        text("我镇全年开展普法活动12场，基本局面稳定，克服自我局限。"),
        _of("博爱县司法局", "我局指导柏山镇开展普法，全镇调解纠纷36件。", None),
        _of("白鹭乡人民政府", "我乡全年调解纠纷36件，乡司法所配合县司法局工作。", None),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        level = issuing_level(report.organ, report.signatories)
        if level is None:
            return
        organ = report.organ or report.signatories[-1]
        pattern = _FOREIGN[level].pattern
        if level is OrganLevel.TOWNSHIP and (own := _OWN_TOWN.search(organ)):
            other = "乡" if own.group(1) == "镇" else "镇"
            pattern = f"{pattern}|(?:本|我){other}(?!本土)"
        found = compiled(pattern)
        for field in texts:
            for match in found.finditer(field.text):
                said = match.group()
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    f"这份报告由“{organ}”报送，正文却自称“{said}”（{_WHAT[said[1]]}的自称），"
                    "可能是套用其他单位材料时没有改过来。",
                    "改为本单位的自称；确是引述其他单位原话的，可以忽略。",
                    start=match.start(),
                )
