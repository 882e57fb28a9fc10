"""The default Word template, made by code, and the check of a county's own template."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from typing import Any

from .errors import ReportgenError
from .files import read_bytes
from .render import gongwen as g
from .render.outline import Role

TEMPLATE_PATH = Path("templates/report.docx")
PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_]+)\s*\}\}")
# A template is a few dozen KB; python-docx's own default is under 1 MB unpacked.
MAX_TEMPLATE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 100 * 1024 * 1024


def make_template() -> bytes:
    """templates/report.docx: one named style per element, placeholders, GB/T 9704 page."""
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.shared import Pt, RGBColor, Twips

    from .render import ooxml

    document = Document()
    ooxml.set_doc_defaults(
        document.styles.element, east_asian=g.FANGSONG, latin=g.LATIN, half_points=32
    )

    section = document.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Twips(g.PAGE_WIDTH), Twips(g.PAGE_HEIGHT)
    section.top_margin, section.bottom_margin = Twips(g.MARGIN_TOP), Twips(g.MARGIN_BOTTOM)
    section.left_margin, section.right_margin = Twips(g.MARGIN_LEFT), Twips(g.MARGIN_RIGHT)
    section.header_distance = Twips(g.HEADER_DISTANCE)
    section.footer_distance = Twips(g.FOOTER_DISTANCE)
    section.gutter = Twips(0)
    ooxml.set_doc_grid(section._sectPr, line_pitch=g.LINE_PITCH)

    alignments = {
        "both": WD_ALIGN_PARAGRAPH.JUSTIFY,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
    }
    styles = document.styles
    body_spec = g.PARAGRAPH_STYLES[Role.BODY]
    # The body style first: the others are based on it.
    for role, spec in sorted(g.PARAGRAPH_STYLES.items(), key=lambda item: item[0] is not Role.BODY):
        style: Any = styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
        style.element.set(_w("styleId"), spec.style_id)
        style.base_style = styles["Normal"] if role is Role.BODY else styles[body_spec.name]
        style.quick_style = True
        font = style.font
        font.size = Pt(spec.half_points / 2)
        font.bold = spec.bold
        if spec.red:
            font.color.rgb = RGBColor.from_string(g.RED)
        rpr = style.element.get_or_add_rPr()
        ooxml.set_fonts(rpr, east_asian=spec.font, latin=g.LATIN)
        ooxml.set_character_spacing(rpr, g.CHARACTER_SPACING)
        ooxml.set_chinese_language(rpr)
        paragraph = style.paragraph_format
        paragraph.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        paragraph.line_spacing = Twips(spec.line_height)
        paragraph.space_before = Twips(spec.space_before)
        paragraph.space_after = Pt(0)
        paragraph.widow_control = False  # 22 full lines a page, as the grid demands
        paragraph.alignment = alignments[spec.align]
        if spec.right_indent:
            paragraph.right_indent = Twips(spec.right_indent)
        ppr = style.element.get_or_add_pPr()
        if spec.first_line_indent:
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
        paragraph.keep_with_next = spec.keep_with_next

    number = styles[g.PARAGRAPH_STYLES[Role.MASTHEAD_NUMBER].name]
    # 左空一字 as a first-line indent: a left indent would shorten the red line too.
    ooxml.set_first_line_chars(number.element.get_or_add_pPr(), 100, g.CHINESE_CHAR_WIDTH)
    number.paragraph_format.tab_stops.add_tab_stop(
        Twips(g.TEXT_WIDTH - g.CHINESE_CHAR_WIDTH), WD_TAB_ALIGNMENT.RIGHT
    )
    ooxml.set_bottom_border(
        number.element.get_or_add_pPr(),
        color=g.RED,
        eighths=g.SEPARATOR_EIGHTHS,
        space_points=g.SEPARATOR_SPACE_POINTS,
    )
    signer: Any = styles.add_style(g.SIGNER_STYLE, WD_STYLE_TYPE.CHARACTER)
    signer.element.set(_w("styleId"), g.SIGNER_STYLE_ID)
    ooxml.set_fonts(signer.element.get_or_add_rPr(), east_asian=g.KAITI, latin=g.LATIN)

    lead: Any = styles.add_style(g.POINT_LEAD_STYLE, WD_STYLE_TYPE.CHARACTER)
    lead.element.set(_w("styleId"), g.POINT_LEAD_STYLE_ID)
    lead.font.bold = True
    lead.quick_style = True

    page_number: Any = styles.add_style(g.PAGE_NUMBER_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    page_number.element.set(_w("styleId"), g.PAGE_NUMBER_STYLE_ID)
    page_number.base_style = styles["Normal"]
    page_number.font.size = Pt(g.PAGE_NUMBER_HALF_POINTS / 2)
    ooxml.set_fonts(page_number.element.get_or_add_rPr(), east_asian=g.SONGTI, latin=g.SONGTI)
    page_number.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    page_number.paragraph_format.line_spacing = Pt(g.PAGE_NUMBER_HALF_POINTS / 2)
    page_number.paragraph_format.space_after = Pt(0)

    def add(role: Role, text: str = "") -> Any:
        return document.add_paragraph(text, style=g.PARAGRAPH_STYLES[role].name)

    add(Role.BODY, "{{masthead}}")  # removed when the report has no 版头
    add(Role.TITLE, "{{title}}")
    add(Role.BODY)  # one blank line under the title (GB/T 9704 7.3.2)
    add(Role.ADDRESSEE, "{{addressees}}：")
    add(Role.BODY, "{{body}}")
    # The seal's top stays within one line of the text (7.3.5.1); the signature block
    # never stands on a page without text, so this line keeps with what follows.
    add(Role.BODY).paragraph_format.keep_with_next = True
    add(Role.SIGNATURE, "{{signatures}}")
    add(Role.DATE, "{{date}}")
    add(Role.NOTE, "{{note}}")

    # Odd pages: number on the right; even pages: on the left; one character in.
    document.settings.odd_and_even_pages_header_footer = True
    for footer, alignment in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.style = styles[g.PAGE_NUMBER_STYLE]
        paragraph.alignment = alignment
        if alignment == WD_ALIGN_PARAGRAPH.RIGHT:
            paragraph.paragraph_format.right_indent = Twips(g.PAGE_NUMBER_INDENT)
        else:
            paragraph.paragraph_format.left_indent = Twips(g.PAGE_NUMBER_INDENT)
        paragraph.add_run("— ")
        ooxml.append_page_field(paragraph)
        paragraph.add_run(" —")

    properties = document.core_properties
    properties.title = "法治政府建设情况报告模板"
    properties.author = properties.last_modified_by = "reportgen"
    properties.comments = (
        "由 reportgen template init 生成；可在 Word 中修改样式，占位符 {{…}} 请保留。"
    )
    properties.created = properties.modified = dt.datetime(2024, 1, 1)
    properties.revision = 1

    ours = {spec.style_id for spec in g.PARAGRAPH_STYLES.values()}
    ooxml.prune_styles(
        styles.element,
        ours | {g.POINT_LEAD_STYLE_ID, g.SIGNER_STYLE_ID, g.PAGE_NUMBER_STYLE_ID, "Normal"},
    )
    # python-docx's default package carries parts a report has no use for: a thumbnail
    # of an empty page, and Word 2010's 430 KB copy of the styles (stylesWithEffects).
    unused = (RT.THUMBNAIL, _STYLES_WITH_EFFECTS)
    for rels in (document.part.package.rels, document.part.rels):
        for rel_id, rel in list(rels.items()):
            if rel.reltype in unused:
                del rels[rel_id]

    out = io.BytesIO()
    document.save(out)
    return ooxml.deterministic_package(out.getvalue())


_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def _w(name: str) -> str:
    from docx.oxml.ns import qn

    return qn(f"w:{name}")


def read_template(path: Path | None) -> bytes:
    """The template's bytes: the given file, else templates/report.docx, else the built-in one."""
    if path is None:
        if not TEMPLATE_PATH.is_file():
            return make_template()
        path = TEMPLATE_PATH
    data = read_bytes(
        path,
        "模板文件",
        "请检查路径；不指定 --template 时使用 templates/report.docx。",
        MAX_TEMPLATE_BYTES,
    )
    _check_package(data, path)
    return data


def _check_package(data: bytes, path: Path) -> None:
    """Refuse what is not a plain .docx before python-docx unpacks it.

    Sizes are counted while decompressing, not taken from the zip's headers,
    which a zip bomb can falsify.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            if "word/vbaProject.bin" in names:
                raise ReportgenError(
                    f"模板 {path} 含有宏（VBA），出于安全考虑不予使用。",
                    hint="请在 Word 中另存为不含宏的“Word 文档（*.docx）”。",
                )
            if "word/document.xml" not in names:
                raise ReportgenError(f"模板 {path} 不是 Word 文档（缺少 word/document.xml）。")
            unpacked = 0
            for member in package.infolist():
                with package.open(member) as stream:
                    while chunk := stream.read(1 << 20):
                        unpacked += len(chunk)
                        if unpacked > MAX_UNPACKED_BYTES:
                            raise ReportgenError(
                                f"模板 {path} 解压后超过 {MAX_UNPACKED_BYTES >> 20} MB，拒绝使用"
                                "（可能是恶意构造的压缩包）。"
                            )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError):
        raise ReportgenError(
            f"模板 {path} 不是有效的 .docx 文件。",
            hint="请在 Word 或 WPS 中将模板另存为“Word 文档（*.docx）”格式。",
        ) from None


def template_problems(data: bytes) -> list[str]:
    """What a county's template lacks, in Chinese, one line per problem."""
    from docx import Document

    return document_problems(Document(io.BytesIO(data)))


def document_problems(
    document: Any, needed: tuple[str, ...] = (), style_names: set[str] | None = None
) -> list[str]:
    """`template_problems` for a template already opened by python-docx.

    `needed`: optional placeholders this report has content for ({{note}}, {{masthead}}).
    """
    problems: list[str] = []
    if style_names is None:
        style_names = {style.name for style in document.styles}
    for spec in g.PARAGRAPH_STYLES.values():
        if spec.name not in style_names:
            problems.append(f"缺少段落样式“{spec.name}”")
    found: dict[str, int] = {}
    for text, is_alone in placeholder_paragraphs(document):
        for name in PLACEHOLDER.findall(text):
            found[name] = found.get(name, 0) + 1
            if name in g.BLOCK_PLACEHOLDERS and not is_alone:
                problems.append(f"占位符 {{{{{name}}}}} 必须单独占一段（该段不能有其他文字）")
            elif name not in g.BLOCK_PLACEHOLDERS + g.SCALAR_PLACEHOLDERS:
                problems.append(f"不认识的占位符 {{{{{name}}}}}，请检查拼写")
    for name in g.REQUIRED_PLACEHOLDERS + needed:
        if name not in found:
            problems.append(f"缺少占位符 {{{{{name}}}}}")
    for name in g.BLOCK_PLACEHOLDERS:
        if found.get(name, 0) > 1:
            problems.append(f"占位符 {{{{{name}}}}} 出现了 {found[name]} 次，只能出现一次")
    return problems


def placeholder_paragraphs(document: Any) -> list[tuple[str, bool]]:
    """(text, whether a placeholder is the paragraph's only content) for every paragraph."""
    result = []
    for paragraph in iter_paragraphs(document):
        text = paragraph.text
        if PLACEHOLDER.search(text):
            result.append((text, PLACEHOLDER.fullmatch(text.strip()) is not None))
    return result


def iter_paragraphs(document: Any) -> list[Any]:
    """Paragraphs of the body, tables, and every header and footer."""
    from docx.text.paragraph import Paragraph

    parts = [document.element.body]
    for section in document.sections:
        for story in (
            section.header,
            section.even_page_header,
            section.first_page_header,
            section.footer,
            section.even_page_footer,
            section.first_page_footer,
        ):
            if not story.is_linked_to_previous:
                parts.append(story._element)
    paragraphs = []
    for part in parts:
        for element in part.iter(_w("p")):
            paragraphs.append(Paragraph(element, document.part))
    return paragraphs


def write_template(path: Path) -> Path:
    from .files import atomic_write, refuse_overwriting

    refuse_overwriting(path, templates=False)  # its job is writing templates, not data
    atomic_write(path, make_template())
    return path


def check_template(path: Path) -> list[str]:
    return template_problems(read_template(path))
