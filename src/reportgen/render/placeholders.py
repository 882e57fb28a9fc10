"""The template's placeholders ({{title}}, {{body}} …) and what a template must hold.

Used by the .docx renderer, which refuses an incomplete template, and by
`template check`, which lists what a county's template lacks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .gongwen import (
    BLOCK_PLACEHOLDERS,
    OPTIONAL_STYLES,
    PARAGRAPH_STYLES,
    REQUIRED_PLACEHOLDERS,
    SCALAR_PLACEHOLDERS,
)

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_]+)\s*\}\}")


def block_name(paragraph_text: str) -> str | None:
    """The placeholder that is a paragraph's only content ({{body}}), if any."""
    match = PLACEHOLDER.fullmatch(paragraph_text.strip())
    return match.group(1) if match else None


def found(paragraph_texts: Iterable[str]) -> Counter[str]:
    """How often each placeholder occurs."""
    return Counter(name for text in paragraph_texts for name in PLACEHOLDER.findall(text))


def problems(
    style_names: Iterable[str], paragraph_texts: Iterable[str], needed: tuple[str, ...] = ()
) -> list[str]:
    """What a template lacks, in Chinese, one line per problem.

    `paragraph_texts`: the text of every paragraph in its stories (body, headers,
    footers); `needed`: optional placeholders a report has content for ({{note}}),
    whose styles it then needs too (公文附件说明 for {{attachments}}).
    """
    names = set(style_names)
    texts = list(paragraph_texts)
    result = [
        f"缺少段落样式“{spec.name}”"
        for role, spec in PARAGRAPH_STYLES.items()
        if spec.name not in names and OPTIONAL_STYLES.get(role, "") in ("", *needed)
    ]
    for text in texts:
        for name in PLACEHOLDER.findall(text):
            if name in BLOCK_PLACEHOLDERS and block_name(text) != name:
                result.append(f"占位符 {{{{{name}}}}} 必须单独占一段（该段不能有其他文字）")
            elif name not in BLOCK_PLACEHOLDERS + SCALAR_PLACEHOLDERS:
                result.append(f"不认识的占位符 {{{{{name}}}}}，请检查拼写")
    counts = found(texts)
    result += [
        f"缺少占位符 {{{{{name}}}}}" for name in REQUIRED_PLACEHOLDERS + needed if not counts[name]
    ]
    result += [
        f"占位符 {{{{{name}}}}} 出现了 {counts[name]} 次，只能出现一次"
        for name in BLOCK_PLACEHOLDERS
        if counts[name] > 1
    ]
    return result
