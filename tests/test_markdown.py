"""The Markdown output read by a CommonMark reader (markdown-it-py), not by our writer:
every string of the data comes back as exactly that string, as text, never as markup;
point leads are bold; no raw HTML is written at all."""

from __future__ import annotations

import copy
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from helpers import DOCX_2023_NAME, Result, corrected_lines, load_2023, write_json
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from reportgen.model import XML_ILLEGAL, Report
from reportgen.render.markdown import render_markdown

STEM = DOCX_2023_NAME.removesuffix(".docx")
COMMONMARK = MarkdownIt("commonmark")
GFM = MarkdownIt("commonmark").enable(["table", "strikethrough"])  # as GitHub has them

# Each broke the .md before: a list, a fence that swallows the rest, an entity, HTML with
# a script, a code block, a heading, a quote, a table, a link, emphasis, a thematic break.
HOSTILE = [
    "- 这一段不是列表",
    "~~~",
    "```",
    "&amp; 与 &#60; 照原样",
    '<img src=x onerror="alert(1)">',
    "<script>alert(1)</script>",
    "1. 不是编号",
    "2) 也不是",
    "    四个空格开头",
    "# 不是标题",
    "> 不是引用",
    "| 甲 | 乙 |\n|---|---|",
    "[链接](javascript:alert(1))",
    "![图](http://example.com/x.png)",
    "<http://example.com>",
    "www.example.com",
    "`代码`",
    "*斜体* _斜体_ **粗体** ~~删除~~",
    "***",
    "===",
    "末尾两个空格  \n换行",
    "反斜杠\\结尾\\",
    "\t制表符开头",
    "　全角空格开头",
    "[^1] 脚注",
    "<!-- 注释 -->",
]


def blocks(markdown: str, reader: MarkdownIt = COMMONMARK) -> list[tuple[str, str, list[str]]]:
    """(block tag, its text, the texts set in bold) for each block, as the reader parses."""
    found: list[tuple[str, str, list[str]]] = []
    tag = ""
    for token in reader.parse(markdown):
        if token.nesting == 1:
            tag = token.tag
        elif token.type == "inline":
            text, strong = _inline(token.children or [])
            found.append((tag, text, strong))
        elif token.nesting == 0:  # a block of its own: fence, code, html, hr
            found.append((token.type, token.content, []))
    return found


def _inline(children: list[Token]) -> tuple[str, list[str]]:
    text, strong, inside = "", [], False
    for child in children:
        if child.type in ("text", "code_inline"):
            text += child.content
            if inside:
                strong[-1] += child.content
        elif child.type in ("softbreak", "hardbreak"):
            text += "\n"
        elif child.type == "strong_open":
            inside = True
            strong.append("")
        elif child.type == "strong_close":
            inside = False
        else:  # links, images, HTML, emphasis: never in our output
            raise AssertionError(f"markup in the output: {child.type} {child.content!r}")
    return text, strong


def test_the_2023_report_reads_back_line_for_line(
    project: Path, cli: Callable[..., Result]
) -> None:
    assert cli("build", "2023", "-f", "md").code == 0
    markdown = (project / "out" / f"{STEM}.md").read_text(encoding="utf-8")
    for reader in (COMMONMARK, GFM):
        read = blocks(markdown, reader)
        assert [text for _, text, _ in read] == corrected_lines()
        tags = [tag for tag, _, _ in read]
        assert tags[0] == "h1" and tags.count("h2") == 4 and tags.count("h4") == 7
        assert set(tags) <= {"h1", "h2", "h3", "h4", "p"}
    bold = [strong for _, _, strong in blocks(markdown) if strong]
    assert bold[0] == ["一是压实责任，强化担当", "二是开展述法履职汇报", "三是带头学法，严格守法"]
    assert "<" not in markdown  # no raw HTML: the signature is a plain paragraph


def _every_field(text: str) -> dict[str, Any]:
    """The 2023 report with `text` in every string it prints: 版头, title, addressees,
    opening, headings of every level, paragraphs, point leads, texts and intro, signature
    and note."""
    data = copy.deepcopy(load_2023())
    data["masthead"] = {"mark": text, "number": text, "signer": text}
    data.update(title=text, addressees=[text], opening=[text], signatories=[text], note=text)
    points = {"points": [{"lead": text, "text": text}, {"text": text}], "inline": True}
    data["parts"][0]["heading"] = text
    data["parts"][0]["content"] = [text, {**points, "intro": text}, {**points, "inline": False}]
    section = {"title": text, "content": [text], "items": [{"title": text, "content": [text]}]}
    section["items"][0]["subitems"] = [{"title": text, "content": [text]}]
    data["parts"][0]["sections"] = [section]
    return data


def test_hostile_text_in_every_field_stays_text(project: Path, cli: Callable[..., Result]) -> None:
    for number, text in enumerate(HOSTILE):
        write_json(project / "data" / "2023.json", _every_field(text))
        assert cli("build", "2023", "--draft", "-f", "md", "-o", f"{number}.md").code == 0
        markdown = (project / f"{number}.md").read_text(encoding="utf-8")
        for reader in (COMMONMARK, GFM):
            read = blocks(markdown, reader)
            assert {tag for tag, _, _ in read} <= {"h1", "h2", "h3", "h4", "h5", "p"}, text
            shown = "\n".join(line for _, line, _ in read)
            assert shown.count(text) >= 14, (text, markdown)


printable_text = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=40
).filter(lambda t: t.strip() and not XML_ILLEGAL.search(t))


def _report(paragraph: Any) -> Report:
    data = load_2023()
    data["parts"][0]["content"] = [paragraph]
    return Report.model_validate(data, strict=False)


@settings(deadline=None)  # nothing here depends on timing (a loaded machine is slow)
@given(printable_text)
def test_any_paragraph_reads_back_as_written(text: str) -> None:
    markdown = render_markdown(_report(text)).decode("utf-8")
    assert [t for _, t, _ in blocks(markdown)][4] == text


@settings(deadline=None)
@given(printable_text, printable_text, printable_text)
def test_any_point_reads_back_with_its_lead_in_bold(intro: str, lead: str, text: str) -> None:
    block = {"intro": intro, "inline": True, "points": [{"lead": lead, "text": text}] * 2}
    markdown = render_markdown(_report(block)).decode("utf-8")
    _, shown, strong = blocks(markdown)[4]
    assert shown == f"{intro}一是{lead}{text}二是{lead}{text}"
    assert len(strong) == 2
    for bold in strong:
        # The lead in bold but for spaces and punctuation at its end, which CommonMark
        # cannot always close emphasis after (see render/markdown.py).
        assert bold.startswith("一是") or bold.startswith("二是")
        assert f"{bold[:2]}{lead}".startswith(bold)
        left_out = f"{bold[:2]}{lead}"[len(bold) :]
        assert all(unicodedata.category(c)[0] not in "LMN" for c in left_out)
