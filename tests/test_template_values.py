"""A template's values outside their type, the class: every kind of attribute the
default template carries (each element and attribute of the parts reportgen reads), set
to a word, to a number past 2³¹ and to a negative number. `template check` and `build`
answer with a message or work, never with a program fault. The default run gives each
kind one of the three values; the fuzz run gives each all three."""

from __future__ import annotations

import io
import json
import zipfile
from functools import cache

import pytest
from helpers import DATA_2023, ROOT
from lxml import etree

from reportgen.errors import ReportgenError
from reportgen.model import Report
from reportgen.render.docx import load_template, render_docx
from reportgen.template.read import template_problems

TEMPLATE = (ROOT / "templates" / "report.docx").read_bytes()
# The parts reportgen opens itself or through python-docx; the theme and font table are
# passed through for Word and LibreOffice.
PARTS = (
    "[Content_Types].xml",
    "_rels/.rels",
    "word/_rels/document.xml.rels",
    "word/document.xml",
    "word/styles.xml",
    "word/settings.xml",
    "word/footer1.xml",
    "word/footer2.xml",
    "docProps/core.xml",
)
OUT_OF_TYPE = ("abc", "2147483648", "-1")


def _members() -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(TEMPLATE)) as package:
        return [(info.filename, package.read(info)) for info in package.infolist()]


def _kinds() -> list[tuple[str, str, str]]:
    """Each (part, element, attribute) the template has, once, in document order."""
    found: dict[tuple[str, str, str], None] = {}
    for name, data in _members():
        if name in PARTS:
            for element in etree.fromstring(data).iter(etree.Element):
                for attribute in element.attrib:
                    found[(name, element.tag, attribute)] = None
    return list(found)


KINDS = _kinds()


def _spoiled(part: str, tag: str, attribute: str, value: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in _members():
            if name == part:
                root = etree.fromstring(data)
                for element in root.iter(tag):
                    if attribute in element.attrib:
                        element.set(attribute, value)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            package.writestr(name, data)
    return out.getvalue()


@cache
def _report() -> Report:
    return Report.model_validate(json.loads(DATA_2023.read_text(encoding="utf-8")), strict=False)


def _check_and_build(template: bytes) -> None:
    """What `template check` and `build` do with a template, in process: a refusal is a
    ReportgenError; anything else raised is a program fault and fails the test."""
    try:
        if not template_problems(template, "模板 county.docx") and not (
            load_template(template).problems
        ):
            render_docx(_report(), template)
    except ReportgenError as error:
        assert any("\u4e00" <= char <= "\u9fff" for char in error.message)


def _id(kind: tuple[str, str, str], value: str) -> str:
    part, tag, attribute = kind
    return f"{part}:{etree.QName(tag).localname}@{etree.QName(attribute).localname}={value}"


ROTATED = [(kind, OUT_OF_TYPE[n % len(OUT_OF_TYPE)]) for n, kind in enumerate(KINDS)]


def test_the_sweep_covers_the_values_read() -> None:
    localnames = {(etree.QName(t).localname, etree.QName(a).localname) for _, t, a in KINDS}
    assert {("pgSz", "w"), ("pgMar", "left"), ("style", "type"), ("Override", "ContentType")} <= (
        localnames
    )


@pytest.mark.parametrize(("kind", "value"), ROTATED, ids=[_id(k, v) for k, v in ROTATED])
def test_a_value_out_of_its_type_is_never_a_fault(kind: tuple[str, str, str], value: str) -> None:
    _check_and_build(_spoiled(*kind, value))


@pytest.mark.fuzz
@pytest.mark.parametrize("kind", KINDS, ids=[_id(k, "*") for k in KINDS])
def test_every_value_out_of_its_type_is_never_a_fault(kind: tuple[str, str, str]) -> None:
    for value in OUT_OF_TYPE:
        _check_and_build(_spoiled(*kind, value))
