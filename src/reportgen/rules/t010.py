"""T010: 的, 地 and 得 where the grammar is clear, read from the words the lexicon finds.

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

from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..lazyregex import lazy_compile
from ..lexicon.segment import Segmenter, Token
from ..model import Report
from .adverbdi import DEGREE_LEADS, di_before_acting_verb, governed
from .base import Finding, Fix, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import excerpt
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
from .vocabulary import report_segmenter

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
            if _verbal(tokens[i - 1], before, segmenter) and not _relative(said, i, words):
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


class Particles(Rule):
    code = "T010"
    severity = Severity.WARNING
    summary = "“的、地、得”按语法用对：认真地开展、落实得很好、良好的氛围"
    fixable = True
    explanation = "“的、地、得”各有分工：修饰动词用“地”（认真地开展普法宣传），补充说明程度用“得”（落实得很好），修饰名词用“的”（良好的氛围）。只在语法确定时报告：“认真、积极、扎实”等词后接“开展、推进、落实”等动词并带宾语时用“地”；“认真、及时、主动”等词后接“将、把、向、为、对、按照”等介词引出动作时也用“地”（及时地将线索移交）；“不断、逐步、进一步”等只作状语的词后接动词和宾语（不断地完善制度），或“切实、认真”等词后接带“了、着、过”的动词（切实地减轻了企业负担）时也用“地”，“切实的措施”“扎实的作风”不报告；动词后接“很好、很快、不够深入、不到位、不彻底、还不够平衡”或“扎实有效、有声有色、卓有成效”这类评价并结束分句时用“得”（开展得扎实有效）；“工作有序地开展。”这样动词结束分句、前面是主语时也用“地”，“得到扎实的推进”“加强有效的监督”是名词短语，不报告；形容词后接名词时用“的”。动词后面不用“地”：“落实地措施不够有力”应为“落实的措施”，“认真落实地各项制度”应删去“地”，分不清是哪一种的只提示不改；“有组织地”“有计划地”是对的。“存在的不足”“由于宣传的不到位”“参加的不多”里“的”后面是名词性成分，用“的”正确，不报告。“积极的推动作用”“进行认真的学习”“得到全面的落实”是名词短语，用“的”正确，不报告；“有效、及时、进一步”这类修饰语前面是两个字以上的动词（“应当、需要”这类词除外）时，“的”字短语可能是这个动词的宾语（清理现行有效的规范性文件、建立有效的化解矛盾纠纷机制、提供及时的办理结果、提出进一步的改进措施），也不报告。分词用 jieba 词典，词表在 src/reportgen/rules/wordlists.toml 的 [particles]。"
    example = wrong_right(
        "镇党委认真的开展普法宣传，各项工作落实的很好，营造了良好地氛围。",
        "镇党委认真地开展普法宣传，各项工作落实得很好，营造了良好的氛围。",
    )
    triggers = (
        text("认真的开展普法宣传。", "认真地开展普法宣传。"),
        text("积极的推进法治建设。", "积极地推进法治建设。"),
        text("有效的化解矛盾纠纷。", "有效地化解矛盾纠纷。"),
        text("扎实的推进依法行政。", "扎实地推进依法行政。"),
        text("主动的接受人大监督。", "主动地接受人大监督。"),
        text("切实的履行第一责任人职责。", "切实地履行第一责任人职责。"),
        text("严格的落实行政执法三项制度。", "严格地落实行政执法三项制度。"),
        text("工作落实的很好。", "工作落实得很好。"),
        text("普法宣传开展的还不够深入。", "普法宣传开展得还不够深入。"),
        text("执法监督推进的比较缓慢。", "执法监督推进得比较缓慢。"),
        text("营造良好地法治氛围。", "营造良好的法治氛围。"),
        text("取得了良好得效果。", "取得了良好的效果。"),
        text("取得了明显地成效。", "取得了明显的成效。"),
        # 得 before a negated or qualified complement that ends the clause.
        text("对法治建设重视的不够。", "对法治建设重视得不够。"),
        text("政务信息公开的不够及时。", "政务信息公开得不够及时。"),
        text("普法工作开展的还不够平衡。", "普法工作开展得还不够平衡。"),
        text("执法监督开展的不到位。", "执法监督开展得不到位。"),
        text("整改落实的不彻底，问题反弹。", "整改落实得不彻底，问题反弹。"),
        text("宣传发动的不太充分。", "宣传发动得不太充分。"),
        # 地 after a word of manner, before a preposition and the verb it leads to.
        text("及时的将问题线索移交有关部门。", "及时地将问题线索移交有关部门。"),
        text("主动的向人大报告工作。", "主动地向人大报告工作。"),
        text("积极的为企业提供法律服务。", "积极地为企业提供法律服务。"),
        text("认真的对照问题清单逐项整改。", "认真地对照问题清单逐项整改。"),
        text("严格的按照法定程序办理。", "严格地按照法定程序办理。"),
        text("扎实的把各项任务落到实处。", "扎实地把各项任务落到实处。"),
        text("主动的与群众沟通交流。", "主动地与群众沟通交流。"),
        # 得 before an assessment of four characters, with no degree word.
        text("各项工作开展的扎实有效。", "各项工作开展得扎实有效。"),
        text("普法宣传开展的有声有色，群众欢迎。", "普法宣传开展得有声有色，群众欢迎。"),
        text("矛盾纠纷化解的及时有效。", "矛盾纠纷化解得及时有效。"),
        text("整改工作推进的很快。", "整改工作推进得很快。"),
        text("各项措施落实的到位。", "各项措施落实得到位。"),
        text("执法工作规范有序的开展。", "执法工作规范有序地开展。"),
        text("及时的处置突发事件。", "及时地处置突发事件。"),
        # 地 before a verb that ends the clause, after its subject.
        text("各项工作有序的开展。", "各项工作有序地开展。"),
        text("法治宣传扎实的推进，成效明显。", "法治宣传扎实地推进，成效明显。"),
        # 地 after a verb: a noun phrase wants 的, a verb and its object nothing.
        text("落实地措施不够有力。", "落实的措施不够有力。"),
        text("开展地活动丰富多彩。", "开展的活动丰富多彩。"),
        text("认真落实地各项制度。", "认真落实各项制度。"),
        text("严格执行地各项制度。", "严格执行各项制度。"),
        text("认真履行地第一责任人职责。", "认真履行第一责任人职责。"),
        text("对群众所反映地问题逐一答复。", "对群众所反映的问题逐一答复。"),
        # A degree word and an adjective before 的 and a verb with its object.
        text("更快的办结群众诉求。", "更快地办结群众诉求。"),
        text("十分耐心的解答群众咨询。", "十分耐心地解答群众咨询。"),
        text("更好的保障群众合法权益。", "更好地保障群众合法权益。"),
        text(
            "圆满的完成各项任务，较好的完成了年度目标。",
            "圆满地完成各项任务，较好地完成了年度目标。",
        ),
        text("落实好地各项措施。"),
        text("加强地监管。"),  # 加强的监管 or 加强监管: no fix
        text("推进地法治建设取得成效。"),  # 推进的法治建设 or 推进法治建设: no fix
        # A modal or a one-character verb leads a verb phrase: 地 is still wanted.
        text("我们应当积极的推进法治建设。", "我们应当积极地推进法治建设。"),
        text("要认真的开展普法宣传。", "要认真地开展普法宣传。"),
    )
    # 的 that is right (noun phrases), 地 and 得 that are right.
    clean = (
        text("发挥了积极的推动作用。"),
        text("进行认真的学习。"),
        text("各项任务得到全面的落实。"),
        text("树立认真的学习态度。"),
        text("建立严格的执法程序。"),
        text("这些做法具有非常重要的促进意义。"),
        text("开展积极的宣传活动。"),
        text("认真地研究，扎实地推进，切实把各项工作落到实处。"),
        text("这项工作完成得很好，群众反映良好。"),
        text("我们的很多工作还有差距。"),
        text("开展的很多活动受到群众欢迎。"),
        text("当地群众的法治意识明显增强，各地涌现出一批示范户。"),
        text("取得了显著的成效。"),
        text("群众满意度很高。"),
        # 的 that makes a noun of what follows, 地 and 得 where they belong.
        text("查找工作中存在的不足。"),
        text("整改检查发现的不规范。"),
        text("由于宣传的不到位，群众知晓率不高。"),
        text("主动参加培训的不多。"),
        text("坚持科学的与民主的决策相结合。"),
        text("对照问题清单进行认真的对照和剖析。"),
        text("分析积极的和消极的因素。"),
        text("建立有效的为民服务机制。"),
        text("及时地将问题线索移交有关部门，整改落实得不彻底的问题挂账督办。"),
        # An assessment after a noun's or 取得's 的; a verb after a verb's object.
        text("取得的显著成效离不开全镇干部的努力。"),
        text("工作的扎实有效，得益于制度的完善。"),
        text("我镇取得的卓有成效，离不开上级的支持。"),
        text("开展的扎实有效的活动受到群众欢迎。"),
        text("群众参加的很多。"),
        text("宣传的广泛，带来了群众法治意识的提升。"),
        text("工作得到扎实的推进。"),
        text("各项工作得到有序的开展。"),
        text("切实加强有效的监督。"),
        text("建立快速的处置机制。"),
        text("落实地方政府责任，深入实地调研，有组织地开展普法，有计划地推进。"),
        text("规范地开展执法，创造性地开展工作，因地制宜推进土地整治。"),
        text("明确合同履行地和争议解决方式。"),
        # 的 before a noun phrase that is a verb's object: its head is a noun, not the
        # verb after 的 (规范性文件 is no 规范 + 性文件; 机制, 结果 end the phrase).
        text("全面清理现行有效的规范性文件。"),
        text("实行严格的规范化管理。"),
        text("建立有效的化解矛盾纠纷机制。"),
        text("为群众提供及时的办理结果。"),
        text("形成扎实的推进态势。"),
        text("全面的推进情况良好，群众满意。"),
        text("公布依法应当公开的政府信息，建立健全的长效机制。"),
        text("提供更好的保障，争取更好的发展机遇，创造更好的学习条件，营造更加浓厚的氛围。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        segmenter: Segmenter | None = None
        for field in texts:
            if not _PARTICLES.search(field.text):
                continue
            segmenter = segmenter or report_segmenter(report)
            for found in misused_particles(field.text, segmenter):
                wrong = field.text[found.at]
                right = f"应为“{found.right}”" if found.right else "是多余的"
                yield self.finding(
                    field.path,
                    excerpt(field.text, found.at, found.at + 1, context=6),
                    f"“{wrong}”{right}：{found.why}。"
                    if found.certain
                    else f"“{wrong}”用得不对：{found.why}。",
                    (f"把“{wrong}”改为“{found.right}”。" if found.right else f"删去“{wrong}”。")
                    if found.certain
                    else f"按句意改为“{found.right}”或删去“{wrong}”。",
                    Fix(field.path, found.at, found.at + 1, found.right) if found.certain else None,
                )
