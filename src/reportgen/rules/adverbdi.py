"""地 after an adverb, before a verb the grammar marks as acting: T010's case where the
verb is not among its listed verbs or a listed noun follows it.

- An aspect marker after the verb (切实的减轻了企业负担, 认真的研究过): a verb with 了,
  着 or 过 acts, so the word before 的 says how; a noun phrase has none.
- A word that is only an adverb (不断, 逐步, 进一步) before 的 and a verb with its
  object (不断的完善制度): an adverb cannot modify a noun, so the phrase is no noun
  phrase even when the verb and the next word could read as one (完善制度).

- A degree word and an adjective (更快的办结群众诉求, 更加高效的处理来信, 十分耐心的
  解答群众咨询) before 的 and a verb (tagged a verb only, not also a noun) with its
  object: a degree word says the adjective is a manner here.

切实的措施, 扎实的作风, 主动的服务意识 are nouns after 的 (no verb acts): left alone, as is
得到不断的完善 (no object, T010's own reading), 更好的保障 with no object (a noun may
follow 的), 更好的发展机遇 (发展 is also a noun) and 更多的参与机会 (更多 counts things);
so are 提出进一步的改进措施 and 提供全力的保障措施, where a verb before may take the
phrase as its object, also before a degree word (具有非常重要的促进意义, 提出更加严格的
整改要求), and 更为深远的示范意义 (意义, 作用, 效应, 价值 make one noun with the verb).
"""

from __future__ import annotations

from ..lexicon.segment import Token
from .particlewords import Misused, ParticleWords, governing

_ASPECT = ("了", "着", "过")
# Degree words that make an adjective after them a manner: 更快的办结 → 更快地办结.
DEGREE_LEADS = ("更加", "更为", "越来越", "十分", "非常", "特别", "比较", "较为", "更", "较", "很")
# Read as one adverb by the lexicon: 更好 (d).
_DEGREE_ADJECTIVES = ("更好", "更快", "更早", "更准", "更实")
# Nouns after a verb that make one noun with it where a degree word comes first.
_NOUN_AFTER = (
    "机会",
    "空间",
    "条件",
    "前景",
    "保障",
    "需求",
    "需要",
    "意义",
    "作用",
    "效应",
    "价值",
)


def di_before_acting_verb(
    said: list[str], tokens: list[Token], i: int, words: ParticleWords
) -> Misused | None:
    """said[i] is 的 between a word of manner and a verb that acts: 地 belongs there."""
    if said[i] != "的" or i == 0 or i + 2 >= len(said):
        return None
    before, verb, after = said[i - 1], said[i + 1], said[i + 2]
    tag = tokens[i + 1].tag or "x"
    if _degree_led(said, tokens, i) and tag == "v" and len(verb) >= 2:
        following = tokens[i + 2]
        if after in _ASPECT or (
            (following.tag or "x").startswith("n")
            and after not in words.compound_heads
            and after not in _NOUN_AFTER
            and not governed(said, tokens, i - 1, words)  # 具有非常重要的促进意义
        ):
            how = before if before in _DEGREE_ADJECTIVES else said[i - 2] + before
            return Misused(tokens[i].start, "地", f"“{how}”修饰动词“{verb}”，中间用“地”")
    if before not in words.manner or not tag.startswith("v") or len(verb) < 2:
        return None
    acting = after in _ASPECT or (  # 研究 (vn) with 了 acts; without it, only a v
        before in words.adverbs
        and tag == "v"
        and (tokens[i + 2].tag or "x").startswith("n")
        and not governed(said, tokens, i - 1, words)  # 提出进一步的改进措施
    )
    if not acting:
        return None
    return Misused(tokens[i].start, "地", f"“{before}”修饰动词“{verb}”，中间用“地”")


def _degree_led(said: list[str], tokens: list[Token], i: int) -> bool:
    """said[i - 1] (before 的) is an adjective after a degree word: 更 + 快, 更加 + 高效,
    or one word of the lexicon that is both (更好)."""
    before = said[i - 1]
    if before in _DEGREE_ADJECTIVES:
        return True
    if i < 2 or said[i - 2] not in DEGREE_LEADS:
        return False
    return (tokens[i - 1].tag or "x")[:1] in "ab" or before in ("主动", "精准", "规范")


def governed(said: list[str], tokens: list[Token], first: int, words: ParticleWords) -> bool:
    """A verb before the words of manner that start at said[first], or before the degree
    word ahead of them (提出进一步的改进措施, 具有非常重要的促进意义), may take the
    whole 的-phrase as its object: 的 is not certainly wrong there."""
    lead = first - 2 if first > 1 and said[first - 1] in DEGREE_LEADS else first - 1
    return lead >= 0 and governing(tokens[lead], said[lead], words)
