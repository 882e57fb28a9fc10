"""`validate --fix` never changes a correct sentence, and no correct sentence is an error.

The correct sentences are the rules' must-not-trigger texts (sentences of the genre, many
of them close to a mistake: 依法治县办, 《河南省优化营商环境条例》, 截至目前 …) that no rule
finds fault with in the clean report of 2023 (a rule's clean text may be right only for
that rule: 二十届三中全会 is no mistake of wording, but a 2023 report cannot cite it). A
paragraph of several of them, in any order, must come out of every rule's fixes as it
went in, and no rule may call it an error.
"""

from __future__ import annotations

import re

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from rulecases import fixed, report_of

from reportgen.rules import ALL_RULES, Severity, check
from reportgen.rules.cases import MEASURES, text

CLEAN_TEXTS = {
    value
    for rule in ALL_RULES
    for case in rule.clean
    if len(case.edits) == 1
    for path, value in case.edits
    if path == MEASURES and isinstance(value, str)
}
CORRECT = sorted(value for value in CLEAN_TEXTS if not check(report_of(text(value))))


def test_there_are_correct_sentences_to_try() -> None:
    assert len(CORRECT) > 100


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(CORRECT), min_size=1, max_size=4, unique=True))
# Found at the lowest direct versions: a count's own sentence, then an unrelated numbered list.
@example(
    [
        "在3个行政村开展试点，全镇12个行政村全部覆盖。",
        "1.健全制度：一是建章；二是立制。2.强化培训：一是轮训；二是调训。",
    ]
)
def test_fix_leaves_correct_sentences_alone(sentences: list[str]) -> None:
    # Two sentences that share a clause make a paragraph that says it twice: a real slip.
    clauses = [set(filter(None, re.split("[，。；：、]", s))) for s in sentences]
    assume(sum(map(len, clauses)) == len(set().union(*clauses)))
    paragraph = "".join(sentences)
    found = [f for f in check(report_of(text(paragraph))) if f.path == MEASURES]
    assert fixed(paragraph, found) == paragraph, [(f.code, f.excerpt) for f in found if f.fix]
    assert [f for f in found if f.severity is Severity.ERROR] == []
