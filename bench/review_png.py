"""Makes docs/review.png: the top of `review --html` over the tests' folder of 30
reports, as Chromium shows it.

    uv run --group test python bench/review_png.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    from playwright.sync_api import sync_playwright
    from review_corpus import write_folder

    work = Path(tempfile.mkdtemp(prefix="reportgen-review-png-"))
    try:
        write_folder(work / "收到的报告", (ROOT / "templates" / "report.docx").read_bytes())
        subprocess.run(
            [
                sys.executable,
                "-m",
                "reportgen",
                "review",
                "收到的报告",
                "--html",
                "审查.html",
                "-q",
            ],
            cwd=work,
            check=True,
        )
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=chromium, args=["--no-sandbox", "--disable-gpu"]
            )
            page = browser.new_page(viewport={"width": 1280, "height": 820})
            page.goto((work / "审查.html").as_uri())
            page.screenshot(path=str(ROOT / "docs" / "review.png"))
            browser.close()
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
