"""Options shared by several commands, declared once (cli.py and cli_review.py)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .render import FORMATS

# The document formats as a typer choice, made from the renderers' own list.
DocumentFormat = StrEnum("DocumentFormat", [(name, name) for name in FORMATS])  # type: ignore[misc]

TemplateOption = Annotated[
    Path | None, typer.Option("--template", "-t", help="Word 模板（默认 templates/report.docx）")
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="只输出错误")]
JsonOption = Annotated[bool, typer.Option("--json", help="以 JSON 输出结果（供脚本使用）")]
FormatsOption = Annotated[
    list[DocumentFormat] | None,
    typer.Option("--format", "-f", help=f"输出格式，可重复：{' '.join(FORMATS)}（默认 docx）"),
]
