"""PDF through LibreOffice headless: the .docx as the county's PCs would print it.

soffice.py finds LibreOffice, profile.py keeps its profile (reused, locked, external
links off), fonts.py maps the official fonts to free ones, convert.py runs it once for
all the documents of a command.
"""

from __future__ import annotations

from ...errors import ReportgenError
from .convert import NotConverted, convert_all, timeout_for
from .soffice import find_soffice

__all__ = ["NotConverted", "convert_all", "find_soffice", "render_pdf", "timeout_for"]


def render_pdf(docx: bytes) -> bytes:
    """One .docx as PDF bytes; a clear Chinese error when it cannot be."""
    (result,) = convert_all([docx], find_soffice())
    if isinstance(result, NotConverted):
        raise ReportgenError(
            f"{result.reason}，没有生成 PDF。",
            hint="请确认 LibreOffice 可以正常运行（soffice --version）。",
        )
    return result
