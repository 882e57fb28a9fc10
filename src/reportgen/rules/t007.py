"""T007: typos in fixed phrases: a look-alike or sound-alike character (迫在眉捷), a dropped
one (以人民为心), or a known misspelling.

A phrase with one character changed is reported only when the two characters look or
sound alike, so that 依法治县 is never taken for 依法治国.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .boundaries import cuts_word
from .cases import text, wrong_right
from .matching import alternation, excerpt
from .nearmiss import similar_pairs
from .phraseindex import PhraseIndex, covered_by, phrase_index
from .vocabulary import report_segmenter
from .wordlists import table_file


def _substituted(text: str, at: int, index: PhraseIndex) -> Iterator[tuple[int, str]]:
    """(start, phrase) for phrases written at `at` or `at - 2` with one look-alike changed."""
    pairs = similar_pairs()
    for start, candidates in ((at, index.by_head.get(text[at : at + 2], ())),
                              (at - 2, index.by_tail.get(text[at : at + 2], ()))):  # fmt: skip
        for phrase in candidates:
            window = text[start : start + len(phrase)] if start >= 0 else ""
            if len(window) != len(phrase) or window in index.phrases:
                continue
            differ = [(a, b) for a, b in zip(window, phrase, strict=True) if a != b]
            if len(differ) == 1 and frozenset(differ[0]) in pairs:
                yield start, phrase


class FixedPhraseTypos(Rule):
    code = "T007"
    severity = Severity.ERROR
    summary = "成语、固定提法的错别字和漏字：迫在眉睫、按部就班、以人民为中心……"
    fixable = True
    explanation = "成语和固定提法里的错别字和漏字：把一个字写成形近或音近的字（迫在眉捷、按步就班、再接再励），或漏掉一个字（以人民为心、久为功）。只有两个字确实形近或音近时才报告，所以“依法治县”不会被当成“依法治国”。词表在 src/reportgen/rules/idioms.toml。"
    example = wrong_right(
        "化解矛盾纠纷迫在眉捷，坚持以人民为心。", "化解矛盾纠纷迫在眉睫，坚持以人民为中心。"
    )
    triggers = (
        text("化解矛盾迫在眉捷。", "化解矛盾迫在眉睫。"),
        text("按步就班推进。", "按部就班推进。"),
        text("再接再励。", "再接再厉。"),
        text("基层一愁莫展。", "基层一筹莫展。"),
        text("坚持以人民为心。", "坚持以人民为中心。"),
        text("坚持久为功。", "坚持久久为功。"),
        text("因地治宜推进。", "因地制宜推进。"),
        text("坚持严格规范公正文明执发。", "坚持严格规范公正文明执法。"),
        text("砥励前行，踔励奋发，笃行不殆。", "砥砺前行，踔厉奋发，笃行不怠。"),
        text("蹄急步稳，行稳至远。", "蹄疾步稳，行稳致远。"),
        text("开展明查暗访，防范于未然。", "开展明察暗访，防患于未然。"),
        text("做到融汇贯通，有章可寻。", "做到融会贯通，有章可循。"),
        text("落实第一义题制度，优化营商环竟。", "落实第一议题制度，优化营商环境。"),
        text("办理行政复义案件。", "办理行政复议案件。"),
        text("推行执法过程记录制度。", "推行执法全过程记录制度。"),
        text("坚持以习近平同志为核心党中央的领导。", "坚持以习近平同志为核心的党中央的领导。"),
        text("推进全面从治党，加强党风政建设。", "推进全面从严治党，加强党风廉政建设。"),
        text("运用法治思维和法方式。", "运用法治思维和法治方式。"),
    )
    clean = (
        text("全面依法治县，坚持依法行政、依法执政。"),
        text("迫在眉睫，按部就班，坚持以人民为中心。"),
        text("以执法为民为宗旨，依法国有资产管理。"),
        text("开展普法宣传教育，推进溯源治理，完善多元化解决机制。"),
        text("行政处理决定，行政许可事项，执法全过程记录仪。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        segmenter = report_segmenter(report)
        for field in texts:
            slips = [
                slip
                for slip in phrase_slips(field.text)
                # 依法行政信息公开 holds no 政府信息公开 with 府 dropped
                if not cuts_word(field.text, slip[0], slip[1], segmenter)
            ]
            for start, end, right in _one_per_place(slips):
                wrong = field.text[start:end]
                yield self.finding(
                    field.path,
                    excerpt(field.text, start, end),
                    f"“{wrong}”疑为“{right}”的笔误。",
                    f"改为“{right}”。",
                    Fix(field.path, start, end, right),
                )


def _one_per_place(slips: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Of slips that overlap, the longest phrase: 营商环竟 is in both 营商环境 and
    优化营商环境, and one place gets one finding, of the phrase that says most."""
    kept: list[tuple[int, int, str]] = []
    for slip in sorted(slips, key=lambda s: (s[0] - s[1], s[0])):
        if all(slip[1] <= k[0] or k[1] <= slip[0] for k in kept):
            kept.append(slip)
    return sorted(kept)


@cache
def _known_typos() -> tuple[dict[str, str], re.Pattern[str]]:
    typos: dict[str, str] = dict(table_file("idioms")["typos"])
    return typos, alternation(list(typos))


@lru_cache(maxsize=1024)  # T007 and T009 both ask, of every text
def phrase_slips(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, right) of each known misspelling and fixed phrase written with a
    look-alike replaced or a character dropped, in order."""
    typos, known = _known_typos()
    index = phrase_index()
    found: dict[int, tuple[int, str]] = {}  # start → (end, right)
    for match in known.finditer(text):
        found[match.start()] = (match.end(), typos[match.group()])
    covered = covered_by(text, index.exact)
    # The places where two characters may begin or continue a phrase (one in seven of a
    # report's): the others are passed over with one look-up.
    heads = index.heads
    for at in [at for at in range(len(text) - 1) if text[at : at + 2] in heads]:
        pair = text[at : at + 2]
        if pair in index.by_head or pair in index.by_tail:  # else no phrase is near
            for start, phrase in _substituted(text, at, index):
                found.setdefault(start, (start + len(phrase), phrase))
        for length in index.dropped_lengths.get(pair, ()):
            phrase = index.dropped.get(text[at : at + length], "")
            if phrase:
                found.setdefault(at, (at + length, phrase))
    return tuple(
        (start, end, right)
        for start, (end, right) in sorted(found.items())
        if not all(covered[start:end])
    )
