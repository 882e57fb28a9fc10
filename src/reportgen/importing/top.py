"""Above the numbered body: 版头, organ lines, the title, the addressees, the opening.

Each line is taken for what it is: a title reads as a title of the genre (over up to
three lines), addressees are organ names ending in ：, an opening is prose. Lines that
are none of these before the title (a website's 来源/发布时间, 附件1) are left out, and
said so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .. import numbering
from ..lazyregex import lazy_compile
from .addressees import addressees_then_text, read_addressees
from .frame import (
    is_prose,
    names_its_subject,
    names_on_line,
    own_organ,
    reading,
    restates,
    slipped_organ,
    without_stray_spaces,
)
from .metadata import Metadata, metadata_at
from .organlines import joins, site_header
from .tablerow import TITLE_LABELS
from .titlelines import bracketed_date, title_at
from .web import (
    cut_page_date,
    dropped_note,
    is_junk_line,
    is_web_line,
    quoted,
    search_buttons,
    title_junk,
)

NUMBER_LINE = lazy_compile(r"^(?P<number>\S+〔\d{4}〕\S*号)(?:\s*签发人[：:]\s*(?P<signer>.+))?$")
_SPACES = lazy_compile(r"[\s\u3000]+")
# How far below a stray line a title may stand for the stray line to be left out (with
# nothing but short lines between, as a page's metadata).
_LOOKAHEAD = 12


@dataclass
class Top:
    """What was found above the body."""

    masthead: dict[str, str] = field(default_factory=dict)
    organs: list[str] = field(default_factory=list)  # names on lines of their own
    organ_lines: list[str] = field(default_factory=list)  # the lines just read, if organs
    apart: list[str] = field(default_factory=list)  # organ lines not part of the title
    title: str | None = None
    addressees: list[str] = field(default_factory=list)
    opening: list[str] = field(default_factory=list)
    date: dt.date | None = None  # （2024年1月15日） under the title
    date_text: str | None = None
    page_date: dt.date | None = None  # …的报告 2025-02-28: the page's date after the title
    page_date_text: str | None = None
    meta: Metadata = field(default_factory=Metadata)  # the page's 标题, 发布机构 …
    dropped: list[str] = field(default_factory=list)  # the page's lines, left out
    web_after_title: bool = False  # the page's lines stand under the title taken so far
    organ_joined: bool = False  # the title taken so far joins an organ's line above it
    title_lines: list[str] = field(default_factory=list)  # the lines of the title taken
    notes: list[str] = field(default_factory=list)

    def open_for_title(self) -> bool:
        """Whether a title may still come: none yet, or the one taken is the page's
        heading above its metadata (the document's own title follows)."""
        return not self.addressees and (self.title is None or self.web_after_title)

    def restatable(self) -> bool:
        """Whether the title taken may be a page's headline over the document's own."""
        return self.title is not None and not self.addressees and not self.opening


def read_top(lines: list[str]) -> Top:
    """Classify the lines above the first numbered heading."""
    lines = list(lines)  # a search page's buttons are cut off the line they stick to
    top = Top()
    glued = cut_page_date(lines)  # …的报告 2025-02-28: the title is what stands before it
    if glued is not None:
        top.page_date_text, top.page_date = glued
        top.notes.append(f"标题后的“{glued[0]}”是网页的发布日期，不是标题的一部分，没有读入标题。")
    index = 0
    while index < len(lines):
        text = lines[index]
        index += 1
        page = _page_line(top, lines, index - 1)  # • 来源: … under the opening too
        if page:
            index += page - 1
            continue
        if top.opening:  # once prose has started, the rest is the opening
            top.opening.append(text)
            continue
        text = _cut_junk(top, lines, index - 1)  # 匹配度排序海川县…报告, • [ 有性 ] …报告
        if is_junk_line(text) and top.title is not None and not top.addressees:
            top.notes.append(f"标题下的“{quoted(text)}”是网页上列表的符号或标签，没有读入。")
            continue  # > • 政务微信 between the page's heading and the document's title
        may = top.open_for_title() or top.restatable()
        taken = _title_for(top, lines, index - 1) if may else 0
        if taken:
            _take_title(top, lines[index - 1 : index - 1 + taken])
            index += taken - 1
            continue
        again = _title_again(top, lines, index - 1)
        if again:
            index += again - 1
            continue
        wrapped = (
            read_addressees(text + lines[index])
            if text.endswith("、") and index < len(lines)
            else None
        )
        if wrapped and not top.addressees:  # 中共临溪县委、 / 临溪县人民政府：
            top.addressees = wrapped
            index += 1
            continue
        _classify(top, lines, index - 1)
    _site_header(top)
    if top.title and (tidy := without_stray_spaces(top.title)) != top.title:
        top.notes.append(f"标题“{top.title}”中间的空格是排版留下的，已去掉，请核对 title。")
        top.title = tidy
    top.notes += [
        f"“{line[:30]}”读作发文机关（organ），不作为正文印出；如是署名，请移到 signatories。"
        for line in top.apart
    ]
    titled = top.meta.first(TITLE_LABELS)
    if top.title is None and titled:  # no title line in the text: the page's 标题
        top.title = titled[1]
        top.notes.append(
            f"正文中没有标题行，按网页信息“{titled[0]}：{quoted(titled[1])}”读入标题，请核对 title。"
        )
    return top


def _title_for(top: Top, lines: list[str], index: int) -> int:
    """`title_at`; under a title already taken (the page's heading), only one that says
    what it reports on: 情况报告（三） under the page's date line replaces no heading;
    directly under it (no page line between), only one on the same year's report."""
    taken = title_at(lines, index)
    if top.title is None or not taken:
        return taken
    title = "".join(lines[index : index + taken])
    if not names_its_subject(title):
        return 0
    return taken if top.web_after_title or restates(top.title, title) else 0


def _cut_junk(top: Top, lines: list[str], index: int) -> str:
    """The line at `index` without what the page put in front of it: a search page's
    buttons wherever they stick, a list's bullet or a garbled label (• [ 有性 ], > •
    政务微信) only in front of a title. Said in a note; the line is changed in `lines`."""
    text = lines[index]
    buttons = search_buttons(text)
    junk = title_junk(text)
    if junk is None:
        return text
    rest = text[text.index(junk) + len(junk) :].strip()
    if buttons == junk:  # 匹配度排序海川县2025年…报告
        top.notes.append(f"“{junk}”是网页上搜索页的按钮文字，不属于报告正文，没有读入。")
    elif buttons or (not top.addressees and title_at([rest, *lines[index + 1 :]], 0)):
        top.notes.append(
            f"标题前的“{junk}”是网页上的日期、列表符号、标签或按钮文字，不属于报告正文，没有读入。"
        )
    else:
        return text
    lines[index] = rest
    return rest


def _title_again(top: Top, lines: list[str], index: int) -> int:
    """How many lines from `index` print the title taken above once more (a page's
    heading, then the document's own title, perhaps over two lines with its organ
    first), or 0. The lower one is the document's and is kept; the other is said."""
    if top.title is None or top.addressees:
        return 0
    organs = 0
    while organs < 2 and index + organs < len(lines) and names_on_line(lines[index + organs]):
        organs += 1
    taken = title_at(lines, index + organs) or int(_same(lines[index], top.title))
    pieces = lines[index : index + organs + taken]
    again = "".join(pieces)
    shorter, longer = sorted((_squeezed(again), _squeezed(top.title)), key=len)
    if not taken or not longer.endswith(shorter):
        return 0
    if again == top.title or (top.organ_joined and _squeezed(top.title) != shorter):
        # the same title, or 关于…的报告 again under 柳湾镇人民政府 / 关于…的报告: the
        # title with its organ line stays (printed otherwise, the lower one is taken)
        shown = "".join(f"“{quoted(piece)}”" for piece in pieces)
        top.notes.append(f"{shown}与标题重复（网页上印了两次标题），没有读入。")
    else:
        _headline_note(top, again)
        top.title, top.title_lines = again, pieces
        top.organ_joined = organs > 0
    return organs + taken


def _headline_note(top: Top, title: str) -> None:
    """Say that the title taken so far is the page's headline, quoting each of its lines."""
    shown = "".join(f"“{quoted(line)}”" for line in top.title_lines or [top.title or ""])
    top.notes.append(f"{shown}是网页上的标题，没有读入；按其下报告自身的标题“{title[:30]}”读入。")


def _squeezed(text: str) -> str:
    return _SPACES.sub("", reading(text))


def _page_line(top: Top, lines: list[str], index: int) -> int:
    """How many lines from `index` are the page's (its metadata, controls, navigation),
    each left out and named; 0 when the line is the report's."""
    item = metadata_at(lines, index)
    if item is not None:
        top.meta.add(item[0])
        count = item[1]
    elif is_web_line(lines[index]):
        count = 1
    else:
        return 0
    for line in lines[index : index + count]:
        top.notes.append(dropped_note(line))
        top.dropped.append(line)
    top.web_after_title = top.title is not None
    top.organ_lines = []  # an organ's line joins a title directly under it only
    return count


def _take_title(top: Top, pieces: list[str]) -> None:
    """The title read at its lines; when one was taken above the page's metadata, the one
    under it is the document's own (and the one above, the page's heading, is said)."""
    # The organ's name on the line above 关于…的报告 is the title's first line.
    title = "".join(pieces)
    joined = bool(top.organ_lines) and joins(top.organ_lines, title)
    if joined:
        pieces = [*top.organ_lines, *pieces]
        title = "".join(pieces)
        top.apart = [line for line in top.apart if line not in top.organ_lines]
    again = top.organ_joined and _squeezed(top.title or "").endswith(_squeezed(title))
    if top.title is not None and (title == top.title or again):
        # the same, or 关于…的报告 again under the organ's line and 关于…: that one stays
        shown = "".join(f"“{quoted(piece)}”" for piece in pieces)
        top.notes.append(f"{shown}与标题重复（网页上印了两次标题），没有读入。")
    elif top.title is not None:
        _headline_note(top, title)
        top.title = title
    else:
        top.title = title
    if top.title == title:
        top.organ_joined, top.title_lines = joined, pieces
    top.web_after_title = False


def _site_header(top: Top) -> None:
    """Organ lines apart from a title that names another organ are the site's header:
    left out, and said."""
    own = own_organ(top.title or "")
    if own is None:
        return
    for line in site_header(top.apart, own):
        names = names_on_line(line) or []
        top.apart.remove(line)
        top.organs = [name for name in top.organs if name not in names]
        top.notes.append(
            f"“{quoted(line)}”与标题中的发文机关“{own}”不同，是网站的页头，不属于报告正文，没有读入。"
        )
        top.dropped.append(line)


def _same(text: str, title: str) -> bool:
    return _squeezed(text) == _squeezed(title)


def _classify(top: Top, lines: list[str], index: int) -> None:
    text = lines[index]
    number = NUMBER_LINE.match(_SPACES.sub(" ", text))
    names = names_on_line(text)
    date = bracketed_date(text)
    if date is None and top.title is not None and not top.addressees:
        date = numbering.read_date(text)  # a website prints the date under the title
    before_title = top.open_for_title()
    restated = not before_title and top.restatable() and bool(names)
    taken = title_at(lines, index + 1) if before_title and not names else 0
    slip = taken > 0 and slipped_organ(text, "".join(lines[index + 1 : index + 1 + taken]))
    under = (names or slip) and (before_title or restated)
    top.organ_lines = [*top.organ_lines, text] if under else []
    if number and before_title:
        top.masthead["number"] = number.group("number")
        if number.group("signer"):
            top.masthead["signer"] = number.group("signer").strip()
    elif text.endswith("文件") and before_title and len(text) <= 30:
        top.masthead["mark"] = text
    elif names and not top.addressees:
        top.organs += names
        top.apart.append(text)
    elif slip:  # 青山县人民政 over 关于青山县…的报告: joins the title below as typed
        top.notes.append(f"标题第一行“{text}”像是发文机关名称但有错漏，已照原样读入标题，请核对。")
    elif not top.addressees and (addressees := read_addressees(text)):
        top.addressees = addressees
        if text.endswith(":"):
            top.notes.append("主送机关后用了半角冒号，已按全角处理。")
    elif not top.addressees and (shared := addressees_then_text(text)):
        top.addressees = shared[0]
        top.opening.append(shared[1])
        top.notes.append("主送机关和开头段落连在了一行，已分开读入。")
    elif date is not None and top.title is not None and top.date is None:
        top.date, top.date_text = date, text
    elif before_title and not is_prose(text) and _title_follows(top, lines, index):
        top.notes.append(f"标题前的“{text[:30]}”不属于报告正文，没有读入。")
    else:
        top.opening.append(text)


def _title_follows(top: Top, lines: list[str], index: int) -> bool:
    for at in range(index + 1, min(len(lines), index + 1 + _LOOKAHEAD)):
        if _title_for(top, lines, at):
            return True
        if is_prose(lines[at]):
            return False
    return False
