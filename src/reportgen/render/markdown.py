"""Markdown, for pasting into systems that take it: headings by level, bold point leads."""

from __future__ import annotations

import re

from ..lazyregex import lazy_compile
from ..model import Report
from .outline import Line, Role, document

_PREFIX = {
    Role.TITLE: "# ",
    Role.HEADING1: "## ",
    Role.HEADING2: "### ",
    Role.HEADING3: "#### ",
    Role.HEADING4: "##### ",
}
_SPECIAL = lazy_compile(r"([\\`*_\[\]<>#|])")


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def _line(line: Line) -> str:
    text = "".join(f"**{_escape(s.text)}**" if s.bold else _escape(s.text) for s in line.segments)
    # "1." at the start of a line would become a Markdown list.
    text = re.sub(r"^(\d+)\.", r"\1\\.", text)
    if line.role in (Role.SIGNATURE, Role.DATE):
        return f'<p align="right">{text}</p>'
    return _PREFIX.get(line.role, "") + text


def render_markdown(report: Report, draft: bool = False) -> bytes:
    return ("\n\n".join(_line(line) for line in document(report, draft)) + "\n").encode("utf-8")
