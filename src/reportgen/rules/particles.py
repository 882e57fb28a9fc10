"""T010: 的, 地 and 得 where the grammar is clear, read from the words the lexicon finds.

- 地 between a word of manner and a verb with its object: 认真的开展普法 → 认真地开展普法.
  Not when the verb and the noun after it make one noun (积极的推动作用, 认真的学习态度)
  or a light verb makes the phrase a noun (进行认真的学习, 得到全面的落实).
- 得 between a verb and a degree complement that ends the clause: 落实的很好。→ 落实得很好。
- 的 between an adjective and a noun: 良好地氛围 → 良好的氛围, 良好得效果 → 良好的效果.

The word lists are wordlists.toml's [particles]; the segmenter is the genre's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from ..lexicon.segment import Segmenter, Token
from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .matching import excerpt
from .vocabulary import report_segmenter
from .wordlists import wordlists

_CLAUSE = re.compile(r"[^，。；：！？、,.;:!?（）()“”‘’《》\s]+")
_PARTICLES = re.compile("[的地得]")


@dataclass(frozen=True)
class ParticleWords:
    manner: frozenset[str]
    verbs: frozenset[str]
    nominal_before: frozenset[str]
    compound_heads: frozenset[str]
    degree: frozenset[str]
    complements: frozenset[str]


@cache
def particle_words() -> ParticleWords:
    table = wordlists()["particles"]
    return ParticleWords(*(frozenset(table[name]) for name in ParticleWords.__dataclass_fields__))


@dataclass(frozen=True)
class Misused:
    at: int  # the particle's place in the text
    right: str
    why: str


def _words(clause: str, tokens: list[Token]) -> list[str]:
    return [clause[t.start : t.end] for t in tokens]


def _misused(clause: str, tokens: list[Token], words: ParticleWords) -> Iterator[Misused]:
    said = _words(clause, tokens)
    for i, token in enumerate(tokens):
        particle = said[i]
        if particle not in ("的", "地", "得") or i == 0 or i + 1 >= len(tokens):
            continue
        before, after = said[i - 1], said[i + 1]
        following = said[i + 2] if i + 2 < len(said) else ""
        if after not in words.verbs and after[:2] in words.verbs and len(after) > 2:
            after, following = after[:2], after[2:]  # 化解矛盾 is one word of the lexicon
        degree = i + 1 + (after in ("还", "都", "也") and following in words.degree)
        if particle == "的" and before in words.manner and after in words.verbs:
            if (
                following
                and following not in words.compound_heads
                and (i < 2 or said[i - 2] not in words.nominal_before)
            ):
                yield Misused(token.start, "地", f"“{before}”修饰动词“{after}”，中间用“地”")
        elif said[degree] in words.degree and _complement_ends(said, degree + 1, words):
            if particle == "的" and (tokens[i - 1].tag or "x")[0] in "va":
                yield Misused(token.start, "得", f"“{after}…”补充说明“{before}”的程度，中间用“得”")
        elif (
            particle in ("地", "得")
            and _adjective(tokens[i - 1])
            and _noun(tokens[i + 1])
            and after not in words.verbs
        ):
            yield Misused(token.start, "的", f"“{before}”修饰名词“{after}”，中间用“的”")


def _complement_ends(said: list[str], at: int, words: ParticleWords) -> bool:
    """said[at] is an adjective of the list and the clause ends after it."""
    return at == len(said) - 1 and said[at] in words.complements


def _adjective(token: Token) -> bool:
    return token.tag in ("a", "ad", "an") and token.end - token.start >= 2


def _noun(token: Token) -> bool:
    return token.tag == "n" and token.end - token.start >= 2


def misused_particles(text: str, segmenter: Segmenter) -> Iterator[Misused]:
    words = particle_words()
    for clause in _CLAUSE.finditer(text):
        if not _PARTICLES.search(clause.group()):
            continue
        tokens = segmenter.route(clause.group())
        for found in _misused(clause.group(), tokens, words):
            yield Misused(clause.start() + found.at, found.right, found.why)


class Particles(Rule):
    code = "T010"
    severity = Severity.WARNING
    summary = "“的、地、得”按语法用对：认真地开展、落实得很好、良好的氛围"
    fixable = True

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        segmenter: Segmenter | None = None
        for field in texts:
            if not _PARTICLES.search(field.text):
                continue
            segmenter = segmenter or report_segmenter(report)
            for found in misused_particles(field.text, segmenter):
                wrong = field.text[found.at]
                yield self.finding(
                    field.path,
                    excerpt(field.text, found.at, found.at + 1, context=6),
                    f"“{wrong}”应为“{found.right}”：{found.why}。",
                    f"把“{wrong}”改为“{found.right}”。",
                    Fix(field.path, found.at, found.at + 1, found.right),
                )
