"""Words that are never in a name: one table, one reader.

A line or a phrase may end as a name does (服务大局 as a 局, 依法治县 as a 县, 市交通局在
市委市政府 as a 政府) and still be prose. What tells them apart is a word a name never
holds, and which words those are depends on the name asked about: an organ's name
(organs.is_organ_name), an issuing organ's name as import reads it (importing.issuer),
a place's (importing.places), a town's as a clause names it (importing.places). Each kind is its words, read as one pattern.
"""

from __future__ import annotations

from typing import Literal

from .lazyregex import LazyPattern, lazy_compile

Kind = Literal["organ", "issuer", "place", "town"]

NEVER_IN: dict[Kind, tuple[str, ...]] = {
    # Prose that ends as a bureau's name does (新格局, 服务大局) or opens with an
    # enumeration (二是…): a heading of a point, never an organ or a signature.
    "organ": (
        r"(?:格|布|大|全|开|结|变|时|新|当|僵|残|危|定|破|棋|饭|骗)局$",
        r"^[一二三四五六七八九十]是",
    ),
    # An issuing organ's name never holds a preposition or verb that starts a clause (在,
    # 遵循, 按照 …), 的, or a party committee run into its government (市委市政府 read as one).
    "issuer": (
        r"在|的|现将|遵循|按照|根据|依据|遵照|坚持|围绕|结合|领导下|通过|召开",
        r"[省市县区旗]委[省市县区旗](?:人民)?政府",
    ),
    # Words that end as a place does but name none: 依法治县, 小城镇, 农村社区, 辖区 …; a
    # 风景名胜区 or 保护区 is run by a 管理局 or a 管委会, which its name does not say; a
    # self-reference (我镇); a clause's verb; a subject, a preposition or another organ
    # (市交通局在市委市).
    "place": (
        r"依法治|小城镇|特色小镇",
        r"(?:社|辖|景|片|小|矿|街|名胜|旅游|保护)区$",
        r"[我本全该各](?:街道|镇|乡|县|区|市)$",
        r"建设|推进|全面|坚持|深入|治理|开展",
        r"^(?:根据|按照|依据|遵照|对照|结合)",
        r"^(?:遵循|围绕|立足|聚焦|紧扣|对标|落实|贯彻|推动|服务|助力|融入|面向|现将)",
        r"在|的|领导|政府",
        r"[局委](?=.)",
    ),
    # What a clause says of towns without naming one: 跨镇, 全镇, 邻镇, 各乡镇, 农业强镇,
    # 文化名镇, 新型城镇(化), 促进城乡, 大学生返乡. A name of its own may end so where it
    # is short (古城乡, 新城镇, 王集镇), so the endings count only after two characters.
    "town": (
        r"^(?:跨|邻|全|本|该|各|我|两|三|多|每|一|周边|相邻|毗邻|临近|兄弟|全县|全区|全市)(?:镇|乡|街道)$",
        r"乡镇$",
        r"^[各全本该]?城镇$",
        r".{2,}(?:城镇|强镇|名镇|重镇|古镇|大镇)$",
        r".{2,}(?:城|下|返|回|家|故)乡$",
    ),
}

PATTERNS: dict[Kind, LazyPattern] = {
    kind: lazy_compile("|".join(words)) for kind, words in NEVER_IN.items()
}


def never_a_name(kind: Kind, text: str) -> bool:
    """Whether `text` holds a word that a name of this kind never holds."""
    return PATTERNS[kind].search(text) is not None
