"""The occasion a figure's sentence names before it: a meeting, a training, an activity,
an appraisal (召开述法会议，4个单位主要负责人述法; 专题会议上，5个单位主要负责人述法).

One noun counted at two occasions is two quantities: four heads reported at one meeting
and five spoke at another. Two figures named at occasions of different names are kept
apart; the same occasion named twice (召开述法会议 … 召开述法会议) is one, and a figure
whose sentence names none is still compared.
"""

from __future__ import annotations

from .spans import lazy

# A clause that names an occasion: words, then what was held, then where in it (上, 中).
_OCCASION = lazy(
    r"(?:召开|举办|举行|组织|开展|参加|出席|在)?(?P<name>.{0,16}?"
    r"(?:会议|大会|例会|座谈会|推进会|部署会|述法会|评议会|听证会|培训班|培训会|培训|活动"
    r"|评议|述法|述职|讲座|论坛|竞赛|比赛|比武|考试|集中学习|学习会))"
    r"(?:上|中|期间|时|后|现场)?"
)
_CLAUSES = lazy(r"[^，,；;：:]+")
_LONGEST = 20  # a clause longer than this says more than where it was


def occasion(text: str, sentence: int, start: int) -> str:
    """The name of the occasion a clause before `start`, in the sentence from `sentence`,
    names (述法会议, 专题会议); "" when none does."""
    sentence = max(sentence, text.rfind("；", 0, start) + 1)  # ；starts another matter
    for clause in _CLAUSES().finditer(text, sentence, start):
        written = clause.group().strip()
        if len(written) > _LONGEST:
            continue
        found = _OCCASION().fullmatch(written)
        if found:
            return found.group("name")
    return ""
