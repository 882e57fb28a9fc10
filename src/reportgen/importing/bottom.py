"""Below the numbered body, read from the end up: 附注 lines, the date, the signature,
and the 附件说明.

The signature is organ names, on one line or several (or sharing a line with the
date), perhaps marked （盖章） where the seal goes; the date is any of the spellings
numbering.read_date knows, under the signature or above it; 附注 lines such as
（此件公开发布） or （联系人：……） follow the date. 附件：1.… 2.… stands under the body
(GB/T 9704 7.3.4) or, as clerks also type it, after the date. A web page's lines and a
printed copy's 版记 (…印发) at the very end are left out, and named.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .. import days, numbering
from ..lazyregex import lazy_compile
from .frame import names_on_line
from .metadata import metadata_at
from .web import is_web_line

NOTE_WORDS = ("此件", "联系人", "联系电话", "附注", "抄送")
_MAX_NOTES = 3
_MAX_SIGNATURE_LINES = 4
_MAX_ATTACHMENTS = 20
# （盖章）: where the seal goes, printed after an organ's name in some reports.
SEAL = lazy_compile(r"\s*[（(](?:盖章|盖印|印章|公章|签章|章)[）)]$")
# 版记: …办公室 2024年1月16日印发, the printing office's line under the report.
_PRINTED = lazy_compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发$")
_ATTACHMENT = lazy_compile(r"^附\s*件\s*(?P<number>\d{1,2})?\s*[：:]\s*(?P<rest>.*)$")
_MORE = lazy_compile(
    r"^(?:(?P<number>\d{1,2})\s*[.．、]|附\s*件\s*(?P<nth>\d{1,2})\s*[：:.．、]?)\s*(?P<name>\S.*)$"
)
# 附件1 (or 附件：) alone on its line: an attachment's own text begins under it.
_ATTACHED = lazy_compile(r"^附\s*件\s*\d{0,2}\s*[：:]?$")
_MONTH_ONLY = lazy_compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月$")
_NUMBERED = lazy_compile(r"^(?P<number>\d{1,2})\s*[.．、]\s*(?P<name>\S.*)$")


@dataclass
class Bottom:
    """What was found below the body, and where it starts."""

    start: int
    signatories: list[str] = field(default_factory=list)
    date: dt.date | None = None
    date_text: str | None = None
    note: str | None = None
    attachments: list[str] = field(default_factory=list)
    attachments_below: bool = False  # typed after the date, not above the signature
    dropped: list[str] = field(default_factory=list)  # a web page's lines after the report
    notes: list[str] = field(default_factory=list)  # what was read in a way worth saying


def _is_note(text: str) -> bool:
    bracketed = text[:1] in "（(" and text[-1:] in "）)" and len(text) <= 80
    return bracketed or text.startswith(NOTE_WORDS)


def _surely_note(text: str) -> bool:
    """A 附注 even where no date precedes it: （此件公开发布）, （联系人：……）."""
    return any(word in text[:6] for word in NOTE_WORDS)


def _names(text: str, seals: list[str]) -> list[str] | None:
    """The organ names of a signature line, （盖章） after a name left out (and counted)."""
    names = names_on_line(text)
    if names is None:
        unsealed = [SEAL.sub("", name) for name in re.split(r"(?<=[）)])[\s\u3000]+", text)]
        names = names_on_line(" ".join(unsealed)) if unsealed != [text] else None
        if names is not None:
            seals.append(text)
    return names


def _signed_and_dated(text: str, seals: list[str]) -> tuple[list[str], dt.date, str] | None:
    """××镇人民政府　2024年1月15日: the signature and the date on one line."""
    pieces = re.split(r"[\s\u3000]+", text.strip())
    for cut in range(len(pieces) - 1, 0, -1):
        date_text = "".join(pieces[cut:])
        date = numbering.read_date(date_text)
        sealed: list[str] = []
        names = _names(" ".join(pieces[:cut]), sealed) if date is not None else None
        if date is not None and names:
            seals += sealed
            return names, date, date_text
    return None


@dataclass(frozen=True)
class Attachments:
    start: int  # the line of 附件：
    names: list[str]  # without 附件： and their numbers
    numbers: list[int]  # as typed, where they were


def attachment_list(lines: list[str], end: int, floor: int) -> Attachments | None:
    """附件：1.… 2.… (or 附件1：… 附件2：…) ending just above `end`; None when the lines
    there are not one."""
    # The list may start on the floor's own line, as a signature line may: under a report
    # of one heading, 附件： is the second line.
    for start in range(end - 1, max(floor - 1, end - 1 - _MAX_ATTACHMENTS), -1):
        first = _ATTACHMENT.match(lines[start])
        if first is None or int(first.group("number") or 1) > 1:
            if _MORE.match(lines[start]):
                continue  # 2.…, 附件2：…: the list goes on above
            return None
        names, numbers = [], []
        rest, number = first.group("rest"), first.group("number")
        numbered = None if number else _NUMBERED.match(rest)
        if numbered:
            rest, number = numbered.group("name"), numbered.group("number")
        if rest:
            names.append(rest)
            numbers += [int(number)] if number else []
        for line in lines[start + 1 : end]:
            more = _MORE.match(line)
            assert more is not None
            names.append(more.group("name"))
            numbers.append(int(more.group("number") or more.group("nth")))
        return Attachments(start, names, numbers) if names else None
    return None


def read_bottom(lines: list[str], floor: int) -> Bottom:
    """Read the signature block from the end up, no higher than `floor`."""
    end = len(lines)
    bottom = Bottom(end)
    seals: list[str] = []
    end = _peel_page_lines(lines, end, floor, bottom)
    end = _peel_attachments(lines, end, floor, bottom, after_date=True)
    end = _peel_attached_documents(lines, end, floor, bottom)
    below_notes = end
    notes: list[str] = []
    while end - 1 > floor and len(notes) < _MAX_NOTES and _is_note(lines[end - 1]):
        notes.insert(0, lines[end - 1])
        end -= 1
    above_notes = _peel_attachments(lines, end, floor, bottom, after_date=True) if notes else end
    last = lines[above_notes - 1] if above_notes > floor else ""
    date, shared = numbering.read_date(last), _signed_and_dated(last, seals)
    signed_above = above_notes - 2 > floor and names_on_line(lines[above_notes - 2]) is not None
    partial = date is None and shared is None and signed_above and _MONTH_ONLY.match(last)
    missing = _missing_day(last) if date is None and shared is None and signed_above else None
    if (
        date is None
        and shared is None
        and not partial
        and not missing
        and not all(map(_surely_note, notes))
    ):
        if above_notes != end:  # 附件说明 above lines that are text is not one either
            bottom.attachments, bottom.notes = [], []
        end, notes = below_notes, []  # bracketed lines without a date: text, not 附注
    else:
        end = above_notes
    bottom.note = "".join(notes) or None
    signatories: list[str] = []
    if date is not None:
        bottom.date, bottom.date_text = date, last
        end -= 1
    elif shared is not None:
        signatories, bottom.date, bottom.date_text = shared
        end -= 1
    elif partial:  # 2024年1月 under the signature: the date line, without its day
        bottom.notes.append(f"成文日期“{last}”没有写到日，date 暂为空，请补全（如“{last}15日”）。")
        end -= 1
    elif missing:  # 2025年2月30日 under the signature: the date line, of a day no calendar has
        bottom.notes.append(f"成文日期“{last}”不存在：{missing}。date 暂为空，请核对后填写。")
        end -= 1
    while end > floor and len(signatories) < _MAX_SIGNATURE_LINES * 2:
        names = _names(lines[end - 1], seals)
        if names is None:
            break
        signatories = names + signatories
        end -= 1
    if bottom.date is None and signatories and end > floor:
        above = numbering.read_date(lines[end - 1])  # the date typed above the signature
        if above is not None:
            bottom.date, bottom.date_text = above, lines[end - 1]
            end -= 1
    if signatories or bottom.date is not None:
        end = _peel_attachments(lines, end, floor, bottom, after_date=False)
    if bottom.attachments:
        moved = bottom.attachments_below and (signatories or bottom.date is not None)
        where = "；原在署名和成文日期之后，已按 GB/T 9704 放在正文之下、署名之上" if moved else ""
        bottom.notes.insert(
            0, f"附件说明（{len(bottom.attachments)} 个附件）读入 attachments{where}。"
        )
    if seals:
        shown = "".join(f"“{seal}”" for seal in reversed(seals[-4:]))  # read bottom up
        bottom.notes.append(f"署名{shown}中的“（盖章）”等是盖章位置的提示，已从署名中去掉。")
    bottom.start, bottom.signatories = end, signatories
    return bottom


def _missing_day(line: str) -> str | None:
    """Why a line written as a date names no day that exists, or None."""
    parts = numbering.date_parts(line)
    return days.missing_day(*parts) if parts is not None else None


def _peel_page_lines(lines: list[str], end: int, floor: int, bottom: Bottom) -> int:
    """A web page's metadata and a printed copy's 版记 after the report."""
    while end - 1 > floor:
        labelled = metadata_at(lines[:end], end - 2) if end - 2 > floor else None
        if labelled is not None and labelled[1] == 2:  # 发布日期 / 2024-01-16
            bottom.dropped[:0] = lines[end - 2 : end]
            end -= 2
        elif is_web_line(lines[end - 1]) or _PRINTED.search(lines[end - 1]):
            bottom.dropped.insert(0, lines[end - 1])  # 责任编辑：…, …办公室 2024年1月16日印发
            end -= 1
        else:
            break
    return end


def _peel_attached_documents(lines: list[str], end: int, floor: int, bottom: Bottom) -> int:
    """The attachments' own text after the dated report (附件1 / its title / its table …):
    not the report. Their titles are its 附件说明; the rest is left out, and said."""
    if bottom.attachments:
        return end
    start = next(
        (
            k
            for k in range(floor + 1, end)
            if _ATTACHED.match(lines[k])
            and k + 1 < end
            and not _MORE.match(lines[k + 1])  # 附件： over 1.… 2.… is a 附件说明
            and any(numbering.read_date(line) for line in lines[max(floor, k - 4) : k])
        ),
        None,
    )
    if start is None:
        return end
    marks = [k for k in range(start, end) if _ATTACHED.match(lines[k])]
    names = [lines[k + 1] for k in marks if k + 1 < end and not _ATTACHED.match(lines[k + 1])]
    bottom.attachments, bottom.attachments_below = names, True
    bottom.notes.append(
        f"成文日期之后的“{lines[start]}”起 {end - start} 行是附件的正文，不属于报告，没有读入"
        "（附件名称已读入 attachments）；请另存附件。"
    )
    return start


def _peel_attachments(
    lines: list[str], end: int, floor: int, bottom: Bottom, *, after_date: bool
) -> int:
    """An 附件说明 ending at `end`, if there is one and none was found yet."""
    found = None if bottom.attachments else attachment_list(lines, end, floor)
    if found is None:
        return end
    bottom.attachments, bottom.attachments_below = found.names, after_date
    if found.numbers and found.numbers != list(range(1, len(found.numbers) + 1)):
        typed = "".join(f"“{n}.”" for n in found.numbers)
        bottom.notes.append(f"附件序号{typed}不连续，已按顺序重新编号。")
    return found.start
