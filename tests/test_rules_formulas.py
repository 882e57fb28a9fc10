"""T004's fixed formulas with one word changed (issue 19): the 以人民为中心 formula, the
普法 responsibility slogan, the four governance formulas, the names of standing bodies.
Errors with a fix where the formula has no other reading; warnings otherwise."""

from __future__ import annotations

import pytest
from rulecases import findings_in, fixed

from reportgen.rules.base import Severity

ERRORS = [
    ("坚持以人民为本的发展思想。", "坚持以人民为中心的发展思想。"),
    ("践行以群众为中心的发展思想。", "践行以人民为中心的发展思想。"),
    ("落实谁执法谁宣传普法责任制。", "落实谁执法谁普法普法责任制。"),
    ("压实谁普法谁执法责任。", "压实谁执法谁普法责任。"),
    (
        "坚持系统治理、依法治理、综合治理、源头管理。",
        "坚持系统治理、依法治理、综合治理、源头治理。",
    ),
    (
        "坚持系统治理、依法整治、综合治理、源头治理。",
        "坚持系统治理、依法治理、综合治理、源头治理。",
    ),
    (
        "坚持系统治理、依法治理、综合治理、根本治理。",
        "坚持系统治理、依法治理、综合治理、源头治理。",
    ),
    (
        "坚持系统治理、依法管理、综合治理、源头治理。",
        "坚持系统治理、依法治理、综合治理、源头治理。",
    ),
    (
        "坚持全面治理、依法治理、综合治理、源头治理。",
        "坚持系统治理、依法治理、综合治理、源头治理。",
    ),
    ("坚持以人民为本的发展理念。", "坚持以人民为中心的发展思想。"),
    ("召开县委全面依法治县工作委员会会议。", "召开县委全面依法治县委员会会议。"),
    ("市委全面依法治理委员会印发要点。", "市委全面依法治市委员会印发要点。"),
    ("县委全面依法治县委员办公室开展督察。", "县委全面依法治县委员会办公室开展督察。"),
    ("县安全生产委员办公室开展检查。", "县安全生产委员会办公室开展检查。"),
]

WARNINGS = [
    "落实谁审判谁普法责任制。",
    "县全面依法治县委员会召开会议。",
    "县安全生产管理委员会召开全体会议。",
    "坚持以人为本的发展思想。",
    "县委全面依法治县办公室开展督察。",
    "县安全生产办公室开展检查。",
]

CLEAN = [
    "坚持以人民为中心的发展思想，坚持以人为本。",
    "落实“谁执法谁普法”普法责任制，推行谁主管谁普法、谁服务谁普法、谁管理谁普法。",
    "坚持谁主管谁负责、谁执法谁负责。",
    "坚持系统治理、依法治理、综合治理、源头治理，加强源头管理和专项整治。",
    "县委全面依法治县委员会召开第三次会议，县委全面依法治县委员会办公室开展督察。",
    "县安全生产委员会办公室（县安委办）开展检查，县安委会召开会议。",
    "中共博爱县委全面依法治县委员会印发工作要点。",
]


@pytest.mark.parametrize(("wrong", "right"), ERRORS)
def test_a_formula_with_one_word_changed_is_an_error_fixed(wrong: str, right: str) -> None:
    found = findings_in(wrong, "T004")
    assert [f.severity for f in found] == [Severity.ERROR]
    assert fixed(wrong, found) == right


@pytest.mark.parametrize("written", WARNINGS)
def test_a_form_that_may_be_right_is_a_warning_without_fix(written: str) -> None:
    found = findings_in(written, "T004")
    assert [f.severity for f in found] == [Severity.WARNING]
    assert found[0].fix is None


@pytest.mark.parametrize("written", CLEAN)
def test_the_formulas_as_written_are_left_alone(written: str) -> None:
    assert findings_in(written, "T004") == []
