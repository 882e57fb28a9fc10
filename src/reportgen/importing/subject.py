"""Who an opening says acted: the place, the department or the self-reference in its
first sentence (2023年，青禾街道党工委、办事处坚持…; 县司法局在…; 我镇坚持…), or the
organ the sentence that reports names (现将石岭镇2025年度…报告如下)."""

from __future__ import annotations

import re

from ..lazyregex import lazy_compile
from ..organs import is_organ_name
from .frame import opening_subject, reading
from .places import BARE_ZONE, SELF_KINDS, is_place

_HAN = "\u4e00-\u9fff"
_PROSE = lazy_compile(r"[。，,；;]")
_KINDS = SELF_KINDS
# A clause that starts so is not the subject: 根据县委…要求, 在柘塘镇党委…领导下.
_NOT_SUBJECT = "根据|按照|依据|遵照|对照|结合|在|经|由"
# The first sentence of an opening names who acted: 2023年，青禾街道党工委、办事处坚持…
# Up to three clauses may come first (在…领导下，按照…部署，根据《…》要求，); the year may
# have no comma (2023年XX镇深入推进…); a （以下简称“新区”） may follow the name; 委、
# after a 镇 or 乡 is its party committee beside its government (石岭镇委、镇政府); the
# place may lead what it did (古桥镇2024年法治政府建设工作在…, 古桥镇各项工作在…).
_SUBJECT = lazy_compile(
    rf"^(?:(?:19|20)\d{{2}}年(?:度|以来)?[，,]?|(?:一年来|今年以来|近年来|过去一年)[，,])?"
    rf"(?:[^。；，,]{{2,60}}?[，,]){{0,3}}?(?!{_NOT_SUBJECT})"
    rf"(?P<name>[{_HAN}]{{2,12}}?(?:街道|镇|乡|县|区|市|旗))"
    r"(?:[（(]以下简称[^）)]{0,12}[）)])?"
    r"(?:(?<=[镇乡])委(?=[、，,]|[镇乡]?(?:人民)?政府)|党委|党工委|人民政府|政府|办事处|管委会"
    r"|管理委员会|坚持|以|在|始终|认真|深入|全面|紧紧"
    r"|围绕|聚焦|持续|着力|扎实|积极|立足|按照|把|高度|切实|不断|牢牢|严格|大力|全力|紧扣|锚定"
    r"|深化|贯彻|落实|进一步|各级|上下|法治|党政|依法行政|各项|工作|(?:19|20)\d{2}\s*年)"
)


PLACED = rf"^[{_HAN}]{{2,12}}?(?:街道|镇|乡|县|区|市|旗)[{_HAN}]+"
# 现将石岭镇2025年度法治政府建设情况报告如下: who reports, in the sentence that says so.
_REPORTING = lazy_compile(
    rf"现将(?:关于)?(?P<name>[{_HAN}]{{2,20}}?)(?:关于|(?:19|20)\d{{2}}\s*年|法治|依法|有关|年度)"
)


# The place at the head of a first sentence, whatever verb follows (2022年，临溪县纵深推进…;
# 临溪县委、县政府坚持…), and up to 12 characters of what follows it.
_HEAD = lazy_compile(
    rf"^(?:(?:19|20)\d{{2}}年(?:度|以来)?[，,]?|(?:一年来|今年以来|今年来|近年来|过去一年)[，,])?"
    rf"(?P<name>[{_HAN}]{{2,12}}?(?:街道|镇|乡|县|区|市|旗))(?P<rest>[{_HAN}]{{0,12}})"
)
# A department named after the place (临溪县 + 司法局紧扣…): its name ends at its first
# organ ending.
_DEPARTMENT = lazy_compile(rf"^[{_HAN}]{{2,10}}?(?:局|委员会|办公室|院|中心|管委会|管理委员会)")
# …what it did to a department (临溪县全面加强司法所建设): no department's name.
_VERB = lazy_compile(
    r"加强|推进|全面|坚持|深入|强化|建设|完善|落实|开展|推动|统筹|着力|持续|扎实|做实|打造|构建|提升"
    r"|优化|规范|深化|纵深"
)


def _head(sentence: str) -> str | None:
    """The place or department at the head of a sentence (or of one of its first
    clauses, after 在…领导下，) whose verb the subject pattern does not know: 临溪县纵深
    推进… → 临溪县; 临溪县司法局紧扣… → 临溪县司法局."""
    clauses = re.split(r"[，,]", sentence)[:4]
    found = next((m for m in map(_HEAD.match, clauses) if m and is_place(m.group("name"))), None)
    if found is None:
        return None
    name, rest = found.group("name"), found.group("rest")
    department = _DEPARTMENT.match(rest)
    named = department.group() if department else ""
    if named and not _VERB.search(named) and is_organ_name(name + named):
        return name + named
    return name


def acting_subject(opening: list[str]) -> str | None:
    """Who the opening says acted: a place (2023年，青禾街道党工委…; 南湖县深入…), a
    department named short (县司法局在…), or a self-reference (我镇坚持…). The opening
    starts at its first sentence: a short line above it (a stray date) is not it."""
    start = next((i for i, line in enumerate(opening[:3]) if _PROSE.search(line)), 0)
    opening = opening[start:]
    for paragraph in opening[:1]:
        for sentence in paragraph.split("。")[:2]:
            found = _SUBJECT.match(sentence)
            name = found.group("name") if found else ""
            if is_place(name) or BARE_ZONE.match(name):  # 青禾街道…; 开发区党工委…
                return name
            self_found = re.match(
                rf"^(?:[^，。]{{0,40}}[，,]){{0,2}}((?:我|本|全)(?:{_KINDS}))", sentence
            )
            if self_found:
                return self_found.group(1)
    subject = opening_subject(opening)
    head = _head(reading(opening[0]).split("。")[0]) if subject is None and opening else None
    if head is not None:
        return head
    if subject is None and opening:  # 根据…要求，现将我县（石岭镇）2023年度…报告如下：
        first = "。".join(opening[0].split("。")[:2])
        reporting = _REPORTING.search(reading(first))
        name = reporting.group("name") if reporting else ""
        if is_place(name) or (is_organ_name(name) and re.match(PLACED, name)):
            return name
        mentioned = re.search(rf"(?:我|本)(?:{_KINDS})", first)
        return mentioned.group() if mentioned else None
    return subject
