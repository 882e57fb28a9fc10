"""The formal document: fill the Word template's placeholders with the report."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import ReportgenError
from ..model import Report
from ..template import PLACEHOLDER, document_problems, iter_paragraphs
from . import gongwen as g
from . import ooxml
from .outline import (
    DRAFT_MARK,
    Line,
    Role,
    Segment,
    addressee_line,
    body,
    date_line,
    masthead,
    signature,
)


def render_docx(report: Report, template: bytes, draft: bool = False) -> bytes:
    from docx import Document

    try:
        document = Document(io.BytesIO(template))
    except Exception as exc:  # python-docx raises lxml, KeyError, ValueError… on bad parts
        raise ReportgenError(
            f"模板无法打开：{type(exc).__name__}。",
            hint="请在 Word 或 WPS 中打开模板并另存为“Word 文档（*.docx）”后重试。",
        ) from None
    needed = tuple(
        name for name, value in (("masthead", report.masthead), ("note", report.note)) if value
    )
    problems = document_problems(document, needed)
    if problems:
        raise ReportgenError(
            "模板不完整，无法生成报告：\n" + "\n".join(f"  - {p}" for p in problems),
            hint="运行 reportgen template check 模板文件 查看详情，或不指定 --template 使用默认模板。",
        )
    scalars = _scalar_values(report)
    text_width = _text_width(document)
    date_text = date_line(report)
    head = masthead(report)
    blocks: dict[str, Sequence[Line]] = {
        "masthead": head + [Line(Role.BODY, ())] * 2 if head else [],  # 标题在分隔线下空二行
        "body": body(report),
        "signatures": signature(report),
        "note": [Line(Role.NOTE, (Segment(report.note),))] if report.note else [],
    }
    # Looking a style up by name scans every style; do it once per role.
    styles = {role: document.styles[spec.name] for role, spec in g.PARAGRAPH_STYLES.items()}
    lead_style = document.styles[g.POINT_LEAD_STYLE]
    signer_style = document.styles[g.SIGNER_STYLE] if report.masthead else None
    for paragraph in iter_paragraphs(document):
        match = PLACEHOLDER.fullmatch(paragraph.text.strip())
        if match and match.group(1) in blocks:
            new = None
            for line in blocks[match.group(1)]:
                new = _insert_before(paragraph, line, styles[line.role], lead_style, signer_style)
                if line.role is Role.SIGNATURE:
                    _centre_over_date(new, line.text, date_text, text_width)
            if new is not None and match.group(1) == "body":
                # The text's last lines go with the signature block (GB/T 9704 7.3.5.1).
                new.paragraph_format.keep_with_next = True
            paragraph._element.getparent().remove(paragraph._element)
        else:
            _replace_scalars(paragraph, scalars)

    if draft:
        _mark_draft(document)
    properties = document.core_properties
    properties.title = report.full_title
    properties.author = properties.last_modified_by = report.organ
    properties.subject = "法治政府建设情况报告"
    properties.comments = ""
    stamp = dt.datetime.combine(report.date, dt.time())
    properties.created = properties.modified = stamp
    properties.revision = 1
    out = io.BytesIO()
    document.save(out)
    return ooxml.deterministic_package(out.getvalue())


def _mark_draft(document: Any) -> None:
    """A red line above everything, so that a draft is never taken for the report."""
    from docx.shared import RGBColor

    first = document.paragraphs[0]
    mark = first.insert_paragraph_before(style=document.styles[g.PARAGRAPH_STYLES[Role.BODY].name])
    run = mark.add_run(DRAFT_MARK)
    run.bold = True
    run.font.color.rgb = RGBColor.from_string(g.RED)


def _scalar_values(report: Report) -> dict[str, str]:
    return {
        # "\n" becomes a w:br
        "title": "\n".join(
            g.title_lines(report.full_title, names=(report.organ, *report.signatories))
        ),
        "addressees": addressee_line(report).removesuffix("："),
        "date": date_line(report),
        "organ": report.organ,
        "year": str(report.year),
        "next_year": str(report.year + 1),
    }


def _insert_before(anchor: Any, line: Line, style: Any, lead_style: Any, signer_style: Any) -> Any:
    paragraph = anchor.insert_paragraph_before(style=style)
    for segment in line.segments:
        run = paragraph.add_run(segment.text)  # a "\t" becomes a w:tab
        if segment.bold:
            run.style = lead_style
        elif segment.signer:
            run.style = signer_style
    return paragraph


def _replace_scalars(paragraph: Any, values: Mapping[str, str]) -> None:
    """Replace {{name}} even where Word has split it over several runs.

    The replacement goes into the run where the placeholder starts, so it keeps
    that run's formatting; the placeholder's other characters are removed.
    """
    runs = paragraph.runs
    text = "".join(run.text for run in runs)
    matches = [m for m in PLACEHOLDER.finditer(text) if m.group(1) in values]
    if not matches:
        return
    owner: list[int] = []  # owner[i] = index of the run holding character i
    starts: list[int] = []  # starts[r] = position of run r's first character
    for index, run in enumerate(runs):
        starts.append(len(owner))
        owner.extend([index] * len(run.text))
    pieces: list[list[str]] = [list(run.text) for run in runs]
    for match in reversed(matches):
        start, end = match.span()
        for position in range(start, end):
            pieces[owner[position]][position - starts[owner[position]]] = ""
        pieces[owner[start]][start - starts[owner[start]]] = values[match.group(1)]
    for run, chars in zip(runs, pieces, strict=True):
        new_text = "".join(chars)
        if new_text != run.text:
            run.text = new_text


def _text_width(document: Any) -> int:
    from docx.shared import Length

    section = document.sections[-1]
    if None in (section.page_width, section.left_margin, section.right_margin):
        return g.TEXT_WIDTH
    return int(Length(section.page_width - section.left_margin - section.right_margin).twips)


_NARROW = re.compile(r"[\x20-\x7e]")


def text_twips(text: str) -> int:
    """Width in body text: full-width characters one em, ASCII (digits) half an em."""
    return sum(g.LATIN_DIGIT_WIDTH if _NARROW.match(ch) else g.CHINESE_CHAR_WIDTH for ch in text)


def _centre_over_date(paragraph: Any, text: str, date_text: str, text_width: int) -> None:
    """GB/T 9704 7.3.5.1: the date ends four characters from the right (its style says
    so); each organ's name is centred over the date.

    A centred paragraph centres in the space between its indents, so a box
    symmetric about the date's centre, ending at the right edge, does it.
    """
    from docx.shared import Twips

    date_centre = text_width - 4 * g.CHINESE_CHAR_WIDTH - text_twips(date_text) // 2
    left = 2 * date_centre - text_width
    fmt = paragraph.paragraph_format
    if text_twips(text) > text_width - left:
        left = 0  # a name wider than the box: let it use the whole line, still centred
    fmt.left_indent = Twips(left)
    fmt.right_indent = Twips(0)
