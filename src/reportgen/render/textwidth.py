"""A template's text width, from its page as written, and what is wrong with that page,
said for the clerk: a margin of "abc" or a width past Word's bounds is a problem the
template check names, never a crash."""

from __future__ import annotations

from . import gongwen, ooxml

# Word's own bounds for a page's width and its side margins: 0.1 inch to 22 inches.
_PAGE_WIDTH_TWIPS = (144, 31680)
_MARGIN_TWIPS = (0, 31680)
_PAGE_HINT = "请在 Word 中打开模板，在“布局 › 页面设置”中重新设置纸张和页边距后保存。"


def text_width(page: ooxml.PageSetup | None) -> tuple[int, list[str]]:
    """The width between the side margins, in twips, and what is wrong with the page
    setup (in Chinese, for the clerk). Values not given leave GB/T 9704's width."""
    if page is None:
        return gongwen.TEXT_WIDTH, [
            f"模板没有页面设置（word/document.xml 中缺少 w:sectPr），无法确定纸张和页边距。{_PAGE_HINT}"
        ]
    measured: list[int] = []
    problems: list[str] = []
    for label, value, (low, high) in (
        ("纸张宽度", page.width, _PAGE_WIDTH_TWIPS),
        ("左页边距", page.left, _MARGIN_TWIPS),
        ("右页边距", page.right, _MARGIN_TWIPS),
    ):
        if value is None:
            continue
        twips = ooxml.twips(value)
        if twips is None:
            problems.append(
                f"页面设置中的{label}“{value[:20]}”不是长度（应为整数，单位是 1/20 磅）。{_PAGE_HINT}"
            )
        elif not low <= twips <= high:
            problems.append(
                f"页面设置中的{label} {value[:20]} 超出 Word 允许的范围"
                f"（{low} 到 {high}，单位是 1/20 磅，即 {_cm(low)} 到 {_cm(high)} 厘米）。{_PAGE_HINT}"
            )
        else:
            measured.append(twips)
    if problems or len(measured) < 3:
        return gongwen.TEXT_WIDTH, problems
    width, left, right = measured
    if width - left - right <= 0:
        return gongwen.TEXT_WIDTH, [
            f"左右页边距之和（{_cm(left + right)} 厘米）不小于纸张宽度（{_cm(width)} 厘米），"
            f"没有留下排字的宽度。{_PAGE_HINT}"
        ]
    return width - left - right, []


def _cm(twips: int) -> str:
    return f"{twips * 2.54 / 1440:.2f}"
