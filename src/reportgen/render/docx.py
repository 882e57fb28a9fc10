"""The formal document: fill the Word template's placeholders with the report."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import ReportgenError
from ..lazyregex import lazy_compile
from ..model import Report
from . import gongwen, ooxml, placeholders
from .outline import (
    ATTACHMENT_LEAD,
    DRAFT_MARK,
    Line,
    Role,
    Segment,
    addressee_line,
    attachments,
    body,
    date_line,
    masthead,
    signature,
)
from .textwidth import text_width


@dataclass(frozen=True)
class LoadedTemplate:
    """What every build from one template shares: read, checked and measured once."""

    members: tuple[tuple[str, bytes], ...]  # every part of the package, in order
    document_part: str  # word/document.xml
    stories: tuple[str, ...]  # the document, headers and footers: where placeholders go
    style_ids: dict[str, str]  # by the name the clerk sees
    fonts: dict[str, str | None]  # style id → the East Asian font it names, through its bases
    default_font: str | None  # of the default paragraph style, else the document's
    problems: tuple[str, ...]  # what the template lacks, before the report's own needs
    placeholders: frozenset[str]
    text_width: int

    def font_for(self, paragraph_style: str | None, run_style: str | None) -> str | None:
        """The East Asian font a run is set in, from its character and paragraph styles."""
        return (
            self.fonts.get(run_style or "")
            or self.fonts.get(paragraph_style or "")
            or self.default_font
        )


@lru_cache(maxsize=8)
def load_template(template: bytes) -> LoadedTemplate:
    """The template's parts, styles and placeholders; ReportgenError if python-docx
    cannot open it. Styles and the page are read as written (ooxml.StyleTable,
    ooxml.page_setup), never through python-docx's typed properties, which raise on a
    value outside the schema: a wrong value is a problem the clerk is told about."""
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        document = Document(io.BytesIO(template))
    except Exception as exc:  # python-docx raises lxml, KeyError, ValueError… on bad parts
        raise ReportgenError(
            f"模板无法打开：{type(exc).__name__}。",
            hint="请在 Word 或 WPS 中打开模板并另存为“Word 文档（*.docx）”后重试。",
        ) from None
    part = document.part
    styles_root = ooxml.related_root(part, RT.STYLES)
    styles = ooxml.StyleTable.read(styles_root)
    style_ids = {name: style_id for style_id, name in styles.names.items()}
    fonts = styles.east_asian_fonts()
    stories = [part.partname.lstrip("/")] + [
        rel.target_part.partname.lstrip("/")
        for rel in part.rels.values()
        if not rel.is_external and rel.reltype in (RT.HEADER, RT.FOOTER)
    ]
    with zipfile.ZipFile(io.BytesIO(template)) as package:
        members = tuple((info.filename, package.read(info)) for info in package.infolist())
    parts = dict(members)
    texts = [
        ooxml.text(paragraph)
        for story in stories
        for paragraph in ooxml.paragraphs(ooxml.parse(parts[story]))
    ]
    width, page_problems = text_width(ooxml.page_setup(document.element.body))
    return LoadedTemplate(
        members=members,
        document_part=stories[0],
        stories=tuple(stories),
        style_ids=style_ids,
        fonts=fonts,
        default_font=fonts.get(styles.defaults.get("paragraph", ""))
        or ooxml.default_east_asian_font(styles_root),
        problems=(*placeholders.problems(style_ids, texts), *page_problems),
        placeholders=frozenset(placeholders.found(texts)),
        text_width=width,
    )


def render_docx(report: Report, template: bytes, draft: bool = False) -> bytes:
    """The .docx: the template's parts as they are, with its document (and any header or
    footer with a placeholder) filled in. Reading and writing the package through
    python-docx for each report made a batch build four times slower."""
    shape = load_template(template)
    problems = list(shape.problems)
    optional = (
        ("masthead", report.masthead),
        ("attachments", report.attachments),
        ("note", report.note),
    )
    for name, value in optional:
        if value and name not in shape.placeholders:
            problems.append(f"缺少占位符 {{{{{name}}}}}")
    for role, name in gongwen.OPTIONAL_STYLES.items():
        style = gongwen.PARAGRAPH_STYLES[role].name
        if dict(optional)[name] and style not in shape.style_ids:
            problems.append(f"缺少段落样式“{style}”")
    if problems:
        raise ReportgenError(
            "模板不完整或有误，无法生成报告：\n" + "\n".join(f"  - {p}" for p in problems),
            hint="运行 reportgen template check 模板文件 查看详情，或不指定 --template 使用默认模板。",
        )
    parts = dict(shape.members)
    for story in shape.stories:
        is_document = story == shape.document_part
        if b"{{" not in parts[story] and not (draft and is_document):
            continue
        root = ooxml.parse(parts[story])
        _fill(root, report, shape)
        if draft and is_document:
            _mark_draft(root, shape.style_ids[gongwen.PARAGRAPH_STYLES[Role.BODY].name])
        parts[story] = ooxml.serialize(root)
    if CORE_PROPERTIES in parts:
        parts[CORE_PROPERTIES] = _core_properties(parts[CORE_PROPERTIES], report)
    return ooxml.write_package(list(parts.items()))


def _fill(root: Any, report: Report, shape: LoadedTemplate) -> None:
    """Replace the placeholders of one story: a block placeholder's paragraph by the
    report's paragraphs, scalar placeholders in place."""
    scalars = _scalar_values(report)
    date_text = date_line(report)
    head = masthead(report)
    blocks: dict[str, Sequence[Line]] = {
        "masthead": head + [Line(Role.BODY, ())] * 2 if head else [],  # 标题在分隔线下空二行
        "body": body(report),
        # 附件说明, then the blank line between it and the signature (GB/T 9704 7.3.4)
        "attachments": [*attachments(report), _KEPT_BLANK] if report.attachments else [],
        "signatures": signature(report),
        "note": [Line(Role.NOTE, (Segment(report.note),))] if report.note else [],
    }
    ids = shape.style_ids
    paragraph_ids = {
        role: ids.get(spec.name, "") for role, spec in gongwen.PARAGRAPH_STYLES.items()
    }
    lead_id, signer_id = ids.get(gongwen.POINT_LEAD_STYLE), ids.get(gongwen.SIGNER_STYLE)
    for paragraph in ooxml.paragraphs(root):
        name = placeholders.block_name(ooxml.text(paragraph))
        if name not in blocks:
            if _holds_only_missing(ooxml.text(paragraph), scalars):
                ooxml.remove(paragraph)  # a draft without addressees, date…
                continue
            if _replace_scalars(paragraph, scalars):
                ooxml.isolate_quotes(paragraph, shape.font_for)
            continue
        last = None
        for line in blocks[name]:
            runs = [
                (s.text, lead_id if s.bold else signer_id if s.signer else None)
                for s in line.segments
            ]
            last = ooxml.insert_paragraph_before(paragraph, paragraph_ids[line.role], runs)
            ooxml.isolate_quotes(last, shape.font_for)
            if line.role is Role.SIGNATURE:
                _centre_over_date(last, line.text, date_text, shape.text_width)
            elif line.role is Role.ATTACHMENT:
                _hang_attachment(last, line.text)
            elif line is _KEPT_BLANK:
                ooxml.keep_with_next(last)
        if last is not None and name == "body":
            # The text's last lines go with the signature block (GB/T 9704 7.3.5.1).
            ooxml.keep_with_next(last)
        ooxml.remove(paragraph)


CORE_PROPERTIES = "docProps/core.xml"
# Word keeps at most 255 characters (UTF-16 units) in a document property; python-docx
# refuses more. The property is the file's label (Word's 文件 › 信息, the PDF's title), the
# full text stands in the document, and F002 warns long before: so the label is cut, with
# an ellipsis to show it, rather than the build refused.
PROPERTY_UNITS = 255


def fit_property(text: str, units: int = PROPERTY_UNITS) -> str:
    """`text` cut to `units` UTF-16 units, "…" last when cut; never half a surrogate pair."""
    if len(text.encode("utf-16-le")) // 2 <= units:
        return text
    kept, used = [], 1  # the ellipsis
    for char in text:
        used += 2 if ord(char) > 0xFFFF else 1
        if used > units:
            break
        kept.append(char)
    return "".join(kept) + "…"


def _core_properties(xml: bytes, report: Report) -> bytes:
    """Title and author from the report; dates from its date, not the clock."""
    from docx.opc.coreprops import CoreProperties

    element = ooxml.parse(xml)
    properties = CoreProperties(element)
    properties.title = fit_property(report.full_title)
    properties.author = properties.last_modified_by = fit_property(report.organ or "")
    properties.subject = "法治政府建设情况报告"
    properties.comments = ""
    if report.date is not None:
        stamp = dt.datetime.combine(report.date, dt.time())
        properties.created = properties.modified = stamp
    properties.revision = 1
    return ooxml.serialize(element)


def _mark_draft(root: Any, body_style_id: str) -> None:
    """A red line above everything, so that a draft is never taken for the report."""
    first = ooxml.paragraphs(root)[0]
    mark = ooxml.insert_paragraph_before(first, body_style_id, [(DRAFT_MARK, None)])
    ooxml.emphasise(mark, color=gongwen.RED)


def _scalar_values(report: Report) -> dict[str, str]:
    return {
        # "\n" becomes a w:br
        "title": "\n".join(
            gongwen.title_lines(
                report.full_title, names=tuple(filter(None, (report.organ, *report.signatories)))
            )
        ),
        "addressees": addressee_line(report).removesuffix("："),
        "date": date_line(report),
        "organ": report.organ or "",
        "year": str(report.year),
        "next_year": str(report.year + 1),
    }


def _holds_only_missing(text: str, values: Mapping[str, str]) -> bool:
    """A paragraph of placeholders the report has no value for, and punctuation
    (“{{addressees}}：” when there are no addressees): left out, not printed empty."""
    names = placeholders.PLACEHOLDER.findall(text)
    rest = placeholders.PLACEHOLDER.sub("", text).strip(" ：:\u3000")
    return bool(names) and not rest and all(values.get(name) == "" for name in names)


def _replace_scalars(paragraph: Any, values: Mapping[str, str]) -> bool:
    """Replace {{name}} even where Word has split it over several runs; whether any was.

    The replacement goes into the run where the placeholder starts, so it keeps
    that run's formatting; the placeholder's other characters are removed.
    """
    runs = ooxml.runs(paragraph)
    text = "".join(run.text for run in runs)
    matches = [m for m in placeholders.PLACEHOLDER.finditer(text) if m.group(1) in values]
    if not matches:
        return False
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
    return True


def text_twips(text: str) -> int:
    """Width in body text: full-width characters one em, ASCII (digits) half an em."""
    return int(gongwen.text_width(text, gongwen.CHINESE_CHAR_WIDTH, gongwen.LATIN_DIGIT_WIDTH))


_KEPT_BLANK = Line(Role.BODY, ())
_NUMBER = lazy_compile(r"^(?P<lead>附件：)?(?P<number>\d+\.)?")


def _hang_attachment(paragraph: Any, text: str) -> None:
    """附件说明: every attachment's name starts in one column, right of 附件： and its
    number, and a long name wraps under its own first character (GB/T 9704 7.3.4)."""
    found = _NUMBER.match(text)
    assert found is not None  # the pattern matches the empty string
    number = text_twips(found.group("number") or "")
    lead = text_twips(ATTACHMENT_LEAD)
    left = 2 * gongwen.CHINESE_CHAR_WIDTH + lead + number
    ooxml.set_hanging(
        paragraph.get_or_add_pPr(), left=left, hanging=number + (lead if found.group("lead") else 0)
    )


def _centre_over_date(paragraph: Any, text: str, date_text: str, text_width: int) -> None:
    """GB/T 9704 7.3.5.1: the date ends four characters from the right (its style says
    so); each organ's name is centred over the date.

    A centred paragraph centres in the space between its indents, so a box
    symmetric about the date's centre, ending at the right edge, does it.
    """
    date_centre = text_width - 4 * gongwen.CHINESE_CHAR_WIDTH - text_twips(date_text) // 2
    left = 2 * date_centre - text_width
    if text_twips(text) > text_width - left:
        left = 0  # a name wider than the box: let it use the whole line, still centred
    ooxml.set_indents(paragraph, left=left, right=0)
