"""Below the numbered body, read from the end up: 附注 lines, the date, the signature.

The signature is organ names, on one line or several (or sharing a line with the
date); the date is any of the spellings numbering.read_date knows; 附注 lines such as
（此件公开发布） or （联系人：……） follow the date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .. import numbering
from .frame import WEB_META, names_on_line

NOTE_WORDS = ("此件", "联系人", "联系电话", "附注", "抄送")
_MAX_NOTES = 3
_MAX_SIGNATURE_LINES = 4


@dataclass
class Bottom:
    """What was found below the body, and where it starts."""

    start: int
    signatories: list[str] = field(default_factory=list)
    date: dt.date | None = None
    date_text: str | None = None
    note: str | None = None
    dropped: list[str] = field(default_factory=list)  # a web page's lines after the report


def _is_note(text: str) -> bool:
    bracketed = text[:1] in "（(" and text[-1:] in "）)" and len(text) <= 80
    return bracketed or text.startswith(NOTE_WORDS)


def _surely_note(text: str) -> bool:
    """A 附注 even where no date precedes it: （此件公开发布）, （联系人：……）."""
    return any(word in text[:6] for word in NOTE_WORDS)


def _signed_and_dated(text: str) -> tuple[list[str], dt.date, str] | None:
    """××镇人民政府　2024年1月15日: the signature and the date on one line."""
    pieces = re.split(r"[\s\u3000]+", text.strip())
    for cut in range(len(pieces) - 1, 0, -1):
        date_text = "".join(pieces[cut:])
        date = numbering.read_date(date_text)
        names = names_on_line(" ".join(pieces[:cut]))
        if date is not None and names:
            return names, date, date_text
    return None


def read_bottom(lines: list[str], floor: int) -> Bottom:
    """Read the signature block from the end up, no higher than `floor`."""
    end = len(lines)
    dropped: list[str] = []
    while end - 1 > floor and WEB_META.match(lines[end - 1]):
        dropped.insert(0, lines[end - 1])  # 打印本页, 关闭窗口 … after the report
        end -= 1
    notes: list[str] = []
    while end - 1 > floor and len(notes) < _MAX_NOTES and _is_note(lines[end - 1]):
        notes.insert(0, lines[end - 1])
        end -= 1
    last = lines[end - 1] if end > floor else ""
    date, shared = numbering.read_date(last), _signed_and_dated(last)
    if date is None and shared is None and not all(_surely_note(n) for n in notes):
        end += len(notes)  # bracketed lines without a date: text, not 附注
        notes = []
    bottom = Bottom(end, note="".join(notes) or None, dropped=dropped)
    signatories: list[str] = []
    if date is not None:
        bottom.date, bottom.date_text = date, last
        end -= 1
    elif shared is not None:
        signatories, bottom.date, bottom.date_text = shared
        end -= 1
    while end > floor and len(signatories) < _MAX_SIGNATURE_LINES * 2:
        names = names_on_line(lines[end - 1])
        if names is None:
            break
        signatories = names + signatories
        end -= 1
    if bottom.date is None and signatories and end > floor:
        above = numbering.read_date(lines[end - 1])  # the date typed above the signature
        if above is not None:
            bottom.date, bottom.date_text = above, lines[end - 1]
            end -= 1
    bottom.start, bottom.signatories = end, signatories
    return bottom
