"""T009: a slip in any word, found with the lexicon (拍查 for 排查, 贯澈 for 贯彻).

The finder (lexicon/slips.py) proposes a common word one character away that makes the
clause read much better. A proposal is a warning, never a fix: a word the lexicon does
not know may be a name or a new term. So the rule also leaves alone what is probably
meant as written: a span the report writes more than once, a place before its level
(桐江区), a name after a title (镇长王晓燕), anything in 《》 (T003's) or in short
quotation marks (a slogan), and places where T007 already reports a known slip.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..lexicon.slips import Slip
from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .matching import excerpt
from .typos import phrase_slips
from .vocabulary import report_finder

# Fields that are names, not prose: the finder's proposals there would be about names.
_NAMES = ("organ", "addressees", "signatories", "masthead")
_LEVEL_AFTER = re.compile(r"(?:省|市|县|区|镇|乡|村|街道|社区|州|旗|盟)")
_TITLE_BEFORE = re.compile(
    r"(?:书记|镇长|乡长|县长|区长|市长|主任|局长|所长|部长|科长|队长|组长|委员|同志|律师)$"
)
_QUOTED_TERM = 10  # “首违不罚”: a quoted term this short is a name for something


def _enclosed(text: str, start: int, end: int, opening: str, closing: str, limit: int) -> bool:
    before = text.rfind(opening, 0, start)
    if before < 0 or text.rfind(closing, before, start) >= 0:
        return False
    after = text.find(closing, end)
    return after >= 0 and text.find(opening, end, after) < 0 and after - before - 1 <= limit


def _meant(slip: Slip, text: str, whole: str) -> bool:
    """The span is probably written as meant: see the module's docstring."""
    if whole.count(slip.written) >= 2:
        return True
    if _LEVEL_AFTER.match(text, slip.end) or _LEVEL_AFTER.search(slip.written[-1]):
        return True  # 桐江区, 桐溪县: a place the lexicon does not know
    if _TITLE_BEFORE.search(text, 0, slip.start):
        return True
    if _enclosed(text, slip.start, slip.end, "《", "》", len(text)):
        return True
    return _enclosed(text, slip.start, slip.end, "“", "”", _QUOTED_TERM)


class WordTypos(Rule):
    code = "T009"
    severity = Severity.WARNING
    summary = "词语中的错别字：一个字写成了音同或形近的字，如“拍查”应为“排查”、“贯澈”应为“贯彻”"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        finder = report_finder(report)
        whole = "\n".join(field.text for field in texts)
        for field in texts:
            if field.path[0] in _NAMES:
                continue
            text = field.text
            known = phrase_slips(text)
            for slip in finder.find(text):
                if _meant(slip, text, whole):
                    continue
                if any(s < slip.end and slip.start < e for s, e, _ in known):
                    continue  # T007 reports this place, with its fix
                yield self.finding(
                    field.path,
                    excerpt(text, slip.start, slip.end),
                    f"“{slip.written}”疑为“{slip.right}”的笔误：“{slip.written}”不成词，"
                    f"“{slip.right}”是常用词，改后语句通顺。",
                    f"如确为笔误，改为“{slip.right}”；如是专有名称，可不改。",
                )
