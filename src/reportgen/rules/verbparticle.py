"""地 right after a verb (T010): 地 marks what comes before it as the manner of a verb that
follows (认真地开展). After a verb, before a noun, it is wrong: either the verb and the noun
are one noun phrase (落实地措施不够有力 → 落实的措施) or the noun is the verb's object
(认真落实地各项制度。 → 认真落实各项制度). An adverbial made with 有 (有组织地, 有计划地)
is right, and so are the words of manner that are verbs too (规范地开展)."""

from __future__ import annotations

from ..lexicon.segment import Token
from .particlewords import Misused, ParticleWords

# Tags of what may follow as a noun: nouns, pronouns (各项), words the lexicon lacks.
_NOUNISH = ("n", "nz", "nr", "ns", "nt", "r")
_ADVERBIAL_OPENERS = ("有", "无", "分", "逐", "一")
# What cannot begin a verb's object or a noun phrase: adverbs, prepositions, particles.
_NOT_NOUNS = ("d", "p", "c", "u", "uj", "ul", "uv", "ud", "ug", "uz", "y", "e", "o")


def _verb(word: str, token: Token, words: ParticleWords) -> str | None:
    """The verb `word` is or ends with (认真落实 ends with 落实), or None."""
    if word in words.manner or word.startswith(_ADVERBIAL_OPENERS):
        return None
    verbs = words.verbs | words.relative
    if word in verbs or (token.tag == "v" and len(word) >= 2):
        return word
    tail = word[-2:]
    return tail if len(word) > 2 and tail in verbs and tail not in words.manner else None


def di_after_verb(
    said: list[str], tokens: list[Token], i: int, words: ParticleWords, ends: bool
) -> Misused | None:
    """A finding for the 地 at said[i] when a verb is before it and a noun after it."""
    if said[i] != "地" or i == 0 or i + 1 >= len(said):
        return None
    before, after, token = said[i - 1], said[i + 1], tokens[i + 1]
    if len(before) == 1 and i >= 2 and said[i - 2] + before in words.verbs:
        before = said[i - 2] + before  # 落实好地, read as 落实 + 好
    verb = _verb(before, tokens[i - 1], words)
    if verb is None or (i >= 2 and said[i - 2] in _ADVERBIAL_OPENERS):
        return None
    if len(after) < 2 or (after in words.verbs and before not in words.verbs):
        return None  # 创造性地宣传: an adverbial; 开展地宣传教育: a verb's object
    heads = after in words.compound_heads  # 活动, 工作: a verb's noun use, a phrase's head
    if token.tag in _NOT_NOUNS:
        return None
    at = tokens[i].start
    # A manner before the verb (严格落实地…, 认真落实地…) makes it a verb with its object,
    # when nouns alone follow to the end of the clause (各项制度。).
    manner = verb != before or (i >= 2 and said[i - 2] in words.manner)
    rest = tokens[i + 1 :]
    nouns = len(rest) <= 3 and all(t.tag in (*_NOUNISH, None, "vn", "m") for t in rest)
    if manner and nouns and ends:
        object_ = "".join(said[i + 1 :])
        return Misused(at, "", f"“{verb}”是动词，“{object_}”是它的宾语，中间不用“地”")
    if i >= 2 and said[i - 2] == "所":
        return Misused(at, "的", f"“所{verb}”后面接名词，用“的”（所{verb}的{after}）")
    if heads and not manner and len(rest) > 1:
        why = f"“{verb}”修饰后面的名词“{after}……”（{verb}的{after}），用“的”"
        return Misused(at, "的", why)
    why = f"“{verb}”是动词，后面不用“地”（名词短语用“的”，动宾之间不加字）"
    return Misused(at, "的", why, certain=False)


def split_verb_di(clause: str, tokens: list[Token], words: ParticleWords) -> list[Token]:
    """The route with a verb and 地 the lexicon joins (履行地, 执行地: places in contract
    law) split again where a word of manner comes before (认真履行地第一责任人职责)."""
    split: list[Token] = []
    for i, token in enumerate(tokens):
        word = clause[token.start : token.end]
        before = clause[tokens[i - 1].start : tokens[i - 1].end] if i else ""
        if word[-1:] == "地" and word[:-1] in words.verbs and before in words.manner:
            split.append(Token(token.start, token.end - 1, token.freq, "v"))
            split.append(Token(token.end - 1, token.end, token.freq, "uv"))
        else:
            split.append(token)
    return split
