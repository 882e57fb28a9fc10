"""A stock given twice with two values: how many of a kind of person or unit the place has
(现有执法人员26名, 全县共有行政执法主体52个, 辖区14个社区), said once as a count and used
again in passing, the number before the noun as its attribute (依托全镇136名“法律明白人”,
对全县48个行政执法主体开展评查). The verbs differ because the second mention counts no
event; it names the same population, so the verbs are not compared (repeats.py needs them).

A mention is read as one of three kinds:

- whole: the whole population of a scope. A stock word before the noun (现有, 共有, 配备,
  共培育, 下辖) or the place's scope word right before the number (全镇136名, 辖区13个).
  Two wholes of one noun and scope with two values contradict each other.
- bounded: all of them, but without the place's word: 全部/全体 before the number, 全部/均
  right after the noun, or a lead verb that draws on all of them (依托, 发挥 …作用). Such a
  mention may name a narrower group the writer has in mind, but not a larger one: it is
  reported only when it is more than the whole (30名执法人员全部参加培训 beside 现有26名).
- year: a year's count of a case or a person served (全年查办各类案件186件, 全年为29名退役
  军人提供法律援助), compared with the same year's count of the same words.

Never a stock: attendance (人次 is another unit), a change (新增, 新培育), a subset (其中,
部分, 试点), a narrower noun (专职网格员 is not 网格员), another year or a plan's target,
and a plain count before an event without a scope word (30名执法人员参加培训 may be
some of them, or include others).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..lazyregex import lazy_compile
from .quantities import Figure
from .spans import WORD

# What the population is, by the measure word that counts it.
_PEOPLE = (  # people in roles, people served; X员 last
    rf"法律明白人|明白人|法律顾问|执法人员|工作人员|律师|志愿者|退役军人"
    rf"|社区矫正对象|矫正对象|安置帮教对象|刑满释放人员|农民工|困难群众|残疾人|未成年人"
    rf"|村干部|干部|{WORD}{{1,2}}员"
)
_UNITS = (
    r"执法主体|执法单位|村民小组|行政村|自然村|社区|村（居）|村（社区）|居委会|村委会|部门"
    r"|科室|站所|网格|小区|中小学|学校"
)
_CASES = r"案件"
_KIND_OF_UNIT = {
    "名": "people",
    "人": "people",
    "位": "people",
    "个": "units",
    "所": "units",
    "家": "units",
    "件": "cases",
    "起": "cases",
}
_UNIT_OF = {"名": "人", "位": "人"}  # people in 名 and 人 are one count
_CORE = {
    "people": lazy_compile(rf"(?:{_PEOPLE})$"),
    "units": lazy_compile(rf"(?:{_UNITS})$"),
    "cases": lazy_compile(rf"(?:{_CASES})$"),
}
# Words before a noun that narrow nothing: all kinds, full- and part-time together, the
# administrative law enforcers a township's 执法人员 are.
_BROAD = lazy_compile(r"^(?:各类|各级|专兼职|全体|所有|行政(?=执法)|人民(?=调解员))+")
# Words that may stand before a noun as part of it (the narrow ones keep it another noun).
_MODIFIERS = (
    r"各类|各级|专兼职|专职|兼职|行政|人民|村级|镇级|持证|公职|在编|在岗|一线|综合|基层|驻村"
)
_QUOTES = "“”\"‘’'「」"
_NOUN_AFTER = lazy_compile(
    rf"[“\"「]?(?P<noun>{WORD}{{0,6}}?(?:{_PEOPLE}|{_UNITS}|{_CASES}))[”\"」]?"
)
_NOUN_BEFORE = lazy_compile(
    rf"(?P<head>{WORD}*?)[“\"「]?(?P<noun>(?:{_MODIFIERS})*"
    rf"(?:{_PEOPLE}|{_UNITS}|{_CASES}))[”\"」]?(?:共计|共|达到|达|为|有)?"
)
# The place's own scope word; the township's words are one scope (the report's own).
_PLACE_WORD = (
    r"(?P<place>全(?:乡|镇|街道|县|区|市|局)|辖区内?|(?:本|我)(?:乡|镇|街道|县|区|市|局|单位))"
)
_PLACE = lazy_compile(rf"{_PLACE_WORD}(?:共有|共|现有|所有|全部|全体)?$")  # right before the number
_PLACE_FIRST = lazy_compile(rf"^{_PLACE_WORD}")  # at the clause's start, before the noun
# Words of now before the stock (目前全镇共有) and the township's offices that hold one.
_NOW = lazy_compile(r"^(?:目前|当前|截至目前|截至年底|至今|现已)")
_OFFICE = lazy_compile(
    rf"^(?:镇|乡|街道)?{WORD}{{0,6}}?(?:执法队|执法大队|执法中队|司法所|派出所|综治中心|网格中心)"
)
_OWN = {"乡", "镇", "街道", "辖区"}
# Words that say how many there are: what the place has, or has built up over the years.
_STOCK_HEAD = lazy_compile(
    r"(?:共有|现有|已有|拥有|下辖|所辖|辖有|辖|共|有|设有|建有|划分|配备|配齐|累计培育|共培育|累计选聘|共选聘|累计聘请|共聘请"
    r"|(?:共|累计|已|现已|目前已?)(?:培育|培养|选聘|聘请|聘任|组建|建立|设立|发展|配备)|累计|已)+"
)
_YEARLY = lazy_compile(r"全年度|全年|一年来|本年度")
_BOUND_BEFORE = lazy_compile(r"(?:全部|全体|所有)$")
_BOUND_AFTER = lazy_compile(r"全部|均|全体|都")
_DRAWS_ON = lazy_compile(r"依托|依靠|发挥|借助|用好|整合|动员|调动")
# Another scope: a change, a subset, another year, a plan, an approximation by words
# (and any other figure before it in its clause).
_OTHER = lazy_compile(
    r"其中|部分|试点|新增|新培育|新聘|新选聘|新发展|新招录|新配备|新建|增加|增至|减少"
    r"|上年|去年|同期|上一年|前年|计划|力争|目标|拟|争取|确保|预计|同比|较|比上|分别"
    r"|以上|以下|超过|不足"
)
_FIRST_ITEM = lazy_compile(rf"(?P<head>{WORD}*?)(?:{_MODIFIERS})*(?:{_PEOPLE}|{_UNITS})\d")
_SUBSET = lazy_compile(r"其中|上年|去年|同期|上一年")
_SINGLED_OUT = lazy_compile(r"被|获|荣获|入选|列入|列为|成功创建|达标")
_YEAR = lazy_compile(r"((?:19|20)\d\d)年")
_CLAUSE_MARKS = "，,；;：:。！？!?\n"
_SENTENCE_MARKS = "。！？!?\n"
_FILLER = lazy_compile(r"^在|全年度|全年|一年来|本年度|共计|共|累计|仅|只|的|为|对|向|给|中")


class Stock(NamedTuple):
    kind: str  # whole, bounded or year
    scope: str  # own (the township's), the place's word (全县), or year's verbs
    noun: str  # the population, broad words and quotes left out
    span: tuple[int, int]  # the words and the figure


class Twice(NamedTuple):
    """A stock the text gives twice, with two values."""

    noun: str
    first_text: int
    first: Figure
    first_span: tuple[int, int]
    second_text: int
    second: Figure
    second_span: tuple[int, int]


def _start(text: str, end: int, marks: str) -> int:
    return max(text.rfind(m, 0, end) for m in marks) + 1


def _noun(noun: str) -> str:
    noun = _BROAD.sub("", "".join(c for c in noun if c not in _QUOTES))
    return "法律明白人" if noun == "明白人" else noun


# Whose staff or cadres is not said by the noun: the office's, the township's, a village's.
_WHOSE = frozenset({"工作人员", "人员", "干部", "党员"})


def _scope(place: str) -> str:
    """全镇, 本镇 and 我镇 are one place (镇); 辖区内 is 辖区."""
    return place[:2] if place.startswith("辖区") else place.lstrip("全本我")


def _same_scope(one: str, other: str) -> bool:
    """One place; a stock said without a place (现有执法人员26名) is the township's own, which
    its own words name (全镇, 辖区) and 全县 does not."""
    return one == other or ("own" in (one, other) and bool({one, other} & _OWN))


def read_stock(text: str, figure: Figure, year: str = "") -> Stock | None:
    """What population `figure` counts, and how, or None when it is not a stock."""
    kind = _KIND_OF_UNIT.get(figure.unit)
    if kind is None or not figure.exact:
        return None
    clause = _start(text, figure.start, _CLAUSE_MARKS)
    sentence = _start(text, figure.start, _SENTENCE_MARKS)
    before = text[clause : figure.start]
    years = set(_YEAR.findall(text, sentence, figure.start))
    listed = _listed(before)
    if _OTHER.search(before) or any(c.isdigit() for c in listed) or (years and years != {year}):
        return None
    if _SUBSET.search(text, sentence, clause):
        return None  # 其中…, 与上年相比…: a part, or last year's
    after = _NOUN_AFTER.match(text, figure.end)
    if after is not None and _noun(after.group("noun")) in _WHOSE:
        return None
    if after is not None and _CORE[kind].search(after.group("noun")):
        return _attributive(text, figure, kind, before, clause, after.group("noun"), after.end())
    found = _NOUN_BEFORE.fullmatch(listed)
    if found is None or not _CORE[kind].search(found.group("noun")):
        return None
    if _noun(found.group("noun")) in _WHOSE:
        return None
    head, noun, span = found.group("head"), _noun(found.group("noun")), (clause, figure.end)
    scope, words = _holder(head)
    if kind != "cases" and (not words or _STOCK_HEAD.fullmatch(words)):
        if scope == "own" and not words:
            return None  # a bare 执法人员26名 says nothing of how many there are in all
        return Stock("whole", scope, noun, span)
    if _YEARLY.search(head):
        return Stock("year", _FILLER.sub("", words) + "…", noun, span)
    return None


def _holder(head: str) -> tuple[str, str]:
    """Who has the stock and the words after it: the place (全镇, 目前我镇), or the
    township's own office (镇综合行政执法队现有…, the township's own scope) or nobody."""
    head = _NOW.sub("", head, count=1)
    place = _PLACE_FIRST.match(head)
    if place is not None:
        return _scope(place.group("place")), _NOW.sub("", head[place.end() :], count=1)
    office = _OFFICE.match(head)
    return "own", _NOW.sub("", head[office.end() :] if office else head, count=1)


def _listed(before: str) -> str:
    """The words before a figure in a list (全镇共有执法人员26名、网格员326名) as if it
    stood first: the head of the list's first item, then its own noun."""
    if "、" not in before:
        return before
    first = _FIRST_ITEM.match(before)
    return before if first is None else first.group("head") + before.rsplit("、", 1)[1]


def _attributive(
    text: str, figure: Figure, kind: str, before: str, clause: int, noun: str, end: int
) -> Stock | None:
    """A count before its noun: the place's (全县48个), all of them (全部26名执法人员,
    发挥362名网格员作用) or the year's (全年为29名退役军人提供法律援助)."""
    if _SINGLED_OUT.match(text, end):
        return None  # 全镇3个村被评为…: some of them singled out
    span = (clause, end)
    place = _PLACE.search(before)
    if place is not None:
        return Stock("whole", _scope(place.group("place")), _noun(noun), span)
    if kind != "cases" and (
        _BOUND_BEFORE.search(before) or _BOUND_AFTER.match(text, end) or _DRAWS_ON.search(before)
    ):
        return Stock("bounded", "own", _noun(noun), span)
    if _YEARLY.search(before):
        # Cases are counted by the verb before them (全年查办的168件案件中); people served
        # by the verb after them too (全年为29名退役军人提供法律援助).
        rest = "" if kind == "cases" else text[end : _start_of_next(text, end)]
        return Stock("year", _FILLER.sub("", before) + "…" + _FILLER.sub("", rest), noun, span)
    return None


def _start_of_next(text: str, at: int) -> int:
    ends = [i for i in (text.find(m, at) for m in _CLAUSE_MARKS) if i >= 0]
    return min(ends, default=len(text))


def repeated_stocks(texts: Sequence[tuple[str, Sequence[Figure]]], year: str = "") -> list[Twice]:
    """Each later figure of `texts` that gives a stock already given another value."""
    read: list[tuple[int, Figure, Stock]] = []
    for index, (text, found) in enumerate(texts):
        for figure in found:
            stock = read_stock(text, figure, year)
            if stock is not None:
                read.append((index, figure, stock))
    result: list[Twice] = []
    for at, (index, figure, stock) in enumerate(read):
        earlier = next((e for e in read[:at] if _contradicts(e, (index, figure, stock))), None)
        if earlier is not None:
            first_text, first, before = earlier
            result.append(
                Twice(stock.noun, first_text, first, before.span, index, figure, stock.span)
            )
    return result


def _contradicts(one: tuple[int, Figure, Stock], other: tuple[int, Figure, Stock]) -> bool:
    """Two mentions of one stock that cannot both be right."""
    (_, first, a), (_, second, b) = one, other
    if a.noun != b.noun or _UNIT_OF.get(first.unit, first.unit) != _UNIT_OF.get(
        second.unit, second.unit
    ):
        return False
    if first.value == second.value:
        return False
    if a.kind == b.kind == "whole" or a.kind == b.kind == "year":
        return _same_scope(a.scope, b.scope)
    kinds = {a.kind: first, b.kind: second}
    if set(kinds) == {"whole", "bounded"} and _same_scope(a.scope, b.scope):
        return kinds["bounded"].value > kinds["whole"].value
    return False


def stock_and_flow(one: tuple[str, Figure], other: tuple[str, Figure], year: str = "") -> bool:
    """One figure is how many there are (全镇共有法律明白人96名), the other how many the
    year added or served (全年培育法律明白人12名): not one quantity, however alike."""
    kinds = {s.kind if s else "" for s in (read_stock(*one, year), read_stock(*other, year))}
    return kinds == {"whole", "year"}
