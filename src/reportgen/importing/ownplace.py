"""Which town a report that calls itself 我镇 (我乡, 我街道) is: the one the text names as
an organ or as who acts, never one it names as the other side of a joint action.

A report without a title organ or a signature may still name its town in the body:
经石桥镇党委会研究决定, 石桥镇人民政府2024年…, 柏山镇司法所全年…. A town named
beside another organ of the kind (与清河镇联合开展…, 清河镇与我镇…) is a neighbour, and
counts for nothing. Where a name runs on from the words before it (均提交石桥镇党委会),
its first characters are those the text gives the name elsewhere, else its last two (a
town's name is mostly two characters; an ethnic 乡 keeps its 彝族, 满族蒙古族).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..chinese import is_han
from ..lazyregex import lazy_compile
from ..notnames import never_a_name
from .places import is_place, own_name

_TOWN_KINDS = ("街道", "镇", "乡")
# A town's own organs, as the text names them after the town.
_ORGAN_AFTER = r"(?:党委|党工委|人民政府|政府|办事处|人大主席团|人大|委员会)"
# A neighbour's mark: the words in front of it (与清河镇, 会同清河镇, 赴邻近的清河镇) or
# after it (清河镇与我镇).
_PARTNER_BEFORE = lazy_compile(
    r"(?:与|同|和|跟|及|会同|联合|协同|配合|协助|联手|携手|赴|到|前往|邻近的?|相邻的?|周边的?|毗邻的?)$"
)
_PARTNER_AFTER = lazy_compile(r"^(?:与|和|同|跟|及)(?:我|本)(?:镇|乡|街道)")
# An ethnic 乡's ethnic words: 彝族, 回族, 蒙古族, 土家族 …: one character before 族 but
# for these, the two-character ones.
_ETHNIC_TWO = lazy_compile(
    r"(?:蒙古|土家|布依|哈尼|傈僳|仡佬|纳西|朝鲜|锡伯|景颇|毛南|普米|阿昌|德昂|独龙|基诺|撒拉"
    r"|达斡尔|鄂温克|鄂伦春|哈萨克|柯尔克孜|塔吉克|乌孜别克|俄罗斯|塔塔尔|裕固|保安|东乡|门巴|珞巴)族$"
)
_LONGEST_RUN = 12


@dataclass
class Towns:
    own: Counter[str] = field(default_factory=Counter)  # named as an organ or as who acts
    partners: list[str] = field(default_factory=list)  # named as the other side


def _ethnic_tail(run: str) -> str:
    """The ethnic words a run ends in (石桥满族蒙古族 → 满族蒙古族), or ""."""
    tail = ""
    while run.endswith("族"):
        two = _ETHNIC_TWO.search(run)
        word = two.group() if two else run[-2:]
        if len(word) < 2:
            break
        tail, run = word + tail, run[: -len(word)]
    return tail


def _start(run: str, kind: str, bounded: bool, named: set[str]) -> str | None:
    """The town's name whose characters before `kind` end `run`: the longest the text
    names so elsewhere; a short run after a mark as it stands (its leading 经, 在 off);
    else the last two characters (and an ethnic 乡's ethnic words)."""
    for at in range(max(0, len(run) - 8), len(run) - 1):
        if run[at:] + kind in named:
            return run[at:] + kind
    if bounded and len(run) <= 3:
        return own_name(run + kind, 2 + len(kind))
    tail = _ethnic_tail(run)
    return run[-(2 + len(tail)) :] + kind if len(run) >= 2 + len(tail) else None


def _marked(boundary: re.Pattern[str], kind: str, texts: list[str]) -> set[str]:
    """The names the text gives right after a mark (，石桥镇; 在石桥镇): where a name
    starts is certain there."""
    found = (own_name(m.group(), 2 + len(kind)) for t in texts for m in boundary.finditer(t))
    return {name for name in found if name is not None and len(name) <= 3 + len(kind)}


def _mentions(kind: str, texts: list[str]) -> Towns:
    towns = Towns()
    boundary = re.compile(rf"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{{2,8}}?){kind}")
    named = _marked(boundary, kind, texts)
    organ = re.compile(rf"{kind}(?={_ORGAN_AFTER})")
    for text in texts:
        ends: dict[
            int, tuple[int, bool]
        ] = {}  # where a kind ends → (where the run starts, bounded)
        for found in boundary.finditer(text):
            ends.setdefault(found.end(), (found.start(), True))
        for found in organ.finditer(text):
            start = found.start()
            while start > 0 and is_han(text[start - 1]) and found.start() - start < _LONGEST_RUN:
                start -= 1
            bounded = start == 0 or not is_han(text[start - 1])
            ends.setdefault(found.end(), (start, bounded))
        for end, (start, bounded) in ends.items():
            run = text[start : end - len(kind)]
            if never_a_name("town", run + kind):
                continue  # 新型城镇, 文化名镇: no town, whatever its last two characters
            name = _start(run, kind, bounded, named)
            if name is None or not is_place(name) or never_a_name("town", name):
                continue
            before = text[: end - len(name)]
            if _PARTNER_BEFORE.search(before) or _PARTNER_AFTER.match(text[end:]):
                towns.partners.append(name)
            else:
                towns.own[name] += 1
    return towns


def own_towns(self_reference: str, texts: list[str]) -> Towns | None:
    """The towns of the kind 我镇 (我乡, 我街道) speaks of that the text names, as its own
    or as neighbours; None for a self-reference of another kind."""
    kind = next((k for k in _TOWN_KINDS if self_reference.endswith(k)), None)
    if kind is None or len(self_reference) != 1 + len(kind):
        return None
    return _mentions(kind, texts)
