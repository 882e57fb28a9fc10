"""Constants of a report: a unit's count of its own constituents (全乡9个行政村, 全镇12个
村（社区）, 全县15个乡镇, 全局6个科室). However the sentence around it reads (分解到全乡9个
行政村, 纳入全乡11个行政村的考核), the count is the same all through the report, so two
values of it are a contradiction of their own.

Only a scope word right before the figure (or before its noun: 全镇共有行政村9个) makes
a constant: 其中3个行政村 and 在3个行政村开展试点 are some of them, and 全乡3个行政村被评为
示范村 singles some out.
"""

from __future__ import annotations

import re

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
_SINGLED_OUT = re.compile(r"被|获|荣获|入选|列入|列为|成功创建|达标")
_REACH = 12  # how far back the scope and its noun may stand


def constant(text: str, figure: Figure) -> tuple[str, str, tuple[int, int]] | None:
    """(the unit as 全乡, the constituent, where its words start and end) when `figure`
    counts a unit's constituents, or None."""
    if figure.unit != "个" or not figure.exact:
        return None
    offset = max(0, figure.start - _REACH)
    window = text[offset : figure.start]
    before = _NOUN_BEFORE().search(window)
    if before is not None:
        noun, end = before.group("noun"), figure.end
    else:
        before = _BEFORE().search(window)
        after = _NOUN_AFTER().match(text, figure.end) if before else None
        if before is None or after is None:
            return None
        noun, end = after.group(), after.end()
        if _SINGLED_OUT.match(text, end):
            return None
    unit = "全" + before.group("unit")
    return unit, _SAME.get(noun, noun), (offset + before.start(), end)
