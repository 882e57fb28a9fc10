"""How results look in the terminal (rich). No logic: it only formats what it is given."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape

from .api import Built, Checked
from .errors import ReportgenError
from .load import describe_path, json_path
from .rules import Finding, Severity

stdout = Console(highlight=False)
stderr = Console(stderr=True, highlight=False)

_LABEL = {Severity.ERROR: "[bold red]错误[/]", Severity.WARNING: "[yellow]警告[/]"}


def finding_lines(findings: Sequence[Finding]) -> list[str]:
    lines = []
    for f in findings:
        where = f"{json_path(f.path)}（{describe_path(f.path)}）"
        lines.append(f"  {_LABEL[f.severity]} [dim]{f.code}[/] {escape(where)}")
        lines.append(f"    {escape(f.message)}")
        if f.excerpt:
            lines.append(f"    原文：[italic]{escape(f.excerpt)}[/]")
        lines.append(f"    建议：{escape(f.suggestion)}")
    return lines


def show_checked(result: Checked) -> None:
    if result.failure:
        stdout.print(f"[bold red]✗[/] {escape(str(result.path))}")
        stdout.print(escape(result.failure.message))
        if result.failure.hint:
            stdout.print(f"[dim]{escape(result.failure.hint)}[/]")
        return
    mark = (
        "[bold red]✗[/]"
        if result.errors
        else ("[yellow]![/]" if result.warnings else "[green]✓[/]")
    )
    stdout.print(
        f"{mark} {escape(str(result.path))}：{result.errors} 个错误，{result.warnings} 个警告"
    )
    for line in finding_lines(result.findings):
        stdout.print(line)


def show_built(result: Built) -> None:
    for line in finding_lines(result.warnings):
        stdout.print(line)
    for path in result.outputs:
        stdout.print(f"[green]✓[/] 已生成 {escape(str(path))}")


def show_error(error: ReportgenError) -> None:
    findings = getattr(error, "findings", None)
    if findings:
        for line in finding_lines(findings):
            stderr.print(line)
    stderr.print(f"[bold red]错误：[/]{escape(error.message)}")
    if error.hint:
        stderr.print(f"[dim]{escape(error.hint)}[/]")
