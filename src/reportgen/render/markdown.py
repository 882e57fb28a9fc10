"""Markdown, for pasting into systems that take it: headings by level, bold point leads.

Every string of the data is text, never markup, under CommonMark (and GFM): it is written
so that a CommonMark reader gives back exactly that string. No raw HTML is written at all
(inside a raw HTML block Markdown's escapes do nothing, so data there could carry a
script); the signature and date lose their right alignment, which Markdown cannot say.
"""

from __future__ import annotations

import re
import unicodedata

from ..model import Report
from .outline import Line, Role, Segment, document

_PREFIX = {
    Role.TITLE: "# ",
    Role.HEADING1: "## ",
    Role.HEADING2: "### ",
    Role.HEADING3: "#### ",
    Role.HEADING4: "##### ",
}

# CommonMark lets a backslash escape any ASCII punctuation character, and an escaped one is
# always literal. Escaping them all, wherever they stand, leaves nothing to reason about:
# no list (`- `, `1.`), fence (~~~), entity (&amp;), link, emphasis, HTML or table.
_ASCII_PUNCTUATION = re.compile(r"""([!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])""")
# What a Markdown line cannot hold as it is: line breaks would end the line (a blank line
# the paragraph), and spaces at either end of a line are dropped, or at its start (four of
# them) make a code block. They are written as character references (never a C1 control:
# CommonMark reads &#133; as U+FFFD).
_LINE_BREAKS = re.compile("[\r\n]")
# CommonMark strips spaces and tabs; readers built on JavaScript's trim() (markdown-it)
# strip all that trim() does.
_SPACE = "[ \t\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]"
_EDGE_SPACE = re.compile(f"^{_SPACE}+|(?<!{_SPACE}){_SPACE}+$")  # (?<!: linear


def _reference(char: str) -> str:
    return f"&#{ord(char)};"


def escape(text: str) -> str:
    """`text` as Markdown that reads back as exactly `text` (within one line)."""
    text = _ASCII_PUNCTUATION.sub(r"\\\1", text)
    return _LINE_BREAKS.sub(lambda m: _reference(m.group()), text)


def _word(char: str) -> bool:
    """A letter, mark or digit: what every CommonMark reader takes for neither a space nor
    punctuation (they differ on symbols and on controls such as U+0085)."""
    return unicodedata.category(char)[0] in "LMN"


def _bold(text: str, before: str, after: str) -> str:
    """`text` in bold, between the characters `before` and `after` ("" at a line's edge).

    CommonMark opens `**` before a letter, but before punctuation only where a space or
    punctuation stands in front, and closes it likewise mirrored: “**一是压实责任。**今年”
    does not close. So anything but letters and digits at either end of `text` is set just
    outside the `**` (in regular weight, which a full stop hardly shows), unless the line
    begins or ends there.
    """
    start, end = 0, len(text)
    while start < end and before and not _word(text[start]):
        start += 1
    while end > start and after and not _word(text[end - 1]):
        end -= 1
    core = text[start:end]
    if not core or core[0].isspace() or core[-1].isspace():
        return escape(text)  # nothing CommonMark can set in bold here
    return escape(text[:start]) + f"**{escape(core)}**" + escape(text[end:])


def _segments(segments: tuple[Segment, ...]) -> str:
    # Adjacent bold segments are one: `**a****b**` would be a run of four delimiters.
    runs: list[tuple[bool, str]] = []
    for segment in segments:
        if runs and runs[-1][0] == segment.bold:
            runs[-1] = (segment.bold, runs[-1][1] + segment.text)
        elif segment.text:
            runs.append((segment.bold, segment.text))
    out = []
    for index, (bold, text) in enumerate(runs):
        if bold:
            before = runs[index - 1][1][-1:] if index else ""
            after = runs[index + 1][1][:1] if index + 1 < len(runs) else ""
            out.append(_bold(text, before, after))
        else:
            out.append(escape(text))
    return "".join(out)


def _line(line: Line) -> str:
    text = _EDGE_SPACE.sub(lambda m: "".join(map(_reference, m.group())), _segments(line.segments))
    return _PREFIX.get(line.role, "") + text


def render_markdown(report: Report, draft: bool = False) -> bytes:
    return ("\n\n".join(_line(line) for line in document(report, draft)) + "\n").encode("utf-8")
