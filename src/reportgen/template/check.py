"""`template check`: what a county's own template lacks or carries that it must not."""

from __future__ import annotations

from pathlib import Path

from ..render.docx import load_template
from .read import read_template_bytes, template_problems


def check_template(path: Path) -> list[str]:
    """Every problem of the template at `path`, in Chinese, one line each (empty: usable).

    Problems of the package (unsafe or malformed parts) come first and alone: a
    template with them is not opened any further.
    """
    data = read_template_bytes(path)
    problems = template_problems(data, f"模板 {path}")
    if problems:
        return list(problems)
    return list(load_template(data).problems)
