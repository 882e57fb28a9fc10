"""`reportgen review`, the county's side: parse, call one function, as every command.

It stands beside cli.py, which registers it, because cli.py is at the size limit that
tests/test_architecture.py keeps.
"""

# No `from __future__ import annotations`: typer reads every command's annotations on each
# run, and evaluating them from strings costs each run about 5 ms.

from pathlib import Path
from typing import Annotated

import typer

from . import console
from .cli_options import JsonOption, QuietOption, path_value

HELP = "审查收到的各单位报告（.docx、.txt、.json），列出可归档或应退回的汇总表。"


def review(
    sources: Annotated[
        list[Path],
        typer.Argument(
            metavar="文件夹或文件", parser=path_value, help="收到的报告所在的文件夹，或报告文件"
        ),
    ],
    html: Annotated[
        Path | None, typer.Option("--html", parser=path_value, help="另存为网页（可打印）")
    ] = None,
    xlsx: Annotated[
        Path | None, typer.Option("--xlsx", parser=path_value, help="另存为 Excel 表格")
    ] = None,
    year: Annotated[int | None, typer.Option("--year", help="审查的年度（默认多数报告的）")] = None,
    annotate: Annotated[
        Path | None,
        typer.Option(
            "--annotate",
            parser=path_value,
            help="把每份 Word 报告带批注和修订的副本写到这个文件夹",
        ),
    ] = None,
    json_output: JsonOption = False,
    quiet: QuietOption = False,
) -> None:
    from .present.review.command import run_review

    console.configure(quiet=quiet, as_json=json_output)
    code = run_review(sources, html, xlsx, year, json_output, progress=not quiet, annotate=annotate)
    raise typer.Exit(code)
