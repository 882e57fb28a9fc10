"""The review as a workbook the office can sort, filter and file (XlsxWriter).

Sheet 审查汇总: one row a file, the columns of the terminal table and the HTML, with
the year and the counts as numbers and the date as a date. Sheet 问题清单: every
finding of every file, and each file that could not be read. Every text goes in with
write_string: a report's text that starts with “=” stays text, never a formula.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

from ...console import printable
from ...review.facts import REQUIRED, Review, Reviewed, Verdict
from . import cells
from .html import title

SUMMARY = "审查汇总"
FINDINGS = "问题清单"
# (heading, width in characters)
SUMMARY_COLUMNS = (
    [("序号", 6), ("文件", 36), ("发文机关", 24), ("层级", 9), ("年度", 7), ("成文日期", 15)]
    + [("主送机关", 30), ("主送是否相符", 13)]
    + [(name, 9) for name in cells.CONTENTS.values()]
    + [("错误", 7), ("警告", 7), ("结论", 14), ("说明", 60)]
)
FINDINGS_COLUMNS = [
    ("序号", 6),
    ("文件", 36),
    ("发文机关", 24),
    ("代码", 8),
    ("级别", 9),
    ("位置", 22),
    ("问题", 50),
    ("原文", 36),
    ("建议", 50),
]
_VERDICT_COLOURS = {
    Verdict.FILE: "#C6EFCE",
    Verdict.RETURN: "#FFEB9C",
    Verdict.UNREADABLE: "#FFC7CE",
}


class _Sheet:
    """A worksheet written a row at a time, each value by its type."""

    def __init__(self, book: Any, name: str, columns: Sequence[tuple[str, int]]) -> None:
        self.sheet = book.add_worksheet(name)
        self.book = book
        self.row = 0
        self.date = book.add_format({"num_format": 'yyyy"年"m"月"d"日"', "valign": "top"})
        self.text = book.add_format({"text_wrap": True, "valign": "top"})
        head = book.add_format({"bold": True, "bg_color": "#DDDDDD", "border": 1})
        for column, (heading, width) in enumerate(columns):
            self.sheet.set_column(column, column, width)
            self.sheet.write_string(0, column, heading, head)
        self.sheet.freeze_panes(1, 0)
        self.width = len(columns)

    def add(self, values: Sequence[str | int | dt.date | None], fmt: Any = None) -> None:
        self.row += 1
        for column, value in enumerate(values):
            style = fmt or self.text
            if value is None:
                self.sheet.write_blank(self.row, column, None, style)
            elif isinstance(value, dt.date):
                self.sheet.write_datetime(self.row, column, value, self.date)
            elif isinstance(value, int):
                self.sheet.write_number(self.row, column, value, style)
            else:
                self.sheet.write_string(self.row, column, printable(value), style)

    def finish(self) -> None:
        self.sheet.autofilter(0, 0, max(self.row, 1), self.width - 1)


def _summary_row(number: int, name: str, f: Reviewed) -> list[str | int | dt.date | None]:
    readable = f.unreadable is None
    contents: list[str | int | dt.date | None] = [
        ("有" if kind in f.covered else "缺") if readable else None for kind in REQUIRED
    ]
    return [
        number,
        name,
        f.organ if readable else None,
        cells.level(f) if readable else None,
        f.year,
        f.date,
        "、".join(f.addressees) or None,
        cells.fit(f) if f.fit else None,
        *contents,
        f.errors if readable else None,
        f.warnings if readable else None,
        str(f.verdict),
        "".join(f.reasons) or None,
    ]


def review_xlsx(review: Review) -> bytes:
    from xlsxwriter import Workbook

    buffer = io.BytesIO()
    book = Workbook(buffer, {"in_memory": True})
    book.set_properties({"title": title(review), "author": "reportgen review"})
    summary = _Sheet(book, SUMMARY, SUMMARY_COLUMNS)
    findings = _Sheet(book, FINDINGS, FINDINGS_COLUMNS)
    verdicts = {
        v: book.add_format({"bg_color": c, "text_wrap": True, "valign": "top"})
        for v, c in _VERDICT_COLOURS.items()
    }
    names = cells.names(review.files)
    for number, (f, name) in enumerate(zip(review.files, names, strict=True), 1):
        row = _summary_row(number, name, f)
        summary.add(row)
        verdict_column = len(row) - 2
        summary.sheet.write_string(summary.row, verdict_column, str(f.verdict), verdicts[f.verdict])
        if f.unreadable is not None:
            findings.add([number, name, None, None, "无法读取", None, f.unreadable, None, f.hint])
        for p in f.problems:
            findings.add(
                [
                    number,
                    name,
                    f.organ,
                    p.code,
                    cells.SEVERITIES[p.severity],
                    p.where,
                    p.message,
                    p.excerpt or None,
                    p.suggestion,
                ]
            )
    summary.finish()
    findings.finish()
    book.close()
    return buffer.getvalue()
