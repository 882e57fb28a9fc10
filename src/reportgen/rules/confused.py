"""T006: words commonly confused in 公文 (作出/做出, 部署/布署 …), each in its context.

The table is confused.toml: a pattern names the context in which a word is wrong, so
that 制订方案 or 必需品, which are right, are never touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .boundaries import cuts_word
from .matching import excerpt, matches
from .vocabulary import report_segmenter
from .wordlists import table_file


@dataclass(frozen=True)
class ConfusedWord:
    pattern: re.Pattern[str]
    right: str
    why: str


@cache
def confused_words() -> tuple[ConfusedWord, ...]:
    return tuple(
        ConfusedWord(re.compile(entry["pattern"]), entry["right"], entry["why"])
        for entry in table_file("confused")["word"]
    )


class ConfusedWords(Rule):
    code = "T006"
    severity = Severity.ERROR
    summary = "易混词按语境用对：作出决定、部署、其他、制定制度、截至某时、必须、以致、台账……"
    fixable = True

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        segmenter = report_segmenter(report)
        for word in confused_words():
            for field, match in matches(texts, word.pattern):
                if cuts_word(field.text, *match.span(), segmenter):
                    continue  # the context's words are read as the lexicon has them
                start, end = match.span("w")
                wrong = match.group("w")
                # 作出 in “做出处罚决定”; a word wrong in any context is named alone.
                where = f"“{match.group()}”中的" if match.group() != wrong else ""
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    f"{where}“{wrong}”应为“{word.right}”：{word.why}",
                    f"把“{wrong}”改为“{word.right}”。",
                    Fix(field.path, start, end, word.right),
                )
