"""A report's name (model.Report.document_name) made into one safe file name.

The output's file name comes from the data, so the data must not decide where a file
goes or break a file system: the name is one path component that Windows, macOS and
Linux all accept, and short enough for any suffix `build` adds.
"""

from __future__ import annotations

import unicodedata

# Windows refuses these in a name; / is also the separator everywhere else.
FORBIDDEN = frozenset('/\\:*?"<>|')
# Device names Windows reserves whatever the suffix (CON.docx is the console).
RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{device}{n}" for device in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]]
)
MAX_NAME_BYTES = 255
# What `build` puts after the stem at most: the draft mark and the longest suffix
# (.docx, .html; tests/test_bad_input_names.py holds every format to it).
DRAFT_MARK = "（草稿）"
LONGEST_SUFFIX = ".docx"
STEM_BYTES = MAX_NAME_BYTES - len(f"{DRAFT_MARK}{LONGEST_SUFFIX}".encode())
FALLBACK = "报告"


def unsafe_characters(text: str) -> list[str]:
    """The characters of `text` that cannot stand in a file name, each once, in order:
    separators and Windows' reserved marks, line breaks and other control characters."""
    found: list[str] = []
    for char in text:
        if (char in FORBIDDEN or _is_control(char)) and char not in found:
            found.append(char)
    return found


def _is_control(char: str) -> bool:
    # Cc: C0/C1 controls, newline and tab; Zl/Zp: U+2028/U+2029 line and paragraph breaks.
    return unicodedata.category(char) in ("Cc", "Zl", "Zp")


def _is_invisible(char: str) -> bool:
    # Cf: zero-width and bidirectional controls, for a name must read as it is stored;
    # Cs: a lone surrogate, which no file system can store.
    return unicodedata.category(char) in ("Cf", "Cs")


def safe_stem(name: str, budget: int = STEM_BYTES) -> str:
    """`name` as one file name component of at most `budget` bytes (UTF-8).

    Unsafe characters become "_", invisible ones go; leading and trailing dots and
    spaces go (Windows drops trailing ones; a leading dot hides a file); a reserved
    device name gets a "_" in front; a long name is cut at a character boundary.
    """
    text = "".join(
        "_" if char in FORBIDDEN or _is_control(char) else char
        for char in name
        if not _is_invisible(char)
    )
    text = text.strip(" .")
    if text.split(".")[0].rstrip(" ").upper() in RESERVED:
        text = f"_{text}"
    # Cut in bytes; a character split in two is dropped whole.
    cut = text.encode("utf-8")[:budget]
    text = cut.decode("utf-8", errors="ignore").rstrip(" .")
    return text or FALLBACK


def too_long(name: str) -> bool:
    """Whether `safe_stem` has to cut `name`."""
    return len(name.encode("utf-8", errors="replace")) > STEM_BYTES
