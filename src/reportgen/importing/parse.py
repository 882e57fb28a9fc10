"""Paragraphs of a report → a `Report`, numbering turned into structure.

What stands above the body (top.py), the numbered body (body.py) and the signature
block (bottom.py) are recognised by what their lines are; the year, the organ and each
part's kind are then worked out from what was found, and the whole goes through the
model. A paragraph that cannot be placed is kept where it stands; what was normalised,
left out or is missing is said in the notes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..errors import ReportgenError
from ..lazyregex import lazy_compile
from ..model import XML_ILLEGAL, PartKind, Report, default_title
from ..numbering import format_date
from ..partkinds import named_kind, part_kind
from ..schema import SCHEMA_REF
from ..structure import LEVELS
from .body import BodyBuilder, heading_of
from .bottom import Bottom, read_bottom
from .frame import YEAR, letter_spaced, names_on_line
from .frame import title_year as year_in_title
from .issuer import issuing_organ
from .metadata import DOCUMENT_DATE_LABELS, Metadata, page_metadata
from .read import Paragraph
from .tablerow import glued_title
from .top import Top, read_top
from .topics import first_unnumbered_part, heading_lines, unnumbered_first_part
from .web import dropped_note, is_navigation, is_page_chrome, is_page_number, is_web_line, quoted
from .wrapped import join_wrapped_headings

_INVISIBLE = lazy_compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# A year inside a cited title (《…纲要（2021—2025年）》) or a range is not the report's.
_CITED = lazy_compile(r"《[^》]*》")
_RANGE = lazy_compile(r"(?:19|20)\d{2}\s*年?\s*[—\-－–~～至到]+\s*(?:19|20)\d{2}\s*年")
KIND_NAMES = {
    PartKind.DUTY: "第一责任人职责",
    PartKind.MEASURES: "举措和成效",
    PartKind.SHORTCOMINGS: "不足和原因",
    PartKind.PLANS: "下一年度安排",
}


@dataclass
class Parsed:
    report: Report
    notes: list[str] = field(default_factory=list)  # what was normalised or not placed


def _clean(paragraphs: list[Paragraph], notes: list[str]) -> list[Paragraph]:
    """Invisible characters out; a Word paragraph with line breaks is one paragraph,
    unless each of its lines is an organ's name (a signature typed in one paragraph)."""
    lines: list[Paragraph] = []
    dropped = 0
    page_numbers: list[str] = []
    for paragraph in paragraphs:
        if is_page_number(paragraph.text.strip()):
            page_numbers.append(paragraph.text.strip())  # — 3 —, copied from a PDF
            continue
        if is_page_chrome(paragraph.text.strip()):
            if is_navigation(paragraph.text.strip()):
                _drop_site_header(lines, notes)
            notes.append(dropped_note(paragraph.text.strip()))  # 【打印】【关闭】, 分享到
            continue
        text = _INVISIBLE.sub("", paragraph.text)
        text, count = XML_ILLEGAL.subn("", text)
        dropped += count
        pieces = [piece.strip() for piece in text.split("\n") if piece.strip()]
        row_and_title = glued_title("".join(pieces)) if pieces else None
        if row_and_title is not None:  # … 公开范围 面向全社会2024年度…报告: two lines
            lines += [Paragraph(piece) for piece in row_and_title]
        elif len(pieces) > 1 and all(names_on_line(piece) for piece in pieces):
            lines += [Paragraph(piece) for piece in pieces]
        elif pieces:
            joined = "".join(pieces)
            bold = paragraph.bold if joined == paragraph.text else ()
            if (squeezed := letter_spaced(joined)) is not None:  # 青 石 县 人 民 政 府
                notes.append(f"“{quoted(joined)}”字间的空格是排版留下的，已去掉后读入，请核对。")
                joined, bold = squeezed, ()
            lines.append(Paragraph(joined, bold))
    if dropped:
        notes.append(f"删去了 {dropped} 个不可见的控制字符。")
    if page_numbers:
        shown = "".join(f"“{n}”" for n in page_numbers[:4])
        more = f"等 {len(page_numbers)} 行" if len(page_numbers) > 4 else ""
        notes.append(f"{shown}{more}是页码（从 PDF 或打印稿复制时带入），没有读入。")
    return lines


def _drop_site_header(lines: list[Paragraph], notes: list[str]) -> None:
    """An organ's name above the page's navigation, with nothing of the report before it,
    is the site's header (青山市人民政府 over 当前位置：首页 > …), not the report's organ
    line nor its title's first line: left out, and said."""
    if lines and all(names_on_line(line.text) or is_web_line(line.text) for line in lines):
        for line in [line for line in lines if names_on_line(line.text)]:
            notes.append(f"“{quoted(line.text)}”是网站的页头，不属于报告正文，没有读入。")
            lines.remove(line)


def parse(paragraphs: list[Paragraph], from_word: bool = False) -> Parsed:
    notes: list[str] = []
    lines = _clean(paragraphs, notes)
    texts = [line.text for line in lines]
    bottom = read_bottom(texts, floor=min(1, len(texts)))
    start = next((i for i in range(bottom.start) if heading_of(texts[i]) is not None), bottom.start)
    loose = start == bottom.start  # no numbered heading at all: perhaps headings without 一、
    if loose:
        start = first_unnumbered_part(read_top(texts[:start]).opening, start)
        unnumbered = start < bottom.start
    else:
        unnumbered = unnumbered_first_part(texts, start, bottom.start)
        start -= unnumbered
    top = read_top(texts[:start])
    notes += top.notes
    top.opening = heading_lines(top.opening, notes)
    notes += [_dropped_below(text) for text in bottom.dropped]
    notes += bottom.notes
    if top.date is not None and top.date_text is not None:
        if bottom.date is None:  # dated under the title, as some websites print it
            bottom.date, bottom.date_text = top.date, top.date_text
        elif top.date != bottom.date:
            notes.append(f"标题下的日期“{top.date_text}”与落款日期不同，按落款日期读入。")
    if top.page_date_text is not None and bottom.date is None:  # a page's, not the signing date
        notes.append(
            f"没有落款的成文日期，date 暂为空；标题后网页的发布日期是“{top.page_date_text}”，"
            "发布日期不一定是成文日期，如确是，请填写 date。"
        )
    builder = BodyBuilder(from_word, unnumbered=loose)
    body = join_wrapped_headings(lines[start : bottom.start], notes, from_word)
    for index, line in enumerate(body):
        if index == 0 and unnumbered:
            builder.unnumbered(line.text)
            continue
        builder.line(line, [later.text for later in body[index + 1 : index + 8]])
    builder.finish()
    notes += builder.notes
    kept = [text for text in texts if text not in set(top.dropped)]  # without the page's
    year = _year(top, bottom, kept, notes)
    data: dict[str, Any] = {
        "$schema": SCHEMA_REF,
        "year": year,
        "organ": issuing_organ(top, bottom, kept, notes),
        "signatories": bottom.signatories,
        "addressees": top.addressees,
        "title": _title(top, year, notes),
        "opening": top.opening,
        "parts": [_with_kind(part, year) for part in builder.parts],
        "attachments": bottom.attachments,
        "date": bottom.date,
        "note": bottom.note,
    }
    if "mark" in top.masthead and "number" in top.masthead:
        data["masthead"] = top.masthead
    elif top.masthead:  # a 版头 needs both; what there is of it is said, not kept
        shown = "、".join(f"“{value}”" for value in top.masthead.values())
        notes.append(f"版头不完整（{shown}），没有读入 masthead；如需版头，请补全后填写。")
    _say_what_is_missing(data, bottom, notes)
    return Parsed(Report.model_validate(data, strict=False), notes)


def _year(top: Top, bottom: Bottom, texts: list[str], notes: list[str]) -> int:
    """The year reported on: the title's; else the opening's first; else from the date
    (a report is dated early the next year, or late in its own); else the body's most
    frequent."""
    if top.title and (found := year_in_title(_uncited(top.title))) and 2000 <= found <= 2100:
        return found
    guesses: list[tuple[int | None, str]] = [
        (_first_year(" ".join(top.opening)), "开头段落"),
        (
            (bottom.date.year - (1 if bottom.date.month <= 10 else 0)) if bottom.date else None,
            "成文日期",
        ),
        (_frequent_year(texts), "正文中最常出现的年份"),
    ]
    for guess, source in guesses:
        if guess is not None and 2000 <= guess <= 2100:
            notes.append(f"标题中没有年份，按{source}推定为 {guess} 年度的报告，请核对 year。")
            return guess
    published = _published_year(page_metadata(top.meta, bottom.dropped))
    if published is not None:
        notes.append(published[1])
        return published[0]
    raise ReportgenError(
        "无法判断报告年度：标题、开头、成文日期和正文中都没有年份。",
        hint=f"请在标题中写明年度（如“{default_title(2023)}”）后再导入。",
    )


_META_DATE = lazy_compile(r"((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})")


def _published_year(meta: Metadata) -> tuple[int, str] | None:
    """The year from the page's 成文日期 or 发布日期, where the text has none of its own: a
    report published in January to April is on the year before (published early the next
    year), one published later on its own year. With the note that says so."""
    found = meta.first(DOCUMENT_DATE_LABELS)
    day = _META_DATE.search(found[1]) if found else None
    if found is None or day is None or not 1 <= int(day.group(2)) <= 12:
        return None
    year, month = int(day.group(1)), int(day.group(2))
    guess = year - 1 if month <= 4 else year
    return guess, (
        f"标题和正文中没有报告年度（所引文件名中的年份不算），按网页信息“{found[0]}：{found[1]}”推定为"
        f" {guess} 年度的报告（{'1—4 月发布的多是上一年度的报告' if month <= 4 else '按发布当年'}），"
        "请核对 year。"
    )


def _uncited(text: str) -> str:
    return _RANGE.sub("", _CITED.sub("", text))


def _first_year(text: str) -> int | None:
    found = YEAR.search(_uncited(text))
    return int(found.group(1)) if found else None


def _frequent_year(texts: list[str]) -> int | None:
    years = Counter(int(m.group(1)) for text in texts for m in YEAR.finditer(_uncited(text)))
    return years.most_common(1)[0][0] if years else None


def _dropped_below(text: str) -> str:
    if text.endswith("印发"):
        return f"“{quoted(text)}”是版记（印发机关和印发日期），不属于报告正文，没有读入。"
    return dropped_note(text)


def _title(top: Top, year: int, notes: list[str]) -> str:
    """The title as the report writes it (kept even where it is the default title, so
    the data file shows it); "" when there is none, for the clerk to fill in."""
    if top.title is None:
        notes.append(f"没有找到标题（如“{default_title(year)}”），title 暂为空，请填写。")
        return ""
    return top.title


def _texts_under(node: dict[str, Any], depth: int = 0) -> list[str]:
    level = LEVELS[depth]
    texts: list[str] = [node[level.title]] if depth else []
    for block in node.get("content", []):
        if isinstance(block, str):
            texts.append(block)
        else:
            texts += [block.get("intro", "")] + [
                p.get("lead", "") + p["text"] for p in block["points"]
            ]
    for child in node.get(level.children or "", []):
        texts += _texts_under(child, depth + 1)
    return texts


def _with_kind(part: dict[str, Any], year: int) -> dict[str, Any]:
    heading = part["heading"]
    kind = part_kind(heading, _texts_under(part), year)
    return {"kind": kind or PartKind.OTHER, **part}


def _say_what_is_missing(data: dict[str, Any], bottom: Bottom, notes: list[str]) -> None:
    kinds = [part["kind"] for part in data["parts"]]
    for part in data["parts"]:
        if part["kind"] is PartKind.OTHER and named_kind(part["heading"]) is not PartKind.OTHER:
            found = "、".join(KIND_NAMES[k] for k in KIND_NAMES if k in kinds) or "无"
            missing = "、".join(KIND_NAMES[k] for k in KIND_NAMES if k not in kinds) or "无"
            notes.append(
                f"无法判断“{part['heading'][:20]}”属于哪项内容，暂归为 other。"
                f"已识别：{found}；尚缺：{missing}。请核对 kind。"
            )
    if bottom.date is not None and bottom.date_text is not None:
        written = format_date(bottom.date.year, bottom.date.month, bottom.date.day)
        if bottom.date_text.replace(" ", "") != written:
            notes.append(f"成文日期“{bottom.date_text}”已按规范写法“{written}”读入。")
    for key, what in (
        ("addressees", "主送机关（以冒号结尾的一行机关名称）"),
        ("opening", "开头段落"),
        ("signatories", "署名（成文日期上方的机关名称）"),
        ("date", "成文日期"),
        ("organ", "发文机关"),
    ):
        if not data[key] and not any(f"{key} 暂为空" in note for note in notes):
            notes.append(f"没有找到{what}，请在 {key} 中填写。")
