"""No output can carry a script: hostile data in every field, built as .html and as .md,
the .md rendered by a CommonMark library (raw HTML allowed, as such libraries do by
default), both opened in Chromium. Nothing runs, nothing is fetched, the text shows as
written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from helpers import CHROMIUM, CHROMIUM_ARGS, Result, needs_chromium, write_json
from markdown_it import MarkdownIt
from test_markdown import _every_field

pytestmark = needs_chromium

# Each would run a script, or fetch something, were it markup.
PAYLOADS = [
    '<img src="x" onerror="window.ran=1">',
    "<script>window.ran=1</script>",
    '<svg onload="window.ran=1"></svg>',
    "[点我](javascript:window.ran=1)",
    '<a href="javascript:window.ran=1" id="link">点我</a>',
    '<iframe src="javascript:parent.ran=1"></iframe>',
    '"><img src=x onerror=window.ran=1>',
    "&lt;script&gt;window.ran=1&lt;/script&gt;",
]


def _check(browser: Any, page_path: Path, expected: str) -> None:
    page = browser.new_page()
    dialogs: list[str] = []
    requests: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page_path.as_uri())
    page.wait_for_load_state("load")
    for link in page.locator("a").all():  # a reader would click a link
        link.click()
    assert page.evaluate("window.ran") is None, page_path.name
    assert dialogs == [] and requests == [page_path.as_uri()], page_path.name
    assert expected in page.locator("body").inner_text(), page_path.name
    page.close()


def _open_all(pages: list[tuple[Path, str]]) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for page_path, expected in pages:
                _check(browser, page_path, expected)
        finally:
            browser.close()


def test_hostile_data_runs_nothing_in_html_or_markdown(
    project: Path, cli: Callable[..., Result]
) -> None:
    renderer = MarkdownIt("commonmark")  # html: True, as CommonMark allows raw HTML
    pages = []
    for number, payload in enumerate(PAYLOADS):
        write_json(project / "data" / "2023.json", _every_field(payload))
        stem = f"r{number}"
        assert cli("build", "2023", "--draft", "-f", "html", "-f", "md", "-o", stem).code == 0
        markdown = (project / f"{stem}.md").read_text(encoding="utf-8")
        page = project / f"{stem}.md.html"
        page.write_text(
            f'<!DOCTYPE html><meta charset="utf-8">{renderer.render(markdown)}', encoding="utf-8"
        )
        pages += [(project / f"{stem}.html", payload), (page, payload)]
    _open_all(pages)
