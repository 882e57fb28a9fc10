"""LibreOffice opens an annotated copy, shows its tracked changes, and exports every
comment to PDF (filter option ExportNotes), read back with pdfplumber.

ExportNotesInMargin (comments drawn in the page margin) is passed too; LibreOffice 7.4,
which Debian 12 ships, does not know it and exports the comments as PDF notes only.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from drafts import write_word_draft
from helpers import Result
from pdfminer.utils import decode_text
from pdfplumber.utils import resolve_all

if shutil.which("soffice") is None and not os.environ.get("CI"):
    pytest.skip("LibreOffice is not installed (CI installs it)", allow_module_level=True)

_TRUE = {"type": "boolean", "value": "true"}
EXPORT = "pdf:writer_pdf_Export:" + json.dumps({"ExportNotes": _TRUE, "ExportNotesInMargin": _TRUE})


def to_pdf(docx: Path, folder: Path) -> Path:
    """LibreOffice's PDF of `docx`, with the comments, in a profile of its own."""
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            EXPORT,
            "--outdir",
            str(folder),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    pdf = folder / f"{docx.stem}.pdf"
    assert pdf.exists(), "LibreOffice wrote no PDF"
    return pdf


def notes(pdf: Path) -> list[tuple[str, str]]:
    """(author line, text) of every comment (PDF text annotation) in the PDF."""
    found = []
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            for annotation in resolve_all(page.page_obj.annots or []):
                if str(annotation.get("Subtype")) != "/'Text'":
                    continue
                text, author = annotation.get("Contents", b""), annotation.get("T", b"")
                found.append(
                    (
                        decode_text(author) if isinstance(author, bytes) else str(author),
                        decode_text(text) if isinstance(text, bytes) else str(text),
                    )
                )
    return found


def test_libreoffice_shows_every_comment_and_change(
    project: Path, cli: Callable[..., Result]
) -> None:
    draft = write_word_draft(project / "草稿.docx")
    findings = json.loads(cli("validate", str(draft), "--format", "json").stdout)["findings"]
    assert cli("validate", str(draft), "--annotate", "-o", "copy.docx").code == 1
    pdf = to_pdf(project / "copy.docx", project)
    shown = notes(pdf)
    ours = [text for author, text in shown if author.startswith("reportgen")]
    # And import's notes, and the typed 1、 2、 and the date 2025年01月15日 marked as changes.
    assert len(ours) == len(findings) + 1 + 3
    for finding in findings:
        assert any(finding["message"] in text for text in ours), finding
    assert any(author.startswith("张科长") for author, _ in shown)  # the colleague's is kept
    with pdfplumber.open(pdf) as document:
        text = "".join(page.extract_text() for page in document.pages).replace("\n", "")
    # Changes are shown as changes: the deleted 止 and the inserted 至 both on the page.
    assert "截止至目前" in text
