"""T005: organs listed side by side take a 、 between them: 镇党委、镇政府, 人大、政协;
the usual joint names (纪委监委, 党委政府) are left alone.

A warning, not an error: 县委县政府 without a 顿号 is common in correct official text,
and two organ names that touch may be one name garbled (区委人大常委会会议 for
区委常委会会议), where a 顿号 would make it worse. The 、 is offered as a fix only where
it is certain: two organs of one level (县委 and 县政府, 司法所 and 派出所, 人大 and 政协)
that no word after them binds into one name (县委县政府办公室, …会议).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import pairwise

from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import alternation, excerpt
from .wordlists import table_file


@cache
def _organ_pattern() -> re.Pattern[str]:
    return alternation(table_file("phrases")["organs"]["names"])


class CoordinateOrgans(Rule):
    code = "T005"
    severity = Severity.WARNING
    summary = "并列的机关名称之间一般用顿号：镇党委、镇政府，人大、政协（只作提示）"
    fixable = True
    explanation = "并列的机关名称之间一般用顿号：中共中央、国务院，县委、县政府，镇党委、镇政府，人大、政协。“纪委监委”“党委政府”是惯用的合称，不检查。公文里“县委县政府”连写也常见，所以只作提示；两个机关名称连在一起，也可能是一个名称写错了（如“区委常委会会议”误写成“区委人大常委会会议”），这时加顿号反而不对，请对照原文改正。只有两个同级机关（县委和县政府、司法所和派出所、人大和政协）并列、后面没有接“会议”“办公室”等把它们连成一个名称的字时，才自动加顿号。"
    example = wrong_right(
        "在镇党委镇政府的坚强领导下，主动接受人大政协监督。",
        "在镇党委、镇政府的坚强领导下，主动接受人大、政协监督。",
    )
    triggers = (
        text("在镇党委镇政府领导下。", "在镇党委、镇政府领导下。"),
        text("县委县政府高度重视。", "县委、县政府高度重视。"),
        text("接受人大政协监督。", "接受人大、政协监督。"),
        text("中共中央国务院印发纲要。", "中共中央、国务院印发纲要。"),
        text("司法所派出所联合调解。", "司法所、派出所联合调解。"),
        text("邀请人大代表政协委员视察。", "邀请人大代表、政协委员视察。"),
        # Warned, but no fix: organs of two levels, or a word after that binds them.
        text("列席区委人大常委会会议2次。"),
        text("由县委县政府办公室牵头。"),
    )
    clean = (
        text("中共中央、国务院印发纲要，县委、县政府部署。"),
        text("县纪委监委开展监督，乡镇党委政府落实。"),
        text("在镇党委的领导下，镇政府组织实施。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        together = set(table_file("phrases")["organs"]["together"])
        for field in texts:
            names = list(_organ_pattern().finditer(field.text))
            for first, second in pairwise(names):
                if first.end() != second.start():
                    continue
                pair = first.group() + second.group()
                if pair in together or _inside_longer_name(field.text, first.start()):
                    continue
                certain = _level(first.group()) == _level(second.group()) and not _BINDS.match(
                    field.text, second.end()
                )
                yield self.finding(
                    field.path,
                    excerpt(field.text, first.start(), second.end()),
                    f"“{pair}”像是并列的两个机关，中间一般加顿号。公文里连写也常见，所以只作"
                    "提示；两个名称连在一起，也可能是一个名称写错了（如“区委常委会会议”"
                    "误写成“区委人大常委会会议”）。",
                    f"并列的，改为“{first.group()}、{second.group()}”；"
                    "本是一个名称的，对照正式名称改正，不要加顿号。",
                    Fix(field.path, first.end(), first.end(), "、") if certain else None,
                    start=first.start(),
                )


# What binds two organ names after them into one name: 县委县政府办公室, …常委会会议.
_BINDS = re.compile(r"办公室|办|会议|常委会|常务委员会|主任|书记|领导小组|联席会")
# The level an organ's name begins with; bare names (人大, 政协, 司法所) share none.
_LEVEL = re.compile(r"中共中央|党中央|国务院|全国|中央|省|市|县|区|镇|乡|街道")
_CENTRAL = ("中共中央", "党中央", "国务院", "全国", "中央")


def _level(name: str) -> str:
    match = _LEVEL.match(name)
    if match is None:
        return ""
    return "中央" if match.group() in _CENTRAL else match.group()


def _inside_longer_name(text: str, start: int) -> bool:
    """乡镇党委政府 speaks of townships' committees and governments as one, like 党委政府."""
    return start > 0 and text[start - 1] == "乡" and text[start] == "镇"
