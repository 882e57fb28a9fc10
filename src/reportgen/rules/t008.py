"""T008: a character written twice: in a fixed phrase (进一步步), a function word (的的),
or after a common 公文 word whose last character it repeats (全面面落实, 加强强化).

The words are idioms.toml's `[doubled]` heads. A doubling after one of them is a slip
unless a reduplication covers it (扎扎实实, 面面俱到) or a word that may follow the head
begins at the second character (推进进度, 切实实施, 学习习近平).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .boundaries import cuts_word
from .cases import text, wrong_right
from .matching import alternation, excerpt
from .phraseindex import covered_by, phrase_index
from .vocabulary import report_segmenter
from .wordlists import table_file

_DOUBLED_FUNCTION_WORD = re.compile(r"([的和与并将把被从于其也都就已又在向由])\1")


_DOUBLING = re.compile(r"(.)\1")


@dataclass(frozen=True)
class DoubledTable:
    characters: str
    allowed: re.Pattern[str]  # reduplications that are right
    heads: dict[str, tuple[str, ...]]  # by last character, longest first
    continuations: dict[str, tuple[str, ...]]  # by first character

    def head_before(self, text: str, end: int) -> str:
        """The head that ends at text[end - 1], if any."""
        heads = self.heads.get(text[end - 1], ())
        return next((h for h in heads if text.startswith(h, end - len(h))), "")

    def continues(self, text: str, at: int) -> bool:
        return any(text.startswith(w, at) for w in self.continuations.get(text[at], ()))


def _by(words: list[str], position: int) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        found.setdefault(word[position], []).append(word)
    return {char: tuple(group) for char, group in found.items()}


@cache
def doubled_table() -> DoubledTable:
    table = table_file("idioms")["doubled"]
    return DoubledTable(
        table["characters"],
        alternation(table["allowed"]),
        _by(table["heads"], -1),
        _by(table["continuations"], 0),
    )


class DoubledCharacters(Rule):
    code = "T008"
    severity = Severity.ERROR
    summary = "重复的字：进一步步、的的、全面面落实、加强强化"
    fixable = True
    explanation = "多打了一个字：固定提法里的字重复（进一步步），“的的”“和和”这类不会重叠的字重叠（“的的确确”除外），或常用词的末字重复（全面面落实、切实实做好）。叠词（面面俱到、扎扎实实、层层压实）和常用词后面接着以同一个字开头的词（推进进度、切实实施、学习习近平）不算错。两个词连在一起（加强强化、推进进一步）时只提示，由使用者决定保留哪个。词表在 src/reportgen/rules/idioms.toml 的 [doubled]。"
    example = wrong_right("全面面落实矛盾纠纷的的排查机制。", "全面落实矛盾纠纷的排查机制。")
    triggers = (
        text("进一步步完善机制。", "进一步完善机制。"),
        text("矛盾纠纷的的排查。", "矛盾纠纷的排查。"),
        text("深入学习习近平法治思想想。", "深入学习习近平法治思想。"),
        text("全面面落实安全生产责任。", "全面落实安全生产责任。"),
        text("切实实做好矛盾纠纷排查。", "切实做好矛盾纠纷排查。"),
        text("扎实实开展普法宣传。", "扎实开展普法宣传。"),
        text("积极极参与社会治理。", "积极参与社会治理。"),
        text("持续续深化“放管服”改革。", "持续深化“放管服”改革。"),
        text("及时时回应群众诉求。", "及时回应群众诉求。"),
        text("严格格落实执法责任制。", "严格落实执法责任制。"),
        text("不断断提升执法水平。", "不断提升执法水平。"),
        text("认真真履行第一责任人职责。", "认真履行第一责任人职责。"),
        text("深入入推进法治乡村建设。", "深入推进法治乡村建设。"),
        text("依法法履行政府职能。", "依法履行政府职能。"),
        text("加强强化行政执法监督。"),
        text("推进进一步完善工作机制。"),
    )
    clean = (
        text("深入学习习近平法治思想，加强工作作风建设。"),
        text("的的确确为群众办实事，人人参与，层层落实。"),
        text("工作面面俱到，常常深入基层，责任层层压实，步步为营，人人参与，事事有回应。"),
        text("扎扎实实推进，认认真真学习，实实在在办事，时时刻刻警醒。"),
        text("加快推进进度，切实实施方案，深入入户走访，及时跟进进展。"),
        text("深入学习习近平法治思想，宣传传统文化和传染病防治知识。"),
        text("加强工作作风建设，创新管理理念，养成良好学习习惯。"),
        text("加强强制隔离戒毒人员管理，促进进出口贸易，推动动物防疫。"),
        text("通过调解解决纠纷，检查查阅资料，统筹筹集资金，监督督促整改。"),
        text("建设设施农业，保持持续高压态势，坚持持证上岗。"),
        text("开展展板宣传，发放宣传传单，调查查实线索，检查查看台账，相互促进进步。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for finding in self._found(texts):
            fix = finding.fix
            if fix is not None and cuts_word(
                _text(texts, fix.path), fix.start, fix.end, report_segmenter(report)
            ):
                continue  # 全面面向社会: 全面 and 面向, two words
            yield finding

    def _found(self, texts: Sequence[TextField]) -> Iterator[Finding]:
        table = doubled_table()
        index = phrase_index()
        for field in texts:
            text = field.text
            spared = covered_by(text, table.allowed)
            reported: set[int] = set()  # where a doubled character was reported
            at = 0
            while at < len(text):
                lengths = index.doubled_lengths.get(text[at : at + 2], ())
                length = next((n for n in lengths if text[at : at + n] in index.doubled), 0)
                if length:
                    right = index.doubled[text[at : at + length]]
                    reported.update(range(at, at + length))
                    yield self._doubled(field, at, at + length, right)
                at += length or 1
            for match in _DOUBLED_FUNCTION_WORD.finditer(text):
                if not spared[match.start()] and match.group(1) in table.characters:
                    yield self._doubled(field, match.start(), match.end(), match.group(1))
            for start, end in _after_heads(text, table, spared):
                if end - 1 not in reported:
                    reported.add(end - 1)
                    yield self._after_head(field, start, end, table)

    def _doubled(self, field: TextField, start: int, end: int, right: str) -> Finding:
        wrong = field.text[start:end]
        return self.finding(
            field.path,
            excerpt(field.text, start, end),
            f"“{wrong}”多了一个重复的字。",
            f"改为“{right}”。",
            Fix(field.path, start, end, right),
        )

    def _after_head(self, field: TextField, start: int, end: int, table: DoubledTable) -> Finding:
        """全面面落实 is 全面落实; 加强强化 may be 加强 or 强化: the clerk chooses."""
        text = field.text
        head = text[start : end - 1]
        other = next(
            (w for group in table.heads.values() for w in group if text.startswith(w, end - 1)),
            None,
        )
        if other is None:
            return self._doubled(field, start, end, head)
        return self.finding(
            field.path,
            excerpt(text, start, end - 1 + len(other)),
            f"“{text[start : end - 1 + len(other)]}”中“{head[-1]}”字重复。",
            f"删去重复的字：用“{head}”或“{other}”。",
            start=start,
        )


def _text(texts: Sequence[TextField], path: tuple[str | int, ...]) -> str:
    return next(field.text for field in texts if field.path == path)


def _after_heads(text: str, table: DoubledTable, spared: list[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each head with its last character written twice, not a real word."""
    for match in _DOUBLING.finditer(text):
        second = match.start() + 1
        head = table.head_before(text, second)
        if not head:
            continue
        if spared[second - 1] and spared[second]:
            continue  # 扎扎实实
        if table.continues(text, second):
            continue  # 推进进度, 切实实施
        yield second - len(head), second + 1
