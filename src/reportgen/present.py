"""How results look in the terminal (rich) and as JSON. No logic: it only formats."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from rich.markup import escape

from . import numbering
from .console import print_json, stderr, stdout

if TYPE_CHECKING:
    from .building import BatchResult, Built
    from .importing.write import Imported
    from .model import Report
    from .proofread import Checked, Fixed
    from .summary import Summary
from .load import describe_path, json_path
from .rules import Finding, Severity

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


_OUTSIDE_PARTS = {
    "title": "标题",
    "organ": "发文机关",
    "addressees": "主送机关",
    "opening": "开头",
    "parts": "全文结构",
    "signatories": "署名",
    "date": "成文日期",
    "note": "附注",
}


def _group(result: Checked, finding: Finding) -> str:
    """Findings are shown under the part they concern: 二、推进法治政府建设的主要举措和成效."""
    path = finding.path
    if result.report and len(path) >= 2 and path[0] == "parts" and isinstance(path[1], int):
        return numbering.level1(path[1] + 1) + result.report.parts[path[1]].heading
    return _OUTSIDE_PARTS.get(str(path[0]), "其他")


def _mark(result: Checked) -> str:
    if result.errors:
        return "[bold red]✗[/]"
    return "[yellow]![/]" if result.warnings else "[green]✓[/]"


def show_checked(result: Checked) -> None:
    if result.failure:
        stdout.print(f"[bold red]✗[/] {escape(str(result.path))}")
        stdout.print(escape(result.failure.message))
        if result.failure.hint:
            stdout.print(f"[dim]{escape(result.failure.hint)}[/]")
        return
    stdout.print(
        f"{_mark(result)} {escape(str(result.path))}："
        f"{result.errors} 个错误，{result.warnings} 个警告"
    )
    groups: dict[str, list[Finding]] = {}
    for finding in result.findings:
        groups.setdefault(_group(result, finding), []).append(finding)
    for title, findings in groups.items():
        stdout.print(f" [bold]{escape(title)}[/] [dim]（{len(findings)} 处）[/]")
        for line in finding_lines(findings):
            stdout.print(line)


def findings_json(results: Sequence[Checked]) -> str:
    """`validate --format json`: every finding of every file, and the totals."""
    findings: list[dict[str, object]] = []
    for result in results:
        if result.failure:
            findings.append(
                {
                    "file": str(result.path),
                    "code": "SCHEMA",
                    "severity": "error",
                    "path": "",
                    "excerpt": "",
                    "message": result.failure.message,
                    "suggestion": result.failure.hint or "",
                    "fixable": False,
                }
            )
        for f in result.findings:
            findings.append(
                {
                    "file": str(result.path),
                    "code": f.code,
                    "severity": f.severity.value,
                    "path": json_path(f.path),
                    "excerpt": f.excerpt,
                    "message": f.message,
                    "suggestion": f.suggestion,
                    "fixable": f.fix is not None,
                }
            )
    document = {
        "findings": findings,
        "errors": sum(r.errors for r in results),
        "warnings": sum(r.warnings for r in results),
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def show_fixed(result: Fixed) -> None:
    for f in result.applied:
        replacement = f.fix.replacement if f.fix else ""
        stdout.print(
            f"  [green]已修改[/] [dim]{f.code}[/] {escape(json_path(f.path))}："
            f"{escape(f.excerpt)} → “{escape(replacement)}”"
        )
    stdout.print(f"{escape(str(result.path))}：自动修改了 {len(result.applied)} 处。")


def _built_json(result: Built) -> dict[str, object]:
    return {
        "data": str(result.path),
        "outputs": [str(path) for path in result.outputs],
        "draft": result.draft,
        "errors": sum(f.severity is Severity.ERROR for f in result.findings),
        "warnings": sum(f.severity is Severity.WARNING for f in result.findings),
    }


def show_built(result: Built, as_json: bool = False) -> None:
    if as_json:
        print_json(
            json.dumps({"built": [_built_json(result)], "failed": []}, ensure_ascii=False, indent=2)
        )
        return
    for line in finding_lines(result.findings):
        stdout.print(line)
    if result.draft:
        stdout.print("[bold red]注意：这是草稿，带有“草稿”标记，不得报送。[/]")
    for path in result.outputs:
        stdout.print(f"[green]✓[/] 已生成 {escape(str(path))}")


@contextmanager
def batch_progress(total: int) -> Iterator[Callable[[Path], None]]:
    """A progress bar on stderr while `build --all` works through the files."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=stderr,
        transient=True,
        disable=stdout.quiet or not stderr.is_terminal,
    ) as progress:
        task = progress.add_task("生成报告", total=total)
        started = False

        def advance(path: Path) -> None:
            nonlocal started
            if started:
                progress.advance(task)
            started = True
            progress.update(task, description=f"生成 {path.name}")

        yield advance
        progress.update(task, completed=total)


def show_batch(batch: BatchResult, as_json: bool = False) -> None:
    if as_json:
        document = {
            "built": [_built_json(result) for result in batch.built],
            "failed": [{"data": str(path), "error": error.message} for path, error in batch.failed],
        }
        print_json(json.dumps(document, ensure_ascii=False, indent=2))
        return
    for result in batch.built:
        for path in result.outputs:
            stdout.print(f"[green]✓[/] {escape(str(result.path))} → {escape(str(path))}")
    for path, error in batch.failed:
        stderr.print(f"[bold red]✗[/] {escape(str(path))}：{escape(error.message)}")
    stdout.print(
        f"共 {len(batch.built) + len(batch.failed)} 个：成功 {len(batch.built)} 个，失败 {len(batch.failed)} 个。"
    )


def show_new(path: Path, year: int) -> None:
    stdout.print(
        f"[green]✓[/] 已写出 {escape(str(path))}：机关、主送、结构沿用上一年，年份已改为 {year} 年。"
    )
    stdout.print("  正文处写着“【待填写……】”，请逐段填写；填完前 validate 会报错，build 不会生成。")
    stdout.print(f"  填写进度可随时用 reportgen validate {year} 查看。")


_KIND_NAMES = {
    "duty": "第一责任人职责",
    "measures": "举措和成效",
    "shortcomings": "不足和原因",
    "plans": "下一年度安排",
    "other": "其他情况",
}


def show_report(path: Path, report: Report, summary: Summary) -> None:
    from rich.table import Table

    from .render.outline import HEADING_ROLES, Role, document

    heading_styles = {
        Role.HEADING1: "bold",
        Role.HEADING2: "bold italic",
        Role.HEADING3: "bold",
        Role.HEADING4: "",
    }
    stdout.rule(escape(str(path)))
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


def show_template_problems(path: Path, problems: list[str]) -> None:
    for problem in problems:
        stdout.print(f"  - {escape(problem)}")
    if problems:
        stdout.print(f"[bold red]✗[/] 模板 {escape(str(path))} 有 {len(problems)} 处问题。")
    else:
        stdout.print(f"[green]✓[/] 模板 {escape(str(path))} 可以使用。")


def show_imported(result: Imported) -> None:
    stdout.print(
        f"[green]✓[/] 已把 {escape(str(result.source))} 导入为 {escape(str(result.target))}"
    )
    for note in result.notes:
        stdout.print(f"  [yellow]注意[/] {escape(note)}")
    if result.schema_problems:
        stdout.print(f"[yellow]数据还不完整：[/]{escape(result.schema_problems)}")
    stdout.print(
        f"下一步：reportgen validate {escape(str(result.target))} 检查内容，再 reportgen build 生成公文。"
    )
