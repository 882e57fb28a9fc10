"""C006: the addressees suit the level of the issuing organ: who reports to whom."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from ..organs import OrganLevel, addressees_fit, issuing_level
from .base import Case, Finding, Rule, Severity, TextField
from .cases import REMOVED, data, wrong_right

# What each level's addressee line should be (the shapes are organs.addressees_fit's).
_ADVICE = {
    OrganLevel.TOWNSHIP: (
        "乡镇的报告应报送上一级党委和政府。",
        "主送机关写为“中共××县委”和“××县人民政府”（区辖乡镇为区委、区政府）。",
    ),
    OrganLevel.STREET: (
        "街道办事处的报告应报送所在区（县、市）的党委和政府。",
        "主送机关写为“中共××区委”和“××区人民政府”。",
    ),
    OrganLevel.COUNTY: (
        "县（区、市）政府的报告应报送本级党委和人大常委会（或其中之一），或上一级党委和政府。",
        "主送机关写为“中共××县委、××县人大常委会”，或“中共××市委、××市人民政府”。",
    ),
    OrganLevel.DEPARTMENT: (
        "政府部门的报告应报送本级党委和政府，或上一级主管部门。",
        "主送机关写为“中共××县委、××县人民政府”，或“××县人民政府、××市司法局”。",
    ),
}


def _report_of(organ: str, *addressees: str) -> Case:
    """A report of another organ (its level decides), with this addressee line."""
    return data(organ=organ, signatories=[organ], addressees=list(addressees))


class Addressees(Rule):
    code = "C006"
    severity = Severity.WARNING
    summary = "主送机关应与发文机关的层级相符（乡镇、街道报上一级党委和政府，等）"
    explanation = (
        "乡镇的法治政府建设情况报告报送上一级党委和政府，主送机关应同时写县委和县人民政府。"
        "县（区、市）人民政府的报告报送本级党委和人大常委会（如“区委、区人大常委会”），"
        "或上一级党委和政府；政府部门报本级党委和政府，或上一级主管部门。"
        "主送机关写在一行里、用顿号隔开的，逐个判断。"
    )
    example = wrong_right(
        "博爱县司法局：",
        "中共博爱县委、博爱县人民政府：",
        data(addressees=["博爱县司法局"]),
        data(addressees=["中共博爱县委", "博爱县人民政府"]),
    )
    triggers = (
        data(addressees=["博爱县司法局"]),
        data(addressees=["博爱县人民政府"]),
        data(addressees=["中共柏山镇委员会", "柏山镇人民政府"]),  # its own level
        _report_of("金桥街道办事处", "中共澜江区委"),
        _report_of("澜江区人民政府", "区委、青石镇人民政府"),  # one string, a town's organ
        _report_of("云岭县人民政府", "县委、县司法局："),
        _report_of("松川县司法局", "中共松川县委"),
    )
    clean = (
        data(addressees=["中共博爱县委员会", "博爱县人民政府"]),
        data(addressees=["中共沁阳市委", "沁阳市人民政府"]),
        # who reports to whom depends on the organ's level: each right line passes
        _report_of("青石镇人民政府", "中共澜江区委", "澜江区人民政府"),  # a district's town
        _report_of("白鹭乡人民政府", "中共鹤平县委", "鹤平县人民政府"),
        _report_of("金桥街道办事处", "中共澜江区委", "澜江区人民政府"),
        _report_of("云岭县人民政府", "中共云岭县委", "云岭县人大常委会"),
        _report_of("澜江区人民政府", "中共澜江区委", "澜江区人大常委会"),
        # The short names, and a line kept as one string: the same-level committee and
        # congress standing committee, as a county-level government reports.
        _report_of("澜江区人民政府", "区委", "区人大常委会"),
        _report_of("澜江区人民政府", "区委、区人大常委会"),
        _report_of("云岭县人民政府", "县委、县人大常委会："),
        _report_of("云岭县人民政府", "中共云岭县委员会", "云岭县人民代表大会常务委员会"),
        _report_of("澜江区人民政府", "中共澄州市委", "澄州市人民政府"),
        # The copy sent to one of them alone: the congress, or the government above.
        _report_of("云岭县人民政府", "云岭县人大常委会"),
        _report_of("澜江区人民政府", "澄州市人民政府"),
        _report_of("松川县司法局", "松川县人民政府", "松岭市司法局"),
        _report_of("澜江区市场监督管理局", "中共澜江区委", "澜江区人民政府"),
        _report_of("枫林县卫生健康委员会", "中共枫林县委", "枫林县人民政府"),
        _report_of("云岭县自然资源局", "澄州市自然资源局"),
        data(addressees=REMOVED),  # R002's concern
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        names = report.addressees
        level = issuing_level(report.organ, report.signatories)
        if not names or level is None:
            return  # none at all is R002's; an organ of unknown level cannot be judged
        if addressees_fit(level, names):
            return
        problem, advice = _ADVICE[level]
        yield self.finding(("addressees",), "、".join(names), problem, advice)
