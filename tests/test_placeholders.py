"""render/placeholders.py: what a template's paragraphs must hold."""

from __future__ import annotations

from reportgen.render.gongwen import PARAGRAPH_STYLES
from reportgen.render.placeholders import block_name, found, problems

ALL_STYLES = [spec.name for spec in PARAGRAPH_STYLES.values()]
COMPLETE = ["{{title}}", "{{addressees}}：", "{{body}}", "{{signatures}}", "{{date}}"]


def test_a_complete_template_has_no_problems() -> None:
    assert problems(ALL_STYLES, COMPLETE) == []


def test_block_placeholders_stand_alone_and_once() -> None:
    assert block_name("  {{ body }} ") == "body"
    assert block_name("见 {{body}}") is None
    texts = [*COMPLETE, "附：{{note}}", "{{body}}"]
    assert problems(ALL_STYLES, texts) == [
        "占位符 {{note}} 必须单独占一段（该段不能有其他文字）",
        "占位符 {{body}} 出现了 2 次，只能出现一次",
    ]


def test_missing_styles_and_placeholders_and_misspellings_are_named() -> None:
    texts = ["{{titel}}", "{{addressees}}：", "{{body}}", "{{signatures}}", "{{date}}"]
    assert problems(ALL_STYLES[1:], texts, needed=("note",)) == [
        f"缺少段落样式“{ALL_STYLES[0]}”",
        "不认识的占位符 {{titel}}，请检查拼写",
        "缺少占位符 {{title}}",
        "缺少占位符 {{note}}",
    ]


def test_a_style_for_optional_content_is_needed_only_with_that_content() -> None:
    """A county's template made before 附件说明 had a style still builds every report
    without attachments; one with attachments needs the style and the placeholder."""
    older = [name for name in ALL_STYLES if name != "公文附件说明"]
    assert problems(older, COMPLETE) == []
    assert problems(older, COMPLETE, needed=("attachments",)) == [
        "缺少段落样式“公文附件说明”",
        "缺少占位符 {{attachments}}",
    ]


def test_scalar_placeholders_may_share_a_paragraph() -> None:
    counts = found(["报送单位：{{organ}}（{{year}}年度）", "{{organ}}"])
    assert counts == {"organ": 2, "year": 1}
