"""`reportgen show`: the report in the terminal, numbered as it will be printed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..console import escape, stdout

if TYPE_CHECKING:
    from ..model import Report
    from ..summary import Summary

_KIND_NAMES = {
    "duty": "第一责任人职责",
    "measures": "举措和成效",
    "shortcomings": "不足和原因",
    "plans": "下一年度安排",
    "other": "其他情况",
}


def show_report(path: Path, report: Report, summary: Summary, notes: Sequence[str] = ()) -> None:
    from rich.table import Table

    from ..render.outline import HEADING_ROLES, Role, document
    from .findings import show_notes

    heading_styles = {
        Role.HEADING1: "bold",
        Role.HEADING2: "bold italic",
        Role.HEADING3: "bold",
        Role.HEADING4: "",
    }
    stdout.rule(escape(str(path)))
    show_notes(notes)  # a document: what import made of it
    for line in document(report):
        text = "".join(
            f"[bold]{escape(s.text)}[/]" if s.bold else escape(s.text) for s in line.segments
        )
        if line.role is Role.TITLE:
            stdout.print(f"[bold]{text}[/]", justify="center")
        elif line.role in (Role.SIGNATURE, Role.DATE):
            stdout.print(text, justify="right")
        elif line.role in HEADING_ROLES:
            style = heading_styles[line.role]
            stdout.print(f"  [{style}]{text}[/]" if style else f"  {text}")
        elif line.role in (Role.BODY, Role.NOTE):
            stdout.print(f"  {text}")
        else:
            stdout.print(text)
    table = Table(title="各部分字数", show_edge=False)
    table.add_column("部分")
    table.add_column("内容类别")
    table.add_column("字数", justify="right")
    for part in summary.parts:
        table.add_row(
            escape(part.heading), _KIND_NAMES.get(part.kind, part.kind), str(part.characters)
        )
    stdout.print(table)
    stdout.print(
        f"正文共 {summary.characters} 字，按每页 22 行、每行 28 字估算约 {summary.pages} 页。"
    )
