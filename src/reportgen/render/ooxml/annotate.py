"""A document's package with comments and tracked changes added, every other part as it was.

Only the main document part, the comments part, the document's relationships and the
content types can change; every other member keeps its bytes and its place in the zip.
"""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from typing import Any

from .comments import (
    COMMENTS_RELATION,
    COMMENTS_TYPE,
    add_override,
    add_relationship,
    comments_part,
    highest_id,
    serialize,
)
from .marks import Author, Comment, Marked, Revision, mark
from .package import CONTENT_TYPES, write_package
from .parts import related_part, rels_name
from .textmap import Paragraph


class Annotator:
    """Marks first (`mark`), then the package (`package`) with the comments' final texts,
    which may say whether their change could be written."""

    def __init__(
        self, members: list[tuple[str, bytes]], part: str, root: Any, author: Author
    ) -> None:
        self.members, self.part, self.root, self.author = members, part, root, author
        self.parts = dict(members)

    def mark(
        self,
        paragraphs: list[Paragraph],
        revisions: Sequence[Revision],
        comments: Sequence[Comment],
    ) -> Marked:
        """Write the changes and comment anchors into `root` (the parsed main part)."""
        xml = [data for name, data in self.members if name.endswith((".xml", ".rels"))]
        return mark(paragraphs, revisions, comments, self.author, highest_id(xml) + 1)

    def package(self, comments: Sequence[tuple[int, Comment]]) -> bytes:
        """The package: the marked main part, the comments part and what links it in."""
        part, parts = self.part, self.parts
        existing = related_part(parts, part, "comments")
        replaced = {part: serialize(self.root)}
        if comments and existing in parts:
            assert existing is not None
            replaced[existing] = comments_part(parts[existing], comments, self.author)
        elif comments:
            name = _free_name(parts, posixpath.join(posixpath.dirname(part), "comments.xml"))
            replaced[name] = comments_part(None, comments, self.author)
            target = posixpath.relpath(name, posixpath.dirname(part) or ".")
            relations = rels_name(part)
            replaced[relations] = add_relationship(parts.get(relations), COMMENTS_RELATION, target)
            replaced[CONTENT_TYPES] = add_override(parts[CONTENT_TYPES], name, COMMENTS_TYPE)
        kept = [(name, replaced.pop(name, data)) for name, data in self.members]
        return write_package(kept + list(replaced.items()))


def _free_name(parts: dict[str, bytes], name: str) -> str:
    """comments.xml, or comments2.xml … when a stray member already has the name."""
    stem, number = name.removesuffix(".xml"), 1
    while name in parts:
        number += 1
        name = f"{stem}{number}.xml"
    return name
