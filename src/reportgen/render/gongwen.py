"""The GB/T 9704-2012 figures, in Word units, and the template's names for them.

One table for the layout, read by the template maker and by the .docx renderer.
Sizes: 二号 = 22 pt, 三号 = 16 pt, 四号 = 14 pt. 1 mm = 56.7 twips.
"""

from __future__ import annotations

from dataclasses import dataclass

from .outline import Role

# Page: A4 with 天头 37 mm, bottom 35 mm, 订口 28 mm, right 26 mm (GB/T 9704 5.2.1).
PAGE_WIDTH = 11906
PAGE_HEIGHT = 16838
MARGIN_TOP = 2098
MARGIN_BOTTOM = 1984
MARGIN_LEFT = 1587
MARGIN_RIGHT = 1474
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT  # 8845 twips = 156 mm
HEADER_DISTANCE = 851  # 15 mm; the header stays empty
# GB/T 9704 7.5: the page number's 一字线 sits 7 mm (397 twips) under the text area.
# In the page number's 14 pt exact line the dash is drawn about 137 twips above the
# line's foot, in LibreOffice and in a Word-like engine alike (docs/layout.md), so
# the footer ends 1984 − 397 − 137 = 1450 twips above the page's edge.
DASH_ABOVE_LINE_FOOT = 137
FOOTER_DISTANCE = MARGIN_BOTTOM - 397 - DASH_ABOVE_LINE_FOOT

# 22 lines in 225 mm: 579 twips = 28.95 pt exact line spacing, and the same line grid.
LINE_PITCH = 579
# 16 pt characters condensed by 0.25 pt: 28 full-width characters fill 156 mm
# (LibreOffice misreads Word's character grid; see docs/layout.md).
BODY_HALF_POINTS = 32
CHARACTER_SPACING = -5
CHINESE_CHAR_WIDTH = BODY_HALF_POINTS * 10 + CHARACTER_SPACING  # 315 twips
LATIN_DIGIT_WIDTH = BODY_HALF_POINTS * 5 + CHARACTER_SPACING  # Times New Roman digits: half an em

FANGSONG = "仿宋_GB2312"
KAITI = "楷体_GB2312"
HEITI = "黑体"
XIAOBIAOSONG = "方正小标宋简体"
XIAOBIAOSONG_HALF_POINTS = 44  # 二号
SONGTI = "宋体"
LATIN = "Times New Roman"


@dataclass(frozen=True)
class ParagraphStyle:
    name: str  # what the clerk sees in Word's style list
    style_id: str  # ASCII id in styles.xml, as Word itself uses for Chinese names
    font: str
    half_points: int = BODY_HALF_POINTS
    bold: bool = False
    align: str = "both"  # w:jc: both (justified), center, left, right
    first_line_indent: bool = True
    right_indent: int = 0  # twips
    left_indent: int = 0  # twips
    hanging_indent: int = 0  # twips; the first line starts this far left of the others
    outline_level: int | None = None
    keep_with_next: bool = False  # headings stay with their text; names with the date
    red: bool = False
    space_before: int = 0  # twips
    line_height: int = LINE_PITCH  # twips, exact
    # A 22 pt title in a 28.95 pt grid would take two grid lines; exact spacing keeps one.
    snap_to_grid: bool = True
    # Word's and LibreOffice's extra space between Chinese and digits makes a date's
    # width unpredictable; the date and signature lines are placed by width.
    auto_space: bool = True


MASTHEAD_MARK_HALF_POINTS = 72  # 36 pt; the standard leaves the size to the organ
RED = "FF0000"

PARAGRAPH_STYLES: dict[Role, ParagraphStyle] = {
    # 发文机关标志: red 小标宋, its top 35 mm under the top of the text area (7.2.2).
    Role.MASTHEAD_MARK: ParagraphStyle(
        "公文发文机关标志",
        "GongwenMastheadMark",
        XIAOBIAOSONG,
        MASTHEAD_MARK_HALF_POINTS,
        align="center",
        first_line_indent=False,
        snap_to_grid=False,
        red=True,
        space_before=1984,  # 35 mm
        line_height=MASTHEAD_MARK_HALF_POINTS * 12,  # 1.2 × the font size
    ),
    # 发文字号 one character in, 签发人 one character from the right, on one line, and
    # the red separator 4 mm under it, as wide as the text area (7.2.3–7.2.5).
    Role.MASTHEAD_NUMBER: ParagraphStyle(
        "公文发文字号",
        "GongwenMastheadNumber",
        FANGSONG,
        first_line_indent=False,
    ),
    Role.BODY: ParagraphStyle("公文正文", "GongwenBody", FANGSONG),
    Role.TITLE: ParagraphStyle(
        "公文标题",
        "GongwenTitle",
        XIAOBIAOSONG,
        44,
        align="center",
        first_line_indent=False,
        snap_to_grid=False,
    ),
    Role.ADDRESSEE: ParagraphStyle(
        "公文主送机关", "GongwenAddressee", FANGSONG, first_line_indent=False
    ),
    Role.HEADING1: ParagraphStyle(
        "公文一级标题", "GongwenHeading1", HEITI, outline_level=0, keep_with_next=True
    ),
    Role.HEADING2: ParagraphStyle(
        "公文二级标题", "GongwenHeading2", KAITI, outline_level=1, keep_with_next=True
    ),
    Role.HEADING3: ParagraphStyle(
        "公文三级标题", "GongwenHeading3", FANGSONG, bold=True, outline_level=2, keep_with_next=True
    ),
    Role.HEADING4: ParagraphStyle(
        "公文四级标题", "GongwenHeading4", FANGSONG, outline_level=3, keep_with_next=True
    ),
    Role.SIGNATURE: ParagraphStyle(
        "公文署名",
        "GongwenSignature",
        FANGSONG,
        align="center",
        first_line_indent=False,
        auto_space=False,
        keep_with_next=True,
    ),
    Role.DATE: ParagraphStyle(
        "公文成文日期",
        "GongwenDate",
        FANGSONG,
        align="right",
        first_line_indent=False,
        right_indent=4 * CHINESE_CHAR_WIDTH,  # 成文日期右空四字 (GB/T 9704 7.3.5.1)
        auto_space=False,
    ),
    Role.NOTE: ParagraphStyle("公文附注", "GongwenNote", FANGSONG),
    # 附件说明 (7.3.4): 左空二字 “附件：”, a long name wrapping under its own first
    # character. The style places a single attachment (附件：×××); the renderer moves
    # the indents of a numbered list by the width of its numbers (1. 2. …).
    Role.ATTACHMENT: ParagraphStyle(
        "公文附件说明",
        "GongwenAttachment",
        FANGSONG,
        first_line_indent=False,
        left_indent=5 * CHINESE_CHAR_WIDTH,
        hanging_indent=3 * CHINESE_CHAR_WIDTH,
        keep_with_next=True,
    ),
}
# Styles only a report with such content needs, by the placeholder that content fills:
# a county's template made before them still builds every report without it.
OPTIONAL_STYLES: dict[Role, str] = {Role.ATTACHMENT: "attachments"}

SIGNER_STYLE = "公文签发人姓名"  # character style: 签发人's name in 楷体
SIGNER_STYLE_ID = "GongwenSignerName"
# 4 mm between 发文字号 and the red line: the 28.95 pt line already ends about 9 pt
# under the glyphs (measured in LibreOffice), the border adds the rest.
SEPARATOR_SPACE_POINTS = 2
SEPARATOR_EIGHTHS = 12  # 1.5 pt

POINT_LEAD_STYLE = "公文要点引语"  # character style: bold 一是…… lead phrases
POINT_LEAD_STYLE_ID = "GongwenPointLead"
PAGE_NUMBER_STYLE = "公文页码"
PAGE_NUMBER_STYLE_ID = "GongwenPageNumber"
PAGE_NUMBER_HALF_POINTS = 28
PAGE_NUMBER_INDENT = 280  # one 14 pt character in from the edge of the text area

# Placeholders. A block placeholder stands alone in its paragraph and is replaced by
# paragraphs; a scalar one may stand anywhere, headers and footers included.
BLOCK_PLACEHOLDERS = ("masthead", "body", "attachments", "signatures", "note")
SCALAR_PLACEHOLDERS = ("title", "addressees", "date", "organ", "year", "next_year")
REQUIRED_PLACEHOLDERS = ("title", "addressees", "body", "signatures", "date")


TITLE_CHAR_WIDTH = XIAOBIAOSONG_HALF_POINTS * 10 + CHARACTER_SPACING
TITLE_DIGIT_WIDTH = XIAOBIAOSONG_HALF_POINTS * 5 + CHARACTER_SPACING
_OPENING, _CLOSING = "《“‘（〔【", "》”’）〕】，、。；：？！"
# Breaking here keeps words whole: after 关于/、/， or before 和/与/及/的报告.
_GOOD_AFTER = ("关于", "、", "，")
_GOOD_BEFORE = ("和", "与", "及", "的报告")


def text_width(text: str, full: float, half: float) -> float:
    """Estimated width: Chinese characters and full-width marks `full`, ASCII (digits,
    Latin, half-width marks) `half`, as set in the template's fonts."""
    return sum(half if ch.isascii() else full for ch in text)


def _title_width(text: str) -> float:
    return text_width(text, TITLE_CHAR_WIDTH, TITLE_DIGIT_WIDTH)


# Words of this genre's titles that a line break must not split.
TITLE_WORDS = (
    "法治政府",
    "依法行政",
    "法治",
    "政府",
    "建设",
    "行政",
    "工作",
    "情况",
    "报告",
    "推进",
    "深入",
    "贯彻",
    "落实",
    "人民",
    "委员会",
    "年度",
    "实施",
    "纲要",
    "责任",
    "负责人",
)


def _can_break(text: str, at: int, words: tuple[str, ...]) -> bool:
    before, after = text[at - 1], text[at]
    for word in words:
        start = text.find(word)
        while start != -1:
            if start < at < start + len(word):
                return False
            start = text.find(word, start + 1)
    if before.isascii() and after.isascii():
        return False  # inside a number or a Latin word
    if before in _OPENING or after in _CLOSING:
        return False
    depth = sum(text[:at].count(o) - text[:at].count(c) for o, c in ("《》", "“”"))
    return depth == 0  # never inside a quoted title


def title_lines(title: str, width: int = TEXT_WIDTH, names: tuple[str, ...] = ()) -> list[str]:
    """The title in one line, or two balanced lines if it is too wide (GB/T 9704 7.3.1:
    words kept whole, lines symmetric: the first not longer than the second, a trapezoid).

    `names` (the organs) are kept whole like the genre's words.
    """
    words = names + TITLE_WORDS
    if _title_width(title) <= width:
        return [title]
    if _title_width(title) > 2 * width:
        return [title]  # no two lines hold it (and trying every break of 20,000 took minutes)
    best: tuple[float, int] | None = None
    for at in range(1, len(title)):
        first, second = title[:at], title[at:]
        if (
            not _can_break(title, at, words)
            or max(_title_width(first), _title_width(second)) > width
        ):
            continue
        score = abs(_title_width(second) - _title_width(first)) / TITLE_CHAR_WIDTH
        if _title_width(first) > _title_width(second):
            score += 1  # a trapezoid stands on its longer side
        if not (first.endswith(_GOOD_AFTER) or second.startswith(_GOOD_BEFORE)):
            score += 2
        if best is None or score < best[0]:
            best = (score, at)
    if best is None:
        return [title]  # three lines or more: left to the word processor
    return [title[: best[1]], title[best[1] :]]
