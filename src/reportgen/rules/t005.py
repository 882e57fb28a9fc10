"""T005: organs listed side by side take a 、 between them: 镇党委、镇政府, 人大、政协;
the usual joint names (纪委监委, 党委政府) are left alone."""

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
    severity = Severity.ERROR
    summary = "并列的机关名称之间用顿号：镇党委、镇政府，人大、政协"
    fixable = True
    explanation = "并列的机关名称之间用顿号：中共中央、国务院，县委、县政府，镇党委、镇政府，人大、政协。“纪委监委”“党委政府”是惯用的合称，不检查。"
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
                yield self.finding(
                    field.path,
                    excerpt(field.text, first.start(), second.end()),
                    f"“{pair}”是并列的两个机关，中间缺顿号。",
                    f"改为“{first.group()}、{second.group()}”。",
                    Fix(field.path, first.end(), first.end(), "、"),
                )


def _inside_longer_name(text: str, start: int) -> bool:
    """乡镇党委政府 speaks of townships' committees and governments as one, like 党委政府."""
    return start > 0 and text[start - 1] == "乡" and text[start] == "镇"
