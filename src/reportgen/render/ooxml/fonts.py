"""What tells Word which fonts a document uses: fontTable.xml, the theme, settings.xml.

Word substitutes a font the PC lacks from what the font table says of it (alternate
name, character set, family, pitch, PANOSE), and picks theme fonts by the language
settings.xml names. See docs/layout.md, 'Fonts'.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import qn

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


@dataclass(frozen=True)
class FontEntry:
    name: str
    charset: str  # hex: 86 = GB2312 (Simplified Chinese), 00 = ANSI
    family: str  # roman, swiss, modern, script, decorative, auto
    pitch: str  # fixed, variable
    alt_name: str | None = None
    panose: str | None = None  # 20 hex digits
    signature: tuple[str, str, str, str, str, str] | None = None  # usb0–3, csb0–1


def font_table(fonts: list[FontEntry]) -> bytes:
    """word/fontTable.xml listing exactly `fonts`, children in the schema's order."""
    from lxml import etree  # type: ignore[import-untyped]  # python-docx depends on lxml

    root = etree.Element(qn("w:fonts"), nsmap={"w": _W})
    for font in fonts:
        entry = etree.SubElement(root, qn("w:font"), {qn("w:name"): font.name})
        if font.alt_name:
            etree.SubElement(entry, qn("w:altName"), {qn("w:val"): font.alt_name})
        if font.panose:
            etree.SubElement(entry, qn("w:panose1"), {qn("w:val"): font.panose})
        etree.SubElement(entry, qn("w:charset"), {qn("w:val"): font.charset})
        etree.SubElement(entry, qn("w:family"), {qn("w:val"): font.family})
        etree.SubElement(entry, qn("w:pitch"), {qn("w:val"): font.pitch})
        if font.signature:
            names = ("usb0", "usb1", "usb2", "usb3", "csb0", "csb1")
            attributes = {qn(f"w:{n}"): v for n, v in zip(names, font.signature, strict=True)}
            etree.SubElement(entry, qn("w:sig"), attributes)
    return bytes(etree.tostring(root, encoding="UTF-8", standalone=True))


def chinese_theme(xml: bytes, *, latin: str, major: str, minor: str) -> bytes:
    """The theme with Chinese East Asian fonts: `major` for headings, `minor` for text,
    both for the Simplified Chinese script; `latin` for Latin text."""
    from lxml import etree

    root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    for collection, east_asian in (("majorFont", major), ("minorFont", minor)):
        for fonts in root.iter(f"{_A}{collection}"):
            fonts.find(f"{_A}latin").set("typeface", latin)
            fonts.find(f"{_A}ea").set("typeface", east_asian)
            for script in fonts.iter(f"{_A}font"):
                if script.get("script") == "Hans":
                    script.set("typeface", east_asian)
    return bytes(etree.tostring(root, encoding="UTF-8", standalone=True))


def set_chinese_settings(settings: Any, *, compatibility_mode: int) -> None:
    """settings.xml: theme fonts chosen for Chinese (w:themeFontLang), and the layout
    of the given Word version (w:compatSetting compatibilityMode: 15 = Word 2013 and
    later; a lower one opens in 兼容模式)."""
    element = settings.element
    language = element.find(qn("w:themeFontLang"))
    language.set(qn("w:eastAsia"), "zh-CN")
    for setting in element.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), str(compatibility_mode))
