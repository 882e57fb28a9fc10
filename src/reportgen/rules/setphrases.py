"""Shapes of correct text that T009's finder reads as slips: the genre's four-character
parallel phrases (常学常新 anywhere; 精管细治, 深学细悟 between marks; two verb + object
halves such as 便民利企 anywhere), classical 之-phrases (应尽之责, 题中之义) and technical
modifier + noun compounds (高毒农药, 高危行业).

Each is a regular pattern of the written language, not a list of instances: a span is
left alone when it lies in such a pattern and the correction does not turn the pattern
into a known word (当务之及 is still 当务之急, 提质增校 still 提质增效).
"""

from __future__ import annotations

from functools import cache

from ..lexicon.index import lexicon
from ..lexicon.slips import COMMON, Slip, SlipFinder
from .coinages import clipped_coinage

# jieba's tags of a character that modifies a verb (真, 细, 深, 严) and of a verb.
_MODIFIER = frozenset(("a", "ad", "ag", "an", "d", "dg"))
_VERB = frozenset(("v", "vn", "vg", "vd"))
# Degree prefixes of technical compounds: 高毒, 低毒, 高危, 强腐蚀.
_DEGREE = frozenset("高低强弱超")
# Where a four-character item of a list or a clause ends: punctuation or the text's edge.
_EDGE = "，。；：、！？（）()“”‘’《》 \n"


def set_phrase(slip: Slip, text: str, finder: SlipFinder) -> bool:
    """The slip lies in one of the module's patterns, which the correction breaks."""
    fixed = text[: slip.start] + slip.right + text[slip.end :]
    return (
        _of_repeated_head(slip, text, fixed, finder)
        or _of_classical_zhi(slip, text, fixed, finder)
        or _of_parallel(slip, text, fixed, finder)
        or _of_verb_object_pair(slip, text, fixed, finder)
        or _of_technical(slip, text, finder)
        or _clipped(slip, finder)
        or _comparative(slip, text)
        or clipped_coinage(slip, text, fixed, finder)  # 安商暖企, 深学细悟、
    )


def _of_repeated_head(slip: Slip, text: str, fixed: str, finder: SlipFinder) -> bool:
    """A four-character parallel phrase whose first and third characters are one
    (常学常新、常悟常进, 边学边改), wherever it stands, which the correction does not turn
    into a known one (乱搭乱健 is 乱搭乱建)."""
    for first in range(max(0, slip.end - 4), slip.start + 1):
        window = text[first : first + 4]
        if len(window) == 4 and window[0] == window[2] != window[1] and window.isalpha():
            return not finder.freq(fixed[first : first + 4])
    return False


def _of_classical_zhi(slip: Slip, text: str, fixed: str, finder: SlipFinder) -> bool:
    """AB之C (应尽之责, 题中之义, 分内之事): a word, 之, and a one-character noun. The
    finder reads 之责 as a slip of 职责, 之义 of 之一."""
    for at in range(max(2, slip.start - 1), min(slip.end, len(text) - 1)):
        if text[at] != "之" or not (slip.start <= at + 1 and at - 2 < slip.end):
            continue
        left, head = text[at - 2 : at], text[at + 1]
        if not (left + head).isalpha() or finder.freq(fixed[at - 2 : at + 2]):
            continue
        # The finder changes 之 (之责 → 职责): AB之C reads as written. It changes C
        # (之义 → 之一): only after a noun is X之一 (措施之一, 工作之一), not after 应有 the likelier reading.
        tag = finder.lexicon.tag(left) or "x"
        if fixed[at] != "之" or not (tag.startswith("n") or tag == "vn"):
            return True
    return False


def _of_parallel(slip: Slip, text: str, fixed: str, finder: SlipFinder) -> bool:
    """A four-character item of two halves of one shape, AxBy: modifier + verb twice
    (精管细治, 深学细悟, 真抓实干), standing between punctuation, no word as a whole."""
    for first in range(max(0, slip.end - 4), slip.start + 1):
        four = text[first : first + 4]
        if len(four) < 4 or not four.isalpha() or finder.freq(four):
            continue
        bounded = (first == 0 or text[first - 1] in _EDGE) and (
            first + 4 == len(text) or text[first + 4] in _EDGE
        )
        if not bounded or finder.freq(fixed[first : first + 4]):
            continue
        if not _alike(four[0], four[2], _MODIFIER, finder):
            continue
        # The verbs alike too; or the slip is read across the middle (深学细悟 as 学习),
        # which would leave each modifier without its verb.
        across = (slip.start, slip.end) == (first + 1, first + 3)
        if across or _alike(four[1], four[3], _VERB, finder):
            return True
    return False


def _of_verb_object_pair(slip: Slip, text: str, fixed: str, finder: SlipFinder) -> bool:
    """Two verb + object halves of four characters (便民利企, 惠企利民, 减证便民): the
    slip is one half, the other a word, both objects are nouns, and the slip's verb takes
    the other half's object (利民 beside 便民, 惠民 beside 利民), so the half is coined on
    the other's pattern; the government coins such phrases freely. Unless the correction
    makes a known phrase."""
    if len(slip.written) != 2:
        return False
    for first, other in ((slip.start, slip.end), (slip.start - 2, slip.start - 2)):
        four = text[first : first + 4] if first >= 0 else ""
        if len(four) < 4 or not four.isalpha() or finder.freq(four):
            continue
        if finder.freq(fixed[first : first + 4]):
            continue
        half = text[other : other + 2]
        objects = (finder.lexicon.tag(char) or "x" for char in (slip.written[1], half[1]))
        if not all(tag.startswith("n") for tag in objects):
            continue  # 经费 | 用逾: 逾 is no object, the halves are not alike
        if finder.freq(half) and finder.freq(slip.written[0] + half[1]):
            return True
    return False


def _alike(one: str, other: str, kinds: frozenset[str], finder: SlipFinder) -> bool:
    """Two characters in parallel places: one, a word together (精细), or one kind."""
    tags = [finder.lexicon.tag(char) or "x" for char in (one, other)]
    return one == other or bool(finder.freq(one + other)) or all(t in kinds for t in tags)


def _of_technical(slip: Slip, text: str, finder: SlipFinder) -> bool:
    """高毒农药, 高危行业: a degree prefix and a noun character modifying the noun after
    them; the finder reads 高毒 as 高度, but 高度 does not stand before a noun so."""
    if len(slip.written) != 2 or slip.written[0] not in _DEGREE:
        return False
    if slip.right[0] != slip.written[0]:
        return False  # the prefix itself is what the finder corrects
    for size in (2, 3):
        after = text[slip.end : slip.end + size]
        tag = finder.lexicon.tag(after) or ""
        if len(after) == size and tag.startswith("n") and finder.freq(after) >= COMMON:
            return True
    return False


# 更 and its kin before a one-character adjective: 更高的标准、更实的作风, 作风更实、措施更硬.
_DEGREE_ADVERBS = "更最较愈越"
# What follows such a comparative and never 更是, 最是 (the finder's usual correction).
_AFTER_COMPARATIVE = "的、，。；：！？"


def _comparative(slip: Slip, text: str) -> bool:
    """更 + a one-character adjective before 的 or a pause: a productive pattern (更实
    is 更 + 实), which the finder reads as 更是; 更是 never stands before 的 or a pause."""
    if len(slip.written) != 2 or slip.written[0] not in _DEGREE_ADVERBS:
        return False
    return slip.end == len(text) or text[slip.end] in _AFTER_COMPARATIVE


# A clipped word keeps a word's first and last characters: 思政课 is 思想政治课, its 政课
# the clip of 政治课. A character this common may have been dropped from between.
_DROPPED = 300
_CLIP_WORD = 10  # the word clipped is at least this frequent


@cache
def _droppable() -> tuple[str, ...]:
    """The characters common enough to be dropped in a clip (about 3,500; read once)."""
    words = lexicon()
    return tuple(char for char in map(chr, range(0x4E00, 0x9FA6)) if words.freq(char) >= _DROPPED)


def _clipped(slip: Slip, finder: SlipFinder) -> bool:
    """The two characters written are a word with one character dropped between them
    (政课 of 政治课): a clipped compound of the sector, not a slip."""
    if len(slip.written) != 2:
        return False
    one, other = slip.written[0], slip.written[1]
    return any(finder.freq(one + char + other) >= _CLIP_WORD for char in _droppable())
