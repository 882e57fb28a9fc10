"""Where a value stands in a data file, said two ways: the JSON path for the editor
(`parts[1].sections[0].title`) and a clerk's reading of it (`二、›（一）›标题`).

No pydantic here: error messages and findings are printed without loading the model.
"""

from __future__ import annotations

from collections.abc import Callable

from . import numbering
from .structure import LEVELS


def json_path(loc: tuple[str | int, ...]) -> str:
    text = ""
    for key in loc:
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else str(key))
    return text


# Tags of the paragraph/point-list union (model.Block); pydantic puts them in error paths.
UNION_TAGS = ("paragraph", "point_list")

_FIELD_NAMES = {
    "$schema": "$schema",
    "year": "报告年度",
    "organ": "发文机关",
    "signatories": "署名机关",
    "addressees": "主送机关",
    "title": "标题",
    "heading": "标题",
    "opening": "开头",
    "date": "成文日期",
    "note": "附注",
    "attachments": "附件说明",
    "kind": "内容类别",
    "content": "正文",
    "lead": "引语",
    "text": "正文",
    "intro": "引导语",
    "inline": "inline",
}

_NUMBERED: dict[str, Callable[[int], str]] = {
    **{level.key: level.format for level in LEVELS},
    "points": numbering.point,
    "content": lambda n: f"第{n}段",
    "opening": lambda n: f"第{n}段",
    "signatories": lambda n: f"第{n}个",
    "addressees": lambda n: f"第{n}个",
    "attachments": lambda n: f"第{n}个附件",
}


# Lists outside the parts: their name is said, then the index (主送机关›第2个).
_LISTS = ("opening", "signatories", "addressees", "attachments")


def describe_path(loc: tuple[str | int, ...]) -> str:
    """A clerk's reading of a JSON path: parts[1].sections[0].title → 二、›（一）›标题."""
    words: list[str] = []
    container: str | None = None
    for key in loc:
        if isinstance(key, int):
            name = _NUMBERED.get(container or "")
            words.append(name(key + 1) if name else f"第{key + 1}项")
        elif key in _NUMBERED and key not in _LISTS:
            pass  # the index that follows says it
        else:
            words.append(_FIELD_NAMES.get(key, key))
        container = key if isinstance(key, str) else container
    return "›".join(words)


# The keys of a report in the order a reader meets them. Only keys of one object are ever
# compared: at the top the 版头 comes first and the signature last; in a division its
# title, its text, then the divisions below; in a point list its intro, then the points.
_READING = (
    "$schema",
    "year",
    "masthead",
    "mark",
    "number",
    "signer",
    "title",
    "organ",
    "addressees",
    "opening",
    "parts",
    "kind",
    "heading",
    "intro",
    "content",
    "points",
    "lead",
    "text",
    "inline",
    *(level.key for level in LEVELS[1:]),
    "signatories",
    "date",
    "note",
)
_RANK = {key: rank for rank, key in enumerate(_READING)}


def reading_order(loc: tuple[str | int, ...]) -> tuple[tuple[int, int], ...]:
    """A sort key that puts JSON paths in the order of the text: parts[0] before parts[1],
    a heading before its paragraphs, the title before the parts."""
    return tuple(
        (1, key) if isinstance(key, int) else (0, _RANK.get(key, len(_RANK))) for key in loc
    )
