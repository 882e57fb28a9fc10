"""The command line's shared options and value types, declared once for every command
(cli.py and cli_review.py)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from .render import FORMATS

# The document formats as a typer choice, made from the renderers' own list.
DocumentFormat = StrEnum("DocumentFormat", [(name, name) for name in FORMATS])  # type: ignore[misc]


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


def path_value(value: str | Path) -> Path:
    """Every path on the command line: "" is no path (Path("") is the current folder, and
    `-o ""` wrote into the project's root). A default arrives as a Path already."""
    if isinstance(value, Path):
        return value
    if not value.strip():
        raise typer.BadParameter("不能是空的，请写出文件名或目录。")
    return Path(value)


# Options shared by several commands, declared once.
TemplateOption = Annotated[
    Path | None,
    typer.Option(
        "--template", "-t", parser=path_value, help="Word 模板（默认 templates/report.docx）"
    ),
]


def output_option(help_text: str) -> Any:
    return typer.Option("--output", "-o", parser=path_value, help=help_text)


QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="只输出错误")]
JsonOption = Annotated[bool, typer.Option("--json", help="以 JSON 输出结果（供脚本使用）")]
FormatsOption = Annotated[
    list[DocumentFormat] | None,
    typer.Option("--format", "-f", help=f"输出格式，可重复：{' '.join(FORMATS)}（默认 docx）"),
]
