"""Paragraph, run and section properties that python-docx has no API for.

python-docx's CT_PPr and CT_RPr place the children they declare (pStyle, keepNext,
spacing, ind, jc, outlineLvl; rStyle, rFonts, b, color, sz) through their
get_or_add_* methods. The East Asian typography children below they do not declare:
each goes before the first of its later siblings present, in the schema's order
(ECMA-376 Part 1, CT_PPrBase and CT_RPr), naming the siblings that python-docx's
style API or this package ever write. tests/test_docx_schema.py validates the result.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

_THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_PPR_ORDER = (
    "w:pBdr",
    "w:tabs",
    "w:overflowPunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:jc",
    "w:outlineLvl",
    "w:rPr",
    "w:sectPr",
)
_RPR_ORDER = ("w:spacing", "w:sz", "w:szCs", "w:u", "w:lang")


def _undeclared(parent: Any, tag: str, order: tuple[str, ...]) -> Any:
    """The child `tag` (one python-docx has no accessor for), added in its place if missing."""
    found = parent.find(qn(tag))
    if found is None:
        later = order[order.index(tag) + 1 :]
        found = parent.insert_element_before(OxmlElement(tag), *later)
    return found


def _set(element: Any, **attributes: str) -> None:
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)


def set_fonts(rpr: Any, *, east_asian: str, latin: str, hint: bool = False) -> None:
    """Name the Chinese font in w:eastAsia and the digits/Latin font in w:ascii/w:hAnsi/w:cs.

    Theme attributes override explicit names in Word, so they are removed. `hint`
    (w:hint="eastAsia") tells Word to set characters of ambiguous width, such as the
    quotation marks, in the East Asian font.
    """
    fonts = rpr.get_or_add_rFonts()
    for attribute in _THEME_FONT_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    _set(fonts, ascii=latin, hAnsi=latin, cs=latin, eastAsia=east_asian)
    if hint:
        _set(fonts, hint="eastAsia")


def east_asian_font(rpr: Any) -> str | None:
    """The w:eastAsia font these run properties name, if any."""
    fonts = None if rpr is None else rpr.rFonts
    return None if fonts is None else fonts.get(qn("w:eastAsia"))


def set_character_spacing(rpr: Any, twentieths_of_point: int) -> None:
    """w:spacing in run properties: negative values condense (e.g. -5 = 0.25 pt)."""
    _set(_undeclared(rpr, "w:spacing", _RPR_ORDER), val=str(twentieths_of_point))


def set_chinese_language(rpr: Any, latin: str | None = "en-US") -> None:
    """w:lang: East Asian text is Chinese (line breaking, quotation marks, 避头尾)."""
    lang = _undeclared(rpr, "w:lang", _RPR_ORDER)
    if latin:
        _set(lang, val=latin)
    _set(lang, eastAsia="zh-CN")


def set_first_line_chars(ppr: Any, hundredths: int, twips: int) -> None:
    """First-line indent in character units (Word, WPS) with a twips value for others."""
    _set(ppr.get_or_add_ind(), firstLineChars=str(hundredths), firstLine=str(twips))


def clear_first_line(ppr: Any) -> None:
    set_first_line_chars(ppr, 0, 0)


def set_hanging(ppr: Any, *, left: int, hanging: int) -> None:
    """Every line `left` twips in but the first, which starts `hanging` twips further
    left: w:ind with left and hanging only (a first-line indent, in characters or
    twips, would override the hanging one)."""
    ind = ppr.get_or_add_ind()
    for name in ("firstLine", "firstLineChars", "hangingChars", "leftChars", "start"):
        ind.attrib.pop(qn(f"w:{name}"), None)
    _set(ind, left=str(left), hanging=str(hanging))


def set_snap_to_grid(ppr: Any, snap: bool) -> None:
    _set(_undeclared(ppr, "w:snapToGrid", _PPR_ORDER), val="1" if snap else "0")


def set_overflow_punctuation(ppr: Any, on: bool) -> None:
    """w:overflowPunct: whether a closing mark may hang past the right edge (Word)."""
    _set(_undeclared(ppr, "w:overflowPunct", _PPR_ORDER), val="1" if on else "0")


def set_auto_space(ppr: Any, on: bool) -> None:
    """w:autoSpaceDE/DN: the extra space Word and LibreOffice put between Chinese and digits."""
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        _set(_undeclared(ppr, tag, _PPR_ORDER), val="1" if on else "0")


def set_bottom_border(ppr: Any, *, color: str, eighths: int, space_points: int) -> None:
    """A rule under the paragraph: the red separator line under 发文字号."""
    borders = _undeclared(ppr, "w:pBdr", _PPR_ORDER)
    bottom = borders.find(qn("w:bottom"))
    if bottom is None:  # the only border this package writes: no sibling to order by
        bottom = OxmlElement("w:bottom")
        borders.append(bottom)
    _set(bottom, val="single", sz=str(eighths), space=str(space_points), color=color)


def set_outline_level(ppr: Any, level: int) -> None:
    """Headings show in Word's navigation pane without using the built-in Heading styles."""
    ppr.get_or_add_outlineLvl().val = level


def set_doc_grid(section: Any, *, line_pitch: int) -> None:
    """A line grid (22 lines) only: a character grid makes LibreOffice double the pitch."""
    sect_pr = section._sectPr  # python-docx's Section has no public way to its element
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = sect_pr.insert_element_before(
            OxmlElement("w:docGrid"), "w:printerSettings", "w:sectPrChange"
        )
    grid.attrib.clear()
    _set(grid, type="lines", linePitch=str(line_pitch))


def set_doc_defaults(styles: Any, *, east_asian: str, latin: str, half_points: int) -> None:
    """Document-wide default run properties, so unstyled text is not in a theme font."""
    defaults = styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rpr.get_or_add_rFonts().attrib.clear()
    set_fonts(rpr, east_asian=east_asian, latin=latin)
    rpr.get_or_add_sz().val = Pt(half_points / 2)
    _set(_undeclared(rpr, "w:szCs", _RPR_ORDER), val=str(half_points))
    set_chinese_language(rpr, latin=None)
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = ppr.get_or_add_spacing()
    spacing.attrib.clear()
    _set(spacing, after="0")


def prune_styles(styles: Any, keep: set[str]) -> None:
    """Remove style definitions not in `keep`, nor a default, nor needed by one kept.

    python-docx's default template defines some 160 styles a report never uses;
    every name lookup scans them all, and they clutter Word's style list.
    """
    by_id = {style.style_id: style for style in styles}
    wanted = set(keep) | {sid for sid, style in by_id.items() if style.element.default}
    pending = list(wanted)
    while pending:
        style = by_id.get(pending.pop())
        if style is None:
            continue
        element = style.element
        for link in (element.basedOn_val, _val(element, "w:next"), _val(element, "w:link")):
            if link is not None and link not in wanted:
                wanted.add(link)
                pending.append(link)
    for sid, style in by_id.items():
        if sid not in wanted:
            style.delete()


def _val(style_element: Any, tag: str) -> str | None:
    found = style_element.find(qn(tag))
    return None if found is None else found.get(qn("w:val"))
