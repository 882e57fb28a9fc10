"""A web page's metadata above (or below) a report: label and value pairs, not the report.

A 政府信息公开 page prints a table before the text (索引号, 发布机构, 主题分类, 成文日期,
标题 …); a copy of it gives the pairs in several shapes: one or several a line
(索引号：… 发布机构：…), behind the page's list bullets (• 索引号: …, - 主题分类:通知公告),
in brackets ([ 索引号 ] … [ 发文字号 ][ 主题分类 ] …), with the label alone on its line
and the value on the next, or with the label spaced out to the table's width (索 引 号,
标    题). Import leaves all of them out, each line named in a note, and keeps two values
as evidence where the text lacks them: the title (标题, 题名) and the organ (发布机构).
Never a year: a report on 2025 is published in 2026.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lazyregex import lazy_compile
from .frame import reading, reads_as_title
from .tablerow import ORGAN_LABELS, TITLE_LABELS, row


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


# The labels, as a page prints them (without the spaces some tables put between
# characters); the organ's are tablerow's, read by both.
# Where the page says it took the text from: evidence of the organ, never taken alone.
SOURCE_LABELS = ("来源", "信息来源", "文章来源", "稿件来源", "来源单位", "来源机构")
_CODE_LABELS = ("索引号", "统一编号", "登记号")
_NUMBER_LABELS = ("发文字号", "文号", "发布文号", "文件编号")
_DATE_LABELS = _words(
    "发布时间|发布日期|发文日期|发文时间|更新时间|更新日期|信息时间|时间|日期|成文日期|成文时间"
    "|发布于|著录时间|生成日期|公文生成日期|公开日期|生效日期|实施日期|失效日期|废止日期"
)
# The labels whose value is the date the page gives for the document (evidence of the
# year only where the text has none of its own: parse.py).
DOCUMENT_DATE_LABELS = _words(
    "成文日期|成文时间|公文生成日期|生成日期|发文日期|发文时间|发布日期|发布时间|公开日期"
    "|信息时间|日期|时间|更新日期|更新时间"
)
_FREE_LABELS = ("内容概述", "内容摘要", "摘要", "关键词", "主题词")
_SHORT_LABELS = _words(
    "来源|信息来源|文章来源|稿件来源|来源单位|来源机构|作者|供稿|发布者|发布人|录入|撰稿|编辑|责任编辑"
    "|审核|审核人|校对|浏览次数|浏览量|浏览|阅读次数|阅读量|阅读数|阅读|点击数|点击量|点击率|点击"
    "|访问量|访问次数|主题分类|公开类别|公开方式|公开形式|公开范围|公开时限|所属机构|信息分类|体裁分类|组配分类"
    "|服务对象|有效性|效力状态|时效性|公文时效|时效|备注|文种|所属主题|所属分类|字号|字体|主办|承办|协办|主办单位"
    "|承办单位|版权所有|网站标识码|技术支持|名称"
)
LABELS = (
    *TITLE_LABELS,
    *ORGAN_LABELS,
    *_CODE_LABELS,
    *_NUMBER_LABELS,
    *_DATE_LABELS,
    *_FREE_LABELS,
    *_SHORT_LABELS,
)
_GAP = r"[ \t\u3000]*"  # 索 引 号, 标    题: a label spaced to the table's width


def _spaced(label: str) -> str:
    return _GAP.join(map(re.escape, label))


_ONE_LABEL = "|".join(_spaced(label) for label in sorted(LABELS, key=len, reverse=True))
# 备注/文号: two labels a page prints as one.
_LABEL = rf"(?:{_ONE_LABEL})(?:\s*[/／]\s*(?:{_ONE_LABEL}))?"
# A list bullet from the page's HTML, in front of a pair: • 索引号: …, - 主题分类:通知公告.
_BULLET = r"(?:[•·●◆◇■□▪▸►*\-－–]\s*)?"
# 2024-03-28 10:25 来源：…: a time stamp in front of the first pair.
_STAMP = r"(?:\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*)?"
_OPEN, _CLOSE = r"[\[【［]", r"[\]】］]"
# 索引号：…  发布机构：… (a colon after each label; several pairs may share a line)
# A table's row copied with its bars: | 索引号:000014349/2026-05087 | |.
_COLON_LINE = lazy_compile(rf"^(?:[|｜]\s*)?{_BULLET}{_STAMP}{_OPEN}?\s*(?:{_LABEL})\s*[：:]")
_COLON_PAIR = lazy_compile(rf"(?:^|(?<=[\s|｜•·【\[［】\]］]))(?P<label>{_LABEL})\s*[：:]")
# [ 索引号 ] … [ 发文字号 ][ 主题分类 ] …
_BRACKET_LINE = lazy_compile(rf"^{_BULLET}{_OPEN}\s*(?:{_LABEL})\s*{_CLOSE}")
_BRACKET_PAIR = lazy_compile(rf"{_OPEN}\s*(?P<label>{_LABEL})\s*{_CLOSE}")
# 索引号⇥1150…⇥主题分类⇥综合政务: a table's row copied with tabs (or wide spaces) for cells.
_CELL = r"(?:\t|[ \u3000]{2,})"
_TAB_LINE = lazy_compile(rf"^{_BULLET}(?:{_LABEL}){_CELL}")
_TAB_PAIR = lazy_compile(rf"(?:^|(?<=\t)|(?<=[ \u3000]{{2}}))(?P<label>{_LABEL})(?={_CELL}|$)")
# 索引号 alone on its line, its value on the next.
_ALONE = lazy_compile(rf"^{_BULLET}{_OPEN}?\s*(?P<label>{_LABEL})\s*{_CLOSE}?\s*[：:]?$")
# - 备注: …, - 公文种类: 报告: a page's list of pairs, each behind "- ", whatever its
# label (short, no sentence marks in the value): the bullet and the colon say what it is.
_DASH_PAIR = lazy_compile(
    r"^[-－–]\s+(?P<label>[\u4e00-\u9fff]{2,8}(?:[/／][\u4e00-\u9fff]{2,8})?)\s*[：:]"
    r"(?P<value>[^。；;！？]{0,60})$"
)
# | 标题 | 关于…的报告 |, | 索引号 | … | 发布机构 | … |: a table's row copied with its pipes.
_PIPE_LINE = lazy_compile(rf"^[|｜]?\s*(?:{_LABEL})\s*[|｜]")
_PIPE = lazy_compile(r"[|｜]")
# 主题分类其它 发布日期2025-02-26: a table's cells copied with no mark between a label and
# its value; the line is two or more such cells, each a label and a value, and nothing else.
_GLUED_CELL = lazy_compile(rf"^(?P<label>{_ONE_LABEL})(?P<value>[^\s。，；]*)$")
_MAX_LINE = 200  # a 内容概述 may run long; a paragraph of the report is not a pair line
_SPACES = lazy_compile(r"[\s\u3000]+")
_CODE = lazy_compile(r"^[0-9A-Za-z][0-9A-Za-z\-/／._()（）\s]*$")
_DATE = lazy_compile(r"\d{4}\s*[-./年]\s*\d{1,2}")


@dataclass
class Metadata:
    """The values of a page's metadata, by label (spaces taken out), first one wins."""

    values: dict[str, str] = field(default_factory=dict)

    def add(self, pairs: list[tuple[str, str]]) -> None:
        for label, value in pairs:
            if value:
                self.values.setdefault(label, value)

    def first(self, labels: tuple[str, ...]) -> tuple[str, str] | None:
        """The first of `labels` the page gives, with its value."""
        return next(((lab, self.values[lab]) for lab in labels if lab in self.values), None)


def _label(text: str) -> str:
    return _SPACES.sub("", text)


def _value(text: str) -> str:
    return text.strip(" \t\u3000|｜】］]").strip()


def pairs(text: str) -> list[tuple[str, str]] | None:
    """The label/value pairs a line consists of (a value may be empty), or None when the
    line is not a line of metadata."""
    if len(text) > _MAX_LINE:
        return None
    if _BRACKET_LINE.match(text):
        pattern = _BRACKET_PAIR
    elif _COLON_LINE.match(text):
        pattern = _COLON_PAIR
    elif _TAB_LINE.match(text):
        pattern = _TAB_PAIR
    elif _PIPE_LINE.match(text.strip()):
        return _cells(text)
    elif dashed := _DASH_PAIR.match(text.strip()):
        return [(dashed.group("label"), _value(dashed.group("value")))]
    else:
        return _glued(text) or row(text)
    found = list(pattern.finditer(text))
    if not found:  # the line's start looked like a pair, no pair stands where one may
        return None
    ends = [match.start() for match in found[1:]] + [len(text)]
    result = [
        (_label(match.group("label")), _value(text[match.end() : end]))
        for match, end in zip(found, ends, strict=True)
    ]
    if len(result) == 1 and result[0][0] not in TITLE_LABELS and reads_as_title(result[0][1]):
        return None  # • [ 有 效 性 ] ××镇2025年…报告: a label garbled in front of a title
    return result


def _glued(text: str) -> list[tuple[str, str]] | None:
    """主题分类其它 发布日期2025-02-26: cells each a label and its value, no mark between."""
    cells = [_GLUED_CELL.match(cell) for cell in text.split()]
    if len(cells) < 2 or not all(cells):
        return None
    return [(_label(cell["label"]), cell["value"]) for cell in cells if cell]


def _cells(text: str) -> list[tuple[str, str]]:
    """A table's row of cells: each label with the cell after it (empty where the next
    cell is a label too)."""
    cells = [cell.strip() for cell in _PIPE.split(text) if cell.strip()]
    labels = [bool(re.fullmatch(_LABEL, cell)) for cell in cells]
    return [
        (_label(cell), cells[at + 1] if at + 1 < len(cells) and not labels[at + 1] else "")
        for at, cell in enumerate(cells)
        if labels[at]
    ]


def label_alone(text: str) -> str | None:
    """The label of a line that is a label only (索引号, 发布机构：, [ 标题 ])."""
    found = _ALONE.match(text.strip())
    return _label(found.group("label")) if found else None


def is_metadata_line(text: str) -> bool:
    """A line of pairs, or a label alone."""
    return pairs(text) is not None or label_alone(text) is not None


def _fits(label: str, value: str) -> bool:
    """Whether `value`, the line under a label alone, is that label's value: a code for
    索引号, a date for 成文日期, a short word for 主题分类; a title only for 标题; else
    the label's value is empty and the line is what follows the metadata."""
    if label in TITLE_LABELS:  # a title, not the addressees or prose under an empty 标题
        return not re.search(r"[。，；：]", reading(value)) and len(value) <= 90
    if label in _FREE_LABELS:  # a summary, not the title under an empty 内容概述
        return not reads_as_title(value)
    if label in _CODE_LABELS:
        return bool(_CODE.match(value))
    if label in _DATE_LABELS:
        return bool(_DATE.search(value)) and len(value) <= 30
    if label in _NUMBER_LABELS:
        return ("〔" in value or "[" in value or value.endswith("号")) and len(value) <= 30
    short = len(value) <= 30 and not re.search(r"[。；;，,]", value)
    addressees = value.rstrip().endswith(("：", ":"))  # 中共××县委、××县人民政府：
    return short and not addressees and not reads_as_title(value)


def metadata_at(lines: list[str], index: int) -> tuple[list[tuple[str, str]], int] | None:
    """The pairs of the metadata item starting at `index`, and how many lines it takes:
    a label alone and, on the next line, its value when that line fits the label (else
    the value is empty, as the page left it); or one line of pairs. None when the line
    is no metadata."""
    text = lines[index]
    label = label_alone(text)
    if label is not None:
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is None or is_metadata_line(following) or not _fits(label, following):
            return [(label, "")], 1
        return [(label, following.strip())], 2
    found = pairs(text)
    return (found, 1) if found is not None else None


def page_metadata(above: Metadata, below: list[str]) -> Metadata:
    """The page's metadata above the report and, after it, what the lines left out
    below the report give (发布日期 / 2025-01-22 under the text)."""
    found = Metadata(dict(above.values))
    index = 0
    while index < len(below):
        item = metadata_at(below, index)
        found.add(item[0] if item else [])
        index += item[1] if item else 1
    return found
