"""Plain text: one line per paragraph, a blank line between, as clerks paste into web forms."""

from __future__ import annotations

from ..model import Report
from .outline import document


def render_text(report: Report, draft: bool = False) -> bytes:
    return ("\n\n".join(line.text for line in document(report, draft)) + "\n").encode("utf-8")
