"""The .docx as a zip of parts: written reproducibly, and read for what its parts link to."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
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


def _parse(xml: bytes) -> Any:
    """A part parsed without loading a DTD, resolving entities or using the network
    (callers have refused parts with a DTD already)."""
    from lxml import etree  # type: ignore[import-untyped]  # python-docx depends on lxml

    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    return etree.fromstring(xml, parser)


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
        for element in _parse(xml).iter(f"{_RELATIONSHIPS}Relationship")
    ]


def content_types(xml: bytes) -> list[str]:
    """Every content type `[Content_Types].xml` names (defaults and overrides)."""
    return [
        str(element.get("ContentType", ""))
        for element in _parse(xml).iter()
        if element.tag in (f"{_CONTENT_TYPES}Default", f"{_CONTENT_TYPES}Override")
    ]


def xml_parts(content_types_xml: bytes, names: list[str]) -> set[str]:
    """The members `[Content_Types].xml` declares as XML, by extension or by name."""
    root = _parse(content_types_xml)
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


def field_instructions(xml: bytes) -> str:
    """The field codes of a story, one per line: simple fields and the w:instrText runs
    of complex fields, joined, since Word may split a code over several runs."""
    root = _parse(xml)
    simple = [str(element.get(qn("w:instr"), "")) for element in root.iter(qn("w:fldSimple"))]
    complex_ = "".join(element.text or "" for element in root.iter(qn("w:instrText")))
    return "\n".join([*simple, complex_])
