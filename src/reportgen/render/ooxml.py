"""Raw WordprocessingML that python-docx has no API for.

Everything that touches tags directly lives here (East Asian fonts, character
spacing, the document grid, indents in character units, PAGE fields, outline
levels, deterministic packaging), so the rest of the code reads as styles and
paragraphs, the way python-docx keeps its own `oxml` layer apart.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

PARAGRAPH = qn("w:p")

_THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


# Child order of w:pPr and w:rPr in the schema (CT_PPrBase, CT_RPr). Word rejects a
# document whose elements are out of this order, so new children are put in place.
_ORDER = {
    "w:pPr": [
        "w:pStyle",
        "w:keepNext",
        "w:keepLines",
        "w:pageBreakBefore",
        "w:framePr",
        "w:widowControl",
        "w:numPr",
        "w:suppressLineNumbers",
        "w:pBdr",
        "w:shd",
        "w:tabs",
        "w:suppressAutoHyphens",
        "w:kinsoku",
        "w:wordWrap",
        "w:overflowPunct",
        "w:topLinePunct",
        "w:autoSpaceDE",
        "w:autoSpaceDN",
        "w:bidi",
        "w:adjustRightInd",
        "w:snapToGrid",
        "w:spacing",
        "w:ind",
        "w:contextualSpacing",
        "w:mirrorIndents",
        "w:suppressOverlap",
        "w:jc",
        "w:textDirection",
        "w:textAlignment",
        "w:textboxTightWrap",
        "w:outlineLvl",
        "w:divId",
        "w:cnfStyle",
        "w:rPr",
        "w:sectPr",
        "w:pPrChange",
    ],
    "w:rPr": [
        "w:rStyle",
        "w:rFonts",
        "w:b",
        "w:bCs",
        "w:i",
        "w:iCs",
        "w:caps",
        "w:smallCaps",
        "w:strike",
        "w:dstrike",
        "w:outline",
        "w:shadow",
        "w:emboss",
        "w:imprint",
        "w:noProof",
        "w:snapToGrid",
        "w:vanish",
        "w:webHidden",
        "w:color",
        "w:spacing",
        "w:w",
        "w:kern",
        "w:position",
        "w:sz",
        "w:szCs",
        "w:highlight",
        "w:u",
        "w:effect",
        "w:bdr",
        "w:shd",
        "w:fitText",
        "w:vertAlign",
        "w:rtl",
        "w:cs",
        "w:em",
        "w:lang",
        "w:eastAsianLayout",
        "w:specVanish",
        "w:oMath",
    ],
}


def _prefixed(element: Any) -> str:
    return "w:" + str(element.tag).split("}")[-1]


def _child(parent: Any, tag: str) -> Any:
    """The child `tag` of `parent`, created in its schema position if missing."""
    found = parent.find(qn(tag))
    if found is not None:
        return found
    found = OxmlElement(tag)
    order = _ORDER.get(_prefixed(parent))
    if order is None or tag not in order:
        parent.append(found)
        return found
    later = set(order[order.index(tag) + 1 :])
    for index, existing in enumerate(parent):
        if _prefixed(existing) in later:
            parent.insert(index, found)
            return found
    parent.append(found)
    return found


def set_fonts(rpr: Any, *, east_asian: str, latin: str) -> None:
    """Name the Chinese font in w:eastAsia and the digits/Latin font in w:ascii/w:hAnsi.

    Theme attributes override explicit names in Word, so they are removed.
    """
    fonts = rpr.get_or_add_rFonts()
    for attribute in _THEME_FONT_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:eastAsia"), east_asian)


def set_character_spacing(rpr: Any, twentieths_of_point: int) -> None:
    """w:spacing in run properties: negative values condense (e.g. -5 = 0.25 pt)."""
    _child(rpr, "w:spacing").set(qn("w:val"), str(twentieths_of_point))


def set_chinese_language(rpr: Any) -> None:
    lang = _child(rpr, "w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")


def set_first_line_chars(ppr: Any, hundredths: int, twips: int) -> None:
    """First-line indent in character units (Word, WPS) with a twips value for others."""
    ind = _child(ppr, "w:ind")
    ind.set(qn("w:firstLineChars"), str(hundredths))
    ind.set(qn("w:firstLine"), str(twips))


def clear_first_line(ppr: Any) -> None:
    ind = _child(ppr, "w:ind")
    ind.set(qn("w:firstLineChars"), "0")
    ind.set(qn("w:firstLine"), "0")


def set_snap_to_grid(ppr: Any, snap: bool) -> None:
    _child(ppr, "w:snapToGrid").set(qn("w:val"), "1" if snap else "0")


def set_overflow_punctuation(ppr: Any, on: bool) -> None:
    """w:overflowPunct: whether a closing mark may hang past the right edge (Word)."""
    _child(ppr, "w:overflowPunct").set(qn("w:val"), "1" if on else "0")


def set_auto_space(ppr: Any, on: bool) -> None:
    """w:autoSpaceDE/DN: the extra space Word and LibreOffice put between Chinese and digits."""
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        _child(ppr, tag).set(qn("w:val"), "1" if on else "0")


def set_bottom_border(ppr: Any, *, color: str, eighths: int, space_points: int) -> None:
    """A rule under the paragraph: the red separator line under 发文字号."""
    borders = _child(ppr, "w:pBdr")
    bottom = _child(borders, "w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(eighths))
    bottom.set(qn("w:space"), str(space_points))
    bottom.set(qn("w:color"), color)


def set_outline_level(ppr: Any, level: int) -> None:
    """Headings show in Word's navigation pane without using the built-in Heading styles."""
    _child(ppr, "w:outlineLvl").set(qn("w:val"), str(level))


def set_doc_grid(sect_pr: Any, *, line_pitch: int) -> None:
    """A line grid (22 lines) only: a character grid makes LibreOffice double the pitch."""
    grid = _child(sect_pr, "w:docGrid")
    for attribute in list(grid.attrib):
        del grid.attrib[attribute]
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(line_pitch))


def append_page_field(paragraph: Any) -> None:
    """A PAGE field as begin/instrText/separate/result/end runs (read by Word, WPS, LibreOffice)."""

    def run_with(element: Any) -> None:
        run = paragraph.add_run()
        run._r.append(element)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    run_with(instruction)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    paragraph.add_run("1")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def set_doc_defaults(styles_element: Any, *, east_asian: str, latin: str, half_points: int) -> None:
    """Document-wide default run properties, so unstyled text is not in a theme font."""
    doc_defaults = styles_element.find(qn("w:docDefaults"))
    rpr = doc_defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:eastAsia"), east_asian)
    _child(rpr, "w:sz").set(qn("w:val"), str(half_points))
    _child(rpr, "w:szCs").set(qn("w:val"), str(half_points))
    lang = _child(rpr, "w:lang")
    lang.set(qn("w:eastAsia"), "zh-CN")
    ppr = doc_defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = _child(ppr, "w:spacing")
    for attribute in list(spacing.attrib):
        del spacing.attrib[attribute]
    spacing.set(qn("w:after"), "0")


_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def serialize(element: Any) -> bytes:
    """A part's XML as python-docx writes it."""
    from lxml import etree  # type: ignore[import-untyped]  # python-docx depends on lxml

    return bytes(etree.tostring(element, encoding="UTF-8", standalone=True))


def write_package(members: list[tuple[str, bytes]]) -> bytes:
    """A zip with fixed timestamps, `[Content_Types].xml` first, then the given order."""
    order = sorted(members, key=lambda member: member[0] != "[Content_Types].xml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in order:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, data)
    return out.getvalue()


def paragraph_properties(paragraph: Any) -> Any:
    found = paragraph.find(qn("w:pPr"))
    if found is None:
        found = OxmlElement("w:pPr")
        paragraph.insert(0, found)
    return found


def set_indents(paragraph: Any, *, left: int, right: int) -> None:
    ind = _child(paragraph_properties(paragraph), "w:ind")
    ind.set(qn("w:left"), str(left))
    ind.set(qn("w:right"), str(right))


def keep_with_next(paragraph: Any) -> None:
    _child(paragraph_properties(paragraph), "w:keepNext")


def emphasise(paragraph: Any, *, color: str) -> None:
    """Bold and coloured runs (the draft mark)."""
    for run in paragraph.iter(qn("w:r")):
        properties = run.find(qn("w:rPr"))
        if properties is None:
            properties = OxmlElement("w:rPr")
            run.insert(0, properties)
        _child(properties, "w:b")
        _child(properties, "w:color").set(qn("w:val"), color)


def deterministic_package(data: bytes) -> bytes:
    """Re-zip a .docx with fixed timestamps and sorted members, so rebuilds are identical.

    python-docx stamps each member with the current time; `[Content_Types].xml`
    stays first, as the OPC spec and some readers expect.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = sorted((name, source.read(name)) for name in source.namelist())
    return write_package(members)


def prune_styles(styles_element: Any, keep: set[str]) -> None:
    """Remove style definitions not in `keep`, nor a default, nor needed by one kept.

    python-docx's default template defines some 160 styles a report never uses;
    every name lookup scans them all, and they clutter Word's style list.
    """
    styles = {s.get(qn("w:styleId")): s for s in styles_element.findall(qn("w:style"))}
    wanted = set(keep) | {sid for sid, s in styles.items() if s.get(qn("w:default")) == "1"}
    pending = list(wanted)
    while pending:
        style = styles.get(pending.pop())
        if style is None:
            continue
        for link in ("w:basedOn", "w:next", "w:link"):
            target = style.find(qn(link))
            if target is not None and target.get(qn("w:val")) not in wanted:
                wanted.add(target.get(qn("w:val")))
                pending.append(target.get(qn("w:val")))
    for sid, style in styles.items():
        if sid not in wanted:
            styles_element.remove(style)


def insert_paragraph_before(anchor: Any, style_id: str, runs: list[tuple[str, str | None]]) -> Any:
    """A new w:p before `anchor`: paragraph style `style_id`, runs of (text, character
    style id or None); a tab in the text becomes w:tab.

    Built directly: python-docx's `add_run` and `run.text` look styles up by scanning
    them and add text a character at a time, which made a batch build slow.
    """
    paragraph = OxmlElement("w:p")
    properties = OxmlElement("w:pPr")
    style = OxmlElement("w:pStyle")
    style.set(qn("w:val"), style_id)
    properties.append(style)
    paragraph.append(properties)
    for text, run_style in runs:
        run = OxmlElement("w:r")
        if run_style:
            run_properties = OxmlElement("w:rPr")
            run_style_element = OxmlElement("w:rStyle")
            run_style_element.set(qn("w:val"), run_style)
            run_properties.append(run_style_element)
            run.append(run_properties)
        for index, piece in enumerate(text.split("\t")):
            if index:
                run.append(OxmlElement("w:tab"))
            if piece:
                element = OxmlElement("w:t")
                element.set(qn("xml:space"), "preserve")
                element.text = piece
                run.append(element)
        paragraph.append(run)
    anchor.addprevious(paragraph)
    return paragraph
