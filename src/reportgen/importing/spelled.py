"""An organ named short beside its full name: the organ is the fullest form the text
itself gives of the same organ (same place, same body), never one it does not give.

青山县林草局 in the signature, 青山县林业和草原局 in the opening: 林草局 is a short
form of 林业和草原局 (its characters, in order, from the same first one to the same
ending). 区城市管理局 in the title, 重庆市青山区城市管理局 in the opening: the city in
front of the district is part of the fullest form.
"""

from __future__ import annotations

import re
from collections import Counter

from ..lazyregex import lazy_compile
from ..organs import is_organ_name

_HAN = "\u4e00-\u9fff"
# Where a department's place ends and its body begins: 青山县|林草局, 重庆市青山区|城市管理局.
_PLACE_BODY = lazy_compile(rf"^([{_HAN}]{{2,12}}?[县区市旗])([{_HAN}]{{2,14}}[局委办])$")
# The places above a county or district (a province, a city, a prefecture), as written in
# front of it: 重庆市, 河东省青山市.
_UPPER = rf"(?:[{_HAN}]{{2,8}}?(?:省|自治区|市|自治州|州|盟))+"


def _short_of(short: str, full: str) -> bool:
    """Whether `short` is a short form of `full`: shorter, the same first character and
    ending, every character of it in `full` in order (林草局 of 林业和草原局)."""
    full = full.removesuffix("员会")  # 卫健委 of 卫生健康委员会
    if len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    rest = iter(full)
    return all(char in rest for char in short)


def spelled_out(organ: str, texts: list[str]) -> str | None:
    """The full name the text gives for a department named short with its place
    (青山县林草局 → 青山县林业和草原局), the most frequent; None when it gives none."""
    found = _PLACE_BODY.match(organ)
    if found is None:
        return None
    place, body = found.groups()
    end = re.escape(body[-1]) + ("(?:员会)?" if body.endswith("委") else "")
    pattern = re.compile(rf"{re.escape(place)}([{_HAN}]{{2,14}}?{end})")
    fuller = Counter(
        place + match
        for text in texts
        for match in pattern.findall(text)
        if _short_of(body, match) and is_organ_name(place + match)
    )
    return fuller.most_common(1)[0][0] if fuller else None


def with_upper_places(organ: str, texts: list[str]) -> str:
    """The organ with the places above it where the text writes it so (青山区城市管理局 →
    重庆市青山区城市管理局), the most frequent such form; else as it stands."""
    pattern = re.compile(rf"(?<![{_HAN}]){_UPPER}{re.escape(organ)}")
    fuller = Counter(match for text in texts for match in pattern.findall(text))
    return fuller.most_common(1)[0][0] if fuller else organ
