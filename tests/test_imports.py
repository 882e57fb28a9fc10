"""Lazy imports: --help and validate never load python-docx; build loads what it uses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import json, sys
from reportgen.cli import main
main(sys.argv[1:])
print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})), file=sys.stderr)
"""


def loaded(project: Path, *argv: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        capture_output=True,
        text=True,
        cwd=project,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize(
    ("argv", "absent"),
    [
        (["--help"], {"docx", "lxml", "pydantic", "pydantic_core"}),
        (["validate", "2023"], {"docx", "lxml"}),
        (["build", "2023", "-f", "txt"], {"docx", "lxml"}),
        (["build", "2023"], {"pdfplumber", "playwright", "hypothesis"}),
    ],
)
def test_commands_load_only_what_they_use(project: Path, argv: list[str], absent: set[str]) -> None:
    modules = loaded(project, *argv)
    assert "reportgen" in modules
    assert not modules & absent, modules & absent


def test_build_does_load_python_docx(project: Path) -> None:
    assert "docx" in loaded(project, "build", "2023")  # the probe can see an import
