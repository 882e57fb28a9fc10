"""C002: the shortcomings part gives their causes, as the 督察工作规定 asks (存在的不足
和原因); a heading that names causes without giving any does not count."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..lazyregex import lazy_compile
from ..model import Part, PartKind, Report
from .base import Finding, Rule, Severity, TextField
from .cases import data, put, wrong_right
from .matching import alternation
from .wordlists import words

# A part the importer could not place but whose heading speaks of shortcomings:
# 法治政府建设中存在的主要问题, 当前工作中的短板.
_SHORTCOMING_WORDS = lazy_compile(r"问题|不足|短板|差距|薄弱")
_LISTED = "一是法治宣传形式单一；二是执法人员力量不足。"
# Words that give causes wherever they stand are in the word list (原因, 由于, 究其…).
# These give causes only after the problems have been stated: 主要是 after a problem
# (力量不足，主要是编制有限) explains it, but 存在的问题主要是： lists the problems;
# 一方面…另一方面 and 主观上…客观上 after the problems explain them.
_EXPLAINS = lazy_compile(
    r"主要(?:是|在于|因为)|一方面.{2,}?另一方面|主观上.{2,}?客观上|客观上.{2,}?主观上"
)
# 主要是 that introduces the problems themselves: after a word for them, or before a list.
_NAMES_PROBLEMS = lazy_compile(
    r"(?:问题|不足|短板|差距|弱项|困难|方面|情况|表现|体现|环节|地方)[仍还也]?(?:主要)?[：:，,。；]?$"
)
_LIST_AFTER = lazy_compile(r"[^。；]{0,3}?[：:]|\s*(?:一是|（一）|1[.、．])")
# Text before the marker in the part that states problems: an enumerated one, or two
# sentences (an introduction and a problem).
_ENUMERATED = lazy_compile(r"一是|二是|（[一二三]）|首先|其一|[1-3][.、．]")
_SENTENCES = lazy_compile(r"[。；]")
# 受编制所限, 受疫情影响: a cause wherever it stands.
_CONSTRAINED = lazy_compile(r"受[^，。；]{1,12}?(?:影响|限制|制约|所限)")
_INTRODUCES = lazy_compile(r"存在|仍有|还有|尚有|仍然有")


def gives_causes(said: Sequence[str], cause: re.Pattern[str]) -> bool:
    """The part's text explains its problems, as an editor reads it."""
    if any(cause.search(text) or _CONSTRAINED.search(text) for text in said):
        return True
    whole = "\n".join(said)
    for found in _EXPLAINS.finditer(whole):
        before = whole[: found.start()]
        if _NAMES_PROBLEMS.search(before) or _LIST_AFTER.match(whole, found.end()):
            continue
        stated = before.rsplit("\n", 1)[0] if "\n" in before else before
        if found.group().startswith("主要"):
            # 力量不足，主要是编制有限: a clause of problem before it in its sentence.
            clause = before[max(before.rfind(m) for m in "。；\n") + 1 :]
            if _INTRODUCES.search(clause):
                continue  # 还存在一些薄弱环节，主要是…: the problems follow
            # Or a sentence of its own after the problems: 宣传形式单一。主要是…
            if clause.strip("，, ") or _ENUMERATED.search(before) or _SENTENCES.search(before):
                return True
        elif _ENUMERATED.search(stated) or _SENTENCES.search(before) or "\n" in before:
            return True  # after the problems' sentence, unless it only named them
    return False


def _cause_heading(report: Report, index: int) -> bool:
    """The causes have a heading of their own, with text under it: a section of the part
    (（二）原因分析) or the next part (四、问题产生的原因)."""
    part = report.parts[index]
    if any("原因" in s.title and (s.content or s.items) for s in part.sections):
        return True
    after = report.parts[index + 1 : index + 2]
    return any("原因" in p.heading and (p.content or p.sections) for p in after)


def _is_shortcomings(part: Part) -> bool:
    if part.kind is PartKind.SHORTCOMINGS:
        return True
    return part.kind is PartKind.OTHER and bool(_SHORTCOMING_WORDS.search(part.heading))


class ShortcomingsWithoutCauses(Rule):
    code = "C002"
    severity = Severity.WARNING
    summary = "“存在的不足”应同时说明原因"
    explanation = "督察工作规定要求报告“存在的不足和原因”。只列问题、不说原因，上级看不出症结，也看不出下一步安排的针对性。规则像编辑那样读“不足”“问题”部分的正文：有“原因”“由于”“导致”“究其”“根源”等词，或在列出问题之后用“主要是……”“一方面……另一方面……”“主观上……客观上……”解释问题的，都算说明了原因；“存在的问题主要是：”这类列举问题的写法不算。"
    example = wrong_right(
        "三、存在的问题：一是法治宣传形式单一；二是执法人员力量不足。",
        "三、存在的问题和原因：……究其原因，主要是专业力量配备不足，培训开展得少。",
        data(put(("parts", 2, "heading"), "存在的问题"), put(("parts", 2, "content"), [_LISTED])),
        data(
            put(("parts", 2, "heading"), "存在的问题和原因"),
            put(
                ("parts", 2, "content"),
                [_LISTED + "究其原因，主要是专业力量配备不足，培训开展得少。"],
            ),
        ),
    )
    triggers = (
        data(put(("parts", 2, "content"), ["法治宣传形式单一，专业力量薄弱。"])),
        # 主要是 and 一方面…另一方面 that list the problems give no cause.
        data(put(("parts", 2, "content"), ["存在的问题主要是：宣传形式单一，执法力量薄弱。"])),
        data(
            put(
                ("parts", 2, "content"),
                ["我镇仍存在一些不足，主要是一是宣传形式单一，二是执法力量薄弱。"],
            )
        ),
        data(
            put(
                ("parts", 2, "content"),
                ["仍存在一些不足。一方面宣传形式单一，另一方面执法力量薄弱。"],
            )
        ),
        data(put(("parts", 2, "content"), ["对照要求看，主要是：一是宣传形式单一；二是人员少。"])),
        data(put(("parts", 2, "content"), ["我镇还存在一些薄弱环节，主要是宣传形式单一。"])),
        # 受理 is no 受…影响; a section headed 原因 with nothing under it gives none.
        data(put(("parts", 2, "content"), ["受理的案件偏少，宣传受众面窄。"])),
        data(
            put(("parts", 2, "content"), [_LISTED]),
            put(("parts", 2, "sections"), [{"title": "原因分析", "content": []}]),
        ),
    )
    clean = (
        data(put(("parts", 2, "content"), ["专业力量薄弱，主要是由于编制有限。"])),
        # Causes given without the word 原因: an editor reads them as causes.
        data(
            put(
                ("parts", 2, "content"),
                ["一是宣传形式单一；二是执法力量薄弱，主要是编制少、人员流动大。"],
            )
        ),
        data(
            put(
                ("parts", 2, "content"),
                [
                    "一是宣传形式单一；二是执法力量薄弱。",
                    "分析起来，一方面干部重业务轻法治，另一方面培训经费有限。",
                ],
            )
        ),
        data(
            put(("parts", 2, "content"), []),
            put(
                ("parts", 2, "sections"),
                [
                    {"title": "存在的问题", "content": [_LISTED]},
                    {"title": "原因分析", "content": ["干部重业务轻法治，培训经费有限。"]},
                ],
            ),
        ),
        data(
            put(("parts", 2, "content"), ["宣传形式单一，执法力量薄弱。主要是编制少、人员流动大。"])
        ),
        data(put(("parts", 2, "content"), [_LISTED + "受编制所限，专职人员只有2名。"])),
        data(put(("parts", 2, "content"), [_LISTED + "既有客观因素，也有认识不到位的问题。"])),
        data(put(("parts", 2, "content"), [_LISTED + "根源在于部分干部法治意识不强。"])),
        data(
            put(
                ("parts", 2, "content"),
                [_LISTED + "这些问题的产生，主观上是重视不够，客观上是人手紧张。"],
            )
        ),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        cause = alternation(words("causes"))
        for index, part in enumerate(report.parts):
            if not _is_shortcomings(part):
                continue
            # A heading such as “存在的不足和原因” names causes without giving any.
            said = [
                f.text
                for f in texts
                if f.path[:2] == ("parts", index) and f.path[-1] not in ("heading", "title")
            ]
            if not gives_causes(said, cause) and not _cause_heading(report, index):
                yield self.finding(
                    ("parts", index),
                    part.heading,
                    "“不足”部分只列了问题，没有说明原因；督察工作规定要求报告“存在的不足和原因”。",
                    "补充产生这些不足的原因（如“究其原因，主要是……”）。",
                )
