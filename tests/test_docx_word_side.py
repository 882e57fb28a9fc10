"""What Word and WPS read from the built .docx beyond the text: quotation-mark runs,
the font table, theme and settings, the footer distance, no external links. Read
back with zipfile and lxml, not the code that wrote it (facts: docs/layout.md)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import DOCX_2023_NAME, Result, load_2023, write_json
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
QUOTES = "“”‘’"
CHINESE_FONTS = {"仿宋_GB2312", "方正小标宋简体", "楷体_GB2312", "黑体", "宋体"}


def part(path: Path, member: str) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(member))


@pytest.fixture
def built(project: Path, cli: Callable[..., Result]) -> Path:
    result = cli("build", "2023")
    assert result.code == 0, result.output
    return project / "out" / DOCX_2023_NAME


def style_fonts(path: Path) -> dict[str, str]:
    """Style id → the East Asian font it names, itself or through w:basedOn."""
    styles = part(path, "word/styles.xml")
    own, base = {}, {}
    for style in styles.iter(f"{W}style"):
        sid = style.get(f"{W}styleId")
        fonts = style.find(f"{W}rPr/{W}rFonts")
        if fonts is not None and fonts.get(f"{W}eastAsia"):
            own[sid] = fonts.get(f"{W}eastAsia")
        based = style.find(f"{W}basedOn")
        if based is not None:
            base[sid] = based.get(f"{W}val")
    resolved = {}
    for sid in {*own, *base}:
        current = sid
        while current is not None and current not in own:
            current = base.get(current)
        if current is not None:
            resolved[sid] = own[current]
    return resolved


def quotation_runs(path: Path) -> list[tuple[str, str, etree._Element | None]]:
    """(paragraph style's font, run text, run's rFonts) for every run with a quotation mark."""
    fonts = style_fonts(path)
    found = []
    for paragraph in part(path, "word/document.xml").iter(f"{W}p"):
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        font = fonts[style.get(f"{W}val")] if style is not None else ""
        for run in paragraph.iter(f"{W}r"):
            text = "".join(t.text or "" for t in run.iter(f"{W}t"))
            if any(mark in text for mark in QUOTES):
                found.append((font, text, run.find(f"{W}rPr/{W}rFonts")))
    return found


def assert_east_asian(font: str, text: str, fonts: etree._Element | None) -> None:
    """Word draws an ambiguous-width mark in the East Asian font only when told so."""
    assert fonts is not None, text
    slots = {name: fonts.get(f"{W}{name}") for name in ("ascii", "hAnsi", "eastAsia", "cs")}
    assert slots == dict.fromkeys(slots, font), (text, slots)
    assert fonts.get(f"{W}hint") == "eastAsia", text
    assert text.isascii() is False and not any(ch.isascii() for ch in text), text


def test_every_quotation_mark_is_set_in_the_paragraphs_chinese_font(built: Path) -> None:
    runs = quotation_runs(built)
    assert sum(text.count(mark) for _, text, _ in runs for mark in QUOTES) == 20
    for font, text, fonts in runs:
        assert font == "仿宋_GB2312"
        assert_east_asian(font, text, fonts)


def test_quotation_marks_in_title_and_lead_phrases_follow_their_fonts(
    project: Path, cli: Callable[..., Result]
) -> None:
    data = load_2023()
    data["title"] = "关于2023年“八五”普法和法治政府建设情况的报告"
    data["parts"][0]["content"][0]["points"][0]["lead"] = "落实“第一责任人”职责。"
    write_json(project / "data" / "2023.json", data)
    assert cli("build", "2023", "--draft", "-o", "quoted.docx").code == 0
    runs = quotation_runs(project / "quoted.docx")
    fonts_by_text = {text: font for font, text, _ in runs}
    assert [fonts_by_text[t] for t in fonts_by_text if "八五" in t] == ["方正小标宋简体"]
    assert [fonts_by_text[t] for t in fonts_by_text if "第一责任人”职责" in t] == ["仿宋_GB2312"]
    for font, text, fonts in runs:
        assert_east_asian(font, text, fonts)


def test_font_table_describes_the_chinese_fonts(built: Path) -> None:
    fonts = {f.get(f"{W}name"): f for f in part(built, "word/fontTable.xml").iter(f"{W}font")}
    assert set(fonts) == CHINESE_FONTS | {"Times New Roman"}  # no Cambria, Calibri, ＭＳ 明朝
    for name in CHINESE_FONTS:
        entry = fonts[name]
        assert entry.find(f"{W}charset").get(f"{W}val") == "86", name
        assert entry.find(f"{W}family") is not None and entry.find(f"{W}pitch") is not None
    alt = {n: f.find(f"{W}altName") for n, f in fonts.items()}
    assert alt["仿宋_GB2312"].get(f"{W}val") == "仿宋"
    assert alt["楷体_GB2312"].get(f"{W}val") == "楷体"
    assert fonts["宋体"].find(f"{W}panose1").get(f"{W}val") == "02010600030101010101"


def test_every_font_used_is_in_the_font_table(built: Path) -> None:
    listed = {f.get(f"{W}name") for f in part(built, "word/fontTable.xml").iter(f"{W}font")}
    used = set()
    for member in ("word/styles.xml", "word/document.xml", "word/footer1.xml", "word/footer2.xml"):
        for fonts in part(built, member).iter(f"{W}rFonts"):
            used |= {v for k, v in fonts.attrib.items() if k != f"{W}hint"}
            assert not any(k.endswith("Theme") for k in fonts.attrib), member
    assert used == listed


def test_settings_and_theme_are_chinese_and_current(built: Path) -> None:
    settings = part(built, "word/settings.xml")
    assert settings.find(f"{W}themeFontLang").get(f"{W}eastAsia") == "zh-CN"
    modes = [
        s.get(f"{W}val")
        for s in settings.iter(f"{W}compatSetting")
        if s.get(f"{W}name") == "compatibilityMode"
    ]
    assert modes == ["15"]
    theme = part(built, "word/theme/theme1.xml")
    for collection, east_asian in (("majorFont", "黑体"), ("minorFont", "仿宋_GB2312")):
        fonts = theme.find(f".//{A}{collection}")
        assert fonts.find(f"{A}ea").get("typeface") == east_asian
        assert fonts.find(f"{A}latin").get("typeface") == "Times New Roman"
        hans = [f.get("typeface") for f in fonts.iter(f"{A}font") if f.get("script") == "Hans"]
        assert hans == [east_asian]


def test_footer_places_the_page_number_dash_7_mm_under_the_text(built: Path) -> None:
    """w:footer 1450 twips: measured 7 mm in LibreOffice and in a Word-like engine."""
    margins = part(built, "word/document.xml").find(f"{W}body/{W}sectPr/{W}pgMar")
    assert margins.get(f"{W}footer") == "1450"


def test_no_relationship_points_outside_the_package(built: Path) -> None:
    with zipfile.ZipFile(built) as package:
        rels = [n for n in package.namelist() if n.endswith(".rels")]
        for name in rels:
            for rel in etree.fromstring(package.read(name)):
                assert rel.get("TargetMode") != "External", (name, rel.get("Target"))
        assert not [n for n in package.namelist() if "vba" in n.lower()]
