"""Writing imported data: data/YEAR.json, never over an existing file without --force."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import ReportgenError
from ..files import DATA_DIR, atomic_write, refuse_overwriting
from .parse import parse
from .read import read_paragraphs


@dataclass
class Imported:
    source: Path
    target: Path
    notes: list[str]
    schema_problems: str | None  # what the data still lacks to be a report, if anything


def import_report(
    source: Path, target: Path | None = None, encoding: str | None = None, force: bool = False
) -> Imported:
    paragraphs, decoded = read_paragraphs(source, encoding)
    if not paragraphs:
        raise ReportgenError(f"{source} 中没有文字。")
    parsed = parse(paragraphs, from_word=decoded == "docx")
    year = parsed.data.get("year")
    if target is None:
        if year is None:
            raise ReportgenError(
                "无法从标题或日期判断报告年度，不知道写到哪个文件。",
                hint="请用 -o 指定输出文件，如 -o data/2023.json。",
            )
        target = DATA_DIR / f"{year}.json"
    refuse_overwriting(target, [source], data=False)  # never the source, nor a template
    if target.exists() and not force:
        raise ReportgenError(
            f"{target} 已经存在，没有覆盖。",
            hint="如确实要覆盖，请加 --force；或用 -o 指定其他文件。",
        )
    text = json.dumps(parsed.data, ensure_ascii=False, indent=2) + "\n"
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, text.encode("utf-8"))
    # Written even when incomplete: validate says what is missing, import does not refuse.
    from ..load import parse_report

    try:
        parse_report(text, str(target))
        problems = None
    except ReportgenError as error:
        problems = error.message
    return Imported(source, target, parsed.notes, problems)
