"""The .docx as a zip of parts: written reproducibly, and read for what its parts link to."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn

_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
CONTENT_TYPES = "[Content_Types].xml"
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CONTENT_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"


def write_package(members: list[tuple[str, bytes]]) -> bytes:
    """A zip with fixed timestamps, `[Content_Types].xml` first, then the given order."""
    order = sorted(members, key=lambda member: member[0] != CONTENT_TYPES)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in order:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, data)
    return out.getvalue()


def deterministic_package(
    data: bytes, edits: Mapping[str, Callable[[bytes], bytes]] | None = None
) -> bytes:
    """Re-zip a .docx with fixed timestamps and sorted members, so rebuilds are identical,
    each part named in `edits` passed through its function.

    python-docx stamps each member with the current time; `[Content_Types].xml`
    stays first, as the OPC spec and some readers expect.
    """
    edits = edits or {}
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = sorted((name, source.read(name)) for name in source.namelist())
    return write_package([(name, edits.get(name, _same)(part)) for name, part in members])


def _same(part: bytes) -> bytes:
    return part


def parse_part(xml: bytes) -> Any:
    """A part parsed without loading a DTD, resolving entities or using the network
    (callers have refused parts with a DTD already)."""
    from lxml import etree  # type: ignore[import-untyped]  # python-docx depends on lxml

    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    return etree.fromstring(xml, parser)


def related_root(part: Any, relationship_type: str) -> Any:
    """The root element of the part a python-docx part relates to by that type, or None.
    Parsed from its bytes when python-docx keeps it as bytes (footnotes, or a styles
    part under the wrong content type)."""
    try:
        related = part.part_related_by(relationship_type)
    except KeyError:
        return None
    element = getattr(related, "element", None)
    if element is None:
        from docx.oxml.parser import parse_xml
        from lxml import etree

        try:
            element = parse_xml(related.blob)
        except etree.XMLSyntaxError:  # a part given a content type that is not XML's
            return None
    return element


@dataclass(frozen=True)
class Relationship:
    kind: str  # the type's last segment: image, hyperlink, attachedTemplate, aFChunk …
    target: str
    external: bool


def relationships(xml: bytes) -> list[Relationship]:
    """The relationships a .rels part declares."""
    return [
        Relationship(
            kind=str(element.get("Type", "")).rsplit("/", 1)[-1],
            target=str(element.get("Target", "")),
            external=str(element.get("TargetMode", "")).lower() == "external",
        )
        for element in parse_part(xml).iter(f"{_RELATIONSHIPS}Relationship")
    ]


def content_types(xml: bytes) -> list[str]:
    """Every content type `[Content_Types].xml` names (defaults and overrides)."""
    return [
        str(element.get("ContentType", ""))
        for element in parse_part(xml).iter()
        if element.tag in (f"{_CONTENT_TYPES}Default", f"{_CONTENT_TYPES}Override")
    ]


def xml_parts(content_types_xml: bytes, names: list[str]) -> set[str]:
    """The members `[Content_Types].xml` declares as XML, by extension or by name."""
    root = parse_part(content_types_xml)
    by_extension = {
        str(e.get("Extension", "")).lower(): str(e.get("ContentType", ""))
        for e in root.iter(f"{_CONTENT_TYPES}Default")
    }
    by_name = {
        str(e.get("PartName", "")).lstrip("/"): str(e.get("ContentType", ""))
        for e in root.iter(f"{_CONTENT_TYPES}Override")
    }
    return {
        name
        for name in names
        if (by_name.get(name) or by_extension.get(name.rsplit(".", 1)[-1].lower(), ""))
        .split(";")[0]
        .endswith("xml")
    }


# Where a field nested in another's code stands in the outer code (field_codes).
NESTED_FIELD = "\ufffc"


def field_codes(xml: bytes) -> list[str]:
    """Every field's own code in a story: a simple field's w:instr; a complex field's
    instruction runs, joined (Word splits a code over runs), with w:delInstrText too (a
    field deleted with tracking comes back when the deletion is rejected). A field
    nested in another's code is listed on its own and stands in the outer code as
    NESTED_FIELD. Instruction text outside any field counts as one more code."""

    fld_char, fld_simple = qn("w:fldChar"), qn("w:fldSimple")
    codes: list[str] = []
    fields: list[_OpenField] = []
    loose: list[str] = []
    for element in parse_part(xml).iter(
        fld_char, fld_simple, qn("w:instrText"), qn("w:delInstrText")
    ):
        top = fields[-1] if fields else None
        code = top.code if top is not None and not top.past_separate else None
        if element.tag == fld_simple:
            codes.append(str(element.get(qn("w:instr"), "")))
            if code is not None:
                code.append(NESTED_FIELD)
        elif element.tag != fld_char:
            (loose if code is None else code).append(element.text or "")
        elif (kind := element.get(qn("w:fldCharType"))) == "begin":
            if code is not None:
                code.append(NESTED_FIELD)
            fields.append(_OpenField())
        elif top is not None and kind in ("separate", "end"):
            if code is not None:
                codes.append("".join(code))
            top.past_separate = True
            if kind == "end":
                fields.pop()
    codes += ["".join(field.code) for field in fields if not field.past_separate]
    return [*codes, "".join(loose)] if loose else codes


@dataclass
class _OpenField:
    code: list[str] = field(default_factory=list)
    past_separate: bool = False  # what follows is the result, not the code


def has_mail_merge(xml: bytes) -> bool:
    """Whether a settings part makes the document a mail-merge main document."""

    return next(parse_part(xml).iter(qn("w:mailMerge")), None) is not None
