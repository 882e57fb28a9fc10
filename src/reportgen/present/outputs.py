"""What build, import, new and template check report, in the terminal or as JSON."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..console import escape, print_json, stderr, stdout
from ..errors import ReportgenError
from .findings import failure_json, finding_json, finding_lines, show_notes

if TYPE_CHECKING:
    from ..building import BatchResult, Built
    from ..importing.write import Imported


def _built_json(result: Built) -> dict[str, object]:
    return {
        "data": str(result.path),
        "outputs": [str(path) for path in result.outputs],
        "draft": result.draft,
        "errors": sum(f.severity == "error" for f in result.findings),
        "warnings": sum(f.severity == "warning" for f in result.findings),
        "findings": [finding_json(result.path, f) for f in result.findings],
        **({"notes": result.notes} if result.notes else {}),
    }


def show_built(result: Built, as_json: bool = False) -> None:
    if as_json:
        print_json(
            json.dumps({"built": [_built_json(result)], "failed": []}, ensure_ascii=False, indent=2)
        )
        return
    show_notes(result.notes)
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
            "failed": [{"data": str(path), **failure_json(error)} for path, error in batch.failed],
        }
        print_json(json.dumps(document, ensure_ascii=False, indent=2))
        return
    for result in batch.built:
        for path in result.outputs:
            stdout.print(f"[green]✓[/] {escape(str(result.path))} → {escape(str(path))}")
    for path, error in batch.failed:
        stderr.print(f"[bold red]✗[/] {escape(str(path))}：{escape(error.message)}")
        _show_refusal(path, error)
    # What to do, once for all the reports it concerns (a program fault's: what to send). A
    # report refused for its errors has its own line above: its hint (--draft) is not for --all.
    for hint in dict.fromkeys(e.hint for _, e in batch.failed if not _refused_for_errors(e)):
        if hint:
            stderr.print(f"[dim]{escape(hint)}[/]")
    stdout.print(
        f"共 {len(batch.built) + len(batch.failed)} 个：成功 {len(batch.built)} 个，失败 {len(batch.failed)} 个。"
    )


def _refused_for_errors(error: ReportgenError) -> bool:
    return bool(getattr(error, "findings", None))  # building.ReportHasErrors


def _show_refusal(path: Path, error: ReportgenError) -> None:
    """A report the batch refused: the errors that refused it, and where to see the rest."""
    findings = getattr(error, "findings", None)
    if not findings:
        return
    for line in finding_lines([f for f in findings if f.severity == "error"]):
        stderr.print(line)
    if any(f.severity == "warning" for f in findings):
        stderr.print(
            f"  [dim]警告未列出，可运行 reportgen validate {escape(str(path))} 查看全部问题。[/]"
        )


def show_new(path: Path, year: int) -> None:
    stdout.print(
        f"[green]✓[/] 已写出 {escape(str(path))}：机关、主送、结构沿用上一年，年份已改为 {year} 年。"
    )
    stdout.print("  正文处写着“【待填写……】”，请逐段填写；填完前 validate 会报错，build 不会生成。")
    stdout.print(f"  填写进度可随时用 reportgen validate {year} 查看。")


def show_template_problems(path: Path, problems: list[str]) -> None:
    for problem in problems:
        stdout.print(f"  - {escape(problem)}")
    if problems:
        stdout.print(f"[bold red]✗[/] 模板 {escape(str(path))} 有 {len(problems)} 处问题。")
        stdout.print(
            "  请在 Word 中按上述说明修改模板，另存为“Word 文档（*.docx）”后再检查；"
            "不指定 --template 时 build 使用默认模板。"
        )
    else:
        stdout.print(f"[green]✓[/] 模板 {escape(str(path))} 可以使用。")


def show_imported(result: Imported, as_json: bool = False) -> None:
    if as_json:
        document = {"source": str(result.source), "data": str(result.target), "notes": result.notes}
        print_json(json.dumps(document, ensure_ascii=False, indent=2))
        return
    stdout.print(
        f"[green]✓[/] 已把 {escape(str(result.source))} 导入为 {escape(str(result.target))}"
    )
    for note in result.notes:
        stdout.print(f"  [yellow]注意[/] {escape(note)}")
    stdout.print(
        f"下一步：reportgen validate {escape(str(result.target))} 检查内容，再 reportgen build 生成公文。"
    )
