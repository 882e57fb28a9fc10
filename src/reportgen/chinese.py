"""What counts as Chinese, in one place: the character classes the regexes of import,
organ names and the proofreader are written with (`[{HAN}]`)."""

from __future__ import annotations

import re

# CJK Unified Ideographs: the characters in common use, those of organ and place names.
HAN = "\u4e00-\u9fff"
# Any Chinese character: also the rarer ideographs (Extension A, the compatibility block).
ANY_HAN = HAN + "\u3400-\u4dbf\uf900-\ufaff"
# Chinese punctuation: CJK symbols and marks, full-width forms, curly quotes, dash, ellipsis
# and title marks.
MARKS = "\u3000-\u303f\uff00-\uffef“”‘’—…《》"

_CHINESE_TEXT = re.compile(f"[{ANY_HAN}{MARKS}]")


def in_chinese_text(char: str) -> bool:
    """A Chinese character or mark: a half-width mark beside one stands in Chinese text."""
    return bool(char) and _CHINESE_TEXT.match(char) is not None
