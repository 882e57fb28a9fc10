"""Findings said in the terms of the clerk's document, not of the data file.

Most rules already speak of words ("法制宣传"应为"法治宣传"). The ones that speak of
something missing name a JSON key (在 addressees 中填写…, 在 parts 中加一个 kind 为…);
a clerk who gave reportgen a Word file has never seen those keys. For each such rule,
this table says where in the document the thing belongs, on which paragraph a comment
about it goes, and what to write there. tests/test_documents.py checks that no finding
on a document names a key, so a new rule that does is caught.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from ..lazyregex import lazy_compile
from ..model import Report, default_title
from ..numbering import format_date
from ..rules import Finding, Severity


class Anchor(StrEnum):
    """The paragraph a finding about something missing is attached to."""

    START = "start"  # the first paragraph with text
    TITLE = "title"  # the title (else the first paragraph)
    FIRST_HEADING = "first_heading"  # the first 一、 heading (else the title)
    END = "end"  # the last paragraph with text


@dataclass(frozen=True)
class Wording:
    where: str
    anchor: Anchor
    suggestion: Callable[[Finding, Report], str]
    message: Callable[[Finding, Report], str] | None = None


def _next_year_date(report: Report) -> str:
    return format_date(report.year + 1, 1, 20)


_PART_HEADINGS = {
    "duty": "党政主要负责人履行推进法治建设第一责任人职责情况",
    "measures": "推进法治政府建设的主要举措和成效",
    "shortcomings": "存在的不足和原因",
    "plans": "{next}年推进法治政府建设的主要安排",
}
_KIND = lazy_compile(r'kind 为 "(\w+)"')


def _missing_part(finding: Finding, report: Report) -> str:
    kind = _KIND.search(finding.suggestion)
    heading = _PART_HEADINGS.get(kind.group(1) if kind else "", "")
    if not heading:
        return "在正文中加一部分专门写这项内容。"
    return f"在正文中加一部分专门写这项内容，小标题如“{heading.format(next=report.year + 1)}”。"


def _date_advice(finding: Finding, report: Report) -> str:
    if report.date is None or finding.severity is Severity.WARNING:  # dated in December
        return (
            "如县里要求年底前报送，可不改；否则改为实际成文日期，如“"
            + _next_year_date(report)
            + "”。"
        )
    expected = report.year + 1
    example = (
        format_date(expected, report.date.month, report.date.day)
        if report.date.month <= 2
        else format_date(expected, 1, 20)
    )
    return f"改为 {expected} 年的实际成文日期（如“{example}”）：报告于次年年初报送。"


WORDINGS: dict[str, Wording] = {
    "R001": Wording(
        "文首（标题）",
        Anchor.START,
        lambda f, r: f"在文首居中写标题，如“{default_title(r.year)}”。",
        lambda f, r: "草稿没有标题（GB/T 9704 要求公文有标题）。",
    ),
    "R002": Wording(
        "标题下方（主送机关）",
        Anchor.TITLE,
        lambda f, r: (
            "在标题下空一行顶格写主送机关，机关之间用顿号，以全角冒号结尾，"
            "如“中共××县委、××县人民政府：”。"
        ),
    ),
    "R003": Wording(
        "正文开头",
        Anchor.FIRST_HEADING,
        lambda f, r: "在“一、”之前写一段开头，概述全年情况，以“现将有关情况报告如下：”结尾。",
    ),
    "R004": Wording(
        "文末（署名）",
        Anchor.END,
        lambda f, r: (
            f"在正文之后、成文日期之上写发文机关署名，如“{r.organ or '××镇人民政府'}”；"
            "联合行文时主办机关在前，各占一行。"
        ),
    ),
    "R005": Wording(
        "文末（成文日期）",
        Anchor.END,
        lambda f, r: f"在署名下一行写成文日期，如“{_next_year_date(r)}”。",
    ),
    "R006": Wording(
        "标题和落款",
        Anchor.TITLE,
        lambda f, r: (
            "在文末署名写明发文机关全称，如“××镇人民政府”；"
            "也可在标题中写明，如“××镇人民政府关于……的报告”。"
        ),
        lambda f, r: (
            "看不出发文机关：标题和落款都没有写机关名称；生成的文件名和文档属性中将没有机关名称。"
        ),
    ),
    "C001": Wording("全文", Anchor.TITLE, _missing_part),
    "M001": Wording(
        "版头（发文字号）",
        Anchor.START,
        lambda f, r: "在发文字号同一行的右侧标注签发人，如“签发人：张××”。",
    ),
    "D001": Wording("文末（成文日期）", Anchor.END, _date_advice),
}

_FIX_COMMAND = lazy_compile(r"（?validate --fix 可自动[^）]*）?")


def reworded(finding: Finding, report: Report) -> tuple[str, str]:
    """The finding's message and suggestion as the clerk of a document reads them."""
    message, suggestion = finding.message, finding.suggestion
    wording = WORDINGS.get(finding.code)
    if wording is not None:
        suggestion = wording.suggestion(finding, report)
        if wording.message is not None:
            message = wording.message(finding, report)
    suggestion = _FIX_COMMAND.sub(
        "（validate --annotate 写出的副本中已标为修订，在 Word 中接受即可）", suggestion
    )
    return message, suggestion


# Import's notes name the data file's keys (请在 addressees 中填写, 请核对 kind); said of
# a document, they name what the clerk sees.
_KEY_NAMES = {
    "addressees": "主送机关",
    "opening": "开头段落",
    "signatories": "署名",
    "date": "成文日期",
    "organ": "发文机关",
    "title": "标题",
    "kind": "这部分的内容类别（可在小标题中写明，如“存在的不足和原因”）",
    "year": "年度（可在标题中写明）",
    "other": "“其他情况”",
}
_KEYS = "|".join(_KEY_NAMES)
_FILL = lazy_compile(rf"，?请在 ({_KEYS}) 中填写")
_CHECK = lazy_compile(rf"请核对 ({_KEYS})")
_KEY = lazy_compile(rf"(?<![A-Za-z])\s?({_KEYS})\s?(?![A-Za-z])")


def document_note(note: str) -> str:
    """An import note said of the document: 请在 opening 中填写 → 请补写开头段落."""
    note = _FILL.sub(lambda m: f"，请在草稿中补写{_KEY_NAMES[m.group(1)].split('（')[0]}", note)
    note = _CHECK.sub(lambda m: f"请核对{_KEY_NAMES[m.group(1)]}", note)
    return _KEY.sub(lambda m: _KEY_NAMES[m.group(1)].split("（")[0], note)
