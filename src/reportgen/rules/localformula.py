"""A national formula said of a place (T011): a county writes 法治青山、法治政府、法治社会一体
建设 for 法治国家、…, putting its own name where the formula has 国家 or 中国 (法治中国 →
法治青山). That is the formula's local form, not a slip; 法治国度 is still one.

A name in that slot is a place when the report's organs name it (柏山镇人民政府,
中共博爱县委 → 柏山, 博爱), when it ends as a place does (宁县, 东区), or when the text
calls the place 法治X somewhere else too (建设法治青山).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Report
from .formulas import NearMiss

_SLOTS = ("法治国家", "法治中国")  # the nation's words after 法治 in a national formula
_LEVEL = "省市县区镇乡旗州盟"
# A place in an organ's name: two or three characters before its level (中共 set aside).
_PLACE_IN_ORGAN = re.compile(rf"(?:中共)?([\u4e00-\u9fff]{{2,3}}?)(?:[{_LEVEL}]|街道)")


def organ_places(report: Report) -> frozenset[str]:
    """The places the report's own organs and those it reports to are named after."""
    names = [report.organ or "", *report.signatories, *report.addressees]
    found: set[str] = set()
    for name in names:
        match = _PLACE_IN_ORGAN.match(name)
        if match:
            found.add(match.group(1))
    return frozenset(found)


def _slot(written: str, formula: str) -> tuple[str, str] | None:
    """What `written` puts in the formula's 国家/中国 after 法治, when that is all it
    changes, and the characters the formula goes on with after the slot."""
    for slot in _SLOTS:
        at = formula.find(slot) + 2
        if at < 2 or len(written) != len(formula):
            continue
        differ = [i for i, (a, b) in enumerate(zip(written, formula, strict=True)) if a != b]
        if differ and at <= differ[0] and differ[-1] < at + 2:
            return written[at : at + 2], formula[at + 2 : at + 5]
    return None


def _called_elsewhere(name: str, texts: Iterable[str], follows: str) -> bool:
    """Some text calls the place 法治{name} outside the formula's pattern (建设法治青山),
    not only as this formula written again."""
    word = "法治" + name
    uses = [t.startswith(follows, m.end()) for t in texts for m in re.finditer(word, t)]
    if not follows:  # the formula ends with its slot: this one and another
        return len(uses) >= 2
    return not all(uses)


def is_local_form(
    miss: NearMiss, written: str, places: frozenset[str], texts: Iterable[str]
) -> bool:
    """The near miss puts a place's name where the formula has 国家 or 中国."""
    slot = _slot(written, miss.formula.text)
    if slot is None:
        return False
    name, follows = slot
    if name in places or name[-1] in _LEVEL:
        return True
    return _called_elsewhere(name, texts, follows)
