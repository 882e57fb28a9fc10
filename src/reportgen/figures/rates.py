"""A rate or a share against the two figures it is computed from.

A rate names what it counts: 调解成功率 is the cases 成功调解 over the cases received, so
its numerator is a figure whose words (before or after it) hold 调解 and 成功 (in either
order, or in the other words of ratewords.py: 审结 for 结案率), and its denominator a
figure of the same unit before it. A share (占比, 占…的) is the figure just
before it over the total it is a part of (其中), or over a larger figure before it.

A rate is certainly wrong only when the text states both figures it is computed from, the
denominator as the base the rate's name calls for: a rate of one word (办结率, 化解率) is
over the cases received or handled (受理, 办理, 调处 …) or over what should have been
done (应参检214家; a sentence back too, when it is of the same people); a rate of two (调解成功率,
按期办结率) over the cases of its stage (调解, 办结), which 受理 is not: a mediation success
rate is often taken over the cases mediated or closed, a figure the text may not give. A
numerator qualified beyond the rate's name (按期办结 for 办结率) leaves the base open too.

A rate whose figures are not in the text (满意率96%, 同比增长12% with no base) is not
checked. Where several figures could be the numerator or the denominator, the rate
contradicts the text only if it agrees with none of them; it is certain only when the
text leaves one reading, with exact figures in the rate's own sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import NamedTuple

from ..lazyregex import lazy_compile
from .quantities import PERSON_UNITS, Figure
from .ratewords import counts, named_base, said_all_done, same_people, should_be_done, tail
from .ratewords import stems as name_stems
from .rounding import HUNDRED, agrees, ratio
from .spans import NAME_MARKS, WORD, in_span, lead, sentences
from .totals import breakdowns

_LINK = r"(?:均|分别)?(?:达到了?|达|为|是|提高到|提高至|提升到|提升至|上升到|上升至|保持在|保持|稳定在|在)?"
_RATE = lazy_compile(rf"((?:{WORD}|、)*率){_LINK}\s*$")
_SHARE = lazy_compile(rf"(?:所)?占(?:{WORD}{{0,12}}?的)?(?:比例|比重|比)?{_LINK}\s*$")
_JOIN = lazy_compile(r"[，,、\s]*")
# The part's own clause, then its share: 其中9家存在问题，占比23.7%.
_PART_SAID = lazy_compile(rf"{WORD}{{1,10}}[，,]\s*")
# Words that make a figure the count a rate is taken of: 受理97件, 应参考120人, 共有8人.
_BASE = lazy_compile(
    r"受理|接收|收到|接到|排查|摸排|调处|办理|审查|审结|应参|共有|现有|总数|共计|合计|交办|转办|收集"
)
# Words that qualify a stage (按期办结, 调解成功) rather than name one: not a rate's base.
_QUALIFIERS = ("按期", "按时", "及时", "限时", "如期", "当场", "当日", "成功", "有效", "满意")
_QUALIFIED = lazy_compile("|".join(_QUALIFIERS[:7]))
# An outcome's rate (调解率, 纠错率, 维持率) is often taken over the cases decided or closed,
# not those received: certain only over a base the text says was closed.
_OUTCOMES = ("调解", "和解", "纠错", "维持", "撤销", "胜诉", "败诉", "驳回")
_CLOSED = lazy_compile(r"审结|办结|结案|决定|作出")


class Ratio(NamedTuple):
    """A stated percentage that its own figures contradict."""

    stated: Figure
    name: str  # 调解成功率, 占比
    numerator: Figure
    denominator: Figure
    low: Fraction  # what the figures give, as a range
    high: Fraction | None
    certain: bool

    @property
    def start(self) -> int:
        return min(self.denominator.start, self.numerator.start)


def _readings(
    pairs: Sequence[tuple[Figure, Figure]],
) -> list[tuple[Figure, Figure, tuple[Fraction, Fraction | None]]]:
    found = []
    for numerator, denominator in pairs:
        given = ratio(numerator, denominator)
        if given is not None:
            found.append((numerator, denominator, given))
    return found


def _judge(
    stated: Figure, name: str, pairs: Sequence[tuple[Figure, Figure]], certain: bool
) -> Ratio | None:
    """A Ratio when the stated figure agrees with none of the readings; None if it does."""
    readings = _readings(pairs)
    if not readings:
        return None
    if any(agrees(stated, low, high) for _, _, (low, high) in readings):
        # 100 % says all of them: a ratio that only rounds to it (249 of 250) says less.
        says_all = stated.exact and stated.value == HUNDRED
        if not says_all or not all(
            n.exact and d.exact and n.value < d.value for n, d, _ in readings
        ):
            return None
        certain = False
    numerator, denominator, (low, high) = readings[-1]
    exact = stated.exact and numerator.exact and denominator.exact
    return Ratio(stated, name, numerator, denominator, low, high, certain and exact)


def _name(piece: str) -> str:
    """The rate's name as the message quotes it: 调解成功率 of 全年矛盾纠纷调解成功率."""
    return piece if len(piece) <= 7 else piece[-7:]


def _same_unit(base: Figure, count: Figure) -> bool:
    """Counts of one thing: 126名干部 and 120人 are both people."""
    return base.unit == count.unit or {base.unit, count.unit} <= PERSON_UNITS


def _rate_pairs(
    text: str, before: Sequence[Figure], stems: list[str]
) -> list[tuple[Figure, Figure]]:
    pairs = []
    floor = 0
    for index, figure in enumerate(before):
        ceiling = before[index + 1].start if index + 1 < len(before) else len(text)
        words = lead(text, figure, floor)
        floor = figure.end
        if figure.percent or should_be_done(words, stems):
            continue  # 应参检214家: the base, not the count
        words += tail(text, figure, ceiling)  # 142个达到规范化建设标准
        if not all(counts(words, stem) for stem in stems):
            continue
        pairs += [
            (figure, base)
            for base in before[:index]
            if _same_unit(base, figure)
            and (base.high is None or base.high >= figure.low)
            and not base.percent
        ]
    return pairs


def _share_pairs(
    text: str, before: Sequence[Figure], parts_of: dict[int, Figure], name_start: int
) -> tuple[list[tuple[Figure, Figure]], bool]:
    """The share's readings, and whether the text leaves only one (a part of a 其中 total,
    or of the whole just before it)."""
    numerators = [f for f in before if not f.percent]
    if not numerators or not (
        _JOIN.fullmatch(text, numerators[-1].end, name_start)
        or _PART_SAID.fullmatch(text, numerators[-1].end, name_start)
    ):
        return [], False
    part = numerators[-1]
    if part.start in parts_of:
        return [(part, parts_of[part.start])], True
    shared = {f.start for f in numerators if _followed_by_share(text, f)}
    bases = [
        f
        for f in numerators[:-1]
        if f.unit == part.unit
        and (f.high is None or f.high >= part.low)
        and f.start not in shared  # 婚姻纠纷45件，占比28.8%；邻里纠纷38件: a sibling part
    ]
    # 检查企业38家，发现问题的9家: a part named by what sets it apart in the whole just
    # before it, no noun of its own, is of that whole
    headless = (
        len(bases) == 1
        and bases[0] is numerators[-2]
        and _HEADLESS_PART.fullmatch(text, bases[0].end, part.start) is not None
    )
    return [(part, base) for base in bases], headless


_HEADLESS_PART = lazy_compile(rf"[，,]\s*{WORD}{{1,12}}的")
_SHARE_AFTER = lazy_compile(r"[，,、\s]*(?:所)?占")


def _followed_by_share(text: str, figure: Figure) -> bool:
    return _SHARE_AFTER.match(text, figure.end) is not None


def contradicted_ratios(text: str, found: Sequence[Figure]) -> list[Ratio]:
    """Every rate and share of `text` that the figures it is computed from contradict."""
    if not any(f.percent for f in found):
        return []
    parts_of = {p.start: b.total for b in breakdowns(text, found) for p in b.parts}
    result: list[Ratio] = []
    spans = sentences(text)
    for number, (begin, end) in enumerate(spans):
        here = in_span(found, begin, end)
        for stated in here:
            if not stated.percent:
                continue
            words = lead(text, stated, begin, NAME_MARKS)
            before = [f for f in here if f.end <= stated.start]
            share = _SHARE.search(words)
            if share:
                name_start = stated.start - len(words) + share.start()
                pairs, certain = _share_pairs(text, before, parts_of, name_start)
                judged = _judge(stated, "占比", pairs, certain)
            elif rate := _RATE.search(words):
                judged = _rate(text, found, spans, number, stated, before, rate.group(1))
            else:
                continue
            if judged is not None:
                result.append(judged)
    return result


def _rate(
    text: str,
    found: Sequence[Figure],
    spans: Sequence[tuple[int, int]],
    number: int,
    stated: Figure,
    before: Sequence[Figure],
    name: str,
) -> Ratio | None:
    for piece, stems in name_stems(name):
        pairs = _rate_pairs(text, before, stems)
        # 共有干部130名，应参训120名，实际参训110名: the base its words name is the one
        # to be certain over, if the rate agrees with no other reading either
        named = [p for p in pairs if named_base(text, p[1], stems)]
        if named and _judge(stated, piece, pairs, False) is not None:
            pairs = named
        certain = _one_reading(pairs) and any(
            _base_stated(text, n, d, stems, piece) for n, d in pairs
        )
        if not pairs and number > 0:
            # 全年受理97件，成功调解94件。调解成功率96.9%。: the figures a sentence back,
            # certain only over a base its own words name (应训356名。…培训覆盖率)
            earlier = in_span(found, spans[number - 1][0], spans[number][0])
            pairs = _rate_pairs(text, [*earlier, *before], stems)
            certain = _one_reading(pairs) and all(
                _base_stated(text, n, d, stems, piece) and same_people(text, n, d, stems)
                for n, d in pairs
            )
        judged = _judge(stated, _name(piece), pairs, certain)
        if judged is not None:
            return judged
    return None


def _one_reading(pairs: Sequence[tuple[Figure, Figure]]) -> bool:
    """The pairs give one ratio: one count over bases of one value (受理58件，办结58件)."""
    return len({(n.start, d.low, d.high) for n, d in pairs}) == 1


def _base_stated(
    text: str,
    numerator: Figure,
    denominator: Figure,
    stems: list[str],
    name: str,
) -> bool:
    """The text names `denominator` as the base `name` is computed over (see the module's
    docstring), and `numerator` as what it counts, no more qualified than the name."""
    qualified = _QUALIFIED.search(lead(text, numerator))
    if qualified and qualified.group() not in name:
        return False  # 按期办结52件 for 办结率: maybe over the cases closed
    if named_base(text, denominator, stems):
        return True
    if said_all_done(text[denominator.end : numerator.start], stems, _QUALIFIERS):
        return True  # 受理58件，全部办结，其中按期办结55件: 58 closed
    words = lead(text, denominator)
    if len(stems) == 1 and stems[0] in _OUTCOMES:
        return bool(_CLOSED.search(words))  # 调解率 over cases closed, not those received
    if len(stems) == 1:
        return bool(_BASE.search(words))
    return any(stem in words for stem in stems if stem not in _QUALIFIERS) and not all(
        stem in words for stem in stems
    )


class AllDone(NamedTuple):
    """A rate below 100 % of what the text says was all done (已全部办结，办结率93.3%)."""

    stated: Figure
    name: str  # 办结率
    said: str  # 全部办结
    start: int  # where `said` is


# 已全部办结, 均已办结, not the 均 of 平均 or 人均.
_ALL = lazy_compile(r"(?:已?全部|(?<![平人])均已?|全都|悉数)[^，,。；;：:！？、]{0,6}")


def rates_below_all(text: str, found: Sequence[Figure]) -> list[AllDone]:
    """Every rate under 100 % whose own words the text says were all done."""
    result: list[AllDone] = []
    if not any(f.percent for f in found):
        return result
    for begin, end in sentences(text):
        for stated in in_span(found, begin, end):
            if not stated.percent or stated.high is None or stated.high >= HUNDRED:
                continue
            rate = _RATE.search(lead(text, stated, begin, NAME_MARKS))
            if rate is None:
                continue
            # 信访事项全部办结；建议8件，办结7件，办结率87.5%: only the rate's own clauses
            clauses = max(begin, text.rfind("；", begin, stated.start) + 1)
            for piece, stems in name_stems(rate.group(1)):
                said = next(
                    (
                        m
                        for m in _ALL.finditer(text, clauses, stated.start)
                        if all(word in m.group() for word in stems)
                    ),
                    None,
                )
                if said is not None:
                    result.append(AllDone(stated, _name(piece), said.group(), said.start()))
                    break
    return result
