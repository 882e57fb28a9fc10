"""Writing imported data: data/YEAR.json, never over an existing file without --force."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ReportgenError
from ..files import DATA_DIR, atomic_write, refuse_overwriting
from ..model import Report
from .parse import parse
from .read import read_source


@dataclass
class Imported:
    source: Path
    target: Path
    notes: list[str]


# Keys a report must have that an imported report may lack: written out empty, so the
# clerk fills them in where they stand (validate says what each needs).
TO_FILL: dict[str, Any] = {"signatories": [], "addressees": [], "opening": [], "date": None}


def report_data(report: Report) -> dict[str, Any]:
    """The data file's content, in the model's order; defaults left out, except the
    keys the clerk still has to fill."""
    data = report.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    filled = {**TO_FILL, **data}
    order = [field.alias or name for name, field in Report.model_fields.items()]
    return {key: filled[key] for key in order if key in filled}


def import_report(
    source: Path, target: Path | None = None, encoding: str | None = None, force: bool = False
) -> Imported:
    read = read_source(source, encoding)
    if not read.paragraphs:
        raise ReportgenError(f"{source} 中没有文字。")
    parsed = parse(read.paragraphs, from_word=read.decoded == "docx")
    if target is None:
        target = DATA_DIR / f"{parsed.report.year}.json"
    refuse_overwriting(target, [source], data=False)  # never the source, nor a template
    if target.exists() and not force:
        raise ReportgenError(
            f"{target} 已经存在，没有覆盖。",
            hint="如确实要覆盖，请加 --force；或用 -o 指定其他文件。",
        )
    text = json.dumps(report_data(parsed.report), ensure_ascii=False, indent=2) + "\n"
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, text.encode("utf-8"))
    return Imported(source, target, [*read.notes, *parsed.notes])
