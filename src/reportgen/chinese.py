"""What counts as Chinese, in one place: the character classes the regexes of import,
organ names and the proofreader are written with (`[{HAN}]`)."""

from __future__ import annotations

# CJK Unified Ideographs: the characters in common use, those of organ and place names.
HAN = "\u4e00-\u9fff"
# Any Chinese character: also the rarer ideographs (Extension A, the compatibility block).
ANY_HAN = HAN + "\u3400-\u4dbf\uf900-\ufaff"
# Chinese punctuation: CJK symbols and marks, full-width forms, curly quotes, dash, ellipsis
# and title marks.
MARKS = "\u3000-\u303f\uff00-\uffef“”‘’—…《》"

# The same as the class [{ANY_HAN}{MARKS}], tested without a regex: `re` compiles a class
# over these blocks by visiting each of their 28,000 code points (about 2 ms at every start).
_CHINESE_BLOCKS = (
    (0x4E00, 0x9FFF),
    (0x3400, 0x4DBF),
    (0xF900, 0xFAFF),
    (0x3000, 0x303F),
    (0xFF00, 0xFFEF),
)
_CHINESE_MARKS = frozenset("“”‘’—…《》")


def is_han(char: str) -> bool:
    """One character of the class [{HAN}], tested without compiling it."""
    return "\u4e00" <= char <= "\u9fff"


def in_chinese_text(char: str) -> bool:
    """A Chinese character or mark: a half-width mark beside one stands in Chinese text."""
    if not char:
        return False
    first = char[0]
    if first in _CHINESE_MARKS:
        return True
    code = ord(first)
    return any(low <= code <= high for low, high in _CHINESE_BLOCKS)
