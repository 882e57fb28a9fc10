"""Organ names: what reads as one, and at which level it stands.

Who reports to whom depends on the level (《法治政府建设与责任落实督察工作规定》): a
township or street office reports to the party committee and government one level up;
a county or district government to its own party committee and people's congress
standing committee (or the level above); a department to its own level's committee
and government, or to the department one level up. Import uses these names to tell
an addressee line or a signature from prose; the proofreader (C006) and `review` use the
levels and the addressees each level reports to.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from .chinese import is_han
from .lazyregex import lazy_compile
from .notnames import PATTERNS

# How an organ's name ends: 人民政府, 党委, 街道办事处, 司法局, 卫生健康委员会, 人大常委会 …
_SUFFIX = (
    r"(?:人民政府|政府|委员会|常委会|管委会|主席团|党工委|党委|党组|[县区市旗州盟省]委|办事处|办公室"
    r"|[局委办厅部院所队处]|分局|中心|街道|[镇乡])"
)
# An organ's name: one to 28 characters before its ending, each a Chinese character or a
# bracket — the class [{HAN}（）()], tested apart from the regex (a class over the CJK block
# costs `re` 1–2 ms to compile: it visits each of its 20,992 code points).
_ORGAN_SHAPE = lazy_compile(rf"^.{{1,28}}{_SUFFIX}$")
_BRACKETS = frozenset("（）()")
# Sentence marks never stand in an organ's name.
_PROSE = lazy_compile(r"[，。；：！？、,.;:!?“”《》\d]")
# Prose that ends as a bureau's name does (服务大局), an enumeration (二是…): notnames.
NOT_ORGAN = PATTERNS["organ"]


def is_organ_name(text: str) -> bool:
    """中共博爱县委, 金桥街道办事处, 松川县司法局: a name, not a phrase of prose."""
    text = text.strip()
    return (
        2 <= len(text) <= 30
        and not _PROSE.search(text)
        and all(is_han(char) or char in _BRACKETS for char in text)
        and bool(_ORGAN_SHAPE.match(text))
        and not NOT_ORGAN.search(text)
    )


class OrganLevel(StrEnum):
    TOWNSHIP = "township"  # 镇、乡
    STREET = "street"  # 街道办事处, an agency of a district
    COUNTY = "county"  # a county, district or county-level city (its government or committee)
    DEPARTMENT = "department"  # 县司法局, 区市场监督管理局, 县卫生健康委员会 …


_STREET = lazy_compile(r"街道")
_TOWNSHIP = lazy_compile(r"[镇乡](?:人民政府|政府|党委|委员会|委)?$")
_COUNTY = lazy_compile(r"(?:县|区|市|旗|州|盟)(?:人民政府|政府|委员会|委)$")


def organ_level(name: str) -> OrganLevel | None:
    """The level of an issuing organ, from its name; None when it is not an organ's name."""
    if not is_organ_name(name):
        return None
    if _STREET.search(name):
        return OrganLevel.STREET
    if _TOWNSHIP.search(name):
        return OrganLevel.TOWNSHIP
    if _COUNTY.search(name):
        return OrganLevel.COUNTY
    return OrganLevel.DEPARTMENT


def issuing_level(organ: str | None, signatories: Sequence[str]) -> OrganLevel | None:
    """The level of a report's issuing organ: its `organ`'s, else that of the last
    signatory that names one (the government signs after the party committee)."""
    for name in (organ, *reversed(signatories)):
        level = organ_level(name) if name else None
        if level is not None:
            return level
    return None


class Addressee(StrEnum):
    """What an addressee is, for judging an addressee line."""

    COMMITTEE = "committee"  # 中共博爱县委, 澜江区委
    GOVERNMENT = "government"  # 博爱县人民政府
    CONGRESS = "congress"  # 云岭县人大常委会
    DEPARTMENT = "department"  # 松岭市司法局, 县委依法治县办
    LOCAL = "local"  # a township's or street's own organs: never an addressee upward
    UNKNOWN = "unknown"


_A_COMMITTEE = lazy_compile(r"^(?:中共)?.{0,14}(?:县|区|市|旗|州|盟|省)委(?:员会)?$")
_A_GOVERNMENT = lazy_compile(r"^.{0,14}(?:县|区|市|旗|州|盟|省)?人民政府$|^(?:县|区|市)政府$")
_A_CONGRESS = lazy_compile(r"(?:人大常委会|人民代表大会常务委员会)$")
# An addressee line kept as one string (区委、区人大常委会：) holds several names.
_BETWEEN_NAMES = lazy_compile(r"[、，,；;\s]+")


def addressee_kind(name: str) -> Addressee:
    name = name.strip()
    if not is_organ_name(name):
        return Addressee.UNKNOWN
    if _STREET.search(name) or _TOWNSHIP.search(name):
        return Addressee.LOCAL
    if _A_CONGRESS.search(name):
        return Addressee.CONGRESS
    if _A_GOVERNMENT.match(name):
        return Addressee.GOVERNMENT
    if _A_COMMITTEE.match(name) and not name.endswith(("部委", "办委")):
        return Addressee.COMMITTEE
    return Addressee.DEPARTMENT


# Who reports to whom, by the issuing organ's level: the shapes of a right addressee line.
_EXPECTED: dict[OrganLevel, tuple[frozenset[Addressee], ...]] = {
    OrganLevel.TOWNSHIP: (frozenset({Addressee.COMMITTEE, Addressee.GOVERNMENT}),),
    OrganLevel.STREET: (frozenset({Addressee.COMMITTEE, Addressee.GOVERNMENT}),),
    OrganLevel.COUNTY: (
        frozenset({Addressee.COMMITTEE, Addressee.CONGRESS}),
        frozenset({Addressee.COMMITTEE, Addressee.GOVERNMENT}),
        # Governments often send the congress standing committee (or the government above)
        # its own copy, addressed to it alone.
        frozenset({Addressee.CONGRESS}),
        frozenset({Addressee.GOVERNMENT}),
    ),
    OrganLevel.DEPARTMENT: (
        frozenset({Addressee.COMMITTEE, Addressee.GOVERNMENT}),
        frozenset({Addressee.GOVERNMENT}),
        frozenset({Addressee.DEPARTMENT}),
    ),
}


def addressees_fit(level: OrganLevel, names: Sequence[str]) -> bool:
    """Whether an addressee line suits an organ of `level`: it holds one of the level's
    shapes and nothing that is no addressee upward (a township's own organ, a phrase)."""
    split = [n for name in names for n in _BETWEEN_NAMES.split(name.strip().rstrip("：:"))]
    kinds = {addressee_kind(name) for name in split if name}
    if kinds & {Addressee.LOCAL, Addressee.UNKNOWN}:
        return False
    return any(shape <= kinds for shape in _EXPECTED[level])
