"""What T010 reads 的, 地 and 得 by: the word lists of wordlists.toml's [particles], and a
particle found misused, with what it should be."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .wordlists import wordlists


@dataclass(frozen=True)
class ParticleWords:
    manner: frozenset[str]
    verbs: frozenset[str]
    nominal_before: frozenset[str]
    compound_heads: frozenset[str]
    degree: frozenset[str]
    complements: frozenset[str]
    assessments: frozenset[str]
    negated: frozenset[str]
    relative: frozenset[str]
    nominal_context: frozenset[str]
    prepositions: frozenset[str]


@cache
def particle_words() -> ParticleWords:
    table = wordlists()["particles"]
    return ParticleWords(*(frozenset(table[name]) for name in ParticleWords.__dataclass_fields__))


@dataclass(frozen=True)
class Misused:
    at: int  # the particle's place in the text
    right: str  # what it should be; "" to drop it
    why: str
    certain: bool = True  # False: which of two corrections is meant is not clear, no fix
