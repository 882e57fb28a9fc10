"""The genre's coinages of clipped words, which T009's finder reads as slips.

Reports on the business climate and on study campaigns coin four-character items from
two clipped halves: a verb and a one-character noun standing for a word (企 for 企业,
商 for 商户, 法 for 法律: 安商暖企, 执法暖企、送法进企), or a modifier and a verb (深学细悟,
真学真信, 细照笃行). The finder reads 暖企 as 暖气 and 深学细悟 as 学习. Such an item
stands in a 、-list or names a campaign (before 行动, 活动); its two halves have one
shape. Two-character clips that share their noun stand in a 、-list too (护企、稳企、亲企).

A span is left alone only where the correction makes no known word of the item (法治宣穿
is still 法治宣传): the patterns shelter coinages, not a slip in a known phrase.
"""

from __future__ import annotations

from ..lexicon.slips import Slip, SlipFinder

# What follows an item that names a campaign: 开展安商暖企行动, 深学细悟活动.
_CAMPAIGN = ("行动", "活动")
_LIST = "、"
# jieba's tags of a one-character noun that a clip keeps for its word (企 n, 民 ng, 法 j),
# and of a character that modifies the verb after it (深, 细, 真, 笃).
_NOUN = ("n", "j")
_MODIFIER = frozenset(("a", "ad", "ag", "d", "dg"))
# jieba's tags of a character that acts on the clipped noun after it (安, 暖, 执, 送, 稳).
_ACTING = frozenset(("v", "vg", "vd", "a", "ag", "ad"))


def clipped_coinage(slip: Slip, text: str, fixed: str, finder: SlipFinder) -> bool:
    """The slip lies in a coinage of clipped halves, which the correction breaks."""
    return _in_coined_item(slip, text, fixed, finder) or _in_clipped_list(slip, text, finder)


def _placed(text: str, start: int, end: int) -> bool:
    """The span is an item of a 、-list, or names a campaign (…行动, …活动)."""
    listed = text[end : end + 1] == _LIST or (start > 0 and text[start - 1] == _LIST)
    return listed or text.startswith(_CAMPAIGN, end)


def _tag(char: str, finder: SlipFinder) -> str:
    return finder.lexicon.tag(char) or "x"


def _verb_object(half: str, finder: SlipFinder) -> bool:
    """暖企, 安商, 执法: a character that acts, then a one-character noun (人圆, a noun
    and a noun, is no such clip)."""
    return _tag(half[0], finder) in _ACTING and _tag(half[1], finder).startswith(_NOUN)


def _modified(half: str, finder: SlipFinder) -> bool:
    """深学, 细悟, 笃行: begins with a modifier."""
    return _tag(half[0], finder) in _MODIFIER


def _in_coined_item(slip: Slip, text: str, fixed: str, finder: SlipFinder) -> bool:
    """A four-character item of two halves of one shape (verb + clipped noun twice, or
    modifier + verb twice), in a 、-list or before 行动/活动, no word as a whole, which the
    correction turns into no known word."""
    for first in range(max(0, slip.end - 4), slip.start + 1):
        four = text[first : first + 4]
        if len(four) < 4 or not four.isalpha():
            continue
        if finder.freq(four) or finder.freq(fixed[first : first + 4]):
            continue
        if not _placed(text, first, first + 4):
            continue
        halves = (four[:2], four[2:])
        if all(_verb_object(h, finder) for h in halves):
            return True
        if all(_modified(h, finder) for h in halves):
            return True
    return False


def _in_clipped_list(slip: Slip, text: str, finder: SlipFinder) -> bool:
    """护企、稳企、亲企: the slip is a two-character item of a 、-list, a verb and a clipped
    noun, and the item beside it keeps the same noun."""
    if len(slip.written) != 2 or not _tag(slip.written[1], finder).startswith(_NOUN):
        return False  # the shared clipped noun, not jieba's tag of 利 in 利企, says it
    start, end = slip.start, slip.end
    before = text[start - 3 : start - 1] if start >= 3 and text[start - 1] == _LIST else ""
    after = text[end + 1 : end + 3] if text[end : end + 1] == _LIST else ""
    noun = slip.written[1]
    return any(len(item) == 2 and item[1] == noun for item in (before, after))
