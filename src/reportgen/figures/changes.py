"""A change from last year (同比增长12%, 较上年减少8件, 提高1.2个百分点) against this year's
figure and last year's, when the text gives both.

Last year's figure is the one the comparison names (较上年的50件), one whose words say it is
last year's (去年同期50件, 上年为50件), or the first of 由50件增加到64件; or, in the
sentence before, the one last year's figure that counts, by the same verb, the same noun
as the change's own figure (上年受理信访事项40件，办结38件。今年办结信访事项34件，同比
下降10.5%: 38件, not 40件; 其中婚姻纠纷30件 for 今年调处婚姻纠纷36件): probable, as the
sentences are apart. A figure of that sentence is last year's when the last word of a year
before it says so (上年…，办结38件). With no figure for last year (同比增长12% alone), or
none in the sentence before that counts the same thing, nothing is checked.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import NamedTuple

from ..lazyregex import lazy_compile
from .counted import events_of, label, noun_after
from .quantities import Figure
from .rounding import agrees, change
from .spans import in_span, lead, sentences

_RISE = "增长|增加|上升|提高|提升|增多"
_FALL = "下降|减少|降低|回落|减少了"
_DIRECTION = lazy_compile(rf"(?P<rise>{_RISE})|(?P<fall>{_FALL})")
_COMPARED = lazy_compile(
    r"(?:同比|环比|较|比)(?:上年|去年|上一年|前一年|20\d{2}年)?(?:同期)?(?:度)?(?:的)?[（(]?$"
)
_FROM_TO = lazy_compile(rf"^(?:{_RISE}|{_FALL})(?:到|至)$")
_LAST_YEAR = lazy_compile(r"上年|去年|上一年|前一年|同期")
# The words of a year; the last one before a figure in its sentence says which year's it
# is (上年…，办结38件 is last year's; 上年…，今年… is not). 全年 says no year (上年全年).
_YEAR_WORD = lazy_compile(r"(?P<last>上年|去年|上一年|前一年|同期)|今年|本年|年内|(?:19|20)\d{2}年")
# Words before a figure that say it is last year's or a part of the figure before:
# not what it counts (上年受理信访事项 counts 受理信访事项, 其中婚姻纠纷 婚姻纠纷).
_BASE_LEAD = lazy_compile(r"^(?:上年度?|去年|上一年度?|前一年|同期|其中|的)+")
# Words between a noun and its figure: 降至30件, 为40件, 达到64件.
_LINK_WORDS = lazy_compile(
    r"(?:降至|增至|降到|增到|上升至|上升到|下降至|下降到|增加到|增加至|减少到|减少至"
    r"|分别为|为|达到|达|是|共|有|的)+$"
)


class Change(NamedTuple):
    """A change the two figures it compares contradict."""

    stated: Figure  # 12%, 8件, 1.2个百分点
    current: Figure
    base: Figure
    rising: bool  # the words say it went up
    low: Fraction  # the change the figures give (up positive), as a range
    high: Fraction | None
    certain: bool
    apart: bool = False  # last year's figure stands in the sentence before

    @property
    def start(self) -> int:
        return min(self.current.start, self.base.start)


def _given(
    current: Figure, base: Figure, stated: Figure
) -> tuple[Fraction, Fraction | None] | None:
    if stated.percent:
        return change(current, base)
    low = current.low - base.high if base.high is not None else None
    high = current.high - base.low if current.high is not None else None
    if low is None:
        return None
    return low, high


def _signed(
    current: Figure, base: Figure, amount: Figure, rising: bool
) -> tuple[Fraction, Fraction | None] | None:
    """The change the figures give, in the direction the words say (down is positive for
    下降), as a range; None when it cannot be computed."""
    given = _given(current, base, amount)
    if given is None:
        return None
    low, high = given
    if rising:
        return low, high
    return (-high, -low) if high is not None else None


def _figures_compared(
    text: str, here: Sequence[Figure], begin: int, word_start: int, amount: Figure
) -> tuple[list[Figure], Figure] | None:
    """The figures that may be this year's, and last year's, for the change word at
    `word_start`."""
    if amount.unit == "百分点":
        usable = [f for f in here if f.percent]
    elif amount.percent:
        usable = [f for f in here if not f.percent and f is not amount]
    else:
        usable = [f for f in here if f.unit == amount.unit and f is not amount]
    before = [f for f in usable if f.end <= word_start]
    if not before:
        return None
    last = before[-1]
    # 由50件增加到64件，增长28%: the two figures of from-to
    if len(before) > 1 and _FROM_TO.match(text[before[-2].end : last.start]):
        return ([last], before[-2]) if before[-2].unit == last.unit else None
    # 较上年的50件增长28%: last year's figure is the one the comparison names
    if text[last.end : word_start] in ("", "）", ")") and _COMPARED.search(text, begin, last.start):
        earlier = [f for f in before[:-1] if f.unit == last.unit]
        return ([earlier[-1]], last) if earlier else None
    # 64件，同比增长28%（上年50件）: last year's figure is the one its words say is
    if not _COMPARED.search(text, last.end, word_start):
        return None
    floor = begin
    bases, currents = [], []
    # After the change, only the figure next to it can be last year's: 增长28%（上年50件）
    after = [f for f in here if f.start > amount.end][:1]
    for figure in here:
        words = lead(text, figure, floor)
        floor = figure.end
        if figure not in usable or (figure.start > word_start and figure not in after):
            continue
        if _LAST_YEAR.search(words):
            bases.append(figure)
        elif figure.end <= word_start:
            currents.append(figure)
    for base in bases:
        same = [f for f in currents if f.unit == base.unit]
        if same:
            return same, base
    return None


class _Counted(NamedTuple):
    """What a figure counts: the verbs of its clause (受理, 办结) and its noun (信访事项)."""

    verbs: frozenset[str]
    noun: str


def _counted(text: str, figure: Figure, floor: int, before: _Counted | None) -> _Counted:
    """What `figure` counts, from its clause's words (受理 and 信访事项 of 上年受理信访事项
    40件); what the clause leaves out (办结38件, 其中婚姻纠纷30件) is what `before`, the
    figure before it in its sentence, counts."""
    words = _BASE_LEAD.sub("", _LINK_WORDS.sub("", lead(text, figure, floor)))
    noun = label(words) or noun_after(text, figure.end)
    verbs = events_of(text, figure, words)
    if before is not None:
        return _Counted(verbs or before.verbs, noun or before.noun)
    return _Counted(verbs, noun)


def _last_years(text: str, found: Sequence[Figure], begin: int) -> list[tuple[Figure, _Counted]]:
    """The figures of the sentence from `begin` that are last year's (the last word of a
    year before each says so: 上年受理…40件，办结38件), each with what it counts."""
    result = []
    floor, before = begin, None
    for figure in found:
        counted = _counted(text, figure, floor, before)
        floor, before = figure.end, counted
        years = list(_YEAR_WORD.finditer(text, begin, figure.start))
        if years and years[-1].group("last"):
            result.append((figure, counted))
    return result


def _with_last_year(
    text: str, found: Sequence[Figure], spans: Sequence[tuple[int, int]], at: int
) -> tuple[int, list[Figure]] | None:
    """The sentence `at` with last year's figure from the sentence before it: the one that
    counts, by the same verb, the noun this sentence's first figure counts (上年受理信访事项
    40件，办结38件。今年办结信访事项34件，同比下降10.5%: 38件); None when not one does."""
    if at == 0:
        return None
    (begin, end), (previous, _) = spans[at], spans[at - 1]
    here, before = in_span(found, begin, end), in_span(found, previous, begin)
    if len(here) != 2:
        return None
    now = _counted(text, here[0], begin, None)
    if not now.noun:
        return None
    bases = [
        figure
        for figure, counted in _last_years(text, before, previous)
        if figure.unit == here[0].unit and counted == now
    ]
    return (previous, [bases[0], *here]) if len(bases) == 1 else None


def _compared_apart(
    text: str, joined: Sequence[Figure], word_start: int, amount: Figure
) -> tuple[list[Figure], Figure] | None:
    """This year's figure and last year's for the change word at `word_start`, when
    `joined` is last year's figure from the sentence before, this year's and the change
    (…办结38件。今年办结信访事项34件，同比下降10.5%)."""
    base, current, stated = joined
    if amount is not stated or not _COMPARED.search(text, current.end, word_start):
        return None
    if amount.unit == "百分点":
        usable = current.percent
    else:
        usable = not current.percent if amount.percent else current.unit == amount.unit
    return ([current], base) if usable else None


def contradicted_changes(text: str, found: Sequence[Figure]) -> list[Change]:
    """Every change from last year in `text` that its two figures contradict; last year's
    figure may stand in the sentence before, then the finding is probable."""
    result: list[Change] = []
    if len(found) < 3:
        return result
    spans = sentences(text)
    for at, (begin, end) in enumerate(spans):
        here = in_span(found, begin, end)
        apart = False
        if len(here) < 3:
            joined = _with_last_year(text, found, spans, at)
            if joined is None:
                continue
            (begin, here), apart = joined, True
        for word in _DIRECTION.finditer(text, begin, end):
            amount = next((f for f in here if f.start in (word.end(), word.end() + 1)), None)
            if amount is None or (amount.start > word.end() and text[word.end()] != "了"):
                continue
            if apart:
                compared = _compared_apart(text, here, word.start(), amount)
            else:
                compared = _figures_compared(text, here, begin, word.start(), amount)
            if compared is None:
                continue
            currents, base = compared
            rising = word.group("rise") is not None
            readings = [(c, _signed(c, base, amount, rising)) for c in currents]
            if any(given is None or agrees(amount, *given) for _, given in readings):
                continue
            current = currents[-1]
            low, high = _given(current, base, amount) or (Fraction(0), None)
            exact = amount.exact and current.exact and base.exact and len(currents) == 1
            exact = exact and not apart
            result.append(Change(amount, current, base, rising, low, high, exact, apart))
    return result
