"""Make docs/annotate.png: page 1 of an annotated draft as LibreOffice renders it, with the
comments in the margin.

    uv run --group test python docs/annotate_picture.py

The draft is the test suite's Word draft (tests/drafts.py, text written for the tests).
LibreOffice exports the page (tracked changes drawn as changes) and each comment as a
PDF note at its anchor (ExportNotes). LibreOffice 7.4 ignores ExportNotesInMargin (it
draws no comment in a PDF's margin), so this script lays each note LibreOffice exported
beside the page at the height of its anchor, joined to it by a line (the dot marks
where LibreOffice put the note), as Word and WPS show comments in their margin.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pdfplumber
from pdfminer.utils import decode_text
from pdfplumber.utils import resolve_all
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from drafts import write_word_draft  # noqa: E402
from test_annotate_pdf import to_pdf  # noqa: E402

DPI = 80
MARGIN = 430  # pixels of margin for the comments
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        draft = write_word_draft(folder / "草稿.docx")
        copy = folder / "copy.docx"
        subprocess.run(
            ["uv", "run", "reportgen", "validate", str(draft), "--annotate", "-o", str(copy)],
            cwd=ROOT,
            capture_output=True,
            check=False,
        )
        pdf = to_pdf(copy, folder)
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                str(DPI),
                "-png",
                "-hide-annotations",
                "-f",
                "1",
                "-l",
                "1",
                str(pdf),
                str(folder / "page"),
            ],
            check=True,
        )
        page = Image.open(next(folder.glob("page*.png"))).convert("RGB")
        with pdfplumber.open(pdf) as document:
            first = document.pages[0]
            notes = [
                (
                    float(a["Rect"][0]),
                    float(first.height) - float(a["Rect"][3]),
                    decode_text(a["Contents"]),
                )
                for a in resolve_all(first.page_obj.annots or [])
                if str(a.get("Subtype")) == "/'Text'" and a.get("Contents")
            ]
    scale = DPI / 72
    picture = Image.new("RGB", (page.width + MARGIN, page.height), "white")
    picture.paste(page, (0, 0))
    draw = ImageDraw.Draw(picture)
    font = ImageFont.truetype(FONT, 12)
    bottom = 4
    for x, y, text in sorted(notes, key=lambda note: note[1]):
        lines = [piece for line in text.splitlines() for piece in textwrap.wrap(line, 32)][:6]
        height = 16 * len(lines) + 8
        top = max(bottom + 4, int(y * scale) - 8)
        if top + height > page.height:
            break
        left = page.width + 8
        draw.rectangle(
            (left, top, picture.width - 6, top + height), fill="#fff4d6", outline="#e0a000"
        )
        for number, line in enumerate(lines):
            draw.text((left + 6, top + 4 + 16 * number), line, fill="black", font=font)
        mark_x, mark_y = x * scale, y * scale + 4
        draw.line((mark_x, mark_y, left, top + 8), fill="#e0a000", width=1)
        draw.ellipse((mark_x - 3, mark_y - 3, mark_x + 3, mark_y + 3), fill="#e0a000")
        bottom = top + height
    picture.save(ROOT / "docs" / "annotate.png", optimize=True)


if __name__ == "__main__":
    main()
