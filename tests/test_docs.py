"""The documentation: the README is the clerk's page, short, and links every maintainer's
page in docs/; every relative link of the README and of docs/ leads to a file."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import ROOT

README = ROOT / "README.md"
DOCS = sorted((ROOT / "docs").glob("*.md"))
_LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def test_the_readme_is_short_and_links_every_page_of_the_docs() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 250
    linked = {Path(target).name for target in _LINK.findall(text)}
    assert {page.name for page in DOCS} <= linked


def test_every_relative_link_leads_to_a_file() -> None:
    for page in [README, *DOCS]:
        for target in _LINK.findall(page.read_text(encoding="utf-8")):
            if "://" not in target:
                assert (page.parent / target).exists(), f"{page.name} → {target}"
