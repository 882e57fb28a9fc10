"""The comments part, and the package entries that link a new part in.

A document that has comments keeps them: new ones are appended to its comments part,
with ids above every id the document uses. A document without one gets
word/comments.xml, a relationship from the document and a content-type override.
Nothing else of the package changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .marks import Author, Comment
from .package import parse_part
from .textmap import W, w

COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
COMMENTS_RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_ID = re.compile(rb'\bw:id="(-?\d+)"')
_SIZE = "20"  # 10 pt in half-points: a margin note, not the body's 三号


def serialize(root: Any) -> bytes:
    from lxml import etree  # type: ignore[import-untyped]  # python-docx depends on lxml

    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def highest_id(parts: Sequence[bytes]) -> int:
    """The largest w:id any of these parts uses (comments, changes, bookmarks …)."""
    return max((int(found) for part in parts for found in _ID.findall(part)), default=0)


def comments_part(
    existing: bytes | None, comments: Sequence[tuple[int, Comment]], author: Author
) -> bytes:
    root = parse_part(existing) if existing else _new_comments()
    for comment_id, comment in comments:
        element = root.makeelement(
            w("comment"),
            {
                w("id"): str(comment_id),
                w("author"): author.name,
                w("date"): author.date,
                w("initials"): author.initials,
            },
        )
        for number, text in enumerate(comment.paragraphs):
            paragraph = element.makeelement(w("p"), {})
            if number == 0:
                paragraph.append(_run(paragraph, None))
            paragraph.append(_run(paragraph, text))
            element.append(paragraph)
        root.append(element)
    return serialize(root)


def _new_comments() -> Any:
    from lxml import etree

    return etree.Element(w("comments"), nsmap={"w": W})


def _run(like: Any, text: str | None) -> Any:
    """A run of comment text in 10 pt, or (None) the comment's annotation mark."""
    run = like.makeelement(w("r"), {})
    properties = run.makeelement(w("rPr"), {})
    for name in ("sz", "szCs"):
        properties.append(properties.makeelement(w(name), {w("val"): _SIZE}))
    run.append(properties)
    if text is None:
        run.append(run.makeelement(w("annotationRef"), {}))
    else:
        node = run.makeelement(w("t"), {})
        node.text = text
        node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(node)
    return run


def add_relationship(rels: bytes | None, kind: str, target: str) -> bytes:
    """The .rels part with a relationship of `kind` to `target` (kept if it is there)."""
    from lxml import etree

    if rels:
        root = parse_part(rels)
    else:
        root = etree.Element(f"{{{_PACKAGE_RELS}}}Relationships", nsmap={None: _PACKAGE_RELS})
    taken = {element.get("Id") for element in root}
    for element in root:
        if element.get("Type") == kind and element.get("Target") == target:
            return serialize(root)
    number = 1
    while f"rId{number}" in taken:
        number += 1
    root.append(
        root.makeelement(
            f"{{{_PACKAGE_RELS}}}Relationship",
            {"Id": f"rId{number}", "Type": kind, "Target": target},
        )
    )
    return serialize(root)


def add_override(content_types: bytes, part: str, content_type: str) -> bytes:
    """[Content_Types].xml with an override for `part` (kept if it is there)."""
    root = parse_part(content_types)
    name = "/" + part.lstrip("/")
    for element in root.iter(f"{{{_CONTENT_TYPES}}}Override"):
        if element.get("PartName", "").lower() == name.lower():
            element.set("ContentType", content_type)
            return serialize(root)
    root.append(
        root.makeelement(
            f"{{{_CONTENT_TYPES}}}Override", {"PartName": name, "ContentType": content_type}
        )
    )
    return serialize(root)
