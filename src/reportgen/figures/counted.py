"""What a figure counts: its scope, its verbs and its noun, read from the words around it.

A figure's quantity is read from its words: the words before it, back to the clause's
start, split into the report's own organ as subject (分局, 我镇), words of time and sum
(全年, 一年来, 共), a scope (全乡, 全镇, 累计, 新增, 现有), verbs and prepositions (接待,
完成, 对) and the counted noun that remains (法律咨询); when nothing remains, the noun after
its measure word (个图斑) and the verbs right after that noun (核查整改). So both orders,
noun before the figure and after it, read to one (verbs, noun, unit).

Figures of another scope are another quantity and are left out: last year's (上年, 去年,
同期, 2022年), a plan's (计划, 目标, 力争), a subset (其中, 专项行动中), the base of a change
(同比, 较上年, 由50件增加到…). Both figures must be exact: 300余人 and 320人 may be the same
count. A rate (调解成功率) is matched by its whole name.
"""

from __future__ import annotations

from typing import NamedTuple

from ..lazyregex import lazy_compile
from .constants import constant
from .occasions import occasion
from .quantities import Figure
from .spans import WORD, lazy

_YEARLY = r"全年度|全年|今年以来|今年|年内|一年来|本年度|本年"
# Words of time and sum, and adverbs of manner that do not change what is counted
# (成功化解 is 化解, 依法办理 is 办理).
_TIME_AND_SUM = (
    rf"{_YEARLY}|共计|一共|总共|共(?!有)|先后|已经|已|均|全部"
    r"|成功|依法|及时|有效|妥善|顺利|圆满|深入|全面|积极|主动|扎实|认真|陆续|分批|集中"
)
_SCOPE = (
    r"全乡|全镇|全县|全区|全市|全局|全街道|全所|全村|全体|辖区内|辖区|本镇|本乡|本街道"
    r"|累计|新增|新建|现有|已有|共有"
)
_VERB = (
    r"受理|办理|办结|开展|调处|调解|化解|接待|解答|提供|培训|召开|组织|举办|发放|审查|审核"
    r"|处理|排查|走访|收集|提出|出具|完成|建成|建立|设立|配备|打造|创建|培育|评选|选聘|聘请"
    r"|查处|立案|印发|制定|投入|覆盖|实现|涉及|核查|整改|摸排|参与|参加|开通|上报|推送"
    r"|发现|解决|收到|接收|下达|检查|签订|审结|答复|回复|督办|交办|转办|慰问|帮扶|救助"
    r"|追回|挽回|出动|参训|公开|清理|修订|备案|旁听|听取|宣讲|编印|印制|发布|走访|办好"
    r"|对|在|为|向|将|把|从"
)
_HEAD = lazy(rf"(?P<time>{_TIME_AND_SUM})|(?P<scope>{_SCOPE})|(?P<verb>{_VERB})")
_YEARLY_WORD = lazy(_YEARLY)
# The report's own organ as the subject of its clause (分局全年累计检查企业): what it did
# is what the report counts. A named place (东村调处…) is a part, and stays in the noun.
_SELF = lazy(
    r"(?:我|本)(?:街道|单位|局|镇|乡|县|区|市|所|队|委|办|院)|分局|支队|大队|中队|局机关"
    r"|(?:镇|乡)(?:党委|人民政府|政府)|街道办事处|街道党工委"
    # The township's own offices as subject (镇司法所, 街道综合行政执法队, 镇法律顾问):
    # the report counts their work as its own.
    r"|(?:镇|乡|街道)?(?:司法所|派出所|综合行政执法队|执法队|人民法庭|法制审核机构"
    r"|法律顾问|人民调解委员会|调委会|便民服务中心)(?:联合|共同)?"
)
_PREPOSITIONS = frozenset("对在为向将把从")
_LIGHT = frozenset({"完成", "开展", "组织", "实现", "举办"})
# The genre's words for one event: 调处, 调解 and 化解 a dispute (排查化解 is the screening
# and the settling, counted as settled); 参训 and 参加培训 are 培训 seen from the trainee.
# 受理 and 办结 (received, closed), 办理 and 办结, 排查 alone (screened) stay apart.
_SAME_EVENT = {"调处": "化解", "调解": "化解", "参训": "培训"}
_RATE_EVENT = lazy_compile("|".join(_SAME_EVENT))
_PART_OF = {"排查": "化解", "参加": "培训"}  # dropped beside the verb they lead to
# Short nouns too general to be one quantity even as the year's total: 全年召开会议24次
# (of the committee) and 全年召开会议4次 (on the rule of law) count different meetings.
_GENERAL = frozenset({"会议", "活动", "工作", "学习", "培训", "讲座", "宣传", "专题", "检查"})
_LINK = lazy_compile(r"(?:达到了?|达|为|有|了|是|数)+$")
# Words that make a figure another scope's: last year, a plan, a subset, a change's base.
_OTHER_SCOPE = lazy(
    r"上年|去年|同期|上一年|前年|半年|月份?|季度|计划|拟|目标|预计|力争|任务|确保|争取|要求"
    r"|其中|分别|同比|较|比上|由|从|增加|减少|增长|下降|以上|以下|\d"
)
# Where the noun after a measure word ends: a verb, an adverb or a particle of the clause.
_NOUN_END = lazy(
    rf"{_VERB}|进行|全部|均|已|都|的|和|及|与|中|共|被|内|等|达|实施|全面|基本|逐一|顺利"
)
_VERB_AFTER = lazy(rf"(?:{_VERB})+")
_HAN = lazy_compile(WORD)
_CLAUSE_START = "，,；;：:。！？!?…—\n "
# A clause that narrows the clauses after it in its sentence: a campaign (开展…整治), a
# target (针对…), a place or field (在东村…, 在…领域), a pilot, a month (3月，…).
_CAMPAIGN = lazy(
    r"(?:组织|深入|集中|部署|扎实)?开展.*(?:专项|整治|治理|行动|攻坚|百日|大检查|大排查|月)"
    r"|针对|聚焦|在.+|.*试点|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
    r"|“[^”]+”(?:专项|行动|活动)"
)
_CLAUSE_SPLIT = lazy_compile(r"[，,；;：:]")
_TAIL = 2  # what a noun ends in: 执法人员 and 行政执法人员, 问题 in a clause
_SUBSET = lazy_compile(r"其中|分别|含|专项|行动中|活动中|期间|中，")
_LAST_YEAR = lazy_compile(r"上年|去年|同期|上一年|前年")
_YEAR = lazy_compile(r"((?:19|20)\d\d)年")
# In the plans: a plan's own words, and words that say a figure was done already.
_PLAN_WORDS = lazy_compile(r"计划|力争|争取|确保|预计|目标|拟|将|年底前|到年底")
_HAS = lazy_compile(r"共有|现有|已有")
_DONE_IN_PLANS = lazy_compile(r"已|一年来|今年以来|截至|目前|过去")
_NOUN_AFTER = lazy_compile(f"{WORD}{{2,10}}")
_MIN_NOUN = 4  # 法律咨询, 矛盾纠纷: a noun that names one thing
_MIN_NOUN_AFTER = 2  # 个图斑
_MIN_WORDS = 6  # 调处矛盾纠纷: a verb and its object, when the noun is shorter
_MIN_YEARLY_WORDS = 4  # 全年检查企业: the year's total of one verb's object
_MIN_RATE_WORDS = 5  # 调解成功率


class Quantity(NamedTuple):
    scope: str
    verbs: frozenset[str]  # its verbs, before the figure or after the noun (核查整改)
    noun: str  # the counted noun, before the figure or after its measure word
    shown: str  # what the message calls it
    span: tuple[int, int]
    years: frozenset[str]  # the years its sentence names before it (2022年，…)
    yearly: bool = False  # its words say it is the year's total (全年, 一年来)
    short: bool = False  # its noun names one thing only as the year's total
    within: str = ""  # the campaign, sector or month its sentence narrows it to
    fixed: bool = False  # a constant of the report (全乡9个行政村): verbs do not matter
    planned: bool = False  # in the plans
    some: bool = False  # some of the report's own constituents (在3个行政村): never more
    occasion: str = ""  # the meeting or activity its sentence names (述法会议), occasions.py


class _Words(NamedTuple):
    scope: str
    verbs: str  # the verbs in order, prepositions included: 接待, 对
    rest: str  # the counted noun
    yearly: bool


def label(words: str) -> str:
    """What a figure counts, from the words leading up to it: 全年共调处矛盾纠纷 → 调处矛盾纠纷."""
    return _quantity_words(words).rest


def _quantity_words(words: str) -> _Words:
    """(scope, verbs, what remains, said to be the year's) of the words before a figure."""
    rest = _LINK.sub("", words.strip())
    subject = _SELF().match(rest)
    if subject and _HEAD().match(rest, subject.end()):
        rest = rest[subject.end() :]  # 分局全年…: the report's own organ
    scope, verbs, yearly = "", "", False
    while rest:
        head = _HEAD().match(rest)
        if head is None:
            break
        if head.group("scope"):
            scope += head.group()
        elif head.group("verb"):
            verbs += head.group()
        elif _YEARLY_WORD().fullmatch(head.group()):
            yearly = True
        rest = rest[head.end() :]
    if rest == "纠纷":
        rest = "矛盾纠纷"  # the genre's one kind of dispute, with or without 矛盾
    if scope == "累计" and yearly:
        scope = ""  # 全年累计: the year's total, as 全年 alone
    if len(scope) > 2:
        scope = _HAS.sub("", scope) or scope  # 全镇共有 is 全镇
    return _Words(scope, verbs, rest, yearly)


def _verb_set(verbs: str) -> frozenset[str]:
    """The verbs of `verbs`, less prepositions, and less the light verbs (完成, 开展) when
    another says what was done: 完成…核查整改 is 核查整改."""
    found = (m.group("verb") for m in _HEAD().finditer(verbs))
    heavy = frozenset(_SAME_EVENT.get(v, v) for v in found if v and v not in _PREPOSITIONS)
    heavy = frozenset(v for v in heavy if _PART_OF.get(v) not in heavy)
    # Light verbs alone (开展, 举办, 组织 a lecture) all say that it was held.
    return heavy - _LIGHT or frozenset({"开展"} if heavy else ())


def _within(text: str, sentence: int, start: int, noun: str) -> str:
    """The campaign, sector or month a clause before the figure's, in its sentence,
    narrows it to (开展燃气安全整治，…督促整改问题12个 counts that campaign's problems);
    "" when none does. A lead clause that names the counted noun itself (开展矛盾纠纷
    大排查，化解矛盾纠纷78起) is the same work, not a narrower one."""
    sentence = max(sentence, text.rfind("；", 0, start) + 1)  # ；starts another matter
    for clause in _CLAUSE_SPLIT.split(text[sentence:start]):
        lead = _CAMPAIGN().match(clause)
        if lead and not (noun and noun[-_TAIL:] in clause):
            return clause
    return ""


def noun_after(text: str, end: int) -> str:
    """The noun right after a figure's measure word, up to the verb, adverb or particle
    that ends it (图斑 of 261个图斑核查整改, 调解员 of 85名调解员的培训); "" when none."""
    after = _NOUN_AFTER.match(text, end)
    if after is None:
        return ""
    cut = _NOUN_END().search(after.group(), 1)
    return after.group()[: cut.start() if cut else None]


def read_quantity(
    text: str, figure: Figure, words: str, planned: bool, year: str = ""
) -> Quantity | None:
    """What `figure` counts, or None when it is not a count to compare (another scope,
    approximate, a noun too short to name one thing); `planned`: in the plans of the
    report for `year`, where a figure said to be done (已, that year's) is done."""
    start = figure.start - len(words.lstrip())  # the clause's words and the figure
    sentence = text.rfind("。", 0, start) + 1
    years = frozenset(_YEAR.findall(text, sentence, start))
    if planned and (_DONE_IN_PLANS.search(text, sentence, figure.start) or years == {year}):
        planned = False
    fixed = constant(text, figure)
    if fixed is not None:
        if _LAST_YEAR.search(text, sentence, figure.start):
            return None
        scope, noun, span, some = fixed
        shown = scope + noun
        return Quantity(
            scope, frozenset(), noun, shown, span, years, fixed=True, planned=planned, some=some
        )
    if planned:
        words = _PLAN_WORDS.sub("", words)
    if not figure.exact or _OTHER_SCOPE().search(words):
        return None
    if start > 0 and text[start - 1] not in _CLAUSE_START:
        return None  # 家庭、邻里纠纷3955件, 村（社区）专职调解员: the words go on before
    if _SUBSET.search(text, sentence, start) or _LAST_YEAR.search(text, sentence, start):
        return None  # 其中…, 专项行动中…: a part of the total; 与上年相比: last year's
    if figure.percent:
        name = _LINK.sub("", words.strip())
        if len(_HAN.findall(name)) < _MIN_RATE_WORDS:
            return None
        key = _RATE_EVENT.sub(lambda m: _SAME_EVENT[m.group()], name)  # 调解成功率 is 调处成功率
        return Quantity("", frozenset(), key, name, (start, figure.end), years)
    read = _quantity_words(words)
    verbs = _verb_set(read.verbs)
    if read.rest:
        named = len(_HAN.findall(read.rest)) >= _MIN_NOUN
        both = len(_HAN.findall(read.verbs + read.rest))
        yearly = read.yearly and both >= _MIN_YEARLY_WORDS and read.rest not in _GENERAL
        if not named and both < _MIN_WORDS and not yearly:
            return None
        shown = read.rest if not verbs else read.verbs + read.rest
        short = not named and both < _MIN_WORDS
        span = (start, figure.end)
        within = _within(text, sentence, start, read.rest)
        return Quantity(
            read.scope,
            verbs,
            read.rest,
            shown,
            span,
            years,
            read.yearly,
            short,
            within=within,
            planned=planned,
            occasion=occasion(text, sentence, start),
        )
    if read.verbs and not verbs and not read.scope:
        return None  # 在3个村开展试点: a place among others, not a total
    noun = noun_after(text, figure.end)
    if len(noun) < _MIN_NOUN_AFTER:
        return None
    end = figure.end + len(noun)
    then = _VERB_AFTER().match(text, end)
    if then is not None:
        verbs |= _verb_set(then.group())  # 261个卫片执法图斑核查整改
    shown = read.scope + noun
    within = _within(text, sentence, start, noun)
    return Quantity(
        read.scope,
        verbs,
        noun,
        shown,
        (start, end),
        years,
        read.yearly,
        within=within,
        planned=planned,
        occasion=occasion(text, sentence, start),
    )


def events_of(text: str, figure: Figure, words: str) -> frozenset[str]:
    """What was done that `figure` counts, by the verbs before it (`words`, its clause's
    words up to it) or, when its noun follows it, right after that noun (261个图斑核查整改);
    none when a preposition leads to it (对85名调解员, 为123家企业开展…): such a figure
    names who or what, the stock, not how often something was done."""
    read = _quantity_words(words)
    if read.verbs and read.verbs[-1] in _PREPOSITIONS:
        return frozenset()
    verbs = _verb_set(read.verbs)
    if not read.rest:
        noun = noun_after(text, figure.end)
        then = _VERB_AFTER().match(text, figure.end + len(noun))
        if noun and then is not None:
            verbs |= _verb_set(then.group())
    return verbs
