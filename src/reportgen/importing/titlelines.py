"""Where a title stands among the lines above the body, and over how many lines.

A title of the genre may be broken over up to three lines; the longest reading wins,
but a title ends at its …的报告, starts at its 关于, and takes no date line under it.
"""

from __future__ import annotations

import datetime as dt

from .. import numbering
from ..lazyregex import lazy_compile
from .frame import SENTENCE_MARKS, reading, reads_as_title
from .organlines import joins
from .web import is_junk_line

_COMPLETE = lazy_compile(r"(?:报告|总结)(?:[（(][^）)]*[）)])?$")
_REMARK = lazy_compile(r"^[（(][^）)]{1,20}[）)]$")


def bracketed_date(text: str) -> dt.date | None:
    bracketed = text[:1] in "（(" and text[-1:] in "）)"
    return numbering.read_date(text[1:-1]) if bracketed else None


def title_at(lines: list[str], index: int) -> int:
    """How many lines from `index` make the title (a title broken over up to three
    lines joins up; the longest reading wins), or 0 when no title starts there.

    An organ's line above 关于…的报告 stays the organ's (the title starts at 关于);
    above 2024年…报告 it is the first line of the title."""
    taken = 0
    for count in (1, 2, 3):
        pieces = lines[index : index + count]
        if len(pieces) < count:
            break
        if count > 1 and any(SENTENCE_MARKS.search(p) or "，" in reading(p) for p in pieces):
            break
        if count > 1 and is_junk_line(pieces[0]):
            break  # > • 政务微信 above a title is the page's, not the title's first line
        if pieces[0].startswith("附件") or any(p.startswith("关于") for p in pieces[1:]):
            break  # a title starts at its 关于; 附件2 above it is not part of it
        if count > 1 and bracketed_date(pieces[-1]) is not None:
            break  # （2025年1月20日） under the title is its date
        if count > 1 and _COMPLETE.search("".join(pieces[:-1])) and not _REMARK.match(pieces[-1]):
            break  # …的报告 (or …的报告（2023年度）) ends a title, unless a remark follows
        if count > 1 and not joins(pieces[:1], pieces[-1]):
            break  # the site's header (a 司法局's column) over another organ's title
        if reads_as_title("".join(pieces)):
            taken = count
    return taken
