"""Who issued the report: the organ, from where the report names it.

In order: the organ's own line, the title's full name, the signature, the 版头's mark;
else the place the title or the opening names (白鹭乡 → 白鹭乡人民政府, 金桥街道 →
金桥街道办事处, a development or high-tech zone → its 管理委员会, never a 人民政府); else
a department the opening names short (县司法局), as the text writes it in full. A
self-reference (我镇, 本局, 全县) is not a name: it resolves to the place of that kind
the text names, or the organ stays empty. Whatever is inferred is said in a note.
"""

from __future__ import annotations

import re
from collections import Counter

from ..organs import is_organ_name
from .bottom import Bottom
from .frame import PLACE, formal_name, full_name, names_on_line, opening_subject, reading
from .metadata import ORGAN_LABELS, Metadata
from .top import Top

_HAN = "\u4e00-\u9fff"
# A zone is run by its 管理委员会 (管委会), never by a 人民政府.
_ZONE = re.compile(
    r"(?:开发区|高新区|经开区|园区|示范区|合作区|试验区|实验区|度假区|保税区|新区|新城)$"
)
_KINDS = "街道|镇|乡|县|区|市|旗|局|委|办"
# 我镇, 本局, 全县, 该区: how a report speaks of its own organ without naming it.
SELF = re.compile(rf"^(?:我|本|全|该)(?:{_KINDS})$")
_MAIN = ("人民政府", "政府", "办事处")
# The first sentence of an opening names who acted: 2023年，青禾街道党工委、办事处坚持…
_SUBJECT = re.compile(
    rf"^(?:(?:19|20)\d{{2}}年(?:度|以来)?[，,]|(?:一年来|今年以来|近年来|过去一年)[，,])?"
    rf"(?:在[^。；]{{2,40}}?下[，,])?(?P<name>[{_HAN}]{{2,12}}?(?:街道|镇|乡|县|区|市|旗))"
    r"(?:党委|党工委|人民政府|政府|办事处|管委会|管理委员会|坚持|以|在|始终|认真|深入|全面|紧紧"
    r"|围绕|聚焦|持续|着力|扎实|积极|立足|按照|把|高度|切实|不断|牢牢|严格|大力|全力|紧扣|锚定"
    r"|深化|贯彻|落实|进一步|各级|上下|法治|党政)"
)
# 开发区, 经济技术开发区, 新区: a zone without its place, as it speaks of itself.
_BARE_ZONE = re.compile(
    r"^(?:经济技术|经济|高新技术产业|高新技术|高新|工业|产业|综合保税|保税|旅游)?"
    r"(?:开发区|高新区|经开区|新区|园区|示范区|保税区|度假区)$"
)
# Words that end as a place does but name none: 依法治县, 小城镇, 农村社区, 辖区 …
_NOT_PLACE = re.compile(
    r"依法治|小城镇|特色小镇|(?:社|辖|景|片|小|矿|街)区$|[我本全该各](?:街道|镇|乡|县|区|市)$"
    r"|建设|推进|全面|坚持|深入|治理|开展"
)


# Where a title's organ ends and its subject begins: 关于, the year, what it reports on.
_TOPIC = re.compile(
    r"关于|(?:19|20)\d{2}\s*年|[〇○O零一二三四五六七八九]{4}年|法治政府|法治建设|依法行政|依法治"
    r"|推进|贯彻|落实|年度"
)
_LEADING_YEAR = re.compile(
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
    names = _with_shared_place([part for name in names for part in _joint(name)])
    if len(names) == 1 and (_is_place(names[0]) or SELF.match(names[0])):
        return names, False
    if names and all(is_organ_name(n) for n in names):
        return names, True
    return [], False


def _joint(name: str) -> list[str]:
    """中共河口镇委员会河口镇人民政府 (a title's two organ lines joined) → both names."""
    found = re.match(rf"^(中共[{_HAN}]+?(?:委员会|党委|党工委|委))([{_HAN}]+)$", name)
    if found and is_organ_name(found.group(2)):
        return [found.group(1), found.group(2)]
    return [name]


def _with_shared_place(names: list[str]) -> list[str]:
    """白鹭乡党委、政府 → 白鹭乡党委, 白鹭乡人民政府: the place said once for both."""
    place = re.match(
        rf"^(?:中共)?([{_HAN}]{{2,12}}?(?:街道|镇|乡|县|区|市|旗))", names[0] if names else ""
    )
    if place is None:
        return names
    return [names[0]] + [place.group(1) + _BARE[n] if n in _BARE else n for n in names[1:]]


def organ_of(place: str) -> str:
    """白鹭乡 → 白鹭乡人民政府, 金桥街道 → 金桥街道办事处, 云溪高新区 → 云溪高新区管理委员会."""
    return place + "管理委员会" if _ZONE.search(place) else formal_name(place)


def main_organ(names: list[str]) -> str:
    """Of joint organs, the government (or office) the report is filed under; else the
    first that is not a party committee (a zone's 管委会 beside its 党工委)."""
    for name in names:
        if name.endswith(_MAIN):
            return name
    others = [n for n in names if not n.startswith("中共") and not n.endswith(("党委", "党工委"))]
    return (others or names)[0]


def issuing_organ(top: Top, bottom: Bottom, texts: list[str], notes: list[str]) -> str | None:
    """The issuing organ, or None where nothing names it (said in a note). `texts` are
    the report's lines, without the page's."""
    named, full = title_names(top.title or "")
    published = _published(top.meta)
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
    system = _system(top.title or "", top.opening)
    if system is not None:  # 桐川县教育系统2025年度…报告: a 系统 is no organ
        return _system_organ(system, published, notes)
    subject = _subject(top.opening)
    self_reference = next((s for s in (*named, subject) if s and _refers_to_itself(s)), None)
    place = next((p for p in (*named, subject) if p and _is_place(p)), None)
    if place is not None:
        organ: str | None = organ_of(place)
    elif published is not None and _fits(published[1], self_reference, subject):
        notes.append(f"发文机关按网页信息“{published[0]}”推定为“{published[1]}”，请核对 organ。")
        return published[1]
    elif self_reference is not None:
        return _resolve(self_reference, texts, notes)
    elif subject and is_organ_name(subject) and re.match(_PLACED, subject):
        organ = subject  # 2023年，澜江区司法局在… names the department in full
    else:
        organ = full_name(subject or "", texts)
    if organ is not None:
        notes.append(f"发文机关按“{place or subject}”推定为“{organ}”，请核对 organ。")
    return organ


# A department named without its place (区市场监管局, 县司法局): 县/区/市/旗 and what
# follows. 市中区, 市南区, 市北区 are districts' names that begin so.
_SHORT = re.compile(r"^[县区市旗](?!中区|南区|北区)")


def is_short_name(name: str) -> bool:
    return bool(_SHORT.match(name)) and is_organ_name(name)


def _in_full(
    organ: str, texts: list[str], published: tuple[str, str] | None, notes: list[str]
) -> str | None:
    """The organ as named; a short name (区市场监管局) as the page's 发布机构 or the text
    writes it in full (上城区市场监管局), else None, with a note."""
    if not is_short_name(organ):
        return organ
    if published is not None and published[1].endswith(organ) and published[1] != organ:
        full: str | None = published[1]
    else:
        full = full_name(organ, texts)
    if full is not None:
        notes.append(f"“{organ}”没有写明所在地，按“{full}”读入发文机关，请核对 organ。")
        return full
    notes.append(f"“{organ}”是简称，没有写明所在地，organ 暂为空，请填写全称（如“××{organ}”）。")
    return None


def _published(meta: Metadata) -> tuple[str, str] | None:
    """The page's 发布机构 as an organ: a full name as it stands (of several, the main
    one), a place as its organ (鲍沟镇 → 鲍沟镇人民政府); None for anything else (the
    site's name, a short name), with the label and value quoted."""
    found = meta.first(ORGAN_LABELS)
    if found is None:
        return None
    label, value = found
    names = names_on_line(value)
    if _is_place(value):
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
    kind = self_reference if _BARE_ZONE.match(self_reference) else self_reference[1:]
    if kind in ("局", "委", "办"):
        return organ.endswith(kind) or (kind == "委" and organ.endswith("委员会"))
    place = re.sub(r"(?:人民政府|政府|办事处|管理委员会|管委会)$", "", organ)
    return place != organ and place.endswith(kind)


_SYSTEM_IN_OPENING = re.compile(
    rf"^(?:(?:19|20)\d{{2}}年(?:度|以来)?，|(?:一年来|今年以来|近年来)，)?(?:在[^。；]{{2,40}}?下，)?"
    rf"(?P<name>[{_HAN}]{{1,16}}?系统)"
)


def _system(title: str, opening: list[str]) -> str | None:
    """A 系统 the title or the opening reports for (桐川县教育系统, 全县卫生健康系统)."""
    text = re.sub(r"^(?:关于)?(?:报送|上报|呈报)?", "", _LEADING_YEAR.sub("", title))
    cut = _TOPIC.search(text)
    head = text[: cut.start()] if cut else ""
    if head.endswith("系统") and len(head) <= 20:
        return head
    first = reading(opening[0]).split("。")[0] if opening else ""
    found = _SYSTEM_IN_OPENING.match(first)
    return found.group("name") if found else None


def _system_organ(system: str, published: tuple[str, str] | None, notes: list[str]) -> str | None:
    if published is not None:
        notes.append(
            f"报告以“{system}”为主体，系统不是机关；按网页信息“{published[0]}”推定发文机关为"
            f"“{published[1]}”，请核对 organ。"
        )
        return published[1]
    notes.append(
        f"报告以“{system}”为主体，系统不是机关，正文也没有署名；organ 暂为空，"
        "请填写发文机关（如“××县教育局”）。"
    )
    return None


_PLACED = rf"^[{_HAN}]{{2,12}}?(?:街道|镇|乡|县|区|市|旗)[{_HAN}]+"


def _is_place(text: str) -> bool:
    return (
        bool(PLACE.match(text))
        and not SELF.match(text)
        and not _BARE_ZONE.match(text)
        and not _NOT_PLACE.search(text)
    )


def _refers_to_itself(text: str) -> bool:
    """我镇, 本局, 全县; 开发区, 新区: a zone speaks of itself without its place."""
    return bool(SELF.match(text) or _BARE_ZONE.match(text))


def _subject(opening: list[str]) -> str | None:
    """Who the opening says acted: a place (2023年，青禾街道党工委…; 南湖县深入…), a
    department named short (县司法局在…), or a self-reference (我镇坚持…)."""
    for paragraph in opening[:1]:
        for sentence in paragraph.split("。")[:2]:
            found = _SUBJECT.match(sentence)
            name = found.group("name") if found else ""
            if _is_place(name) or _BARE_ZONE.match(name):  # 青禾街道…; 开发区党工委…
                return name
            self_found = re.match(
                rf"^(?:[^，。]{{0,40}}[，,]){{0,2}}((?:我|本|全)(?:{_KINDS}))", sentence
            )
            if self_found:
                return self_found.group(1)
    subject = opening_subject(opening)
    if subject is None and opening:  # 根据…要求，现将我县2023年度…报告如下：
        mentioned = re.search(rf"(?:我|本)(?:{_KINDS})", "。".join(opening[0].split("。")[:2]))
        return mentioned.group() if mentioned else None
    return subject


def _resolve(self_reference: str, texts: list[str], notes: list[str]) -> str | None:
    """我镇 → the 镇 the text names (石岭镇综治中心, 《石岭镇…》), as its organ; 本局 →
    the 局 it names in full (《安平县市场监督管理局…》); 开发区 → the zone named with its
    place (宁河经济开发区), never the bare 开发区. None, with a note, when the text names
    none, or two as often."""
    bare = bool(_BARE_ZONE.match(self_reference))
    kind = self_reference if bare else self_reference[1:]
    if kind in ("局", "委", "办"):
        pattern = rf"(?<![{_HAN}])(?:中共)?([{_HAN}]{{2,6}}?[县区市][{_HAN}]{{1,12}}?{kind})"
    else:
        longest = 12 if bare or kind == "区" else 6  # 宁河经济开发区, 金湾新区
        pattern = rf"(?<![{_HAN}])(?:中共)?([{_HAN}]{{2,{longest}}}?{re.escape(kind)})"
    counts = Counter(
        name
        for text in texts
        for name in re.findall(pattern, text)
        if kind in ("局", "委", "办") or _is_place(name)
    )
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        name = ranked[0][0]
        organ = name if kind in ("局", "委", "办") else organ_of(name)
        notes.append(
            f"报告以“{self_reference}”自称，按正文中的“{name}”推定发文机关为“{organ}”，"
            "请核对 organ。"
        )
        return organ
    notes.append(
        f"报告以“{self_reference}”自称，没有写明机关名称，organ 暂为空，请填写（如“××镇人民政府”）。"
    )
    return None
