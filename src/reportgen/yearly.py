"""Starting next year's report from this year's (`reportgen new`)."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

from .errors import ReportgenError, UsageError
from .files import atomic_write, ensure_folder, refuse_overwriting
from .jsonedit import value_at
from .load import parse_report, read_text
from .model import FIRST_YEAR, LAST_YEAR, PartKind, Report
from .structure import divisions

# What `new` puts where the text must be written again; C003 reports it as an error,
# so an unfinished report cannot be built by accident.
MARKER = "【待填写】"


def check_new_year(year: int) -> None:
    """`new 2101` would write a year that the schema (and so validate and build) refuse."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise UsageError(
            f"年度 {year} 超出了数据文件允许的范围（{FIRST_YEAR}—{LAST_YEAR} 年）。",
            hint="请写出要开始的报告年度，如 reportgen new 2024。",
        )


def _marker(old: str) -> str:
    """A marker that reminds the clerk what stood there last year."""
    hint = old[:16] + ("……" if len(old) > 16 else "")
    return f"【待填写：去年此处为“{hint}”】"


def _years(text: str, old: int, new: int) -> str:
    return re.sub(rf"(?<!\d){old}(?!\d)", str(new), text)


def _blank(blocks: list[Any]) -> list[Any]:
    result: list[Any] = []
    for block in blocks:
        if isinstance(block, str):
            result.append(_marker(block))
            continue
        block = dict(block)
        block["points"] = [
            {
                **point,
                **({"lead": MARKER} if "lead" in point else {}),
                "text": _marker(point["text"]),
            }
            for point in block["points"]
        ]
        if "intro" in block:
            block["intro"] = _marker(block["intro"])
        result.append(block)
    return result


def next_year(report: Report, data: dict[str, Any]) -> dict[str, Any]:
    """Organs, addressees and structure kept; years moved on; the text left to write.

    `data` is the file as written (its keys and order are kept); `report` is the same
    data through the model, whose walk finds every heading and paragraph."""
    year = report.year
    new = copy.deepcopy(data)
    new["year"] = year + 1
    if report.title:
        new["title"] = _years(report.title, year, year + 1)
    if report.opening:
        new["opening"] = [_marker(text) for text in report.opening]
    for division in divisions(report):
        node = value_at(new, division.path)
        if division.level.depth == 0:
            plans = division.part.kind is PartKind.PLANS
            old, moved = (year + 1, year + 2) if plans else (year, year + 1)
            node["heading"] = _years(node["heading"], old, moved)
        if "content" in node:
            node["content"] = _blank(node["content"])
    if report.attachments:  # next year's attachments are new documents
        new["attachments"] = [_marker(name) for name in report.attachments]
    if report.date is not None:
        day = report.date
        if day.year >= 9999:  # no 10000-12-31 to move to (D001 says the date is wrong)
            raise ReportgenError(
                f"成文日期 {day.isoformat()} 推后一年超出了日期的范围，无法开始下一年的报告。",
                hint=f"请先把成文日期改为 {year + 1} 年的日期（D001），再运行 reportgen new。",
            )
        # 29 February has no twin in the next year: the 28th is as good a placeholder.
        new["date"] = day.replace(
            year=day.year + 1, day=min(day.day, 28 if day.month == 2 else 31)
        ).isoformat()
    if "masthead" in new:
        head = dict(new["masthead"])
        head["number"] = re.sub(r"〔\d{4}〕.*号$", f"〔{year + 2}〕{MARKER}号", head["number"])
        new["masthead"] = head
    return new


def new_report(target: Path, source: Path, force: bool = False) -> Path:
    """Write `target` from `source`; never overwrite without `force`."""
    refuse_overwriting(target, [source], data=False)  # not even with --force
    if target.exists() and not force:
        raise ReportgenError(
            f"{target} 已经存在，没有覆盖。",
            hint="如确实要重新生成，请加 --force（原文件的内容会丢失）。",
        )
    text = read_text(source)
    report = parse_report(text, str(source))  # refuses a broken source with its own message
    data = json.loads(text)
    target_year = int(target.stem) if target.stem.isdigit() else report.year + 1
    if target_year != report.year + 1:
        raise ReportgenError(
            f"{source} 是 {report.year} 年度的报告，只能用来开始 {report.year + 1} 年度的报告。",
            hint=f"请用 --from 指定 {int(target.stem) - 1} 年度的数据文件。",
        )
    text = json.dumps(next_year(report, data), ensure_ascii=False, indent=2) + "\n"
    parse_report(text, str(target))  # what is written must load: years and dates in range
    ensure_folder(target.parent)
    atomic_write(target, text.encode("utf-8"))
    return target
