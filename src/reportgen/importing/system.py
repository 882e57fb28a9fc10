"""Reports written for a 系统 (桐川县教育系统, 临川市公安系统): a sector, not an organ.

The organ is the department that leads the sector; the text seldom names it, the page
does: its 发布机构 (taken as it stands), or its 来源 where that is the sector's own
department (桐川县卫生健康系统 ← 来源：桐川县卫生健康局). Nothing else is guessed.
"""

from __future__ import annotations

import re
from collections import Counter

from ..lazyregex import lazy_compile
from .frame import reading

HAN = "\u4e00-\u9fff"
_TOPIC = lazy_compile(r"关于|法治政府|法治建设|依法行政|依法治|推进|贯彻|落实|工作报告|情况报告")
_YEARS = lazy_compile(r"(?:19|20)\d{2}\s*年度?|[〇○O零一二三四五六七八九]{4}年度?|[\s\u3000]+")
_IN_OPENING = lazy_compile(
    rf"^(?:(?:19|20)\d{{2}}年(?:度|以来)?，?|(?:一年来|今年以来|近年来)，)?(?:在[^。；]{{2,40}}?下，)?"
    rf"(?P<name>[{HAN}]{{1,16}}?系统)"
)
_PLACE = lazy_compile(rf"^(?:全|我|本)?([{HAN}]{{2,8}}?(?:县|区|市|旗|州|省))?([{HAN}]+?)系统$")


def system_of(title: str, opening: list[str]) -> str | None:
    """A 系统 the title (桐川县2025年教育系统…, 桐川县卫生健康系统 2025年…) or the
    opening (全县卫生健康系统…) reports for."""
    text = re.sub(r"^(?:关于)?(?:报送|上报|呈报)?", "", _YEARS.sub("", title))
    cut = _TOPIC.search(text)
    head = text[: cut.start()] if cut else ""
    if head.endswith("系统") and len(head) <= 20:
        return head
    first = reading(opening[0]).split("。")[0] if opening else ""
    found = _IN_OPENING.match(first)
    return found.group("name") if found else None


def leads(organ: str, system: str) -> bool:
    """Whether `organ` is the department of `system`: the same place (where the system
    names one) and the sector's first two characters (卫生健康系统 → 卫生健康局)."""
    found = _PLACE.match(system)
    if found is None or not organ.endswith(("局", "委", "委员会", "办", "厅")):
        return False
    place, sector = found.group(1), found.group(2)
    return (place is None or organ.startswith(place)) and sector[:2] in organ


def system_organ(
    system: str,
    published: tuple[str, str] | None,
    source: tuple[str, str] | None,
    texts: list[str],
    notes: list[str],
) -> str | None:
    """The department of a 系统 report: the page's 发布机构 where it is that department
    (not the county's government, whose site hosts the report), else the department the
    text names (县教育局 in 临溪县教育系统's report: 临溪县教育局), else the page's 来源 when
    that is the department; None otherwise. Said in a note either way."""
    page = next((found for found in (published, source) if found and leads(found[1], system)), None)
    named = None if published and page is published else _named_department(system, texts)
    if named is not None:
        notes.append(
            f"报告以“{system}”为主体，系统不是机关；按正文中的“{named[0]}”推定发文机关为"
            f"“{named[1]}”，请核对 organ。"
        )
        return named[1]
    if page is not None:
        notes.append(
            f"报告以“{system}”为主体，系统不是机关；按网页信息“{page[0]}”推定发文机关为"
            f"“{page[1]}”，请核对 organ。"
        )
        return page[1]
    notes.append(
        f"报告以“{system}”为主体，系统不是机关，正文也没有署名；organ 暂为空，"
        "请填写发文机关（如“××县教育局”）。"
    )
    return None


def _named_department(system: str, texts: list[str]) -> tuple[str, str] | None:
    """The system's department as the text names it, in full (临溪县教育局) or short with
    the system's place (县教育局 in 临溪县教育系统's report), as (as written, in full)."""
    found = _PLACE.match(system)
    if found is None or found.group(1) is None:
        return None
    place, sector = found.group(1), found.group(2)[:2]
    pattern = re.compile(
        rf"(?<![{HAN}])(?:{re.escape(place)}|{place[-1]}){sector}[{HAN}]{{0,6}}?(?:局|委员会)"
    )
    counts = Counter(m.group() for text in texts for m in pattern.finditer(text))
    if not counts:
        return None
    name = counts.most_common(1)[0][0]
    return name, name if name.startswith(place) else place + name[1:]


def completed(found: tuple[str, str] | None, system: str) -> tuple[str, str] | None:
    """A 发布机构 named short (市公安局) completed with the system's place (临川市公安系统
    → 临川市公安局), where the place is of the kind the short name starts with."""
    place = _PLACE.match(system)
    if found is None or place is None or place.group(1) is None:
        return None
    label, value = found
    if (
        value[:1] in "县区市旗"
        and place.group(1).endswith(value[0])
        and value.endswith(("局", "委"))
    ):
        return f"{label}：{value}", place.group(1) + value[1:]
    return None
