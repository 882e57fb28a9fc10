"""The review in the terminal: a progress bar while it works, then the table."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich import box
from rich.segment import Segments
from rich.table import Table

from ...console import escape, stderr, stdout
from ...review.facts import Review, Reviewed, Verdict
from . import cells

_VERDICT_STYLE = {
    Verdict.FILE: "green",
    Verdict.RETURN: "bold yellow",
    Verdict.UNREADABLE: "bold red",
}


@contextmanager
def review_progress(total: int, shown: bool = True) -> Iterator[Callable[[Path], None]]:
    """A bar on stderr, advanced as each file is checked (in whatever order they finish)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("审查报告"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=stderr,
        transient=True,
        disable=not shown or not stderr.is_terminal,
    ) as progress:
        task = progress.add_task("", total=total)

        def advance(path: Path) -> None:
            progress.update(task, advance=1, description=escape(path.name))

        yield advance


# Below this width the table leaves out the file names (the HTML and XLSX have them);
# output to a file or a pipe is laid out this wide.
_WIDE = 120


def _contents(reviewed: Reviewed) -> str:
    if reviewed.unreadable is not None:
        return cells.SHOWN
    missing = [cells.SHORT_CONTENTS[kind] for kind in reviewed.missing]
    return "缺" + "、".join(missing) if missing else "齐全"


def _date(reviewed: Reviewed) -> str:
    return reviewed.date.isoformat() if reviewed.date else cells.date(reviewed)


def show_review(review: Review) -> None:
    width = stdout.width if stdout.is_terminal else max(stdout.width, _WIDE)
    with_names = width >= _WIDE
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 0), header_style="bold")
    table.add_column("序号", justify="right", no_wrap=True)
    if with_names:
        table.add_column("文件", overflow="fold", ratio=3)
    table.add_column("发文机关", overflow="fold", ratio=2)
    for heading in ("层级", "年度", "成文日期", "主送", "必备内容"):
        table.add_column(heading, overflow="fold", no_wrap=heading in ("年度", "成文日期"))
    for heading in ("错误", "警告"):
        table.add_column(heading, justify="right", no_wrap=True)
    table.add_column("结论", no_wrap=True)
    names = cells.names(review.files)
    for number, (reviewed, name) in enumerate(zip(review.files, names, strict=True), 1):
        year = cells.year(reviewed)
        organ = cells.organ(reviewed)
        if not with_names and reviewed.unreadable is not None:
            organ = name  # no organ to show: the file says which it is
        table.add_row(
            str(number),
            *([escape(name)] if with_names else []),
            escape(organ),
            cells.level(reviewed),
            f"[bold red]{year}[/]" if reviewed.other_year else year,
            _date(reviewed),
            cells.fit(reviewed),
            _contents(reviewed),
            cells.count(reviewed, "error"),
            cells.count(reviewed, "warning"),
            f"[{_VERDICT_STYLE[reviewed.verdict]}]{reviewed.verdict}[/]",
        )
    # Rendered at its own width: print() would narrow a table to the console's width,
    # and a file or a pipe is taken for 80 columns.
    lines = stdout.render_lines(table, stdout.options.update(width=width), new_lines=True)
    stdout.print(Segments(segment for line in lines for segment in line))
    noted = [(n, f) for n, f in enumerate(review.files, 1) if f.reasons]
    if noted:
        stdout.print()
        stdout.print("[bold]说明[/]")
        for number, reviewed in noted:
            stdout.print(f"  {number}. " + escape("".join(reviewed.reasons)))
    stdout.print()
    year = f" {review.year} 年度" if review.year else "（没有读出年度）"
    stdout.print(
        f"共 {len(review.files)} 个文件，审查{year}的报告："
        f"[green]可以归档 {review.count(Verdict.FILE)} 份[/]，"
        f"[yellow]建议退回修改 {review.count(Verdict.RETURN)} 份[/]，"
        f"[red]无法读取 {review.count(Verdict.UNREADABLE)} 个[/]。"
    )


def show_written(path: Path) -> None:
    stdout.print(f"[green]✓[/] 已写出 {escape(str(path))}")


def show_hint() -> None:
    stdout.print(
        "[dim]每份报告的具体问题（位置、原文、修改建议）：加 --html 审查结果.html "
        "或 --xlsx 审查结果.xlsx 保存后查看。[/]"
    )


def show_annotated(review: Review, folder: Path) -> None:
    written = sum(1 for f in review.files if f.annotated is not None)
    stdout.print(
        f"[green]✓[/] 已在 {escape(str(folder))} 写出 {written} 份带批注和修订的 Word 副本"
        "（只有 .docx 报告有副本）。"
    )
