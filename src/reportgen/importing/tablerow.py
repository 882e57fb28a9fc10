"""A 政府信息公开 table's row copied as plain text: its cells one after another on a line.

Many sites print the table above a published document as rows of label and value cells
(索引号 | 001234567/2025-00012 | 组配分类 | 计划总结). Copied as text, the bars are gone:
the cells stand on one line with a space between them, or with nothing where the copy
lost the cell's edge (发布机构 青山街道生成日期 2025-03-10), and the page's heading may be
glued after the last cell (公开范围 面向全社会2024年度…报告). metadata.py asks `row` for
the pairs of such a line; parse.py asks `glued_title` to take the title off it first.

The labels are those of these tables only, so that a report's sentence that merely names
one (规范公开方式、公开范围) is never taken for a row: a row starts with a label, has two
labels or more (or one with a date or a code as its value), and no sentence marks.
"""

from __future__ import annotations

import re

from ..lazyregex import lazy_compile
from ..organs import is_organ_name
from .frame import names_its_subject, reads_as_title

# The labels of an information-disclosure table (政府信息公开目录's fields) that a row
# may have. Those of three characters or more are distinctive enough to be found glued
# after the previous cell's value (主动公开体裁分类); the shorter only at the line's start
# or after a space, where a table may also space them out to its width (标  题).
TITLE_LABELS = ("标题", "题名", "名称", "信息名称", "文件名称")  # metadata.py reads them too
# The labels whose value is the organ that published the page (metadata.py reads them too);
# a row's 信息来源 is one more, a source the page names beside them.
ORGAN_LABELS = ("发布机构", "发文机关", "发布单位", "发文单位")
_ORGAN_LABELS = (*ORGAN_LABELS, "信息来源")
_DATE_LABELS = ("发文日期", "发布日期", "生成日期", "成文日期", "公开日期")
_NUMBER_LABELS = ("发文字号", "文号")
_WORD_LABELS = (  # a short word for a value: 主动公开, 面向全社会, 司法
    *("组配分类", "主题分类", "体裁分类", "服务对象分类", "服务对象", "公开方式", "公开范围"),
    *("公开时限", "公开类别", "公开形式", "有效性"),
)
_LABELS = ("索引号", *TITLE_LABELS, *_ORGAN_LABELS, *_DATE_LABELS, *_NUMBER_LABELS, *_WORD_LABELS)
_BY_LENGTH = sorted(_LABELS, key=len, reverse=True)
_SPACED = "|".join(r"[ \t\u3000]*".join(label) for label in _BY_LENGTH)
_GLUED = "|".join(label for label in _BY_LENGTH if len(label) >= 3)
_LABEL = lazy_compile(rf"(?:(?<![^\s\u3000])(?:{_SPACED})|(?:{_GLUED}))")
_GAPS = lazy_compile(r"[\s\u3000]+")
# A page's list bullet in front of the row.
_BULLET = lazy_compile(r"^[•·●◆■▪*\-－–]\s*")
# A row never holds a sentence: no mark of one anywhere on the line.
_SENTENCE = lazy_compile(r"[。，；！？,;!?]")
_PUNCTUATION_FIRST = lazy_compile(r"^[、：:（）()“”\"'《》]")
# 发布机构与发文机关职责明确: labels joined by a word of a phrase, not cells of a row.
_CONNECTIVE = lazy_compile(r"^(?:和|与|及|或|以及|并|等|及其|和其)$")
_MAX_VALUE = 40
_DATE_VALUE = lazy_compile(
    r"^(?:19|20)\d{2}\s*(?:[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
)
_CODE_VALUE = lazy_compile(r"^[0-9A-Za-z][0-9A-Za-z\-/／._]{5,}$")
_NUMBER_VALUE = lazy_compile(r"(?:〔|\[|［)\d{4}(?:〕|\]|］)\s*\d+\s*号$")
_WORD_VALUE = lazy_compile(r"^[\u4e00-\u9fff]{2,10}$")
# A class's name (司法, 工作报告, 规范性文件) never says how something goes: 主题分类持续优化,
# 体裁分类更加清晰 are a report's sentences.
_PREDICATE = lazy_compile(
    r"持续|提升|进一步|加强|推进|推动|不断|全面|深入|稳步|明显|显著|完善|得到|实现|开展|落实|健全"
    r"|提高|增强|加快|逐步|更加|日益|取得|做好|有序|到位|改进|优化|细化|清晰|明确|准确"
)
# Whom a page's document serves (服务对象 公众): one of a few, never a sentence's subject
# going on (服务对象满意度持续提升).
_SERVED = lazy_compile(
    r"公众|社会公众|全社会|面向全社会|公民|法人|企业|自然人|个人|其他|其它|其他组织|社会组织"
    r"|公民法人|法人和其他组织|公民法人和其他组织|公民法人其他组织|行政机关|机关|政府部门"
)
_PUBLIC_VALUE = lazy_compile(
    r"面向全社会|面向社会|全社会|社会公众|主动公开|依申请公开|不予公开|部分公开|政府内部|全文公开"
    r"|长期有效|长期|有效|无效|已失效|失效|常年公开|及时公开|即时公开|限时公开"
)
# Values these tables commonly give, a title glued after one of them (面向全社会2024年…):
# where the value ends and the title starts.
_VALUES = lazy_compile(
    r"^(?:面向全社会|面向社会|全社会|社会公众|主动公开|依申请公开|不予公开|政府内部|全文公开"
    r"|长期有效|有效|无效|已失效|失效|其他|其它|报告|工作报告|计划总结|总结|司法|法治建设"
    r"|公民|法人|其他组织)"
)
# Where a title may start inside a value: 关于, or its year.
_TITLE_START = lazy_compile(r"关于|(?:19|20)\d{2}\s*年")


def _cells(text: str) -> list[tuple[str, str]] | None:
    """The line's labels, each with the text up to the next label, or None where the
    line does not start with a label or has fewer than two of them and no date or code."""
    text = _BULLET.sub("", text.strip())
    if not text or _SENTENCE.search(text):
        return None
    found = list(_LABEL.finditer(text))
    if not found or found[0].start() != 0:
        return None
    ends = [match.start() for match in found[1:]] + [len(text)]
    cells = [
        (_GAPS.sub("", match.group()), text[match.end() : end].strip(" \t\u3000"))
        for match, end in zip(found, ends, strict=True)
    ]
    if any(_PUNCTUATION_FIRST.match(value) or _CONNECTIVE.match(value) for _, value in cells):
        return None  # 公开方式、公开范围, 发布机构与发文机关: labels named in a phrase
    if len(cells) == 1:
        return cells if _fits_alone(*cells[0]) else None
    return cells if any(value for _, value in cells) else None


def _fits_alone(label: str, value: str) -> bool:
    """Whether a label and its value make a row of one cell, as no report's line would:
    a date for 生成日期, a code for 索引号, an organ for 发布机构, a title for 标题."""
    if label in _DATE_LABELS:
        return bool(_DATE_VALUE.match(value)) and len(value) <= 20
    if label in TITLE_LABELS:
        return reads_as_title(value)
    if label in _ORGAN_LABELS:
        return is_organ_name(value)
    if label in _NUMBER_LABELS:
        return bool(_NUMBER_VALUE.search(value)) and len(value) <= 30
    if label == "服务对象":  # 服务对象 公众: one of the few it names
        return bool(_SERVED.fullmatch(value))
    if label.endswith("分类"):  # 主题分类 司法: a class's name, no verb in it
        return bool(_WORD_VALUE.match(value)) and not _PREDICATE.search(value)
    if label in _WORD_LABELS:  # 公开方式 主动公开, 有效性 有效: one of the few values
        return bool(_PUBLIC_VALUE.fullmatch(value))
    return bool(_CODE_VALUE.match(value))  # 索引号


def row(text: str) -> list[tuple[str, str]] | None:
    """The pairs of a table's row copied as text (索引号 001…/2025-00012 组配分类 计划总结,
    发布机构 青山街道生成日期 2025-03-10), or None when the line is not one. A row with a
    title glued after its last cell is no row until `glued_title` has cut the title off."""
    cells = _cells(text)
    if cells is None or any(len(value) > _MAX_VALUE for _, value in cells):
        return None
    if cells[-1][0] not in TITLE_LABELS and _title_start(cells[-1][1]) is not None:
        return None
    return cells


def glued_title(text: str) -> tuple[str, str] | None:
    """A row with the page's heading glued after its last cell (… 公开范围
    面向全社会2024年度青山区法治政府建设工作报告): the row, and the title; None for a line
    of another shape."""
    cells = _cells(text)
    if cells is None or len(cells) < 2 or cells[-1][0] in TITLE_LABELS:
        return None
    at = _title_start(cells[-1][1])
    if at is None:
        return None
    value = cells[-1][1]
    title = value[at:].strip()
    if any(len(value) > _MAX_VALUE for _, value in cells[:-1]) or at > _MAX_VALUE:
        return None
    head = text.rstrip()
    return head[: len(head) - len(title)].rstrip(), title


def _title_start(value: str) -> int | None:
    """Where a title of the genre starts in a cell's value, the rest reading as a title
    that names its subject: after the value's date or a value these tables commonly give
    (面向全社会), else after a space, else at its 关于 or year, else the whole value."""
    known = [found.end() for found in (_DATE_VALUE.match(value), _VALUES.match(value)) if found]
    spaces = [m.end() for m in re.finditer(r"[\s\u3000]+", value)]
    starts = [m.start() for m in _TITLE_START.finditer(value)]
    for at in [*sorted(known), *spaces, *starts, 0]:
        rest = value[at:].strip()
        if reads_as_title(rest) and names_its_subject(rest):
            return at
    return None
