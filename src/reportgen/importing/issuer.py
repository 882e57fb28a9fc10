"""Who issued the report: the organ, from where the report names it.

In order: the organ's own line, the title's full name, the signature, the 版头's mark;
else the place the title or the opening names (白鹭乡 → 白鹭乡人民政府, 金桥街道 →
金桥街道办事处, a development or high-tech zone → its 管理委员会, never a 人民政府); else
a department the opening names in full (over a 发布机构 naming another organ), or short
(县司法局), as the text writes it in full; else, where the opening names no one, the
township or street whose organs the body names most. A self-reference (我镇, 本局, 我委,
全县) is not a name: it resolves to the place or organ of that kind the text names, else
to the page's 来源 where that is such an organ, or the organ stays empty. A 系统 is no
organ (system.py). Places and self-references are places.py's. Whatever is inferred is
said in a note.
"""

from __future__ import annotations

import re

from ..lazyregex import lazy_compile
from ..notnames import never_a_name
from ..organs import is_organ_name
from .bottom import Bottom
from .frame import full_name, names_on_line
from .joint import split_names
from .metadata import SOURCE_LABELS, Metadata
from .ownplace import own_towns
from .places import (
    BARE_ZONE,
    SELF,
    SELF_KINDS,
    as_named,
    formal_zone_organ,
    innermost,
    is_place,
    is_zone,
    named_most,
    organ_of,
    refers_to_itself,
    resolved,
    rivals,
    zone_fits,
    zone_of,
)
from .spelled import spelled_out, with_upper_places
from .subject import PLACED, acting_subject
from .system import completed, system_of, system_organ
from .tablerow import ORGAN_LABELS
from .top import Top

_HAN = "\u4e00-\u9fff"
_KINDS = SELF_KINDS
_MAIN = ("人民政府", "政府", "办事处")
# Where a title's organ ends and its subject begins: 关于, the year, what it reports on.
_TOPIC = lazy_compile(
    r"关于|(?:19|20)\d{2}\s*年|[〇○O零一二三四五六七八九]{4}年|法治政府|法治建设|依法行政|依法治"
    r"|推进|贯彻|落实|年度"
)
_LEADING_YEAR = lazy_compile(
    r"^(?:关于)?(?:(?:19|20)\d{2}|[〇○O零一二三四五六七八九]{4})\s*年度?(?:[，,\s])?"
)
# 党委、政府: a name that shares its place with the name before it.
_BARE = {"政府": "人民政府", "人民政府": "人民政府", "办事处": "办事处", "管委会": "管委会"}


def title_names(title: str) -> tuple[list[str], bool]:
    """The organs a title names before its subject, and whether they are full names:
    ××镇人民政府关于…, 中共××县委 ××县人民政府关于… → full names; 白鹭乡2023年…,
    2023年度澜江区法治政府建设…, 关于金桥街道…, 我镇2023年… → a place (or a
    self-reference), not its organ's name."""
    text = re.sub(r"^(?:关于)?(?:报送|上报|呈报)?", "", _LEADING_YEAR.sub("", title))
    cut = _TOPIC.search(text)
    names = [n for n in re.split(r"[、\s\u3000]+", text[: cut.start()] if cut else "") if n]
    names = _with_shared_place(split_names(names))
    if len(names) == 1 and (is_place(names[0]) or SELF.match(names[0])):
        return names, False
    if names and all(is_organ_name(n) for n in names):
        return names, True
    return [], False


def _with_shared_place(names: list[str]) -> list[str]:
    """白鹭乡党委、政府 → 白鹭乡党委, 白鹭乡人民政府: the place said once for both."""
    place = re.match(
        rf"^(?:中共)?([{_HAN}]{{2,12}}?(?:街道|镇|乡|县|区|市|旗))", names[0] if names else ""
    )
    if place is None:
        return names
    return [names[0]] + [place.group(1) + _BARE[n] if n in _BARE else n for n in names[1:]]


def main_organ(names: list[str]) -> str:
    """Of joint organs, the government (or office) the report is filed under; else the
    first that is not a party committee (a zone's 管委会 beside its 党工委)."""
    for name in names:
        if name.endswith(_MAIN):
            return name
    others = [n for n in names if not n.startswith("中共") and not n.endswith(("党委", "党工委"))]
    return (others or names)[0]


def well_formed(organ: str) -> bool:
    """Whether `organ` is an organ's name, not words of a sentence read as one:
    石岭镇人民政府, 澜江区司法局, 云溪高新区管理委员会; never 市交通局在市委市人民政府."""
    return is_organ_name(organ) and not never_a_name("issuer", organ)


def issuing_organ(top: Top, bottom: Bottom, texts: list[str], notes: list[str]) -> str | None:
    """The issuing organ, or None where nothing names it (said in a note). `texts` are
    the report's lines, without the page's. The organ is never invented: a name that is
    not well formed is dropped, with a note."""
    organ = _issuing_organ(top, bottom, texts, notes)
    formal = formal_zone_organ(organ, top.title or "") if organ else organ
    if formal != organ:
        notes.append(f"发文机关“{organ}”按全称读入为“{formal}”，请核对 organ。")
        organ = formal
    if organ is None or well_formed(organ):
        return organ
    notes.append(
        f"读出的发文机关“{organ}”不是完整的机关名称（像是句子的一部分），organ 暂为空，"
        "请填写全称（如“××镇人民政府”）。"
    )
    return None


def _issuing_organ(top: Top, bottom: Bottom, texts: list[str], notes: list[str]) -> str | None:
    named, full = title_names(top.title or "")
    published = _published(top.meta, ORGAN_LABELS)
    for names in (
        top.organs + bottom.signatories if top.organs else [],
        named if full else [],
        bottom.signatories,
    ):
        if names:
            return _in_full(main_organ(names), texts, published, notes)
    marked = top.masthead.get("mark", "").removesuffix("文件").strip()
    if marked:
        return marked
    source = _published(top.meta, SOURCE_LABELS)  # 来源: evidence, never taken alone
    system = system_of(top.title or "", top.opening)
    if system is not None:  # 桐川县教育系统2025年度…报告: a 系统 is no organ
        short = completed(top.meta.first(ORGAN_LABELS), system)  # 发布机构：市公安局
        return system_organ(system, published or short, source, texts, notes)
    subject = acting_subject(top.opening)
    self_reference = next((s for s in (*named, subject) if s and refers_to_itself(s)), None)
    place = next((p for p in (*named, subject) if p and is_place(p)), None)
    if place is not None:
        # a title's 重庆市东岚区 is the district's (东岚区人民政府); an opening's 石桥县龙潭镇
        # is 龙潭镇 where the text names it so most
        place = innermost(place) if place in named else as_named(place, texts)
        organ: str | None = organ_of(place, texts)
        page = published[1] if published is not None and is_zone(place) else ""
        if len(page) > len(organ or "") and zone_fits(place, zone_of(page)):  # fuller
            notes.append(
                f"开头段落写的是“{place}”，按网页信息“{published and published[0]}”读入"
                f"发文机关全称“{page}”，请核对 organ。"
            )
            return page
    elif subject and is_organ_name(subject) and re.match(PLACED, subject):
        organ = subject  # 2023年，澜江区司法局在… names the department in full
        if published is not None and published[1] != subject:
            notes.append(
                f"网页信息“{published[0]}”与开头段落所写的“{subject}”不同，按开头段落读入。"
            )
    elif published is not None and _fits(published[1], self_reference, subject):
        notes.append(f"发文机关按网页信息“{published[0]}”推定为“{published[1]}”，请核对 organ。")
        return published[1]
    elif self_reference is not None:
        return _self_organ(self_reference, texts, source, notes)
    elif subject is None:  # 按照…要求，现将…报告如下：; the body may say whose report it is
        return named_most(texts, notes)
    else:
        organ = full_name(subject, texts)
    if organ is not None:
        notes.append(f"发文机关按“{place or subject}”推定为“{organ}”，请核对 organ。")
    return organ


def _self_organ(
    self_reference: str, texts: list[str], source: tuple[str, str] | None, notes: list[str]
) -> str | None:
    """我镇, 本局, 我委: the organ of that kind the text names (a town: as its own, not
    as a neighbour, ownplace.py); else the page's 来源 where it is an organ of that kind;
    else None. Said in a note either way."""
    towns = own_towns(self_reference, texts)
    if towns is None:
        found = resolved(self_reference, texts)
        named = rivals(self_reference, texts)
    else:
        ranked = towns.own.most_common(3)
        named = [name for name, count in ranked if 2 * count >= ranked[0][1]]
        found = (named[0], organ_of(named[0], texts)) if len(named) == 1 else None
    if found is not None:
        name, organ = found
        notes.append(
            f"报告以“{self_reference}”自称，按正文中的“{name}”推定发文机关为“{organ}”，"
            "请核对 organ。"
        )
        return organ
    if source is not None and _fits(source[1], self_reference, None):
        notes.append(
            f"报告以“{self_reference}”自称，按网页信息“{source[0]}”推定发文机关为“{source[1]}”，"
            "请核对 organ。"
        )
        return source[1]
    if len(named) > 1 and self_reference.endswith(("镇", "乡", "街道")):
        shown = "".join(f"“{name}”" for name in named)
        notes.append(
            f"报告以“{self_reference}”自称，正文中提到了{shown}等不止一处，不能确定是哪一个，"
            "organ 暂为空，请填写（如“××镇人民政府”）。"
        )
        return None
    if towns is not None and towns.partners:
        shown = "".join(f"“{name}”" for name in dict.fromkeys(towns.partners))
        notes.append(
            f"报告以“{self_reference}”自称，正文中的{shown}是与本{self_reference[1:]}一同行动的"
            "另一方，不是发文机关，organ 暂为空，请填写（如“××镇人民政府”）。"
        )
        return None
    notes.append(
        f"报告以“{self_reference}”自称，没有写明机关名称，organ 暂为空，请填写（如“××镇人民政府”）。"
    )
    return None


# A department named without its place (区市场监管局, 县司法局): 县/区/市/旗 and what
# follows. 市中区, 市南区, 市北区 are districts' names that begin so.
_SHORT = lazy_compile(r"^[县区市旗](?!中区|南区|北区)")


def is_short_name(name: str) -> bool:
    return bool(_SHORT.match(name)) and is_organ_name(name)


def _in_full(
    organ: str, texts: list[str], published: tuple[str, str] | None, notes: list[str]
) -> str | None:
    """The organ as named; a short name (区市场监管局) as the page's 发布机构 or the text
    writes it in full (上城区市场监管局), else None, with a note. A zone's 管委会 named
    short (云溪园区管委会) is the page's 发布机构 where that names the zone in full."""
    zone = zone_of(organ)
    page = published[1] if published is not None and zone else organ
    if len(page) > len(organ) and zone_fits(zone, zone_of(page)):  # the fuller name
        notes.append(
            f"“{organ}”按网页信息“{published and published[0]}”读入全称“{page}”，请核对 organ。"
        )
        return page
    if not is_short_name(organ):
        return _spelled_out(organ, texts, notes)
    if published is not None and published[1].endswith(organ) and published[1] != organ:
        full: str | None = published[1]
    else:
        full = full_name(organ, texts)
        full = with_upper_places(full, texts) if full is not None else None
    if full is not None:
        notes.append(f"“{organ}”没有写明所在地，按“{full}”读入发文机关，请核对 organ。")
        return full
    notes.append(f"“{organ}”是简称，没有写明所在地，organ 暂为空，请填写全称（如“××{organ}”）。")
    return None


def _spelled_out(organ: str, texts: list[str], notes: list[str]) -> str:
    """A department named short with its place (青山县林草局) as the text spells it out
    (青山县林业和草原局), said in a note; else as it stands."""
    full = spelled_out(organ, texts)
    if full is None:
        return organ
    notes.append(f"“{organ}”是简称，按正文中的全称“{full}”读入发文机关，请核对 organ。")
    return full


def _published(meta: Metadata, labels: tuple[str, ...]) -> tuple[str, str] | None:
    """The page's 发布机构 (or 来源) as an organ: a full name as it stands (of several,
    the main one), a place as its organ (鲍沟镇 → 鲍沟镇人民政府); None for anything
    else (the site's name, a short name), with the label and value quoted."""
    found = meta.first(labels)
    if found is None:
        return None
    label, value = found
    names = names_on_line(value)
    if is_place(value):
        organ = organ_of(value)
    elif names and not any(is_short_name(name) for name in names):
        organ = main_organ(names)
    else:
        return None
    return f"{label}：{value}", organ


def _fits(organ: str, self_reference: str | None, subject: str | None) -> bool:
    """Whether a 发布机构 can be what the text calls 我镇 (a 镇's government), 本局 (a
    局) or 县司法局 (that department); a county's office publishing a township's report is
    not its organ."""
    if subject and is_short_name(subject):
        return organ.endswith(subject)
    if self_reference is None:
        return True
    kind = self_reference if BARE_ZONE.match(self_reference) else self_reference[1:]
    if kind in ("局", "委", "办"):
        return organ.endswith(kind) or (kind == "委" and organ.endswith("委员会"))
    place = re.sub(r"(?:人民政府|政府|办事处|管理委员会|管委会)$", "", organ)
    if place != organ and BARE_ZONE.match(kind) and organ.endswith(("管理委员会", "管委会")):
        return zone_fits(kind, place)
    return place != organ and place.endswith(kind)
