"""Two organs side by side, written as one: a joint title's or signature's names run
together (中共青石县委青石县人民政府, 石桥镇党委石桥镇人民政府, 青石经开区党工委管委会).

Each organ of a joint report is one author: the party committee (or 党工委) and the
government (or 管委会, 办事处, 人大主席团) sign side by side. Where a copy lost the space
between them, the run reads as one name ending as the last organ ends; it is split where
a name ends and the next begins with the same place (or with a bare organ word, 政府,
管委会, that stands for that place's organ). Never split: an organ whose second half
names no place of its own (中共青石县委组织部, 青石县人民政府办公室).
"""

from __future__ import annotations

from ..lazyregex import lazy_compile
from ..organs import is_organ_name

# What a joint name's organs end in; the place is what stands before (中共 aside).
_BODY_END = lazy_compile(
    r"(?:工作委员会|委员会|党工委|党委|党组|人民政府|政府|办事处|管理委员会|管委会|人大主席团|委)$"
)
# A bare organ word after a named organ: the same place's organ (石桥镇党委政府).
_BARE = {
    "政府": "人民政府",
    "人民政府": "人民政府",
    "办事处": "办事处",
    "管委会": "管委会",
    "管理委员会": "管理委员会",
    "人大主席团": "人大主席团",
}
# A place alone (石桥镇) is no author: the name must go on to its organ's word.
_PLACE_ONLY = lazy_compile(r"(?:镇|乡|街道)$")


def _place(name: str) -> str:
    """The place an organ's name holds: 中共青石县委 → 青石县, 石桥镇党委 → 石桥镇."""
    return _BODY_END.sub("", name.removeprefix("中共"))


def split_joint(name: str) -> list[str]:
    """The organs a name run together holds, in order; [name] where it is one organ."""
    if not is_organ_name(name):
        return [name]
    for cut in range(3, len(name) - 1):
        left, right = name[:cut], name[cut:]
        if not is_organ_name(left) or not _BODY_END.search(left):  # 石桥镇 alone: no author
            continue
        place = _place(left)
        if len(place) < 2:
            continue
        bare = right.removeprefix(place[-1]) if place[-1] in "县区市镇乡旗" else right
        if bare in _BARE:  # 石桥镇党委政府, 青石县委县政府
            return [left, place + _BARE[bare]]
        if right.startswith(place) and is_organ_name(right) and not _PLACE_ONLY.search(right):
            return [left, *split_joint(right)]
    return [name]


def split_names(names: list[str]) -> list[str]:
    """Each name of `names` split where it holds two organs run together."""
    return [part for name in names for part in split_joint(name)]
