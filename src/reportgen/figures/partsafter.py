"""Reading the parts a total lists after 其中/包括 (totals.py): each part a short category
and its figure, one after another, joined by 、，or ；, until something else begins.

Where the list ends matters: parts read up to a wrong end fall short of their total, and
a shortfall is a finding (N004). So the reader tells whether it is sure the list ended
where it stopped. It is not when it stopped before a figure of the parts' own unit for
no reason but the length of the words before it (a long name, or one that lists several
things with 、 inside: 城市道路挖掘、占用审批), or where a verb stands inside a part's
name rather than opening a clause (行政许可审查40件, 投诉处理30件): the list may go on,
and a sum of some of its parts says nothing of the total.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..lazyregex import lazy_compile
from .quantities import Figure
from .spans import lazy

# Words that end a list of parts: what follows says something else of the figures.
# 共 of 公共 (公共法律服务) and 并 of 合并 are part of a name.
_STOP = lazy_compile(
    r"均|全部|已|(?<![合兼吞])并|另有|另外|此外|还有|尚有|同比|较上|比上|较去|比去|成功|办结"
    r"|结案|化解|涉及|挽回|帮助|其中|(?<![公总])共|合计|累计"
    r"|总计|平均|人均|每|上年|去年|同期|上一年|\d{4}年"
)
# Verbs of the genre that open a clause of their own: a part is a category, not an action.
# A verb opens a clause when words follow it (；受理信访30件); one that ends a part's name
# names the work done (行政许可审查40件, 投诉处理30件), a category like any other.
_NEW_CLAUSE = lazy(
    r"(?:受理|办理|开展|调处|接待|培训|召开|组织|发放|审查|处理|排查|走访|举办|收集|提出|出具"
    r"|解答|新增|完成|建成|查处|立案|印发|制定|聘请|选派|投入|移送|移交|转办|转交)(?!$)"
    # An adverb opening the words says what was done besides (，直接纠错18件): a clause.
    r"|^(?:直接|依法|另行|主动)"
)
MAX_GAP = 20
# A figure of another unit right after a part, that says what it involved: （涉及群众90人次）,
# 、涉及120人次.
_ATTRIBUTE = lazy_compile(r"[（(、，,]?(?:共?涉及)?(?:群众|当事人|人员)?")
_MAX_FIRST_GAP = 30  # 其中，婚姻纠纷、邻里纠纷、土地纠纷分别为32件、28件、31件
# What a part is called: the words before its figure, less the marks and links around them.
_NAME_HEAD = lazy(r"^[，,、；;：:（(\s]*(?:和|及|以及|与)?")
_NAME_TAIL = lazy(r"(?:共计|共|达到了?|达|(?<![行作认成])为|有|是)+$")
_CLAUSE = lazy(r"[，,；;]")


class Parts(NamedTuple):
    """The parts read after an opener, their names, and whether the reader is sure the
    list ended where it stopped."""

    figures: list[Figure]
    names: list[str]
    open_end: bool = False  # stopped before a figure of the unit that may be another part


def name(words: str) -> str:
    """What a part is called, from the words before its figure: 、邻里纠纷 → 邻里纠纷."""
    return _NAME_TAIL().sub("", _NAME_HEAD().sub("", words).strip())


def stops(between: str) -> bool:
    """Words that end a list of parts (均, 另有, 同比, 共计 …)."""
    return _STOP.search(between) is not None


def _inside_brackets(between: str) -> bool:
    """A figure after `between` stands in a bracket opened there: 40件（含A 10件）."""
    return between.count("（") + between.count("(") > between.count("）") + between.count(")")


def _names_one_of(clause: str, names: Sequence[str]) -> bool:
    """A clause whose words name a part already listed and go on past it: …普通程序22件，
    普通程序案件中经法制审核的4件 says something of that part, it is not another part.
    A name that ends the clause is its head (审批 of 城市道路挖掘、占用审批): a kind."""
    return any(len(n) >= 2 and n in clause and not clause.endswith(n) for n in names)


def _new_clause(between: str) -> bool:
    """A verb opening a clause in the words before a figure (；受理信访30件)."""
    return _NEW_CLAUSE().search(name(_CLAUSE().split(between)[-1])) is not None


def parts_after(
    text: str, found: Sequence[Figure], start: int, unit: str, bracket: bool = False
) -> Parts:
    """The run of figures of `unit` after `start`, each a short category and its figure
    (村（社区）22场次 is one); in a bracket, up to its end. Also each part's name."""
    parts: list[Figure] = []
    names: list[str] = []
    at = start
    open_end = False
    for figure in found:
        if figure.start < start:
            continue
        between = text[at : figure.start]
        if figure.percent and parts:
            at = figure.end  # 其中维持31件，占68.9%；撤销6件: a share between parts
            continue
        if parts and figure.unit != unit and _ATTRIBUTE.fullmatch(between):
            at = figure.end + (text[figure.end : figure.end + 1] in "）)")
            continue  # 婚姻家庭纠纷45件（涉及群众90人次）、…: what the part involved
        limit = MAX_GAP if parts else _MAX_FIRST_GAP
        if figure.unit != unit or stops(between):
            open_end = bool(parts) and _more_of(text, found, at, unit)
            break
        if len(between) > limit:
            open_end = bool(parts) and not _sentence_ends(between)
            break
        if parts and _new_clause(between):
            break  # 其中婚姻纠纷20件；受理信访30件: a new clause, not another part
        if (
            parts
            and _CLAUSE().search(between)
            and _names_one_of(_CLAUSE().split(between)[-1], names)
        ):
            break
        if _inside_brackets(between) or (bracket and ("）" in between or ")" in between)):
            break
        parts.append(figure)
        names.append(name(between))
        at = figure.end
    return Parts(parts, _respectively(names), open_end)


def _more_of(text: str, found: Sequence[Figure], at: int, unit: str) -> bool:
    """Whether the sentence goes on to another figure of `unit` after `at`: the reading
    stopped at a word it took for a clause's start (涉及绿地、树木审批22件), and the list may
    not have ended there."""
    return any(
        f.start >= at and f.unit == unit and not _sentence_ends(text[at : f.start]) for f in found
    )


def _sentence_ends(between: str) -> bool:
    return any(mark in between for mark in "。！？!?")


def _respectively(names: list[str]) -> list[str]:
    """婚姻纠纷、邻里纠纷、其他纠纷分别为12件、14件、10件: the names stand before 分别."""
    if len(names) > 1 and "分别" in names[0] and not any(names[1:]):
        listed = names[0].split("分别")[0].split("、")
        if len(listed) == len(names):
            return [name(n) for n in listed]
    return names
