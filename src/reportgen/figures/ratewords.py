"""The words of a rate: what its name says it counts, and the words that name its base.

A rate's name is its stem and 率: 调解成功率 counts the cases 成功调解, 参检率 the firms
that 参检. A count is often written in other words than the name's: 142个达到规范化建设
标准 for 达标率, 审结44件 for 结案率, 实到176人 for 到位率. Some names end in a word that
names the rate, not what it counts: 培训覆盖率 counts the people trained (培训342名).

Two ways of writing a base leave no doubt which figure it is:
  应参检214家, 应训356名 — what should have been done (应 and the stem's verb), the
      base of the rate of what was done;
  156个村民小组中，142个… — the whole a part is counted in (…中).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lazyregex import lazy_compile
from ..regexcache import compiled
from .quantities import Figure
from .spans import CLAUSE_MARKS, WORD, lead

# Words that name a rate without being what it counts: 培训覆盖率 is those trained.
_NAMING_ONLY = ("覆盖",)
# Words a count may be written in instead of the stem of its rate's name.
_WRITTEN_AS = {
    "达标": lazy_compile(rf"达到{WORD}{{0,10}}标准|符合{WORD}{{0,10}}标准"),
    "结案": lazy_compile(r"审结|办结"),
    "办结": lazy_compile(r"结案|审结"),
    "到位": lazy_compile(r"实到|实际到"),
    "参训": lazy_compile(rf"参加{WORD}{{0,6}}培训|实训"),
    "参检": lazy_compile(rf"参加{WORD}{{0,4}}检"),
}


def stems(name: str) -> list[tuple[str, list[str]]]:
    """Each rate `name` holds and the words it counts: 调解成功率 → [调解, 成功];
    参考率、合格率 → 参考率 [参考] and 合格率 [合格]; 培训覆盖率 → [培训]."""
    result = []
    for piece in name.split("、"):
        stem = piece.removesuffix("率")
        if len(stem) >= 4 and stem[-2:] in _NAMING_ONLY:
            stem = stem[:-2]
        if len(stem) >= 4:
            result.append((piece, [stem[-4:-2], stem[-2:]]))
        elif len(stem) >= 2:
            result.append((piece, [stem[-2:]]))
    return result


def tail(text: str, figure: Figure, ceiling: int) -> str:
    """The words of the clause after `figure` (达到规范化建设标准 for 142个达到规范化建设
    标准), not reaching past `ceiling` (the start of the next figure)."""
    end = figure.end
    while end < ceiling and text[end] not in CLAUSE_MARKS:
        end += 1
    return text[figure.end : end]


def counts(words: str, stem: str) -> bool:
    """`words` say the figure is a count of `stem`: 成功调解 of 调解, 审结 of 结案."""
    written = _WRITTEN_AS.get(stem)
    return stem in words or (written is not None and written.search(words) is not None)


def _should(stems: list[str]) -> re.Pattern[str]:
    """应参检, 应训, 应到: 应 and the verb of a stem, perhaps after 参/参加; not the 应 of
    响应, 相应, 适应, nor a slogan (应调尽调, 应检尽检) before a count."""
    return _should_of("".join(sorted({c for stem in stems for c in stem})))


@lru_cache(maxsize=64)
def _should_of(verbs: str) -> re.Pattern[str]:
    return compiled(rf"(?<![响答反供相适回对理顺])应(?:参加?)?[{verbs}](?!{WORD}{{0,2}}尽)")


@lru_cache(maxsize=64)
def _all_done(stage: str) -> re.Pattern[str]:
    """已全部办结, 均已办结: every case reached `stage`; not the 均 of 平均 or 人均."""
    return compiled(rf"(?:已?全部|(?<![平人])均已?|全都)[^，,。；;：:]{{0,4}}{stage}")


def should_be_done(words: str, stems: list[str]) -> bool:
    """`words` name what should have been done (应参检, 应训): a base, never a count —
    unless 应 is the rate's own verb (出庭应诉率 counts 出庭应诉)."""
    if any("应" in stem for stem in stems):
        return False
    return _should(stems).search(words) is not None


def same_people(text: str, numerator: Figure, denominator: Figure, stems: list[str]) -> bool:
    """The base's 应X is of what the count counts: 应训网格员356名 for 培训网格员342名,
    not 应训干部400名 (a sentence back, another group may be meant)."""
    words = lead(text, denominator)
    should = _should(stems).search(words)
    if should is None or not should_be_done(words, stems):
        return False
    who = words[should.end() :] or words[: should.start()]
    return len(who) >= 2 and who[-2:] in lead(text, numerator)


_WHOLE = lazy_compile(rf"^{WORD}{{0,12}}中$")


def named_base(text: str, denominator: Figure, stems: list[str]) -> bool:
    """The words of `denominator` leave no doubt it is the base: 应参检214家, or 156个村民
    小组中 with the part counted after it."""
    if should_be_done(lead(text, denominator), stems):
        return True
    return _WHOLE.search(tail(text, denominator, len(text))) is not None


def said_all_done(between: str, stems: list[str], qualifiers: tuple[str, ...]) -> bool:
    """`between` (the words from the base to the count) says every case reached the stage
    the name's base is of: 受理58件，全部办结，其中按期办结55件 — 58 were closed."""
    stages = [s for s in stems if s not in qualifiers]
    if len(stages) == len(stems):
        return False
    for stage in stages:
        found = _all_done(stage).search(between)
        if found and not any(q in found.group() for q in stems if q not in stages):
            return True
    return False
