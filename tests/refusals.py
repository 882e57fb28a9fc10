"""The bad-input battery's one promise, checked the same way for every case: a Chinese
message on stderr, exit 1 (2 for usage), no traceback, and nothing on disk changed:
the previous output byte for byte, no temporary file anywhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from helpers import Result


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every regular file under `root`: its bytes and its mode."""
    return {
        str(path.relative_to(root)): (path.read_bytes(), path.stat().st_mode)
        for path in sorted(root.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def refused(
    cli: Callable[..., Result],
    project: Path,
    *argv: str,
    expected: tuple[str, ...] = (),
    code: int = 1,
) -> Result:
    before = snapshot(project)
    result = cli(*argv)
    assert result.code == code, result.output
    assert has_chinese(result.stderr), result.output
    for text in expected:
        assert text in result.stderr, (text, result.stderr)
    assert "Traceback" not in result.output and "内部错误" not in result.output
    assert snapshot(project) == before
    assert not list(project.rglob(".reportgen-*"))
    return result
