"""Renderers: one module per output format, each a function from a `Report` to bytes.

`render` produces the requested formats together so that the PDF reuses the .docx.
Modules are imported only when their format is asked for (python-docx is slow to load),
and this package itself loads no model, so the CLI can list the formats cheaply.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, get_args

if TYPE_CHECKING:
    from ..model import Report

# The output formats, in the order outputs are written and listed.
Format = Literal["docx", "pdf", "html", "md", "txt"]
FORMATS: tuple[Format, ...] = get_args(Format)
# Formats made from the Word template.
TEMPLATE_FORMATS = frozenset({"docx", "pdf"})


def content_policy(style: str) -> str:
    """A Content-Security-Policy that allows a web page nothing but its one style sheet
    (by its hash): the report's page and review's. Here, not in html.py, so that review
    can have it without loading the model."""
    digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode("ascii")
    return f"default-src 'none'; style-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"


class _Renderings:
    """One report's outputs; the .docx is made once and shared by the PDF."""

    def __init__(self, report: Report, template: bytes | None, draft: bool) -> None:
        self.report = report
        self.template = template
        self.draft = draft

    @cached_property
    def docx(self) -> bytes:
        from .docx import render_docx

        if self.template is None:
            raise ValueError("a .docx needs the template's bytes")
        return render_docx(self.report, self.template, self.draft)

    def pdf(self) -> bytes:
        from .pdf import render_pdf

        return render_pdf(self.docx)

    def html(self) -> bytes:
        from .html import render_html

        return render_html(self.report, self.draft)

    def md(self) -> bytes:
        from .markdown import render_markdown

        return render_markdown(self.report, self.draft)

    def txt(self) -> bytes:
        from .plaintext import render_text

        return render_text(self.report, self.draft)


_RENDERERS: dict[str, Callable[[_Renderings], bytes]] = {
    "docx": lambda outputs: outputs.docx,
    "pdf": _Renderings.pdf,
    "html": _Renderings.html,
    "md": _Renderings.md,
    "txt": _Renderings.txt,
}


def render(
    report: Report, formats: Sequence[str], template: bytes | None, draft: bool = False
) -> dict[str, bytes]:
    """The report in each requested format, in FORMATS order. `template` (the Word
    template's bytes) is needed only for TEMPLATE_FORMATS.

    A draft carries a visible mark saying it must not be submitted.
    """
    outputs = _Renderings(report, template, draft)
    return {name: _RENDERERS[name](outputs) for name in FORMATS if name in formats}
