"""Where reportgen looks for LibreOffice, in order, with fake programs standing in.

Windows and macOS are acted out by passing the platform and the standard places
(fake files in a temporary folder) to find_soffice, not by patching the OS.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from fake_soffice import FAKE_PDF, make_fake, runs
from helpers import DOCX_2023_NAME, Result

from reportgen.errors import ReportgenError
from reportgen.render.pdf.profile import cache_folder
from reportgen.render.pdf.soffice import find_soffice, standard_places

PDF_NAME = DOCX_2023_NAME.removesuffix(".docx") + ".pdf"


@pytest.fixture
def bins(tmp_path: Path) -> dict[str, Path]:
    """Fake programs in separate folders: two on PATH-to-be, one in each standard place."""
    return {
        "path_soffice": make_fake(tmp_path / "bin1", "soffice"),
        "path_libreoffice": make_fake(tmp_path / "bin2", "libreoffice"),
        "program_files": make_fake(tmp_path / "Program Files/LibreOffice/program", "soffice.exe"),
        "x86": make_fake(tmp_path / "Program Files (x86)/LibreOffice/program", "soffice.exe"),
        "chosen": make_fake(tmp_path / "chosen", "my-soffice"),
    }


def test_the_variable_comes_first(bins: dict[str, Path]) -> None:
    environ = {
        "REPORTGEN_SOFFICE": str(bins["chosen"]),
        "PATH": f"{bins['path_soffice'].parent}{os.pathsep}{bins['path_libreoffice'].parent}",
    }
    places = [str(bins["program_files"])]
    assert find_soffice(environ, "win32", places) == str(bins["chosen"])


def test_then_soffice_then_libreoffice_on_path(bins: dict[str, Path]) -> None:
    both = f"{bins['path_libreoffice'].parent}{os.pathsep}{bins['path_soffice'].parent}"
    places = [str(bins["program_files"])]
    assert find_soffice({"PATH": both}, "linux", places) == str(bins["path_soffice"])
    only = str(bins["path_libreoffice"].parent)
    assert find_soffice({"PATH": only}, "linux", places) == str(bins["path_libreoffice"])


def test_then_the_standard_places_in_order(bins: dict[str, Path], tmp_path: Path) -> None:
    places = [str(bins["program_files"]), str(bins["x86"])]
    empty = {"PATH": str(tmp_path / "nothing")}
    assert find_soffice(empty, "win32", places) == str(bins["program_files"])
    bins["program_files"].unlink()
    assert find_soffice(empty, "win32", places) == str(bins["x86"])
    mac = make_fake(tmp_path / "Applications/LibreOffice.app/Contents/MacOS", "soffice")
    assert find_soffice(empty, "darwin", [str(mac)]) == str(mac)


def test_the_standard_places_are_the_installers_own() -> None:
    windows = standard_places("win32", {"ProgramFiles(x86)": "C:\\Program Files (x86)"})
    assert windows[0] == "C:\\Program Files\\LibreOffice\\program\\soffice.exe"
    assert "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe" in windows
    on_d = standard_places("win32", {"ProgramFiles": "D:\\Programs"})
    assert on_d[0] == "D:\\Programs\\LibreOffice\\program\\soffice.exe"
    mac = standard_places("darwin", {"HOME": "/Users/clerk"})
    assert mac == [
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
        "/Users/clerk/Applications/LibreOffice.app/Contents/MacOS/soffice",
    ]


def test_missing_says_where_it_looked(tmp_path: Path) -> None:
    places = ["C:\\Program Files\\LibreOffice\\program\\soffice.exe"]
    with pytest.raises(ReportgenError) as raised:
        find_soffice({"PATH": str(tmp_path)}, "win32", places)
    message = raised.value.message
    assert "需要 LibreOffice" in message
    assert "REPORTGEN_SOFFICE（未设置）" in message and "PATH 中的 soffice、libreoffice" in message
    assert places[0] in message
    assert "REPORTGEN_SOFFICE" in (raised.value.hint or "")


def test_a_wrong_variable_is_said_not_skipped(bins: dict[str, Path], tmp_path: Path) -> None:
    environ = {
        "REPORTGEN_SOFFICE": str(tmp_path / "nowhere.exe"),
        "PATH": str(bins["path_soffice"].parent),
    }
    with pytest.raises(ReportgenError) as raised:
        find_soffice(environ, "linux", [])
    assert "REPORTGEN_SOFFICE" in raised.value.message and "nowhere.exe" in raised.value.message


def test_the_variable_may_name_the_install_folder(bins: dict[str, Path], tmp_path: Path) -> None:
    folder = tmp_path / "Program Files/LibreOffice"
    assert find_soffice({"REPORTGEN_SOFFICE": str(folder)}, "win32", []) == str(
        bins["program_files"]
    )


@pytest.mark.parametrize(
    ("platform", "environ", "expected"),
    [
        (
            "win32",
            {"LOCALAPPDATA": "C:/Users/张三/AppData/Local"},
            "C:/Users/张三/AppData/Local/reportgen",
        ),
        ("darwin", {"HOME": "/Users/clerk"}, "/Users/clerk/Library/Caches/reportgen"),
        (
            "linux",
            {"HOME": "/home/clerk", "XDG_CACHE_HOME": "/var/cache/clerk"},
            "/var/cache/clerk/reportgen",
        ),
        (
            "linux",
            {"HOME": "/home/clerk", "XDG_CACHE_HOME": "relative"},
            "/home/clerk/.cache/reportgen",
        ),
    ],
)
def test_the_cache_folder_is_the_platforms(
    platform: str, environ: dict[str, str], expected: str
) -> None:
    assert cache_folder(platform, environ) == Path(expected)


def test_build_runs_the_program_the_variable_names(
    project: Path, cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = make_fake(tmp_path / "elsewhere", "soffice.exe")
    monkeypatch.setenv("REPORTGEN_SOFFICE", str(fake))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    result = cli("build", "2023", "-f", "pdf")
    assert result.code == 0, result.output
    assert (project / "out" / PDF_NAME).read_bytes() == FAKE_PDF
    (command,) = runs(fake)
    assert "--convert-to" in command and "MS Word 2007 XML" in command
    assert (tmp_path / "cache" / "reportgen" / "libreoffice" / "profile-0").as_uri() in command


def test_a_batch_without_libreoffice_stops_before_writing_anything(
    project: Path, cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REPORTGEN_SOFFICE", raising=False)
    monkeypatch.setenv("PATH", str(project / "no-such-bin"))
    result = cli("build", "--all", "-f", "pdf", "-f", "docx")
    assert result.code == 1
    assert "需要 LibreOffice" in result.stderr and "已查找" in result.stderr
    assert not (project / "out").exists()
