from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from reportgen.cli import main

# The dedicated fuzz run: `uv run pytest -m fuzz --hypothesis-profile=fuzz`.
settings.register_profile(
    "fuzz",
    max_examples=10_000,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DATA_2023 = ROOT / "data" / "2023.json"
ORIGINAL_TEXT = FIXTURES / "baishan-2023-original.txt"
ORIGINAL_DATA = FIXTURES / "2023-original.json"
DOCX_2023_NAME = "柏山镇人民政府关于2023年法治政府建设情况的报告.docx"


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory laid out like the repository: data/ and templates/."""
    (tmp_path / "data").mkdir()
    shutil.copy(DATA_2023, tmp_path / "data" / "2023.json")
    (tmp_path / "templates").mkdir()
    shutil.copy(ROOT / "templates" / "report.docx", tmp_path / "templates" / "report.docx")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    def invoke(*argv: str) -> Result:
        code = main(list(argv))
        captured = capsys.readouterr()
        assert "Traceback" not in captured.out + captured.err
        return Result(code, captured.out, captured.err)

    return invoke


def load_2023() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DATA_2023.read_text(encoding="utf-8"))
    return data


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path
