"""The reading behind T010: 的, 地 and 得 where the grammar is clear, read from the words
the lexicon finds.

- 地 between a word of manner and a verb with its object: 认真的开展普法 → 认真地开展普法.
  Not when the verb and the noun after it make one noun (积极的推动作用, 认真的学习态度)
  or a light verb makes the phrase a noun (进行认真的学习, 得到全面的落实), or any verb
  before the manner may take the phrase as its object (建立有效的化解矛盾纠纷机制); a
  noun is not split into a verb and a suffix (规范性文件 is no 规范 + 性文件). A verb that
  ends the clause takes 地 only after its subject (各项工作有序的开展。), not after a
  verb (加强有效的监督 is a noun phrase).
- 得 between a verb and a degree complement that ends the clause: 落实的很好。→ 落实得很好;
  or a four-character assessment with no degree word (开展的扎实有效。, 开展的有声有色。).
- 的 between an adjective and a noun: 良好地氛围 → 良好的氛围, 良好得效果 → 良好的效果.

The word lists are wordlists.toml's [particles]; the segmenter is the genre's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ..lazyregex import lazy_compile
from ..lexicon.segment import Segmenter, Token
from .adverbdi import DEGREE_LEADS, di_before_acting_verb, governed
from .particlewords import (
    Misused,
    ParticleWords,
    adjective,
    noun,
    particle_words,
    verb_follows,
    verb_object,
)
from .verbparticle import di_after_verb, split_verb_di

# Runs of ideographs, as T009 reads them: the segmenter remembers each one.
_CLAUSE = lazy_compile(r"[\u3400-\u9fff]{2,}")
_PARTICLES = lazy_compile("[的地得]")
_CLAUSE_ENDS = "，。；：！？,;:!?"


def _words(clause: str, tokens: list[Token]) -> list[str]:
    return [clause[t.start : t.end] for t in tokens]


def _misused(
    clause: str, tokens: list[Token], words: ParticleWords, segmenter: Segmenter, ends: bool
) -> Iterator[Misused]:
    """`ends`: the clause ends with the run of characters (a comma or stop follows)."""
    said = _words(clause, tokens)
    for i, token in enumerate(tokens):
        particle = said[i]
        if (found := di_after_verb(said, tokens, i, words, ends)) is not None or (
            found := di_before_acting_verb(said, tokens, i, words)
        ) is not None:
            yield found
            continue
        if particle not in ("的", "地", "得") or i == 0 or i + 1 >= len(tokens):
            continue
        before, after = said[i - 1], said[i + 1]
        following = said[i + 2] if i + 2 < len(said) else ""
        if (
            after not in words.verbs
            and after[:2] in words.verbs
            and verb_object(after[2:], segmenter)
        ):
            after, following = after[:2], after[2:]  # 化解矛盾 is one word of the lexicon
        nominal = i >= 2 and said[i - 2] in words.nominal_before
        if particle == "的" and before in words.manner and after in words.verbs:
            first = i - 1  # the manner may be read as two words (扎实 + 有效)
            while first > 0 and said[first - 1] in words.manner:
                first -= 1
            # After a verb (建立有效的化解矛盾纠纷机制, 提出更加严格的整改要求) the phrase
            # may be its object, a noun.
            with_object = (
                following and following not in words.compound_heads and not nominal
            ) and not governed(said, tokens, first, words)
            # A verb that ends the clause, after its subject: 各项工作有序的开展。
            alone = not following and ends and i + 2 == len(said)
            if with_object or (alone and _subject(tokens, said, first - 1, words, segmenter)):
                yield Misused(token.start, "地", f"“{before}”修饰动词“{after}”，中间用“地”")
        elif particle == "的" and before in words.manner and after in words.prepositions:
            if not nominal and verb_follows(said, tokens, i + 2, words, segmenter):
                why = f"“{before}”修饰“{after}……”引出的动作，中间用“地”"
                yield Misused(token.start, "地", why)
        elif particle == "的" and _complement(said, tokens, i + 1, words, ends):
            # An assessment after a noun's 的 is a noun (工作的扎实有效): a verb's only.
            assessed = "".join(said[i + 1 :]) in words.assessments
            acting = before in words.verbs or (
                tokens[i - 1].tag == "v" and before not in words.nominal_before
            )  # 开展 acts; 取得 has what it got
            if assessed and not acting:
                continue
            # The list's verbs act whatever the lexicon tags them (办理 is tagged a noun).
            verbal = before in words.verbs or _verbal(tokens[i - 1], before, segmenter)
            if verbal and not _relative(said, i, words):
                why = f"“{''.join(said[i + 1 :])}”补充说明“{before}”的程度，中间用“得”"
                yield Misused(token.start, "得", why)
        elif (
            particle in ("地", "得")
            and adjective(tokens[i - 1])
            and noun(tokens[i + 1], after, words)
            and after not in words.verbs
        ):
            yield Misused(token.start, "的", f"“{before}”修饰名词“{after}”，中间用“的”")


# Adverbs that may stand between 的 and a degree complement: 开展的还不够深入.
_ADVERBS = ("还", "仍", "仍然", "都", "也", "依然", "尚")


def _complement(
    said: list[str], tokens: list[Token], at: int, words: ParticleWords, ends: bool = True
) -> bool:
    """From said[at] the clause is a degree complement and ends: 很好, 还不够深入, 不够,
    不到位, 比较缓慢, 还不够平衡 (a degree word, then an adjective of the list or tagged so),
    很快 (read as one word), or an assessment of four characters (扎实有效, 有声有色)."""
    start = at  # said[at - 1] is the 的, said[at - 2] the verb
    if at < len(said) and said[at] in _ADVERBS:
        at += 1
    rest = said[at:]
    if "".join(rest) in words.negated:  # 不够, 不 + 到位
        return True
    if ends and "".join(rest) in words.assessments:
        return True
    if ends and len(rest) == 1 and len(rest[0]) >= 2 and rest[0] in words.complements:
        # 措施落实的到位: a verb that acts, after its subject (宣传的广泛，… is a noun)
        return start >= 3 and said[start - 2] in words.verbs
    if len(rest) == 1 and rest[0][:1] in "很较更" and rest[0][1:] in words.complements:
        return rest[0][1:] not in "多少"  # 很快, one word; 参加的很多: those who came
    for size in (3, 2, 1):  # a degree word, perhaps read as several (不 + 太)
        degree = "".join(rest[:size])
        if len(rest) == size + 1 and degree in words.degree:
            last = rest[-1]
            if "不" in degree and len(last) < 2:
                return False  # 参加的不多: those who came are few, a noun
            return last in words.complements or (
                len(last) >= 2 and tokens[-1].tag in ("a", "ad", "an")
            )
    return False


def _verbal(token: Token, word: str, segmenter: Segmenter) -> bool:
    """A verb or adjective; a word of the genre by its last two characters (信息公开)."""
    tag = token.tag or (segmenter.lexicon.tag(word[-2:]) if len(word) > 2 else None)
    return (tag or "x")[0] in "va"


def _subject(
    tokens: list[Token], said: list[str], at: int, words: ParticleWords, segmenter: Segmenter
) -> bool:
    """said[at] is a noun that can be the clause's subject (工作, 法治宣传), not a verb
    whose object the phrase after it is (加强有效的监督) nor a word that makes it a noun."""
    if at < 0 or said[at] in words.nominal_before or said[at] in words.verbs:
        return False
    word = said[at]
    tag = tokens[at].tag or (segmenter.lexicon.tag(word[-2:]) if len(word) > 2 else None)
    return len(word) >= 2 and (tag or "x") in ("n", "nz", "nt", "ns", "vn")


def _relative(said: list[str], at: int, words: ParticleWords) -> bool:
    """The 的 at said[at] makes a noun of what follows: 存在的不足, 由于宣传的不到位."""
    return said[at - 1] in words.relative or any(w in words.nominal_context for w in said[:at])


def _worth_reading(clause: str, segmenter: Segmenter, words: ParticleWords) -> bool:
    """A particle here could be wrong by the patterns above, as far as the characters
    alone tell: 的 after a word of manner or before a degree word, 地 or 得 on its own.
    Only such clauses are segmented."""
    for match in _PARTICLES.finditer(clause):
        at = match.start()
        if 0 < at < len(clause) - 1 and match.group() == "的":
            if any(clause[max(0, at - n) : at] in words.manner for n in (2, 3, 4, 5)):
                return True
            if any(lead in clause[max(0, at - 5) : at] for lead in DEGREE_LEADS):
                return True  # 更快的办结: a degree word makes the adjective a manner
            after = at + 1 + next((len(a) for a in _ADVERBS if clause.startswith(a, at + 1)), 0)
            if any(clause[after : after + n] in words.degree for n in (1, 2, 3)):
                return True
            if clause[after : after + 4] in words.assessments:
                return True
            if after + 2 == len(clause) and clause[after:] in words.complements:
                return True  # 落实的到位, ending the clause
        elif 1 < at < len(clause) - 2 and not (  # 地, 得 not in a word (当地, 取得)
            segmenter.pair(clause, at - 1) or segmenter.pair(clause, at)
        ):
            return True
        elif 1 < at < len(clause) - 1 and match.group() == "地":
            return True  # 落实地措施, 出台地政策: 实地, 地政 are words, not here; the route tells
    return False


def misused_particles(text: str, segmenter: Segmenter) -> Iterator[Misused]:
    words = particle_words()
    for clause in _CLAUSE.finditer(text):
        if not _worth_reading(clause.group(), segmenter, words):
            continue
        tokens = split_verb_di(clause.group(), segmenter.route(clause.group()), words)
        ends = clause.end() == len(text) or text[clause.end()] in _CLAUSE_ENDS
        for found in _misused(clause.group(), tokens, words, segmenter, ends):
            yield replace(found, at=clause.start() + found.at)
