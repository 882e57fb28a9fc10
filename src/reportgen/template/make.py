"""The default Word template (templates/report.docx), made by code from the GB/T 9704
figures in render/gongwen.py: one named style per element, placeholders, the page."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from ..render import gongwen, ooxml
from ..render.outline import Role
from .fonts import FONT_TABLE

_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
COMPATIBILITY_MODE = 15  # Word 2013 and later; 14 opens in 兼容模式


def make_template() -> bytes:
    """templates/report.docx, the same bytes on every run."""
    from docx import Document

    document = Document()
    _set_page(document.sections[0])
    _add_styles(document.styles)
    _add_placeholders(document)
    _add_page_numbers(document)
    _set_properties(document.core_properties)
    _drop_unused_parts(document)
    ooxml.set_chinese_settings(document.settings, compatibility_mode=COMPATIBILITY_MODE)
    out = io.BytesIO()
    document.save(out)
    return ooxml.deterministic_package(
        out.getvalue(),
        {
            "word/fontTable.xml": lambda _: ooxml.font_table(FONT_TABLE),
            "word/theme/theme1.xml": lambda xml: ooxml.chinese_theme(
                xml, latin=gongwen.LATIN, major=gongwen.HEITI, minor=gongwen.FANGSONG
            ),
        },
    )


def write_template(path: Path, force: bool = False) -> Path:
    """Write the default template to `path`; a different file there (a county's own
    template, restyled in Word) is kept unless `force`."""
    from ..errors import ReportgenError
    from ..files import atomic_write, refuse_overwriting

    refuse_overwriting(path, templates=False)  # its job is writing templates, not data
    made = make_template()
    if (
        not force
        and path.is_file()
        and (path.stat().st_size != len(made) or path.read_bytes() != made)
    ):
        raise ReportgenError(
            f"{path} 已经存在，且与默认模板不同（可能是修改过的模板），没有覆盖。",
            hint="如确实要换回默认模板，请加 --force（原模板的修改会丢失）；或写到另一个文件。",
        )
    atomic_write(path, made)
    return path


def _set_page(section: Any) -> None:
    """A4, GB/T 9704 margins, 22 lines on a line grid; odd and even footers apart."""
    from docx.enum.section import WD_SECTION
    from docx.shared import Twips

    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = (
        Twips(gongwen.PAGE_WIDTH),
        Twips(gongwen.PAGE_HEIGHT),
    )
    section.top_margin = Twips(gongwen.MARGIN_TOP)
    section.bottom_margin = Twips(gongwen.MARGIN_BOTTOM)
    section.left_margin = Twips(gongwen.MARGIN_LEFT)
    section.right_margin = Twips(gongwen.MARGIN_RIGHT)
    section.header_distance = Twips(gongwen.HEADER_DISTANCE)
    section.footer_distance = Twips(gongwen.FOOTER_DISTANCE)
    section.gutter = Twips(0)
    ooxml.set_doc_grid(section, line_pitch=gongwen.LINE_PITCH)


def _add_styles(styles: Any) -> None:
    ooxml.set_doc_defaults(styles, east_asian=gongwen.FANGSONG, latin=gongwen.LATIN, half_points=32)
    body = gongwen.PARAGRAPH_STYLES[Role.BODY]
    _add_paragraph_style(styles, body, styles["Normal"])
    for spec in gongwen.PARAGRAPH_STYLES.values():
        if spec is not body:
            # A hanging indent is not mixed with 公文正文's first-line indent in characters.
            base = styles["Normal"] if spec.hanging_indent else styles[body.name]
            _add_paragraph_style(styles, spec, base)
    _finish_masthead_number(styles[gongwen.PARAGRAPH_STYLES[Role.MASTHEAD_NUMBER].name])
    _add_character_styles(styles)
    _add_page_number_style(styles)
    ours = {spec.style_id for spec in gongwen.PARAGRAPH_STYLES.values()}
    ooxml.prune_styles(
        styles,
        ours
        | {
            gongwen.POINT_LEAD_STYLE_ID,
            gongwen.SIGNER_STYLE_ID,
            gongwen.PAGE_NUMBER_STYLE_ID,
            "Normal",
        },
    )


def _add_paragraph_style(styles: Any, spec: gongwen.ParagraphStyle, base: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt, RGBColor, Twips

    style: Any = styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
    style.style_id = spec.style_id
    style.base_style = base
    style.quick_style = True
    font = style.font
    font.size = Pt(spec.half_points / 2)
    font.bold = spec.bold
    if spec.red:
        font.color.rgb = RGBColor.from_string(gongwen.RED)
    rpr = style.element.get_or_add_rPr()
    ooxml.set_fonts(rpr, east_asian=spec.font, latin=gongwen.LATIN)
    ooxml.set_character_spacing(rpr, gongwen.CHARACTER_SPACING)
    ooxml.set_chinese_language(rpr)
    paragraph = style.paragraph_format
    paragraph.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph.line_spacing = Twips(spec.line_height)
    paragraph.space_before = Twips(spec.space_before)
    paragraph.space_after = Pt(0)
    paragraph.widow_control = False  # 22 full lines a page, as the grid demands
    paragraph.alignment = getattr(WD_ALIGN_PARAGRAPH, _ALIGNMENTS[spec.align])
    if spec.right_indent:
        paragraph.right_indent = Twips(spec.right_indent)
    paragraph.keep_with_next = spec.keep_with_next
    ppr = style.element.get_or_add_pPr()
    if spec.hanging_indent:
        ooxml.set_hanging(ppr, left=spec.left_indent, hanging=spec.hanging_indent)
    elif spec.first_line_indent:
        ooxml.set_first_line_chars(ppr, 200, 2 * spec.half_points * 10)
    else:
        ooxml.clear_first_line(ppr)
    # w:overflowPunct="1" is Word's own default (a closing mark may hang in the
    # margin). Written out, LibreOffice reads it the other way round and keeps
    # marks inside; left unwritten, LibreOffice hangs them and drops some from the
    # PDF (a comma after 法治思想 on page 1 of the 2023 report went missing).
    ooxml.set_overflow_punctuation(ppr, True)
    if not spec.snap_to_grid:
        ooxml.set_snap_to_grid(ppr, False)
    if not spec.auto_space:
        ooxml.set_auto_space(ppr, False)
    if spec.outline_level is not None:
        ooxml.set_outline_level(ppr, spec.outline_level)


_ALIGNMENTS = {"both": "JUSTIFY", "center": "CENTER", "left": "LEFT", "right": "RIGHT"}


def _finish_masthead_number(style: Any) -> None:
    """发文字号 one character in, 签发人 at a right tab, the red separator line under it."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Twips

    ppr = style.element.get_or_add_pPr()
    # 左空一字 as a first-line indent: a left indent would shorten the red line too.
    ooxml.set_first_line_chars(ppr, 100, gongwen.CHINESE_CHAR_WIDTH)
    style.paragraph_format.tab_stops.add_tab_stop(
        Twips(gongwen.TEXT_WIDTH - gongwen.CHINESE_CHAR_WIDTH), WD_TAB_ALIGNMENT.RIGHT
    )
    ooxml.set_bottom_border(
        ppr,
        color=gongwen.RED,
        eighths=gongwen.SEPARATOR_EIGHTHS,
        space_points=gongwen.SEPARATOR_SPACE_POINTS,
    )


def _add_character_styles(styles: Any) -> None:
    """签发人's name in 楷体; the bold 一是…… lead phrases."""
    from docx.enum.style import WD_STYLE_TYPE

    signer: Any = styles.add_style(gongwen.SIGNER_STYLE, WD_STYLE_TYPE.CHARACTER)
    signer.style_id = gongwen.SIGNER_STYLE_ID
    ooxml.set_fonts(signer.element.get_or_add_rPr(), east_asian=gongwen.KAITI, latin=gongwen.LATIN)
    lead: Any = styles.add_style(gongwen.POINT_LEAD_STYLE, WD_STYLE_TYPE.CHARACTER)
    lead.style_id = gongwen.POINT_LEAD_STYLE_ID
    lead.font.bold = True
    lead.quick_style = True


def _add_page_number_style(styles: Any) -> None:
    """四号 宋体 on one exact line, so the footer distance places the dash."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    page_number: Any = styles.add_style(gongwen.PAGE_NUMBER_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    page_number.style_id = gongwen.PAGE_NUMBER_STYLE_ID
    page_number.base_style = styles["Normal"]
    page_number.font.size = Pt(gongwen.PAGE_NUMBER_HALF_POINTS / 2)
    ooxml.set_fonts(
        page_number.element.get_or_add_rPr(), east_asian=gongwen.SONGTI, latin=gongwen.SONGTI
    )
    paragraph = page_number.paragraph_format
    paragraph.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph.line_spacing = Pt(gongwen.PAGE_NUMBER_HALF_POINTS / 2)
    paragraph.space_after = Pt(0)


def _add_placeholders(document: Any) -> None:
    def add(role: Role, text: str = "") -> Any:
        return document.add_paragraph(text, style=gongwen.PARAGRAPH_STYLES[role].name)

    add(Role.BODY, "{{masthead}}")  # removed when the report has no 版头
    add(Role.TITLE, "{{title}}")
    add(Role.BODY)  # one blank line under the title (GB/T 9704 7.3.2)
    add(Role.ADDRESSEE, "{{addressees}}：")
    add(Role.BODY, "{{body}}")
    # The seal's top stays within one line of the text (7.3.5.1); the signature block
    # never stands on a page without text, so this line keeps with what follows.
    add(Role.BODY).paragraph_format.keep_with_next = True
    # 附件说明 under the body after a blank line (7.3.4), and a blank line of its own
    # above the signature; removed with it when the report has no attachments.
    add(Role.BODY, "{{attachments}}")
    add(Role.SIGNATURE, "{{signatures}}")
    add(Role.DATE, "{{date}}")
    add(Role.NOTE, "{{note}}")


def _add_page_numbers(document: Any) -> None:
    """`— N —`: odd pages on the right, even pages on the left, one character in."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Twips

    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[0]
    for footer, odd in ((section.footer, True), (section.even_page_footer, False)):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.style = document.styles[gongwen.PAGE_NUMBER_STYLE]
        if odd:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            paragraph.paragraph_format.right_indent = Twips(gongwen.PAGE_NUMBER_INDENT)
        else:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
            paragraph.paragraph_format.left_indent = Twips(gongwen.PAGE_NUMBER_INDENT)
        paragraph.add_run("— ")
        ooxml.append_page_field(paragraph)
        paragraph.add_run(" —")


def _set_properties(properties: Any) -> None:
    properties.title = "法治政府建设情况报告模板"
    properties.author = properties.last_modified_by = "reportgen"
    properties.comments = (
        "由 reportgen template init 生成；可在 Word 中修改样式，占位符 {{…}} 请保留。"
    )
    properties.created = properties.modified = dt.datetime(2024, 1, 1)
    properties.revision = 1


def _drop_unused_parts(document: Any) -> None:
    """python-docx's default package carries parts a report has no use for: a thumbnail
    of an empty page, Word 2010's 430 KB copy of the styles (stylesWithEffects), and
    bullet lists in the Symbol font."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    unused = (RT.THUMBNAIL, _STYLES_WITH_EFFECTS, RT.NUMBERING)
    for rels in (document.part.package.rels, document.part.rels):
        for rel_id, rel in list(rels.items()):
            if rel.reltype in unused:
                del rels[rel_id]
