"""Which of the regulation's contents a heading or a passage is about.

A heading such as “存在的问题”, “下步工作计划” or “2024年工作思路” names its content; a topic
heading (“压实主体责任，筑牢法治根基”) does not, and its text says what it is about: the
heads' duty, the work done, shortcomings or plans. Import classifies parts with this;
C001 uses it to find a content that a report puts under a topic heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .lazyregex import lazy_compile
from .model import Block, PartKind, Report
from .structure import divisions

# Phrases that name a content wherever they stand in a heading. The earliest phrase in
# a heading decides (存在的问题及下一步打算 is about the problems first).
_NAMED: dict[PartKind, tuple[str, ...]] = {
    PartKind.OTHER: ("其他需要报告", "其它需要报告", "其他情况", "其他事项", "其他工作", "其它"),
    PartKind.DUTY: (
        "第一责任人",
        "第一负责人",
        "主要负责人",
        "履行推进法治建设",
        "主要领导",
        "述法",
    ),
    PartKind.SHORTCOMINGS: (
        "不足",
        "存在的问题",
        "存在问题",
        "主要问题",
        "短板",
        "差距",
        "薄弱",
        "问题和原因",
        "问题及原因",
        "问题与",
        "困难和问题",
        "存在的困难",
        "面临的",
    ),
    PartKind.PLANS: (
        "下一步",
        "下步",
        "下一年",
        "下年度",
        "打算",
        "工作思路",
        "思路举措",
        "工作计划",
        "工作安排",
        "主要安排",
        "今后",
        "展望",
        "明年",
        "来年",
        "努力方向",
    ),
    PartKind.MEASURES: (
        "举措",
        "成效",
        "做法",
        "主要工作",
        "基本情况",
        "开展情况",
        "推进情况",
        "进展情况",
        "完成情况",
        "落实情况",
        "建设情况",
        "成绩",
        "回顾",
        "亮点",
        "经验",
        "措施",
        "概况",
        "概述",
    ),
}
# Words that name a content only at the end of a heading (……工作安排, ……的情况).
_ENDING: dict[PartKind, tuple[str, ...]] = {
    PartKind.PLANS: ("安排", "计划", "思路", "设想", "谋划"),
    PartKind.MEASURES: ("情况", "工作"),
}

# 谋划2025年工作: planning a named year is the plans part, whatever that year is (a
# wrong one is Y002's to report, so the part must be found first).
_PLANNING = lazy_compile(r"谋划\s*(?:\d{4}\s*年|下一年|明年|新一年|来年)")
_SENTENCE = lazy_compile(r"[^。；;！!？?]+[。；;！!？?]?")  # half-width marks as pasted
# Future: 将继续, 将进一步 … (将 before a verb of intent, not the 将 of 将……纳入).
_FUTURE = (
    r"将(?:继续|进一步|持续|着力|重点|全力|不断|切实|深入|加快|加大|全面|扎实|围绕|坚持|聚焦|以|在|把|"
    r"认真|严格|按照|紧扣|大力|积极|强化|加强|推动|推进|健全|完善|抓好|做好)|下一步|下步|力争|今后|明年"
)
_SHORT = r"不足|短板|薄弱|差距|不够|有待|欠缺|不强|不高|滞后|不到位|不平衡|不充分|不规范|原因|仍然存在|仍存在"
_SHORT_LEAD = lazy_compile(r"不足|短板|差距|薄弱|存在.{0,8}问题|问题.{0,4}(?:主要|表现)")
_SLOGAN = lazy_compile(r"[，,]")
_DUTY = ("第一责任人", "第一负责人", "主要负责人", "主要领导", "述法", "一把手", "亲自")
_DUTY_TOPIC = lazy_compile(r"责任|领导|带头")
# How the work was led: measures, not the heads' duty (which names 第一责任人).
_LEADERSHIP = lazy_compile(
    r"组织领导|组织保障|党的(?:全面)?领导|党对[^，,]{0,8}领导|(?:加强|强化|统筹)领导|党建引领"
    r"|领导机制|领导体制"
)
_FIRST_DUTY = ("第一责任人", "第一负责人", "述法")
# What a heading says when its part is about the heads' responsibility (压实主体责任,
# 领导干部带头尊法学法); a thematic heading without these words (完善制度体系，纵深推进…,
# 加强党的领导) reports measures, though its text opens with the leaders' study sessions.
_RESPONSIBILITY = lazy_compile(
    r"责任|负责|履职|履责|尽责|职责|述法|带头|一把手|以上率下|关键少数|主要领导|担当"
)
# What work is said with: a topic heading over such text reports measures.
_ACTION = lazy_compile(
    r"开展|组织|建立|健全|完善|落实|推进|推行|加强|强化|深化|规范|提升|实施|坚持|制定|严格|优化"
)
# Work done: what a year's account of measures and results is made of.
_WORK_DONE = lazy_compile(
    r"全年|累计|共计|完成|办理|举办|开展了|组织开展|取得|实现了|(?<!\d)\d+\s*余?\s*(?:次|件|场|人次|期|批)"
)


def named_kind(heading: str, year: int | None = None) -> PartKind | None:
    """The content a heading names, or None for a topic heading."""
    if heading.startswith(("其他", "其它")):
        return PartKind.OTHER  # 其他有关情况, 其它事项
    found: list[tuple[int, PartKind]] = []
    for kind, phrases in _NAMED.items():
        found += [(heading.find(p), kind) for p in phrases if p in heading]
    if year is not None and f"{year + 1}年" in heading:
        found.append((heading.find(f"{year + 1}年"), PartKind.PLANS))
    planning = _PLANNING.search(heading)
    if planning:
        found.append((planning.start(), PartKind.PLANS))
    if found:
        return min(found, key=lambda hit: hit[0])[1]
    stem = heading.rstrip("。：:；; ")
    for kind, endings in _ENDING.items():
        if stem.endswith(endings):
            return kind
    return None


def _sentences(texts: Iterable[str]) -> list[str]:
    return [s for text in texts for s in _SENTENCE.findall(text) if s.strip()]


def told_kind(heading: str, texts: Sequence[str], year: int | None = None) -> PartKind | None:
    """What a passage reports: shortcomings, plans, the heads' duty, or the work done
    (counted results, 全年, 累计 …); None when it says nothing telling."""
    sentences = _sentences(texts)
    if not sentences:
        return None
    future = re.compile(_FUTURE + (f"|{year + 1}年" if year is not None else ""))
    lead = "".join(sentences[:2])
    # 将着力补齐短板 is a plan: a sentence about the future is not a shortcoming
    shortfalls = [s for s in sentences if re.search(_SHORT, s) and not future.search(s)]
    short = len(shortfalls) / len(sentences)
    plans = sum(1 for s in sentences if future.search(s)) / len(sentences)
    if (short >= 0.3 or _SHORT_LEAD.search(lead)) and short >= plans:
        return PartKind.SHORTCOMINGS
    if plans >= 0.3 or future.search(lead):
        return PartKind.PLANS
    text = "".join(texts)
    duty = sum(1 for cue in _DUTY if cue in text)
    if duty >= 2 or (duty and _DUTY_TOPIC.search(heading) and any(c in lead for c in _DUTY)):
        return PartKind.DUTY
    if sum(1 for s in sentences if _WORK_DONE.search(s)) / len(sentences) >= 0.3:
        return PartKind.MEASURES
    return None


def _about_first_duty(texts: Sequence[str]) -> bool:
    """Whether a passage is about the principal leaders' duty as 第一责任人: it says so
    at its start, or in a third of its sentences (not in one line among the measures)."""
    sentences = _sentences(texts)
    lead = "".join(sentences[:2])
    duty = [s for s in sentences if any(cue in s for cue in _FIRST_DUTY)]
    first = any(cue in lead for cue in _FIRST_DUTY)
    return bool(sentences) and (first or len(duty) / len(sentences) >= 1 / 3)


def part_kind(heading: str, texts: Sequence[str], year: int | None = None) -> PartKind | None:
    """The kind of a part: what its heading names; for a topic heading (a slogan such as
    “压实主体责任，筑牢法治根基”, whose words are not a content's name) what its text
    tells; the work done where the text reports work; None where nothing fits. A
    heading about leadership (加强组织领导, 坚持党的领导) reports how the work was led,
    a measure, unless the heading speaks of responsibility and its text is about the
    principal leaders' duty as 第一责任人. Nor does a text about the leaders make the
    heads' duty of a part whose heading does not speak of responsibility."""
    named = named_kind(heading, year)
    responsible = bool(_RESPONSIBILITY.search(heading))
    if named is None and _LEADERSHIP.search(heading):
        duty = responsible and _about_first_duty(texts)
        return PartKind.DUTY if duty else PartKind.MEASURES
    told = told_kind(heading, texts, year)
    if told is PartKind.DUTY and not responsible:
        told = PartKind.MEASURES  # the heading decides: it does not speak of responsibility
    if named is None or (told is not None and _SLOGAN.search(heading)):
        named = told
    # 严格规范公正文明执法 over nothing but its sub-headings (a sub-heading numbered as a
    # part): a heading of work done reports measures too
    texts = [heading, *texts]
    if named is None and any(_WORK_DONE.search(t) or _ACTION.search(t) for t in texts):
        return PartKind.MEASURES
    return named


def block_texts(blocks: Sequence[Block]) -> list[str]:
    texts: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            texts.append(block)
            continue
        texts += [block.intro] if block.intro else []
        texts += [(p.lead or "") + p.text for p in block.points]
    return texts


def covered_kinds(report: Report) -> set[PartKind]:
    """The contents a report covers: its parts' kinds, and what a heading at any level
    names (a thematic report puts 存在的不足 under a section) or a passage says about
    the heads' duty (第一责任人 and 履行 in one sentence)."""
    covered = {part.kind for part in report.parts}
    for division in divisions(report):
        kind = named_kind(division.title, report.year)
        if kind is not None:
            covered.add(kind)
        for sentence in _sentences(block_texts(division.node.content)):
            if ("第一责任人" in sentence or "第一负责人" in sentence) and "履" in sentence:
                covered.add(PartKind.DUTY)
    return covered
