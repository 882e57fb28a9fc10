"""What stands around the numbered body, recognised by what each line is.

Above the body: 版头, an organ's name on its own line, the title (a line, or up to three
lines, that reads as a title of the genre), the addressees (organ names separated by 、,
ending in ：), the opening (prose). Below it: the signature (organ names, one or more
lines or several on a line), the date, and 附注 lines such as （此件公开发布）.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .. import numbering
from ..organs import is_organ_name
from ..structure import read_heading

NUMBER_LINE = re.compile(r"^(?P<number>\S+〔\d{4}〕\S*号)(?:\s*签发人[：:]\s*(?P<signer>.+))?$")
# A title of the genre ends in 报告 (or 总结, 情况), perhaps with a bracketed remark.
_TITLE_END = re.compile(r"(?:报告|总结|情况|汇报)(?:[（(][^）)]{1,20}[）)])?$")
_SENTENCE_MARKS = re.compile(r"[。；！？!?;]|[：:]$")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
_CHINESE_YEAR = re.compile(r"([〇○O零一二三四五六七八九]{4})年")
_SEPARATORS = re.compile(r"[\s\u3000]+")
NOTE_WORDS = ("此件", "联系人", "联系电话", "附注")


def names_on_line(text: str) -> list[str] | None:
    """The organ names a line consists of (separated by spaces or 、), or None."""
    names = [name for name in re.split(r"[\s\u3000、]+", text) if name]
    if read_heading(text) is not None or len(text) > 80:
        return None
    if names and all(is_organ_name(name) for name in names):
        return names
    return None


def reads_as_title(text: str) -> bool:
    return (
        6 <= len(text) <= 90
        and not _SENTENCE_MARKS.search(text)
        and "，" not in text
        and bool(_TITLE_END.search(text))
        and read_heading(text) is None
    )


def title_year(title: str) -> int | None:
    found = YEAR.search(title)
    if found:
        return int(found.group(1))
    chinese = _CHINESE_YEAR.search(title)
    if chinese:
        day = numbering.read_date(chinese.group(0) + "一月一日")
        return day.year if day else None
    return None


# A place named without its organ: 白鹭乡, 金桥街道, 澜江区; the organ's formal name adds
# what the place's government is called.
_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:镇|乡|街道|县|区|市|旗)$")
_FORMAL = {"街道": "办事处"}


def formal_name(place: str) -> str:
    """白鹭乡 → 白鹭乡人民政府, 金桥街道 → 金桥街道办事处."""
    return place + next((v for k, v in _FORMAL.items() if place.endswith(k)), "人民政府")


def title_organs(title: str) -> tuple[list[str], bool]:
    """The organs a title starts with, and whether they are full names.

    ××镇人民政府关于……的报告 → ([××镇人民政府], True); 白鹭乡2023年……报告 → ([白鹭乡], False):
    a place, not its organ's name; ([], False) when the title starts with 关于.
    """
    prefix = title.split("关于", 1)[0] if "关于" in title else ""
    if not prefix:
        year = YEAR.search(title) or _CHINESE_YEAR.search(title)
        prefix = title[: year.start()] if year else ""
    names = [n for n in re.split(r"[、\s]+", prefix) if n]
    if len(names) == 1 and _PLACE.match(names[0]):
        return names, False
    if names and all(is_organ_name(n) for n in names):
        return names, True
    return [], False


_SUBJECT = re.compile(
    r"^(?:(?:19|20)\d{2}年(?:度|以来)?，)?(?:一年来，)?([\u4e00-\u9fff]{2,12}?)(?:在|坚持|以|始终|认真|深入|全面|紧紧|围绕|聚焦)"
)


def opening_place(opening: list[str]) -> str | None:
    """The place an opening starts with as its subject: 2023年，青石镇坚持… → 青石镇."""
    for paragraph in opening[:1]:
        for sentence in paragraph.split("。")[:2]:
            found = _SUBJECT.match(sentence)
            if found and _PLACE.match(found.group(1)):
                return found.group(1)
    return None


@dataclass
class Top:
    """What was found above the body, and where the body starts."""

    masthead: dict[str, str] = field(default_factory=dict)
    organ_lines: list[list[str]] = field(default_factory=list)
    title: str | None = None
    addressees: list[str] = field(default_factory=list)
    opening: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_top(lines: list[str]) -> Top:
    """Classify the lines above the first numbered heading."""
    top = Top()
    index = 0
    while index < len(lines):
        text = lines[index]
        if top.opening:  # once prose has started, the rest is the opening
            top.opening.append(text)
            index += 1
            continue
        taken = _title_at(lines, index) if top.title is None and not top.addressees else 0
        if taken:
            top.title = "".join(lines[index : index + taken])
            index += taken
            continue
        number = NUMBER_LINE.match(_SEPARATORS.sub(" ", text))
        names = names_on_line(text)
        if number and top.title is None:
            top.masthead["number"] = number.group("number")
            if number.group("signer"):
                top.masthead["signer"] = number.group("signer").strip()
        elif text.endswith("文件") and top.title is None and len(text) <= 30:
            top.masthead["mark"] = text
        elif names and not top.addressees:
            top.organ_lines.append(names)
        elif not top.addressees and (addressees := _addressees(text)):
            top.addressees = addressees
            if text.endswith(":"):
                top.notes.append("主送机关后用了半角冒号，已按全角处理。")
        else:
            top.opening.append(text)
        index += 1
    return top


def _title_at(lines: list[str], index: int) -> int:
    """How many lines from `index` make the title (a title broken over up to three
    lines joins up; the longest reading wins), or 0 when no title starts there."""
    taken = 0
    for count in (1, 2, 3):
        pieces = lines[index : index + count]
        if len(pieces) < count or names_on_line(pieces[-1]):
            break  # an organ's name on its own line is not part of a title
        if count > 1 and any(_SENTENCE_MARKS.search(p) or "，" in p for p in pieces):
            break
        if reads_as_title("".join(pieces)):
            taken = count
    return taken


def _addressees(text: str) -> list[str] | None:
    """Organ names separated by 、 (or a comma) and ending in ：."""
    if not text.endswith(("：", ":")):
        return None
    names = [n.strip() for n in re.split(r"[、，,]", text[:-1])]
    if names and all(is_organ_name(n) for n in names):
        return names
    return None


@dataclass
class Bottom:
    """What was found below the body, and where it starts."""

    start: int
    signatories: list[str] = field(default_factory=list)
    date: dt.date | None = None
    date_text: str | None = None
    note: str | None = None


def _is_note(text: str) -> bool:
    bracketed = text[:1] in "（(" and text[-1:] in "）)" and len(text) <= 80
    return bracketed or text.startswith(NOTE_WORDS)


def read_bottom(lines: list[str], floor: int) -> Bottom:
    """Read the signature block from the end up, no higher than `floor`."""
    end = len(lines)
    notes: list[str] = []
    while end - 1 > floor and len(notes) < 2 and _is_note(lines[end - 1]):
        notes.insert(0, lines[end - 1])
        end -= 1
    date = numbering.read_date(lines[end - 1]) if end > floor else None
    if date is None and not any(word in n for n in notes for word in NOTE_WORDS):
        end += len(notes)  # bracketed lines without a date: text, not 附注
        notes = []
    bottom = Bottom(end)
    if date is not None:
        bottom.date, bottom.date_text = date, lines[end - 1]
        end -= 1
    signatories: list[str] = []
    while end > floor and len(signatories) < 4:
        names = names_on_line(lines[end - 1])
        if names is None:
            break
        signatories = names + signatories
        end -= 1
    if bottom.date is None and signatories and end > floor:
        # the date above the signature, as some clerks type it
        above = numbering.read_date(lines[end - 1])
        if above is not None:
            bottom.date, bottom.date_text = above, lines[end - 1]
            end -= 1
    bottom.start, bottom.signatories = end, signatories
    bottom.note = "".join(notes) or None
    return bottom
