"""Content: what 《法治政府建设与责任落实督察工作规定》 asks a report to contain, and what not."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Part, PartKind, Report
from ..organs import Addressee, OrganLevel, addressee_kind, organ_level
from ..partkinds import covered_kinds
from .base import Finding, Rule, Severity, TextField
from .matching import alternation, excerpt, matches, sentence
from .wordlists import words

_REQUIRED = {
    PartKind.DUTY: "党政主要负责人履行推进法治建设第一责任人职责的情况",
    PartKind.MEASURES: "推进法治政府建设的主要举措和成效",
    PartKind.SHORTCOMINGS: "存在的不足和原因",
    PartKind.PLANS: "下一年度推进法治政府建设的主要安排",
}


class RequiredParts(Rule):
    code = "C001"
    severity = Severity.ERROR
    summary = "必备内容齐全：第一责任人职责、举措和成效、不足和原因、下一年度安排"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        # A content counts where a part's kind says so, and where a heading at any level
        # names it (a thematic report puts “存在的不足” under a section).
        present = covered_kinds(report)
        for kind, content in _REQUIRED.items():
            if kind not in present:
                yield self.finding(
                    ("parts",),
                    "",
                    f"报告缺少“{content}”部分（督察工作规定要求报告的内容）。",
                    f'在 parts 中加一个 kind 为 "{kind.value}" 的部分。',
                )


class ShortcomingsWithoutCauses(Rule):
    code = "C002"
    severity = Severity.WARNING
    summary = "“存在的不足”应同时说明原因"

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


# A part the importer could not place but whose heading speaks of shortcomings:
# 法治政府建设中存在的主要问题, 当前工作中的短板.
_SHORTCOMING_WORDS = re.compile(r"问题|不足|短板|差距|薄弱")


def _is_shortcomings(part: Part) -> bool:
    if part.kind is PartKind.SHORTCOMINGS:
        return True
    return part.kind is PartKind.OTHER and bool(_SHORTCOMING_WORDS.search(part.heading))


# 【[^【】]*】: the innermost brackets, found in one pass (【[^】]* ran from every 【 to the end).
_MARKS = re.compile(r"(?<![A-Za-z])(?:[XxＸｘ×]{2,}|○{2,}|□{2,})(?![A-Za-z])|【[^【】]*】")


class Placeholders(Rule):
    code = "C003"
    severity = Severity.ERROR
    summary = "不得留有占位符：XX、××、【……】、待补充"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for pattern in (_MARKS, alternation(words("placeholders"))):
            for field, match in matches(texts, pattern):
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    f"留有占位符“{match.group()}”。",
                    "替换为实际内容。",
                )


class DuplicateParagraphs(Rule):
    code = "C004"
    severity = Severity.WARNING
    summary = "同一段文字不应重复出现"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        seen: dict[str, TextField] = {}
        for field in texts:
            if field.path[0] != "parts" and field.path[0] != "opening":
                continue
            key = field.text.strip()
            if len(key) < 10:
                continue
            if key in seen:
                yield self.finding(
                    field.path,
                    excerpt(key, 0, min(len(key), 20), 0),
                    "这段文字与前面一段完全相同。",
                    "删去重复的一段，或改写其中一段。",
                )
            else:
                seen[key] = field


class Requests(Rule):
    code = "C005"
    severity = Severity.ERROR
    summary = "报告不得夹带请示事项（请予批准、恳请……）"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        pattern = re.compile("|".join(words("requests", "patterns")))
        for field, match in matches(texts, pattern):
            yield self.finding(
                field.path,
                sentence(field.text, *match.span()),
                f"“{match.group()}”是请示用语；报告不得夹带请示事项。",
                "删去请示内容；需要上级批准的事项请另行请示。",
            )


# Who reports to whom, by the organ's level: the shapes of a right addressee line.
_EXPECTED: dict[OrganLevel, tuple[frozenset[Addressee], ...]] = {
    OrganLevel.TOWNSHIP: (frozenset({Addressee.COMMITTEE, Addressee.GOVERNMENT}),),
    OrganLevel.STREET: (frozenset({Addressee.COMMITTEE, Addressee.GOVERNMENT}),),
    OrganLevel.COUNTY: (
        frozenset({Addressee.COMMITTEE, Addressee.CONGRESS}),
        frozenset({Addressee.COMMITTEE, Addressee.GOVERNMENT}),
    ),
    OrganLevel.DEPARTMENT: (
        frozenset({Addressee.COMMITTEE, Addressee.GOVERNMENT}),
        frozenset({Addressee.GOVERNMENT}),
        frozenset({Addressee.DEPARTMENT}),
    ),
}
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
        "县（区、市）政府的报告应报送本级党委和人大常委会，或上一级党委和政府。",
        "主送机关写为“中共××县委、××县人大常委会”，或“中共××市委、××市人民政府”。",
    ),
    OrganLevel.DEPARTMENT: (
        "政府部门的报告应报送本级党委和政府，或上一级主管部门。",
        "主送机关写为“中共××县委、××县人民政府”，或“××县人民政府、××市司法局”。",
    ),
}


def _level(report: Report) -> OrganLevel | None:
    for name in (report.organ, *reversed(report.signatories)):
        level = organ_level(name) if name else None
        if level is not None:
            return level
    return None


class Addressees(Rule):
    code = "C006"
    severity = Severity.WARNING
    summary = "主送机关应与发文机关的层级相符（乡镇、街道报上一级党委和政府，等）"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        names, level = report.addressees, _level(report)
        if not names or level is None:
            return  # none at all is R002's; an organ of unknown level cannot be judged
        kinds = {addressee_kind(name) for name in names}
        unsuitable = kinds & {Addressee.LOCAL, Addressee.UNKNOWN}
        if not unsuitable and any(shape <= kinds for shape in _EXPECTED[level]):
            return
        problem, advice = _ADVICE[level]
        yield self.finding(("addressees",), "、".join(names), problem, advice)
