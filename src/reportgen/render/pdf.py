"""PDF through LibreOffice headless: the .docx as the county's PCs would print it.

The official fonts (仿宋_GB2312, 楷体_GB2312, 黑体, 方正小标宋简体) are not on Linux.
A fontconfig file given to LibreOffice maps each to the closest free font of
Debian's packages, so that the PDF keeps the look of each element: a Song for 仿宋 and
小标宋 (Noto Serif CJK SC, whose punctuation sits as in mainland China; AR PL UMing
centres it, Taiwan style), Kai for 楷体, a sans for 黑体, Liberation Serif (metrics of
Times New Roman) for digits.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import ReportgenError

TIMEOUT_SECONDS = 120

# (the font the template names, the stand-ins in order of preference)
FONT_STAND_INS = (
    ("仿宋_GB2312", ("Noto Serif CJK SC", "AR PL UMing CN")),
    ("仿宋", ("Noto Serif CJK SC", "AR PL UMing CN")),
    ("楷体_GB2312", ("AR PL UKai CN", "Noto Serif CJK SC")),
    ("楷体", ("AR PL UKai CN", "Noto Serif CJK SC")),
    ("黑体", ("Noto Sans CJK SC",)),
    ("方正小标宋简体", ("Noto Serif CJK SC", "AR PL UMing CN")),
    ("宋体", ("Noto Serif CJK SC", "AR PL UMing CN")),
    ("Times New Roman", ("Liberation Serif",)),
)

INSTALL_HINT = (
    "请安装 LibreOffice 和中文字体，如 Debian/Ubuntu："
    "sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk fonts-arphic-ukai "
    "fonts-arphic-uming fonts-liberation2；Windows 请安装 LibreOffice 并确保 soffice 在 PATH 中。"
)


def find_soffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _fontconfig(directory: Path) -> Path:
    aliases = "\n".join(
        f'  <alias binding="same"><family>{name}</family><prefer>'
        + "".join(f"<family>{family}</family>" for family in stand_ins)
        + "</prefer></alias>"
        for name, stand_ins in FONT_STAND_INS
    )
    config = directory / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"{aliases}\n</fontconfig>\n",
        encoding="utf-8",
    )
    return config


def render_pdf(docx: bytes) -> bytes:
    """Convert .docx bytes to PDF bytes; a clear Chinese error when it cannot."""
    soffice = find_soffice()
    if soffice is None:
        raise ReportgenError(
            "生成 PDF 需要 LibreOffice，但本机没有找到 soffice。", hint=INSTALL_HINT
        )
    with tempfile.TemporaryDirectory(prefix="reportgen-pdf-") as folder:
        work = Path(folder)
        source = work / "report.docx"
        source.write_bytes(docx)
        # Each conversion gets its own profile: a shared one locks, and a second
        # LibreOffice would hand the job to the first and exit 0 with nothing written.
        profile = (work / "profile").as_uri()
        env = dict(os.environ, FONTCONFIG_FILE=str(_fontconfig(work)))
        command = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(work),
            str(source),
        ]
        try:
            completed = subprocess.run(
                command,
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
                env=env,
                stdin=subprocess.DEVNULL,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise ReportgenError(
                f"LibreOffice 转换 PDF 超过 {TIMEOUT_SECONDS} 秒未完成。",
                hint="请关闭正在运行的 LibreOffice 后重试。",
            ) from None
        pdf = work / "report.pdf"
        if not pdf.is_file() or pdf.stat().st_size == 0:
            detail = completed.stderr.decode("utf-8", "replace").strip().splitlines()
            raise ReportgenError(
                "LibreOffice 没有生成 PDF" + (f"（{detail[-1]}）" if detail else "") + "。",
                hint="请确认 LibreOffice 可以正常运行（soffice --version）。",
            )
        return pdf.read_bytes()
