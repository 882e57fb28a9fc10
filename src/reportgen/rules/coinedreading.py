"""Where T009's proposal reads worse than the text as written: the genre's slogans and
clipped coinages, in published reports anywhere in a sentence.

The finder (lexicon/slips.py) scores a clause by its words' frequencies alone, so any word
of two characters beats two characters standing alone: it reads 深学细悟 as 深 | 学习 | 悟,
普法强基补短板 as 强 | 基部 | 短板, 农服 (农业服务) as 农夫 and 以学增智 as 增殖. A proposal is
kept only where it does not do what such a reading does:

- it cuts across two parallel halves (深学 | 细悟: a modifier before each verb), or
  takes a character from the word it makes with its neighbour and leaves that
  neighbour alone (学原文悟原理: 原文 | 悟, not 原 | 文物);
- it changes the varying half of an item that shares its other half with the item beside
  it (以学铸魂、以学增智、以学正风: 以学 is the pattern, 增智 the coined part);
- it proposes a word outside the genre for a pair built like a clip, two characters that
  each begin many words (农服 of 农业服务, 智造 of 智能制造), where the proposal is
  itself no common word (农夫, 基部 in 强基补短板), or the pair stands beside a place's name (智造江川,
  江川智造, 法治濂溪: a brand of a place, not a word misspelt).

A proposal that makes a known word of the genre (排查, 衔接) or a known phrase of the item
(乱搭乱建) is kept whatever the reading: a slip in the genre's own words is the likelier.
"""

from __future__ import annotations

from functools import cache

from ..lexicon.index import lexicon
from ..lexicon.layout import offset
from ..lexicon.slips import COMMON, FUNCTION_CHARACTERS, Slip, SlipFinder

# jieba's tags of a character that modifies the verb after it (深, 细, 真, 勤, 笃).
_MODIFIER = frozenset(("a", "ad", "ag", "an", "d", "dg"))
# jieba's tags of a character that means something by itself (a noun, verb or adjective
# morpheme), as against a function word or a measure: a character the correction leaves
# alone must be one of these to be stranded (较 | 薄弱 is a reading, 强 | 基部 is not).
_CONTENT = ("n", "v", "a", "z", "t", "j", "g")
# A character begins at least this many common words of two characters: a morpheme a
# clip can keep for its word (农 of 农业, 服 of 服务, 智 of 智能; 造 begins 16).
_PRODUCTIVE = 5
# A proposal this frequent (of 60 million) is a common word; a rarer one outside the
# genre (农夫 313, 基部 388) is no likelier than a clip of two common words; 导向 (657)
# for 导像 is still a slip.
_COMMON_WORD = 500
# What separates the items of a list of parallel phrases.
_ITEM_MARKS = "、，；,;"
_PLACE_TAGS = ("ns",)
_LONGEST_GENRE = 6  # 法治建设第一责任人 and longer are not what a slip is read into


def coined(slip: Slip, text: str, finder: SlipFinder) -> bool:
    """The slip is more probably the genre's own wording, read as above."""
    fixed = text[: slip.start] + slip.right + text[slip.end :]
    if _place_after_word(slip, text, finder):
        return True
    if _genre_word(slip, fixed, finder):
        return False  # a word of the genre one character away: the slip is the likelier
    return (
        _across_parallel(slip, text, fixed, finder)
        or _strands(slip, text, fixed, finder)
        or _varying_half(slip, text, fixed, finder)
        or _clip(slip, text, finder)
    )


def _genre_word(slip: Slip, fixed: str, finder: SlipFinder) -> bool:
    """The correction is a word of the genre, or makes one with its neighbours (素样 →
    法治素养)."""
    genre = finder.segmenter.vocabulary.words
    end = slip.start + len(slip.right)
    for size in range(len(slip.right), _LONGEST_GENRE + 1):
        for first in range(max(0, end - size), slip.start + 1):
            if genre.get(fixed[first : first + size], 0) >= COMMON:
                return True
    return False


def _place_after_word(slip: Slip, text: str, finder: SlipFinder) -> bool:
    """The slip changes only its last character, which begins a place's name after a word
    of the genre (法治濂溪 read as 法治县 | 溪: 濂溪 is the place, 法治濂溪 its brand)."""
    head, last = slip.written[:-1], slip.end - 1
    if slip.right[:-1] != head or len(head) < 2 or finder.freq(head) < COMMON:
        return False
    return _place_at(text, last, finder)


def _tag(chars: str, finder: SlipFinder) -> str:
    return finder.lexicon.tag(chars) or "x"


def _across_parallel(slip: Slip, text: str, fixed: str, finder: SlipFinder) -> bool:
    """The slip is the middle of four characters AxBy, a modifier before each verb
    (深学细悟, 勤学深悟, 深学细研), wherever they stand, no word as written or corrected."""
    first = slip.start - 1
    if len(slip.written) != 2 or first < 0 or slip.end >= len(text):
        return False
    four = text[first : first + 4]
    if not four.isalpha() or finder.freq(four) or finder.freq(fixed[first : first + 4]):
        return False
    return all(_tag(char, finder) in _MODIFIER for char in (four[0], four[2]))


def _strands(slip: Slip, text: str, fixed: str, finder: SlipFinder) -> bool:
    """The correction takes a character of the span from the word it makes with its
    neighbour outside the span, and leaves the neighbour standing alone (学原文悟: 原文
    is a word, and 原 | 文物 leaves 原 alone; 强基补短板: 补短板 reads on)."""
    if len(slip.written) != 2:
        return False
    for outside, pair in (
        (slip.start - 1, text[slip.start - 1 : slip.start + 1]),
        (slip.end, text[slip.end - 1 : slip.end + 1]),
    ):
        if outside < 0 or outside >= len(text) or len(pair) < 2 or not pair.isalpha():
            continue
        if text[outside] in FUNCTION_CHARACTERS or not _joins(pair, text, outside, finder):
            continue
        if _alone(outside, fixed, finder):
            return True
    return False


def _joins(pair: str, text: str, outside: int, finder: SlipFinder) -> bool:
    """The pair is a word, or (after the span) begins a word of three characters that
    reads on (补短板)."""
    if finder.freq(pair) >= COMMON:
        return True
    three = text[outside - 1 : outside + 2]
    return outside > 0 and len(three) == 3 and finder.freq(three) >= COMMON


def _alone(at: int, fixed: str, finder: SlipFinder) -> bool:
    """text[at], a content character, stands alone in the corrected clause's words."""
    left = max(0, at - 6)
    window = fixed[left : at + 7]
    for token in finder.segmenter.route(window):
        if token.start <= at - left < token.end:
            return token.length == 1 and _tag(fixed[at], finder).startswith(_CONTENT)
    return False


def _varying_half(slip: Slip, text: str, fixed: str, finder: SlipFinder) -> bool:
    """The slip lies in an item of four characters, between marks, that shares its first
    or last two characters with the item beside it, and the correction makes no known
    phrase of the item (以学铸魂、以学增智: 以学 is the pattern, 增智 the coined part)."""
    for first in range(max(0, slip.end - 4), slip.start + 1):
        four = text[first : first + 4]
        if len(four) < 4 or not four.isalpha() or finder.freq(fixed[first : first + 4]):
            continue
        before, after = text[first - 5 : first - 1], text[first + 5 : first + 9]
        neighbours = []
        if first >= 5 and text[first - 1] in _ITEM_MARKS:
            neighbours.append(before)
        if first + 9 <= len(text) and text[first + 4] in _ITEM_MARKS:
            neighbours.append(after)
        for other in neighbours:
            if not other.isalpha():
                continue
            shared = (other[:2] == four[:2] and first + 2 <= slip.start) or (
                other[2:] == four[2:] and slip.end <= first + 2
            )
            if shared:
                return True
    return False


@cache
def _heads(char: str) -> int:
    """How many common words of two characters begin with `char`: its run of the
    lexicon's sorted table, counted where it lies (no pass over the whole table)."""
    code = offset(char)
    if code < 0:
        return 0
    words = lexicon()
    starts, freqs = words.tables[3][0], words.tables[1][0]
    return sum(1 for freq in freqs[starts[code] : starts[code + 1]] if freq >= COMMON)


def _clip(slip: Slip, text: str, finder: SlipFinder) -> bool:
    """Two content characters that each begin many words (农服, 智造): a clip of
    two words; taken for one where the proposal is no common word and a word follows
    that the pair classifies, or a place's name stands beside the pair (智造江川, 江川智造)."""
    written = slip.written
    if len(written) != 2 or slip.right in finder.segmenter.vocabulary.words:
        return False
    for char in written:
        if _heads(char) < _PRODUCTIVE or not _tag(char, finder).startswith(_CONTENT):
            return False
    if finder.freq(slip.right) < _COMMON_WORD and _before_noun(text, slip.end, finder):
        return True
    return _beside_place(text, slip.start, slip.end, finder)


def _before_noun(text: str, end: int, finder: SlipFinder) -> bool:
    """A common word of the noun or verb kind follows: a clip stands before the word it
    classifies (农服中心, 农服组织, 强基补短板), where a slip with a rare proposal is as
    often at a clause's end or before a particle."""
    for size in (3, 2):
        word = text[end : end + size]
        if len(word) == size and finder.freq(word) >= COMMON and _tag(word, finder)[0] in "nv":
            return True
    return False


def _place_at(text: str, at: int, finder: SlipFinder) -> bool:
    """text[at:at + 2] is a place's name: tagged so, or no word and no word with the next."""
    place, outward = text[at : at + 2], text[at + 1 : at + 3]
    if len(place) < 2 or not place.isalpha():
        return False
    if _tag(place, finder) in _PLACE_TAGS:
        return True
    return not finder.freq(place) and not (len(outward) == 2 and finder.freq(outward))


def _beside_place(text: str, start: int, end: int, finder: SlipFinder) -> bool:
    """A place's name of two characters stands right after the span (江川, 柯桥: tagged so,
    or two characters that make no word, with each other or the next), or right before it
    as the lexicon tags it (江川智造). An unknown pair before is no place: 急难愁盼问提
    ends an idiom the lexicon lacks, and 问提 is still 问题."""
    before = text[max(0, start - 2) : start]
    return _place_at(text, end, finder) or (
        len(before) == 2 and _tag(before, finder) in _PLACE_TAGS
    )
