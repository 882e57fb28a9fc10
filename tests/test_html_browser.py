"""The web version in a real browser: Debian's Chromium, headless, through Playwright."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from helpers import (
    CHROMIUM,
    CHROMIUM_ARGS,
    DOCX_2023_NAME,
    Result,
    corrected_lines,
    load_2023,
    needs_chromium,
    watched,
    write_json,
)

pytestmark = needs_chromium


def test_html_renders_every_line_without_errors_or_requests(
    project: Path, cli: Callable[..., Result]
) -> None:
    from playwright.sync_api import sync_playwright

    assert cli("build", "2023", "-f", "html").code == 0
    page_path = project / "out" / DOCX_2023_NAME.replace(".docx", ".html")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844})  # a phone
            errors, requests = watched(page)
            page.goto(page_path.as_uri())
            assert page.locator("html").get_attribute("lang") == "zh-CN"
            assert page.title() == "柏山镇人民政府关于2023年法治政府建设情况的报告"
            assert page.locator("h1").inner_text() == "关于2023年法治政府建设情况的报告"
            headings = page.locator("h2").all_inner_texts()
            assert headings == [
                line for line in corrected_lines() if line[:2] in ("一、", "二、", "三、", "四、")
            ]
            assert page.locator("h3").count() == 3 and page.locator("h4").count() == 7
            rendered = [
                text.strip()
                for text in page.locator("h1, h2, h3, h4, h5, p").all_inner_texts()
                if text.strip()
            ]
            assert rendered == corrected_lines()
            # readable on a phone: nothing wider than the screen
            assert page.evaluate("document.documentElement.scrollWidth") <= 390
            page.emulate_media(media="print")
            assert page.locator("main").evaluate("e => getComputedStyle(e).fontSize") == "21.3333px"
            assert errors == []
            assert requests == [page_path.as_uri()]
        finally:
            browser.close()


def test_attachments_hang_under_the_page_policy(project: Path, cli: Callable[..., Result]) -> None:
    """The attachment lines' hang comes from the style sheet the Content-Security-Policy
    allows: Chromium applies it and reports no refused style."""
    from playwright.sync_api import sync_playwright

    data = load_2023()
    data["attachments"] = ["柏山镇2023年行政执法案件统计表", "柏山镇2023年普法活动开展情况一览表"]
    write_json(project / "data" / "2023.json", data)
    assert cli("build", "2023", "-f", "html", "-o", "r.html").code == 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto((project / "r.html").as_uri())
            indents = page.locator("p.attachment").evaluate_all(
                "ps => ps.map(p => { const s = getComputedStyle(p);"
                " return [parseFloat(s.textIndent) / parseFloat(s.fontSize),"
                " parseFloat(s.paddingLeft) / parseFloat(s.fontSize)]; })"
            )
            assert indents == [[-4, 6], [-1, 6]]  # 附件：1. and 2. hang under the names
            assert errors == []
        finally:
            browser.close()
