"""The built .docx, read back by docx2python and by parsing its XML (not python-docx)."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx2python import docx2python
from docx2python.iterators import iter_paragraphs
from helpers import DOCX_2023_NAME, Result, corrected_lines
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def built(project: Path, cli: Callable[..., Result]) -> Path:
    result = cli("build", "2023")
    assert result.code == 0, result.output
    path = project / "out" / DOCX_2023_NAME
    assert str(Path("out") / DOCX_2023_NAME) in result.stdout
    return path


def paragraphs(path: Path) -> list[str]:
    with docx2python(path) as content:
        return [p for p in iter_paragraphs(content.body) if p.strip()]


def test_every_paragraph_in_order_with_numbering(built: Path) -> None:
    assert paragraphs(built) == corrected_lines()


def test_footers_carry_page_numbers(built: Path) -> None:
    with docx2python(built) as content:
        footers = [p for p in iter_paragraphs(content.footer) if p.strip()]
    assert footers == ["— 1 —", "— 1 —"]  # odd and even footer, PAGE field's cached value


def xml(path: Path, member: str) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(member))


def style_by_name(styles: etree._Element, name: str) -> etree._Element:
    for style in styles.iter(f"{W}style"):
        if style.find(f"{W}name").get(f"{W}val") == name:
            return style
    raise AssertionError(f"no style {name}")


def test_page_is_a4_with_gbt9704_margins(built: Path) -> None:
    sect = xml(built, "word/document.xml").find(f"{W}body/{W}sectPr")
    size, margins = sect.find(f"{W}pgSz"), sect.find(f"{W}pgMar")
    assert (size.get(f"{W}w"), size.get(f"{W}h")) == ("11906", "16838")
    assert {k: margins.get(f"{W}{k}") for k in ("top", "bottom", "left", "right")} == {
        "top": "2098",
        "bottom": "1984",
        "left": "1587",
        "right": "1474",
    }


@pytest.mark.parametrize(
    ("style", "east_asian", "half_points"),
    [
        ("公文标题", "方正小标宋简体", "44"),
        ("公文正文", "仿宋_GB2312", "32"),
        ("公文一级标题", "黑体", "32"),
        ("公文二级标题", "楷体_GB2312", "32"),
        ("公文三级标题", "仿宋_GB2312", "32"),
    ],
)
def test_styles_name_chinese_fonts_through_east_asia(
    built: Path, style: str, east_asian: str, half_points: str
) -> None:
    element = style_by_name(xml(built, "word/styles.xml"), style)
    fonts = element.find(f"{W}rPr/{W}rFonts")
    assert fonts.get(f"{W}eastAsia") == east_asian
    assert fonts.get(f"{W}ascii") == "Times New Roman"
    assert element.find(f"{W}rPr/{W}sz").get(f"{W}val") == half_points


def test_paragraphs_use_the_role_styles(built: Path) -> None:
    body = xml(built, "word/document.xml").find(f"{W}body")
    styles = xml(built, "word/styles.xml")
    names = {
        s.get(f"{W}styleId"): s.find(f"{W}name").get(f"{W}val") for s in styles.iter(f"{W}style")
    }
    by_text = {}
    for p in body.iter(f"{W}p"):
        text = "".join(t.text or "" for t in p.iter(f"{W}t"))
        style = p.find(f"{W}pPr/{W}pStyle")
        by_text[text] = names[style.get(f"{W}val")] if style is not None else None
    assert by_text["关于2023年法治政府建设情况的报告"] == "公文标题"
    assert by_text["中共博爱县委、博爱县人民政府："] == "公文主送机关"
    assert by_text["二、推进法治政府建设的主要举措和成效"] == "公文一级标题"
    assert by_text["（一）加强组织领导，确保法治政府创建落到实处"] == "公文二级标题"
    assert by_text["1.开展多样化的学法活动，提升机关干部法治意识"] == "公文三级标题"
    assert by_text["中共柏山镇委员会"] == "公文署名"
    assert by_text["2024年1月28日"] == "公文成文日期"


def test_point_leads_are_bold(built: Path) -> None:
    body = xml(built, "word/document.xml").find(f"{W}body")
    bold_runs = []
    for run in body.iter(f"{W}r"):
        style = run.find(f"{W}rPr/{W}rStyle")
        if style is not None and style.get(f"{W}val") == "GongwenPointLead":
            bold_runs.append("".join(t.text or "" for t in run.iter(f"{W}t")))
    assert bold_runs[:3] == [
        "一是压实责任，强化担当。",
        "二是开展述法履职汇报。",
        "三是带头学法，严格守法。",
    ]
    lead_style = style_by_name(xml(built, "word/styles.xml"), "公文要点引语")
    assert lead_style.find(f"{W}rPr/{W}b") is not None


def test_odd_and_even_footers_are_enabled(built: Path) -> None:
    settings = xml(built, "word/settings.xml")
    assert settings.find(f"{W}evenAndOddHeaders") is not None


def test_rebuild_gives_identical_bytes(
    built: Path, cli: Callable[..., Result], project: Path
) -> None:
    first = hashlib.sha256(built.read_bytes()).hexdigest()
    again = project / "again.docx"
    assert cli("build", "2023", "-o", str(again)).code == 0
    assert hashlib.sha256(again.read_bytes()).hexdigest() == first
