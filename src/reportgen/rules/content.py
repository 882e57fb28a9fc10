"""Content: what 《法治政府建设与责任落实督察工作规定》 asks a report to contain, and what not."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Part, PartKind, Report
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
        present = {part.kind for part in report.parts}
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


_MARKS = re.compile(r"(?<![A-Za-z])(?:[XxＸｘ×]{2,}|○{2,}|□{2,})(?![A-Za-z])|【[^】]*】")


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


_COMMITTEE = re.compile(r"^中共.{1,12}(?:县|区|市|旗)委(?:员会)?$")
_GOVERNMENT = re.compile(r"^.{1,12}(?:县|区|市|旗)人民政府$")


class Addressees(Rule):
    code = "C006"
    severity = Severity.WARNING
    summary = "主送机关应为上一级党委和政府（如中共博爱县委、博爱县人民政府）"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        names = report.addressees
        if any(_COMMITTEE.match(n) for n in names) and any(_GOVERNMENT.match(n) for n in names):
            return
        yield self.finding(
            ("addressees",),
            "、".join(names),
            "乡镇的法治政府建设情况报告应同时报送上一级党委和政府。",
            "主送机关写为“中共××县委”和“××县人民政府”。",
        )
