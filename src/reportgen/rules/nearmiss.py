"""When a written name is a slip of a known one: the comparisons T003 and T007 share.

Each comparison allows only the slips a writer makes (a character dropped, added or
changed by the input method, a word dropped, added or replaced) and only where the
rest of the name pins it down, so that another real name (渔业法 next to 农业法,
刑事诉讼法 next to 民事诉讼法) is never taken for a slip.
"""

from __future__ import annotations

from functools import cache

from .wordlists import table_file

# A law's name after 中华人民共和国 may have a word replaced only when this long, and when
# this many characters on each side of the replaced word are right: 民营企业促进法 for
# 民营经济促进法, but not 行政复议法 for 行政诉讼法 nor 土壤污染防治法 for 大气污染防治法.
MIN_REPLACED_NAME = 7
MIN_KEPT_SIDE = 2
# Characters added to or dropped from a name shorter than this leave too little to go by:
# 《中华人民共和国水资源法》 is no slip of 水法.
MIN_SHORTER_NAME = 3


@cache
def similar_pairs() -> frozenset[frozenset[str]]:
    """Characters that look or sound alike (捷/睫, 步/部): a slip of the pen or the IME."""
    pairs = table_file("idioms")["similar"]["pairs"]
    return frozenset(frozenset(pair) for pair in pairs)


def one_slip(written: str, right: str) -> bool:
    """One character dropped, or one replaced by a look-alike or sound-alike."""
    if len(written) == len(right) - 1:
        return any(right[:i] + right[i + 1 :] == written for i in range(len(right)))
    if len(written) == len(right):
        differ = [(a, b) for a, b in zip(written, right, strict=True) if a != b]
        return len(differ) == 1 and frozenset(differ[0]) in similar_pairs()
    return False


def _inside(shorter: str, longer: str) -> bool:
    """`shorter` is `longer` with some characters left out, the rest in order."""
    rest = iter(longer)
    return all(char in rest for char in shorter)


def replaced_word(written: str, right: str) -> bool:
    """One word of one or two characters replaced, the name around it right."""
    if len(written) != len(right) or len(right) < MIN_REPLACED_NAME:
        return False
    differ = [i for i, (a, b) in enumerate(zip(written, right, strict=True)) if a != b]
    if not differ or differ[-1] - differ[0] > 1:
        return False
    return differ[0] >= MIN_KEPT_SIDE and len(right) - 1 - differ[-1] >= MIN_KEPT_SIDE


def replaced_last_word(written: str, right: str) -> bool:
    """The word before 法 replaced, four characters or more kept before it: 道路交通管理法
    for 道路交通安全法, 突发事件处置法 for 突发事件应对法 (行政复议法 and 行政诉讼法 keep
    two). Probably a slip, not certainly: a warning (certain_slip does not count it)."""
    if len(written) != len(right) or not right.endswith("法") or not written.endswith("法"):
        return False
    differ = [i for i, (a, b) in enumerate(zip(written, right, strict=True)) if a != b]
    return bool(differ) and differ[-1] == len(right) - 2 and differ[0] >= MIN_KEPT_STEM


MIN_KEPT_STEM = 4


@cache
def confused_law_words() -> frozenset[frozenset[str]]:
    pairs = table_file("laws")["laws"]["confused_words"]
    return frozenset(frozenset((pair[:2], pair[2:])) for pair in pairs)


def _confused_word(written: str, right: str) -> bool:
    """未成年人保障法 for 未成年人保护法: one word of the pairs names of laws confuse."""
    if len(written) != len(right):
        return False
    differ = [i for i, (a, b) in enumerate(zip(written, right, strict=True)) if a != b]
    if not differ or differ[-1] - differ[0] > 1:
        return False
    # The word is the two changed characters, or one changed and a neighbour.
    starts = (differ[0],) if len(differ) == 2 else (differ[0] - 1, differ[0])
    return any(
        i >= 0 and frozenset((written[i : i + 2], right[i : i + 2])) in confused_law_words()
        for i in starts
    )


def law_slip(written: str, right: str) -> bool:
    """A law's name (after 中华人民共和国) with a slip: one_slip, up to two characters added
    or dropped and nothing changed (固体废弃物…, 乡村振兴法, 村委会组织法), one word
    replaced inside a long name (民营企业促进法) or by a word law names confuse with it
    (保障法 for 保护法). Both end alike: 《…法释义》 is a book."""
    if one_slip(written, right) or _confused_word(written, right):
        return True
    if not written or written[-1] != right[-1]:
        return False
    if 0 < abs(len(written) - len(right)) <= 2:
        shorter, longer = sorted((written, right), key=len)
        return len(shorter) >= MIN_SHORTER_NAME and _inside(shorter, longer)
    return replaced_word(written, right)


# A law's short name of this length or more with any one character replaced is a near miss
# of it (《行政处理法》 for 行政处罚法) when the result is no law of the table, which lists
# them all; shorter names (渔业法, 农业法) are other words.
MIN_ONE_REPLACED = 4


def one_replaced(written: str, right: str) -> bool:
    """Any one character replaced inside a name of MIN_ONE_REPLACED or more, its last
    character kept (《…法》 stays a law)."""
    if len(written) != len(right) or len(right) < MIN_ONE_REPLACED or written[-1] != right[-1]:
        return False
    return sum(a != b for a, b in zip(written, right, strict=True)) == 1


def allowed_distance(known_key: str) -> int:
    """How many characters a title of this length may get wrong and still be recognised."""
    length = len(known_key)
    if length < 4:
        return 0
    if length < 10:
        return 1
    return 2 if length < 20 else 3


def one_word(written: str, right: str) -> bool:
    """A word of one or two characters added or dropped inside a title of seven or more:
    《优化营商环境管理条例》, 《重大行政决策程序条例》."""
    shorter, longer = sorted((written, right), key=len)
    extra = len(longer) - len(shorter)
    if len(right) < 7 or extra not in (1, 2):
        return False
    return any(longer[:i] + longer[i + extra :] == shorter for i in range(1, len(longer) - extra))
