"""Organ names on lines of their own above a title: the title's first line, the
report's organ, or the header of the site that prints it."""

from __future__ import annotations

from ..lazyregex import lazy_compile
from .frame import names_on_line, own_organ, same_organ, slipped_organ

# A party committee's name: above a title that starts with the government's, the first
# line of a joint title (中共柳湾镇委员会 / 柳湾镇人民政府2024年…报告).
PARTY = lazy_compile(r"^中共|党委$|党工委$|党组$|(?<!管理)委员会$|[县区市旗州盟省镇乡]委$")


def joins(organ_lines: list[str], title: str) -> bool:
    """Whether organ lines above `title` are its first lines: always, unless the title
    starts with an organ of its own and they are no party committee's (then they are the
    header of the site that prints it: a 司法局's column hosting a 交通运输局's report)."""
    if not organ_lines or own_organ(title) is None:
        return True
    if all(slipped_organ(line, title) for line in organ_lines):
        return True  # 青山县人民政 over 青山县2024年…报告: the same place's, as typed
    names = [name for line in organ_lines for name in names_on_line(line) or [line]]
    return all(PARTY.search(name) for name in names)


def site_header(apart: list[str], own: str) -> list[str]:
    """The organ lines apart from a title whose own organ is `own` that are the site's
    header: those naming another organ, and no party committee."""
    header = []
    for line in apart:
        names = names_on_line(line) or []
        if any(same_organ(name, own) for name in names) or all(map(PARTY.search, names)):
            continue  # 柳湾镇人民政府 over 临溪县柳湾镇…报告: the title's organ, not the site's
        header.append(line)
    return header
