"""What a Windows clerk meets, simulated on Linux: backslashes and brackets in paths, Chinese
folder names with spaces, an output file that Word holds open."""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from docx2python import docx2python
from helpers import DATA_2023, DOCX_2023_NAME, Result
from rich.console import Console
from rich.markup import render

from reportgen.console import escape

PATHS = [
    r"D:\报告\[草稿]\2023.json",
    r"C:\Users\张三\Desktop\[2023]\x.json",
    r"D:\a\[draft]\b.json",
    r"\\[bold]",
    "[bold]不是样式[/]",
    "[草稿]",
    "[/]",
]


@pytest.mark.parametrize("text", PATHS)
def test_quoted_text_shows_exactly(text: str) -> None:
    assert render(escape(text)).plain == text
    console = Console(file=io.StringIO(), highlight=False, soft_wrap=True)
    console.print(f"[green]✓[/] {escape(text)}：[dim]{escape(text)}[/]")
    printed = console.file.getvalue()  # type: ignore[attr-defined]
    assert printed == f"✓ {text}：{text}\n"


def test_a_trailing_backslash_before_a_closing_tag() -> None:
    assert render(f"[dim]{escape('out' + chr(92))}[/]").plain == "out" + chr(92)


def test_a_windows_path_is_named_as_typed(project: Path, cli: Callable[..., Result]) -> None:
    """On Linux the backslashes make one file name: the message must show every one."""
    name = r"D:\报告\[草稿]\2023.json"
    shutil.copy(DATA_2023, project / name)
    result = cli("validate", name)
    assert result.code == 0, result.output
    assert name in result.stdout
    missing = r"D:\报告\[草稿]\2019.json"
    assert missing in cli("validate", missing).output


def test_chinese_folders_with_spaces(project: Path, cli: Callable[..., Result]) -> None:
    folder = project / "2023年 报告（定稿）"
    folder.mkdir()
    shutil.copy(DATA_2023, folder / "数据 文件.json")
    data, output = "2023年 报告（定稿）/数据 文件.json", "2023年 报告（定稿）/公文 稿.docx"
    result = cli("build", "--data", data, "-o", output)
    assert result.code == 0, result.output
    assert output in result.stdout
    text = docx2python(folder / "公文 稿.docx").text
    assert "柏山镇人民政府" in text


def test_an_output_open_in_word(
    project: Path, cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a .docx that Word holds open: the clerk reads which file and
    what to do, the last good output stays, no temporary file is left behind."""
    assert cli("build", "2023").code == 0
    output = project / "out" / DOCX_2023_NAME
    before = output.read_bytes()
    replace = os.replace

    def locked(source: str, target: str | Path) -> None:
        if Path(target) == Path("out") / DOCX_2023_NAME:
            raise PermissionError(13, "另一个程序正在使用此文件，进程无法访问。")
        replace(source, target)

    monkeypatch.setattr(os, "replace", locked)
    result = cli("build", "2023")
    assert result.code == 1
    assert DOCX_2023_NAME in result.stderr
    assert "正在 Word 或 WPS 中打开，请先关闭它再重试" in result.stderr
    assert output.read_bytes() == before
    assert sorted(p.name for p in output.parent.iterdir()) == [DOCX_2023_NAME]
