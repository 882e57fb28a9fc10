"""Finding a package's parts by their relationships, as Word does, not by their names."""

from __future__ import annotations

import posixpath

from .package import relationships


def rels_name(part: str) -> str:
    """word/document.xml → word/_rels/document.xml.rels"""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def main_part(parts: dict[str, bytes]) -> str:
    """The package's main document part, as _rels/.rels names it."""
    for relation in relationships(parts.get("_rels/.rels", b"<Relationships/>")):
        if relation.kind == "officeDocument" and not relation.external:
            return relation.target.lstrip("/")
    return "word/document.xml"


def related_part(parts: dict[str, bytes], part: str, kind: str) -> str | None:
    """The part that `part`'s relationship of `kind` (styles, comments …) points to."""
    rels = parts.get(rels_name(part))
    if rels is None:
        return None
    for relation in relationships(rels):
        if relation.kind == kind and not relation.external:
            target = relation.target
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join(posixpath.dirname(part), target))
    return None
