"""What T010 reads 的, 地 and 得 by: the word lists of wordlists.toml's [particles], a
particle found misused, with what it should be, and the small readings of the words
around a particle (a verb's object, a verb governing the phrase, a noun, an adjective)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..lexicon.segment import Segmenter, Token
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
    adverbs: frozenset[str]


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


def verb_object(rest: str, segmenter: Segmenter) -> bool:
    """`rest`, after a verb at the head of one word of the lexicon, is a word: the verb's
    object (化解矛盾: 矛盾), not a suffix of a noun (规范性文件: 性文件, 规范化: 化)."""
    return len(rest) >= 2 and bool(
        segmenter.lexicon.freq(rest) or rest in segmenter.vocabulary.words
    )


# Verbs of will and duty that take a verb phrase, never a noun phrase, after them.
_MODALS = frozenset(("应当", "应该", "需要", "能够", "可以", "必须", "务必", "一定", "要求"))


def governing(token: Token, word: str, words: ParticleWords) -> bool:
    """A verb of two or more characters before the manner word: the 的-phrase may be its
    object (清理现行有效的…, 提供及时的办理结果), so 的 is not certainly wrong. One-character
    verbs (要, 能, 会) and modals lead a verb phrase; the phrase-making verbs are
    nominal_before's."""
    verb = (token.tag or "x").startswith("v") or word in words.verbs
    return verb and len(word) >= 2 and word not in _MODALS


def adjective(token: Token) -> bool:
    return token.tag in ("a", "ad", "an") and token.end - token.start >= 2


def noun(token: Token, word: str, words: ParticleWords) -> bool:
    """A noun of two or more characters: tagged so, or one of the nouns that follow verbs
    (成效, which jieba tags an adjective), not a verb's noun use (工作, 活动)."""
    if token.end - token.start < 2:
        return False
    return token.tag == "n" or (
        word in words.compound_heads and not (token.tag or "v").startswith("v")
    )


def verb_follows(
    said: list[str], tokens: list[Token], at: int, words: ParticleWords, segmenter: Segmenter
) -> bool:
    """A verb follows the preposition's object, with no 的 first (科学的与民主的决策 is two
    adjectives, not a manner): tagged so, one of the verbs (办理, which jieba tags a noun),
    or a phrase of four that begins with one (落到实处, 沟通交流)."""
    for word, token in zip(said[at:], tokens[at:], strict=True):
        if word in ("的", "地", "得"):
            return False
        if (token.tag or "x").startswith("v") or word in words.verbs:
            return True
        if len(word) >= 4 and (segmenter.lexicon.tag(word[:2]) or "x").startswith("v"):
            return True
    return False
