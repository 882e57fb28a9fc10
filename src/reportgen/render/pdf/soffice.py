"""Finding LibreOffice where clerks have it.

The order: the path in REPORTGEN_SOFFICE (a clerk's or an IT helper's explicit choice),
then `soffice` and `libreoffice` on PATH, then the places the installers use: on
Windows `C:\\Program Files\\LibreOffice` (and the x86 one), on macOS the app in
/Applications, on Linux The Document Foundation's own packages under /opt. The
Windows installer does not add LibreOffice to PATH, so the standard places are what
finds it there.

Platform and environment are parameters, so tests can act out Windows and macOS.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

from ...errors import ReportgenError

ENV_VARIABLE = "REPORTGEN_SOFFICE"
COMMANDS = ("soffice", "libreoffice")
_LINUX_PACKAGES = "/opt/libreoffice*/program/soffice"
_PROGRAM_NAMES = ("soffice", "soffice.exe", "soffice.com")


def standard_places(platform: str, environ: Mapping[str, str]) -> list[str]:
    """Where LibreOffice's installers put the program, most likely first."""
    if platform == "win32":
        roots = [
            environ.get("ProgramFiles", ""),
            environ.get("ProgramW6432", ""),
            "C:\\Program Files",
            environ.get("ProgramFiles(x86)", ""),
            "C:\\Program Files (x86)",
        ]
        places = [
            root.rstrip("\\") + "\\LibreOffice\\program\\soffice.exe" for root in roots if root
        ]
        return list(dict.fromkeys(places))
    if platform == "darwin":
        app = "LibreOffice.app/Contents/MacOS/soffice"
        home = environ.get("HOME")
        return [f"/Applications/{app}"] + ([f"{home}/Applications/{app}"] if home else [])
    # newest first: /opt/libreoffice24.8 before /opt/libreoffice7.6
    return sorted((str(p) for p in Path("/").glob(_LINUX_PACKAGES.lstrip("/"))), reverse=True)


def install_hint(platform: str) -> str:
    if platform == "win32":
        return (
            "请从 LibreOffice 官网下载安装 LibreOffice（默认装在 C:\\Program Files\\LibreOffice）；"
            f"装在别处时，请把 soffice.exe 的完整路径设为环境变量 {ENV_VARIABLE}。"
        )
    if platform == "darwin":
        return (
            "请安装 LibreOffice（把它拖入“应用程序”文件夹）；"
            f"装在别处时，请把 soffice 的完整路径设为环境变量 {ENV_VARIABLE}。"
        )
    return (
        "请安装 LibreOffice 和中文字体，如 Debian/Ubuntu："
        "sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk fonts-arphic-ukai "
        f"fonts-arphic-uming fonts-liberation2；装在别处时，请把 soffice 的完整路径设为环境变量 {ENV_VARIABLE}。"
    )


def _runnable(path: str) -> bool:
    return os.path.isfile(path) and os.access(path, os.X_OK)


def _program(path: str) -> str | None:
    """`path` if it is a program file; in a folder, the soffice inside it or its program/."""
    if _runnable(path):
        return path
    if os.path.isdir(path):
        for folder in (path, os.path.join(path, "program")):
            for name in _PROGRAM_NAMES:
                if _runnable(os.path.join(folder, name)):
                    return os.path.join(folder, name)
    return None


def find_soffice(
    environ: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    places: list[str] | None = None,
) -> str:
    """The LibreOffice program to run; a Chinese error saying where it looked if none."""
    environ = os.environ if environ is None else environ
    chosen = environ.get(ENV_VARIABLE, "").strip().strip('"')
    if chosen:
        found = _program(chosen)
        if found is None:
            raise ReportgenError(
                f"环境变量 {ENV_VARIABLE} 指向的 {chosen} 不是可运行的 LibreOffice 程序（soffice）。",
                hint=f"请把它改为 soffice 的完整路径，或删除这个环境变量让 reportgen 自动查找。"
                f"{install_hint(platform)}",
            )
        return found
    search_path = environ.get("PATH", "")
    for name in COMMANDS:
        on_path = shutil.which(name, path=search_path)
        if on_path:
            return on_path
    candidates = standard_places(platform, environ) if places is None else places
    for place in candidates:
        found = _program(place)
        if found:
            return found
    looked = [f"环境变量 {ENV_VARIABLE}（未设置）", "PATH 中的 " + "、".join(COMMANDS)]
    looked += candidates or ([_LINUX_PACKAGES] if platform.startswith("linux") else [])
    raise ReportgenError(
        "生成 PDF 需要 LibreOffice，但本机没有找到。已查找：" + "；".join(looked) + "。",
        hint=install_hint(platform),
    )
