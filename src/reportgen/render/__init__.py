"""Renderers: one module per output format, each a function from a `Report` to bytes.

`render` produces the requested formats together so that the PDF reuses the .docx.
Modules are imported only when their format is asked for (python-docx is slow to load).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property

from ..model import Report


class _Job:
    def __init__(self, report: Report, template: Callable[[], bytes], draft: bool) -> None:
        self.report = report
        self.template = template
        self.draft = draft

    @cached_property
    def docx(self) -> bytes:
        from .docx import render_docx

        return render_docx(self.report, self.template(), self.draft)

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
        from .text import render_text

        return render_text(self.report, self.draft)


# format → how to make it; the order is the order outputs are written and listed.
_RENDERERS: dict[str, Callable[[_Job], bytes]] = {
    "docx": lambda job: job.docx,
    "pdf": _Job.pdf,
    "html": _Job.html,
    "md": _Job.md,
    "txt": _Job.txt,
}
FORMATS = tuple(_RENDERERS)


def render(
    report: Report, formats: Sequence[str], template: Callable[[], bytes], draft: bool = False
) -> dict[str, bytes]:
    """The report in each requested format; `template` is read only if a .docx is needed.

    A draft carries a visible mark saying it must not be submitted.
    """
    job = _Job(report, template, draft)
    return {name: make(job) for name, make in _RENDERERS.items() if name in formats}
