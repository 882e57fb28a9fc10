"""What the tables know, with dates: every law, regulation and central document of
laws.toml and titles.toml, and the plenary sessions of phrases.toml, with when it was
adopted, took effect and was replaced (and by what), so that a report signed on a date
is judged against what existed then (Y006–Y008).

An entry of a table's list is a name, or an inline table with the name and what is
known of its dates: `{ name = "民法典", adopted = 2020-05-28, effective = 2021-01-01 }`.
A date nobody has checked is left out, never guessed (docs/knowledge.md says where each
family of dates comes from). Everything is read once, on first use.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..lazyregex import lazy_compile
from .wordlists import table_file

LAW_PREFIX = "中华人民共和国"


@dataclass(frozen=True)
class Dated:
    """A law, regulation, document or session, and what is known of its dates."""

    name: str  # as cited: a law in full (中华人民共和国…), a session as 二十届三中全会
    adopted: dt.date | None = None  # adopted, issued or (a session) opened
    effective: dt.date | None = None  # took effect
    replaced: dt.date | None = None  # repealed, or its successor took effect
    by: str = ""  # the successor's name, as cited
    # made public, for a central document whose issue day was not published (“近日印发”)
    announced: dt.date | None = None
    # a law's revisions under the same name: (adopted, effective), oldest first
    revisions: tuple[tuple[dt.date, dt.date | None], ...] = ()

    @property
    def existed_from(self) -> dt.date | None:
        """From when a report can cite it: the earliest day it is known to have existed,
        its adoption for a law (a report may well announce a law passed but not yet in
        force); for a document known only by when it was announced or took effect, that."""
        known = [d for d in (self.adopted, self.effective, self.announced) if d is not None]
        return min(known, default=None)

    @property
    def exact(self) -> bool:
        """The day it was adopted or issued is known, not only a day it had existed by:
        a document announced as issued 近日 may have reached the organs some days before."""
        return self.adopted is not None


def _entry(item: str | dict[str, Any], prefix: str = "") -> Dated:
    if isinstance(item, str):
        return Dated(prefix + item)
    by = item.get("by", "")
    return Dated(
        prefix + item["name"],
        item.get("adopted"),
        item.get("effective"),
        item.get("replaced"),
        prefix + by if by and prefix else by,
        item.get("announced"),
        tuple((r["adopted"], r.get("effective")) for r in item.get("revised", [])),
    )


def names(items: list[str | dict[str, Any]]) -> list[str]:
    """The names of a table's list, whether written bare or with their dates."""
    return [item if isinstance(item, str) else item["name"] for item in items]


@cache
def laws() -> tuple[Dated, ...]:
    """Every law of laws.toml, named in full (中华人民共和国…), in force or repealed."""
    table = table_file("laws")["laws"]
    return tuple(_entry(item, LAW_PREFIX) for item in table["in_force"] + table["repealed"])


@cache
def titles() -> tuple[Dated, ...]:
    """Every document and regulation of titles.toml, current or superseded."""
    table = table_file("titles")["titles"]
    return tuple(_entry(item) for item in table["canonical"] + table["superseded"])


@cache
def by_name() -> dict[str, Dated]:
    """Laws (in full and without 中华人民共和国) and documents, by the name a 《》 holds."""
    found: dict[str, Dated] = {}
    for entry in (*laws(), *titles()):
        found[entry.name] = entry
        if entry.name.startswith(LAW_PREFIX):
            found.setdefault(entry.name.removeprefix(LAW_PREFIX), entry)
    return found


_RANGE_DASH = lazy_compile(r"(?<=\d)\s*(?:-|－|–|~|～|至|——)\s*(?=\d)")


def known(name: str) -> Dated | None:
    """The entry a 《》 names, also when the years of a plan are joined by another dash
    (法治政府建设实施纲要（2015-2020年）)."""
    table = by_name()
    return table.get(name) or table.get(
        _RANGE_DASH.sub("—", name).replace("(", "（").replace(")", "）")
    )


@dataclass(frozen=True)
class Session:
    """A party congress (二十大) or a plenary session of its Central Committee."""

    name: str  # 二十届三中全会, 党的二十大
    opened: dt.date


_ORDINALS = "一二三四五六七八九"
# 十九届六中全会, 二十届二中、三中全会 (several of one Central Committee), 党的二十大.
_PLENUMS = lazy_compile(
    r"(?P<term>十[八九]|二十)届(?:中央委员会)?(?P<list>(?:[一二三四五六七八九]中[、和及与]?)+)全会"
)
_CONGRESS = lazy_compile(
    r"(?:党的|中共|第)(?P<term>十[八九]|二十)(?:大|次全国代表大会)"
    r"|(?<![第一二三四五六七八九十])(?P<bare>十[八九]|二十)大(?=精神|报告|以来|胜利召开|提出|强调|部署|作出|明确|决策)"
)


# The NPC's and the CPPCC's yearly sessions (十四届全国人大二次会议, 全国政协十四届二次会议,
# written in full or short) and 2024年全国两会, which opens with the CPPCC's.
_NPC = lazy_compile(
    r"(?:第)?(?P<term>十[三四五])届全国(?:人大|人民代表大会)(?:第)?(?P<n>[一二三四五])次会议"
)
_CPPCC = lazy_compile(
    r"(?:全国政协(?:第)?(?P<term>十[三四五])届|政协第(?P<full>十[三四五])届全国委员会)"
    r"(?:第)?(?P<n>[一二三四五])次会议"
)
_TWO = lazy_compile(r"(?P<year>20\d\d)年(?:全国)?两会")


@cache
def sessions() -> dict[str, dt.date]:
    """When each session opened, by its name: 二十大, 二十届三中全会."""
    return {entry["name"]: entry["opened"] for entry in table_file("phrases")["sessions"]}


def sessions_named(text: str) -> list[tuple[int, int, Session]]:
    """The congresses and plenary sessions `text` names, where each is named; a list of
    one Central Committee's sessions (二十届二中、三中全会) names each of them."""
    known = sessions()
    found: list[tuple[int, int, Session]] = []
    for match in _PLENUMS.finditer(text):
        for ordinal in re.findall(f"[{_ORDINALS}]中", match["list"]):
            name = f"{match['term']}届{ordinal}全会"
            if name in known:
                found.append((match.start(), match.end(), Session(name, known[name])))
    for match in _CONGRESS.finditer(text):
        name = f"{match['term'] or match['bare']}大"
        if name in known:
            found.append((match.start(), match.end(), Session(f"党的{name}", known[name])))
    for pattern, form in (
        (_NPC, "{term}届全国人大{n}次会议"),
        (_CPPCC, "全国政协{term}届{n}次会议"),
        (_TWO, "{year}年全国两会"),
    ):
        for match in pattern.finditer(text):
            parts = {k: v for k, v in match.groupdict().items() if v}
            if "full" in parts:
                parts["term"] = parts.pop("full")
            name = form.format(**parts)
            if name in known:
                found.append((match.start(), match.end(), Session(name, known[name])))
    return found


def report_date(year: int, date: dt.date | None) -> tuple[dt.date, bool]:
    """The date a report was signed, and whether the report itself gives it.

    A missing date, or one D001 rejects (before October of the report year, or after the
    next year), is taken as the end of January after the report year: most reports are
    signed then. A finding that rests on that assumption is a warning and says so.
    """
    if date is not None and dt.date(year, 10, 1) <= date <= dt.date(year + 1, 12, 31):
        return date, True
    return dt.date(year + 1, 1, 31), False


def written_date(date: dt.date) -> str:
    return f"{date.year}年{date.month}月{date.day}日"


def signed_when(signed: dt.date, given: bool) -> str:
    """How a finding names the date it measures against: the report's own, or the one
    report_date assumed."""
    if given:
        return f"报告成文于{written_date(signed)}"
    return f"报告没有写成文日期（或成文日期有误），按{written_date(signed)}推算"
