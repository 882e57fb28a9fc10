"""Places and self-references: which place a report is about, when it does not say so
in its title or signature.

A place named without its organ (白鹭乡, 金桥街道, 金湾新区) stands for the organ that
governs it (白鹭乡人民政府, 金桥街道办事处, 金湾新区管理委员会: a zone has a 管委会,
never a 人民政府). A self-reference (我镇, 本局, 我委, 开发区) is not a name: it resolves
to the place or organ of that kind the text names most often, else to nothing. A report
whose opening names no one (按照…要求，现将…报告如下：) may still name its own place
through the body (云台街道党工委书记…): the place named most often with its own organs.
"""

from __future__ import annotations

import re
from collections import Counter

from ..lazyregex import lazy_compile
from ..notnames import never_a_name
from .frame import PLACE, formal_name

HAN = "\u4e00-\u9fff"
# A zone is run by its 管理委员会 (管委会), never by a 人民政府.
_ZONE = lazy_compile(
    r"(?:开发区|高新区|经开区|园区|示范区|合作区|试验区|实验区|度假区|保税区|综保区|新区|新城|经济区|集聚区)$"
)
_KINDS = "街道|镇|乡|县|区|市|旗|局|委|办"
# 我镇, 本局, 全县, 该区: how a report speaks of its own organ without naming it.
SELF = lazy_compile(rf"^(?:我|本|全|该)(?:{_KINDS})$")
SELF_KINDS = _KINDS
# 开发区, 经济技术开发区, 新区: a zone without its place, as it speaks of itself.
BARE_ZONE = lazy_compile(
    r"^(?:经济技术|经济|高新技术产业|高新技术|高新|工业|产业|综合保税|保税|旅游)?"
    r"(?:开发区|高新区|经开区|新区|园区|示范区|保税区|综保区|度假区|合作区|试验区|集聚区)$"
)
# A word in front of a place that is not part of its name: 在西岭镇综治中心, 由石门镇….
_BEFORE = r"(?:在|由|对|经|向)?"
# A zone's own organ, as a text names it: 青龙高新技术产业开发区管委会.
_ZONE_ORGAN = lazy_compile(
    rf"(?<![{HAN}])(?:在|由|对|经|向)?([{HAN}]{{2,16}}?(?:开发区|高新区|经开区|新区|园区|示范区|经济区|合作区|试验区))"
    r"(?:管委会|管理委员会|党工委)"
)
# A township's or street's own organs: 云台街道党工委, 石门镇人民政府, 白沙乡党委; an
# ethnic 乡's name runs longer (石桥满族蒙古族乡党委).
_LOCAL_ORGAN = lazy_compile(
    rf"(?<![{HAN}]){_BEFORE}(?:中共)?([{HAN}]{{2,6}}?(?:族[{HAN}]{{0,3}}?族|族)?(?:街道|镇|乡))"
    r"(?:党工委|党委|人民政府|政府|办事处)"
)


def organ_of(place: str, texts: list[str] | None = None) -> str:
    """白鹭乡 → 白鹭乡人民政府, 金桥街道 → 金桥街道办事处, 云溪高新区 → 云溪高新区管理委员会;
    a zone whose own 管理局 the text names (前湾合作区管理局) → that 管理局."""
    if not _ZONE.search(place):
        return formal_name(place)
    pattern = re.compile(rf"{re.escape(place)}(管理局|管理委员会|管委会)")
    named = Counter(
        m.replace("管委会", "管理委员会") for t in texts or [] for m in pattern.findall(t)
    )
    return place + (named.most_common(1)[0][0] if named else "管理委员会")


def is_zone(place: str) -> bool:
    """云溪高新区, 宁河经济开发区, 云溪园区: a zone, governed by its 管理委员会."""
    return bool(_ZONE.search(place))


def is_place(text: str) -> bool:
    return (
        bool(PLACE.match(text))
        and not SELF.match(text)
        and not BARE_ZONE.match(text)
        and not never_a_name("place", text)  # 依法治县, 小城镇, 辖区: notnames
    )


def refers_to_itself(text: str) -> bool:
    """我镇, 本局, 全县; 开发区, 新区: a zone speaks of itself without its place."""
    return bool(SELF.match(text) or BARE_ZONE.match(text))


def _most(counts: Counter[str]) -> str | None:
    """The most frequent, where one is named more often than any other."""
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def resolved(self_reference: str, texts: list[str]) -> tuple[str, str] | None:
    """What a self-reference stands for, as (the name the text gives, the organ): 我镇 →
    the 镇 the text names (石岭镇综治中心, 《石岭镇…》), as its organ; 本局 → the 局 it
    names in full (《安平县市场监督管理局…》); 我委 in a zone's report → the zone whose
    管委会 it names; 开发区 → the zone named with its place (宁河经济开发区), never the
    bare 开发区. None when the text names none, or two as often."""
    bare = bool(BARE_ZONE.match(self_reference))
    kind = self_reference if bare else self_reference[1:]
    zone = (
        _most(Counter(m for t in texts for m in _ZONE_ORGAN.findall(t))) if kind == "委" else None
    )
    if zone is not None:
        return zone, organ_of(zone, texts)
    found = named_of_kind(self_reference, texts)
    if kind in _TOWNS and len(rivals(self_reference, texts)) > 1:
        return None  # 我乡 in a text naming 石桥乡 and 白沙乡 as often: which one, it does not say
    name = _most(found)
    if name is None:
        return None
    return name, name if kind in ("局", "委", "办") else organ_of(name, texts)


# A township or a street: one of its kind named beside another leaves 我镇 open.
_TOWNS = ("镇", "乡", "街道")


def named_of_kind(self_reference: str, texts: list[str]) -> Counter[str]:
    """The names of the kind a self-reference speaks of (我乡 → the 乡 the text names,
    本局 → the 局 it names in full), with how often each is named."""
    bare = bool(BARE_ZONE.match(self_reference))
    kind = self_reference if bare else self_reference[1:]
    if kind in ("局", "委", "办"):
        pattern = rf"(?<![{HAN}])(?:中共)?([{HAN}]{{2,6}}?[县区市][{HAN}]{{1,12}}?{kind})"
    else:
        longest = 12 if bare or kind == "区" else 6  # 宁河经济开发区, 金湾新区
        pattern = rf"(?<![{HAN}]){_BEFORE}(?:中共)?([{HAN}]{{2,{longest}}}?{re.escape(kind)})"
    if kind in ("局", "委", "办"):
        return Counter(_department(name) for text in texts for name in re.findall(pattern, text))
    least = 2 + len(kind)  # two characters of its own at least, as the pattern asks
    named = (own_name(name, least) for text in texts for name in re.findall(pattern, text))
    return Counter(name for name in named if name is not None and is_place(name))


# Words of a clause run on in front of a department's name (均经青石县市场监督管理局).
_FUNCTION_CHARACTER = "均皆亦已经由在对向从于为将把被给以与和同及"
_DEPARTMENT_PLACE = lazy_compile(rf"^[{HAN}]{{2,}}?[县区市旗]")


def _department(name: str) -> str:
    """A department's name without the clause's words in front, where a place of two
    characters or more stays (于都县司法局 keeps its 于)."""
    while name[0] in _FUNCTION_CHARACTER and _DEPARTMENT_PLACE.match(name[1:]):
        name = name[1:]
    return name


def rivals(self_reference: str, texts: list[str]) -> list[str]:
    """The places of the kind a self-reference speaks of that the text names about as
    often as the one it names most (half as often at least): more than one, and 我镇 is
    none of them for certain. 柏山镇 named three times beside 清化镇 once is 柏山镇."""
    ranked = named_of_kind(self_reference, texts).most_common()
    return [name for name, count in ranked[:3] if ranked and 2 * count >= ranked[0][1]]


# Words of a clause in front of a place, not part of its name: 与清化镇建立…, 实现镇村…,
# 调处跨镇纠纷, 到石桥乡. One character is stripped only where two of the name's own stay
# (和平镇, 向阳镇 keep theirs); a verb of two is never a name's start.
_LEADING_CHARACTER = "与和同及跨在到至赴由对经向从于为将把被给以"
_LEADING_VERB = lazy_compile(
    r"^(?:实现|调处|化解|建立|联合|会同|协同|指导|帮助|支持|推动|带动|辐射|覆盖|涉及|包括|深入"
    r"|走进|走访|前往|来到|联系|对接|配合|协助|打造|建成|创建|争创|成为|统筹)"
)


def own_name(found: str, least: int) -> str | None:
    """A place as a clause names it (与清化镇, 在石桥乡) without the words in front: the
    name, or None where what stays is no town's name (实现镇, 调处跨镇, 各乡镇)."""
    name = found
    while True:
        verb = _LEADING_VERB.match(name)
        if verb is not None:
            name = name[verb.end() :]
            if len(name) < least:
                return None  # 实现镇, 调处跨镇: the verb and a word, no name
        elif name[0] in _LEADING_CHARACTER and len(name) - 1 >= least:
            name = name[1:]
        else:
            break
    return None if never_a_name("town", name) else name  # 跨镇, 各乡镇: notnames


def named_most(texts: list[str], notes: list[str]) -> str | None:
    """The township or street whose own organs the text names most often (云台街道党工委
    书记…, 石门镇人民政府…), twice at least and more often than any other, as its organ;
    None when none is."""
    counts = Counter(m for text in texts for m in _LOCAL_ORGAN.findall(text) if is_place(m))
    place = _most(counts)
    if place is None or counts[place] < 2:
        return None
    organ = organ_of(place)
    notes.append(
        f"报告没有写明发文机关，按正文中最常提到的“{place}”（{counts[place]} 次）推定为“{organ}”，"
        "请核对 organ。"
    )
    return organ


# A place named under the one above it: 重庆市东岚区, 临川市东岚区石桥街道.
_OUTER = lazy_compile(
    rf"^[{HAN}]{{2,6}}?(?:省|自治区|市|自治州|州|盟|县|区|旗)(?P<inner>[{HAN}]{{2,14}})$"
)


def innermost(place: str) -> str:
    """The place itself without the places above it (重庆市东岚区 → 东岚区, 临川市东岚区
    石桥街道 → 石桥街道): its organ is named so (东岚区人民政府, 石桥街道办事处). A zone
    keeps its place, which is part of its name (东岚县云溪工业园区)."""
    while not is_zone(place) and (found := _OUTER.match(place)) and is_place(found["inner"]):
        place = found["inner"]
    return place


def as_named(place: str, texts: list[str]) -> str:
    """A place named with the one above it (石桥县龙潭镇, 青山市河东区) as the text names it
    most: the inner place alone (龙潭镇) when the text says it alone more often."""
    inner = re.match(rf"^[{HAN}]{{2,6}}?[县区市旗]([{HAN}]{{2,12}})$", place)
    if inner is None or not is_place(inner.group(1)):
        return place
    whole = sum(text.count(place) for text in texts)
    alone = sum(text.count(inner.group(1)) for text in texts) - whole
    return inner.group(1) if alone > whole else place


# A zone's short forms and the full names they stand for: 高新区 for a 高新技术产业开发区,
# 经开区 for a 经济技术开发区, 园区 for any …园区.
_ZONE_FULL = {
    "高新区": r"高新(?:技术)?(?:产业)?(?:开发)?区",
    "经开区": r"经济(?:技术)?开发区",
    "综保区": r"综合保税区",
    "开发区": r"开发区",
    "园区": r"园区",
    "新区": r"新区",
}


def zone_fits(short: str, place: str) -> bool:
    """Whether a zone the text calls by its short form (高新区, 云溪园区) is the zone a
    发布机构 names in full (云溪高新技术产业开发区): the same kind of zone, and the text's
    place name (if any) at the front of the full name."""
    kind = next((k for k in _ZONE_FULL if short.endswith(k)), None)
    if kind is None:
        return place.endswith(short)
    own = short.removesuffix(kind)
    return own in place and bool(re.search(rf"{_ZONE_FULL[kind]}$", place))


def zone_of(organ: str) -> str:
    """云溪高新区管理委员会 → 云溪高新区; "" for an organ that is not a zone's."""
    zone = re.sub(r"(?:管理委员会|管委会)$", "", organ)
    return zone if zone != organ and is_zone(zone) else ""


def formal_zone_organ(organ: str, title: str) -> str:
    """A zone's organ by its formal name: 管委会 is certainly its 管理委员会, and a zone
    named short (云溪综保区, 云溪经开区) is the zone the title prints in full
    (云溪综合保税区). Any other organ as it stands."""
    zone = zone_of(organ)
    if not zone:
        return organ
    kind = next((k for k in _ZONE_FULL if zone.endswith(k)), None)
    own = zone.removesuffix(kind) if kind else ""
    if kind is not None and own:
        found = re.search(rf"{re.escape(own)}[{HAN}]{{0,8}}?{_ZONE_FULL[kind]}", title)
        zone = found.group() if found else zone
    return zone + "管理委员会"
