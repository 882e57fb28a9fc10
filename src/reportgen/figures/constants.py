"""Constants of a report: a unit's count of its own constituents (全乡9个行政村, 全镇12个
村（社区）, 全县15个乡镇, 全局6个科室). However the sentence around it reads (分解到全乡9个
行政村, 纳入全乡11个行政村的考核), the count is the same all through the report, so two
values of it are a contradiction of their own.

Only a scope word right before the figure (or before its noun: 全镇共有行政村9个) makes
a constant: 其中3个行政村 and 在3个行政村开展试点 are some of them, and 全乡3个行政村被评为
示范村 singles some out. Without the unit's name, the report's own unit is meant when
the count is of what it governs (下辖12个行政村), or when the clause says all of them
(推动13个行政村全部建成…, 实现13个行政村法律顾问全覆盖) and nothing before the count
narrows it (试点的3个行政村全部…, 其中3个行政村全部…); its scope is then empty. Any other
such count right after a verb (在3个行政村开展试点) is some of them (`some`): it cannot be
more than all of them.
"""

from __future__ import annotations

from typing import NamedTuple

from ..lazyregex import lazy_compile
from .quantities import Figure
from .spans import lazy

# The unit, as 全乡, 我乡 and 本乡 all name it, and the words that may link it to its count.
_UNIT = r"(?:全|我|本)(?P<unit>乡|镇|街道|县|区|市|局)"
_LINK = r"(?:共有|共辖|下辖|所辖|辖|共|现有)?"
# What a unit is made of, longest first; 村 and 行政村 are one.
_CONSTITUENT = (
    r"村（社区）|村\(社区\)|村（居）|村\(居\)|乡镇（街道）|镇（街道）|乡（镇）|行政村|自然村"
    r"|村民小组|村居"
    r"|居委会|村委会|社区|乡镇|镇街|街道|科室|股室|内设机构|基层站所|站所|村"
)
_SAME = {
    "村": "行政村",
    "村(社区)": "村（社区）",
    "村(居)": "村（居）",
    "村居": "村（居）",
    "乡（镇）": "乡镇",
}
_BEFORE = lazy(rf"{_UNIT}{_LINK}$")
_NOUN_BEFORE = lazy(rf"{_UNIT}(?:{_LINK}|有)(?P<noun>{_CONSTITUENT})$")
_NOUN_AFTER = lazy(_CONSTITUENT)
# Words after the noun that single some out: 全乡3个行政村被评为…, 获评, 入选.
_SINGLED_OUT = lazy_compile(r"被|获|荣获|入选|列入|列为|成功创建|达标")
_REACH = 12  # how far back the scope and its noun may stand


class Constant(NamedTuple):
    scope: str  # the unit as 全乡; empty for the report's own, unnamed
    noun: str  # the constituent, as 行政村
    span: tuple[int, int]  # where its words start and end
    some: bool = False  # some of them (在3个行政村开展试点), not their count


# The report's own unit, unnamed: what it governs.
_GOVERNS = lazy(r"(?:下辖|所辖|共辖|辖有|辖)$")  # 白沙镇辖12个行政村
# A clause that says all of the constituents it counts, and the words that may stand
# before such a count at the clause's start (a verb of the unit's doing, no narrowing).
_ALL = lazy_compile(r"全部|均|全覆盖|所有")
_ALL_BEFORE = lazy(
    r"(?:^|[，,；;：:。\s])(?:对|为|在|向|到|推动|推进|实现|覆盖|指导|督促|帮助|组织|走访)?$"
)
_CLAUSE_END = lazy_compile(r"[，,；;：:。！？!?]")


def constant(text: str, figure: Figure) -> Constant | None:
    """The unit and constituent when `figure` counts a unit's constituents, or some of the
    report's own (`some`); else None."""
    if figure.unit != "个" or not figure.exact:
        return None
    offset = max(0, figure.start - _REACH)
    window = text[offset : figure.start]
    before = _NOUN_BEFORE().search(window)
    if before is not None:
        noun, end = before.group("noun"), figure.end
    elif not _BEFORE().search(window):
        return _unnamed(text, figure, window)
    else:
        before = _BEFORE().search(window)
        after = _NOUN_AFTER().match(text, figure.end) if before else None
        if before is None or after is None:
            return None
        noun, end = after.group(), after.end()
        if _SINGLED_OUT.match(text, end):
            return None
    unit = "全" + before.group("unit")
    return Constant(unit, _SAME.get(noun, noun), (offset + before.start(), end))


def _unnamed(text: str, figure: Figure, window: str) -> Constant | None:
    """The count of the report's own constituents without the unit's name (下辖12个行政村,
    推动13个行政村全部建成…), or some of them right after a verb (在3个行政村开展试点)."""
    after = _NOUN_AFTER().match(text, figure.end)
    if after is None:
        return None
    noun = _SAME.get(after.group(), after.group())
    governs = _GOVERNS().search(window)
    if governs is not None:
        return Constant("", noun, (figure.start - len(governs.group()), after.end()))
    if not _ALL_BEFORE().search(text, 0, figure.start):
        return None  # 试点的3个行政村, 县内20个行政村: some of another's
    close = _CLAUSE_END.search(text, after.end())
    clause = text[after.end() : close.start() if close else len(text)]
    some = _SINGLED_OUT.match(text, after.end()) is not None or not _ALL.search(clause)
    return Constant("", noun, (figure.start, after.end()), some)


def constituent_after(text: str, figure: Figure) -> str | None:
    """The constituent `figure` counts when its noun follows it (13个村, 6个社区), as
    constant() names it; None when it counts something else."""
    if figure.unit != "个" or not figure.exact:
        return None
    after = _NOUN_AFTER().match(text, figure.end)
    return None if after is None else _SAME.get(after.group(), after.group())
