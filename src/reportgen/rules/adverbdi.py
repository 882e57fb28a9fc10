"""地 after an adverb, before a verb the grammar marks as acting: T010's case where the
verb is not among its listed verbs or a listed noun follows it.

- An aspect marker after the verb (切实的减轻了企业负担, 认真的研究过): a verb with 了,
  着 or 过 acts, so the word before 的 says how; a noun phrase has none.
- A word that is only an adverb (不断, 逐步, 进一步) before 的 and a verb with its
  object (不断的完善制度): an adverb cannot modify a noun, so the phrase is no noun
  phrase even when the verb and the next word could read as one (完善制度).

切实的措施, 扎实的作风, 主动的服务意识 are nouns after 的 (no verb acts): left alone, as is
得到不断的完善 (no object, T010's own reading), and so are 提出进一步的改进措施 and
提供全力的保障措施, where a verb before may take the phrase as its object.
"""

from __future__ import annotations

from ..lexicon.segment import Token
from .particlewords import Misused, ParticleWords, governing

_ASPECT = ("了", "着", "过")


def di_before_acting_verb(
    said: list[str], tokens: list[Token], i: int, words: ParticleWords
) -> Misused | None:
    """said[i] is 的 between a word of manner and a verb that acts: 地 belongs there."""
    if said[i] != "的" or i == 0 or i + 2 >= len(said):
        return None
    before, verb, after = said[i - 1], said[i + 1], said[i + 2]
    tag = tokens[i + 1].tag or "x"
    if before not in words.manner or not tag.startswith("v") or len(verb) < 2:
        return None
    acting = after in _ASPECT or (  # 研究 (vn) with 了 acts; without it, only a v
        before in words.adverbs
        and tag == "v"
        and (tokens[i + 2].tag or "x").startswith("n")
        and not (i >= 2 and governing(tokens[i - 2], said[i - 2], words))  # 提出进一步的改进措施
    )
    if not acting:
        return None
    return Misused(tokens[i].start, "地", f"“{before}”修饰动词“{verb}”，中间用“地”")
