"""C007: a sentence or clause written twice in one paragraph, the slip of a paste
(开展普法宣传12场次，开展普法宣传12场次，…), as C004 is for a whole paragraph.

A paragraph is cut into sentences (at 。！？；) and clauses (at every mark). A clause
followed by the same clause, or a sentence by the same sentence, is a slip with a certain
fix: the second copy goes. The same sentence again further on in the paragraph, the same
clause again further on in its sentence, or a clause that repeats the end of the one
before (我镇开展普法宣传12场次，开展普法宣传12场次) is reported without a fix: which
words to keep is the clerk's to say. Parallel wording (一是…二是…, 既要…又要…, 坚持…，
坚持…) is never the same clause twice; short pieces (学习、学习、再学习) are left alone.
An item of a 、-list named twice in its list needs only four characters (民法典宣传).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..lazyregex import lazy_compile
from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import excerpt

_SENTENCE_MARKS = "。！？；!?;"
_CLAUSE_MARKS = _SENTENCE_MARKS + "，、：,:"
# Characters (marks and spaces not counted) a piece needs before its repetition counts:
# right after itself, and further on.
MIN_REPEATED = 6
MIN_APART = 8
# An item of a 、-list named twice in its list (宪法宣传、民法典宣传、宪法宣传): a list
# names each item once, so a shorter item counts.
MIN_LISTED = 4
_NOT_COUNTED = lazy_compile(r"[\W_]")


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int  # the piece without the mark that closes it
    words: str
    sentence: int  # which sentence of the paragraph it is in

    def long(self, minimum: int) -> bool:
        return len(_NOT_COUNTED.sub("", self.words)) >= minimum


def _pieces(text: str, marks: str) -> list[_Piece]:
    pieces: list[_Piece] = []
    sentence = start = 0
    for at, char in enumerate([*text, "。"]):
        if char not in marks and at < len(text):
            continue
        words = text[start:at]
        stripped = words.strip()
        if stripped:
            begin = start + words.index(stripped)
            pieces.append(_Piece(begin, begin + len(stripped), stripped, sentence))
        if char in _SENTENCE_MARKS:
            sentence += 1
        start = at + 1
    return pieces


def _listed(text: str, piece: _Piece) -> bool:
    """The piece is an item of a list joined by 、."""
    return text.startswith("、", piece.end) or text.endswith("、", 0, piece.start)


class RepeatedClause(Rule):
    code = "C007"
    severity = Severity.WARNING
    summary = "同一句话或同一分句不应在一段中写两遍（多为复制粘贴时留下）"
    explanation = "复制粘贴时，同一句话或同一分句常被粘贴两遍：“开展普法宣传12场次，开展普法宣传12场次，……”。紧挨着、一字不差的重复可自动删去后一遍；同一句话在本段后面又出现，或后一分句重复了前一分句的后半截（“我镇开展普法宣传12场次，开展普法宣传12场次”），只作提示，由使用者决定保留哪一处。排比句（一是……二是……，既要……又要……，坚持……坚持……）各分句并不相同，不在此列；很短的重复（学习、学习、再学习）也不检查。用顿号列举的几项中，同一项（四个字以上）列了两遍的（“民法典宣传、反诈宣传、民法典宣传”），也会提示。"
    example = wrong_right(
        "开展普法宣传12场次，开展普法宣传12场次，发放宣传资料500余份。",
        "开展普法宣传12场次，发放宣传资料500余份。",
    )
    triggers = (
        text(
            "开展普法宣传12场次，开展普法宣传12场次，发放宣传资料500余份。",
            "开展普法宣传12场次，发放宣传资料500余份。",
        ),
        text(
            "全年共调解矛盾纠纷45起，调解成功率100%。全年共调解矛盾纠纷45起，调解成功率100%。",
            "全年共调解矛盾纠纷45起，调解成功率100%。",
        ),
        text("组织干部旁听庭审2次，组织干部旁听庭审2次。", "组织干部旁听庭审2次。"),
        text("开展“法律进乡村”活动；开展“法律进乡村”活动；", "开展“法律进乡村”活动；"),
        text("全镇开展法治宣传活动30余次。群众满意度明显提升。全镇开展法治宣传活动30余次。"),
        text("开展普法宣传12场次，发放资料500余份，开展普法宣传12场次。"),
        text("我镇全年开展普法宣传12场次，开展普法宣传12场次，覆盖群众3000余人。"),
        # An item named twice in its 、-list.
        text("开展宪法、民法典宣传、反诈宣传、民法典宣传、禁毒宣传等活动。"),
        text(
            "围绕土地流转、婚姻家庭、婚姻家庭、邻里关系等纠纷开展调解。",
            "围绕土地流转、婚姻家庭、邻里关系等纠纷开展调解。",
        ),
    )
    clean = (
        text("一是加强学习，二是强化宣传，三是严格执法。"),
        text("既要抓好当前工作，又要着眼长远发展。"),
        text("坚持依法行政，坚持依法决策，坚持依法办事。"),
        text("层层压实责任，层层传导压力，层层抓好落实。"),
        text("学习、学习、再学习，落实、落实、再落实。"),
        text("开展宪法宣传、民法典宣传、反诈宣传等活动。"),
        # an item that only ends like the first (which carries the verb) is another item
        text("开展综合行政执法、行政执法、联合执法等工作。"),
        text("建设法治文化广场、法治文化长廊。法治文化广场、法治文化长廊已投入使用。"),
        text("开展普法宣传12场次，开展普法宣传13场次。"),
        text("成效明显。群众满意。成效明显。"),
        text("开展普法宣传12场次。"),
        text("组织学习12次，其中集中学习6次，专题学习6次。"),
        # a clause again in another sentence is a restatement, not a paste
        text("加强组织领导，压实工作责任。年底前，加强组织领导，完成验收。"),
    )
    fixable = True

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field in texts:
            # Sentences written again, in text order: the clauses inside them are not
            # reported again (found by bisection: a paragraph may hold 30,000 of them).
            starts: list[int] = []
            ends: list[int] = []
            sentences = _pieces(field.text, _SENTENCE_MARKS)
            for copy, finding in self._repeats(field, sentences, _SENTENCE_MARKS):
                starts.append(copy.start)
                ends.append(copy.end)
                yield finding
            clauses = _pieces(field.text, _CLAUSE_MARKS)
            for copy, finding in self._repeats(field, clauses, _CLAUSE_MARKS):
                inside = bisect_right(starts, copy.start) - 1
                if inside < 0 or copy.start >= ends[inside]:
                    yield finding

    def _repeats(
        self, field: TextField, pieces: list[_Piece], marks: str
    ) -> Iterator[tuple[_Piece, Finding]]:
        clauses = marks == _CLAUSE_MARKS
        # Where each piece (a clause: in its sentence) first stands; looked up, not searched
        # for, so that 30,000 clauses take no longer than reading them (a search took minutes).
        first: dict[tuple[str, int], int] = {}
        for index, piece in enumerate(pieces):
            seen = first.setdefault((piece.words, piece.sentence if clauses else 0), index)
            before = pieces[index - 1] if index else None
            listed = clauses and _listed(field.text, piece)
            if before and before.words == piece.words and piece.long(MIN_REPEATED):
                yield piece, self._twice(field, before, piece)
                continue
            if (
                clauses
                and before
                and before.words.endswith(piece.words)
                and piece.long(MIN_REPEATED)
            ):
                yield piece, self._again(field, piece, "前一分句的后半截")
                continue
            if seen < index - 1 and piece.long(MIN_LISTED if listed else MIN_APART):
                # further back than the one before
                yield piece, self._again(field, piece, "前面的文字")
            elif listed and before and before.words == piece.words and piece.long(MIN_LISTED):
                yield piece, self._twice(field, before, piece)

    def _twice(self, field: TextField, first: _Piece, second: _Piece) -> Finding:
        """Written twice in a row, word for word: the second copy (and the mark before it) goes."""
        return self.finding(
            field.path,
            excerpt(field.text, first.start, second.end),
            f"“{second.words}”连写了两遍，多半是复制粘贴时留下的。",
            "删去后一遍。",
            Fix(field.path, first.end, second.end, ""),
            start=second.start,
        )

    def _again(self, field: TextField, second: _Piece, where: str) -> Finding:
        return self.finding(
            field.path,
            excerpt(field.text, second.start, second.end),
            f"“{second.words}”与{where}重复，多半是复制粘贴时留下的。",
            "删去重复的一处，或改写其中一处。",
            start=second.start,
        )
