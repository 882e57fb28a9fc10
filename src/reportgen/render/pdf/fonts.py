"""The fonts the template names, mapped to free fonts LibreOffice finds on Linux.

The official fonts (仿宋_GB2312, 楷体_GB2312, 黑体, 方正小标宋简体) are not on Linux.
A fontconfig file given to LibreOffice maps each to the closest free font of
Debian's packages, so that the PDF keeps the look of each element: a Song for 仿宋 and
小标宋 (Noto Serif CJK SC, whose punctuation sits as in mainland China; AR PL UMing
centres it, Taiwan style), Kai for 楷体, a sans for 黑体, Liberation Serif (metrics of
Times New Roman) for digits. Windows and macOS LibreOffice do not read fontconfig.
"""

from __future__ import annotations

import os
from pathlib import Path

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


def fontconfig_text() -> str:
    aliases = "\n".join(
        f'  <alias binding="same"><family>{name}</family><prefer>'
        + "".join(f"<family>{family}</family>" for family in stand_ins)
        + "</prefer></alias>"
        for name, stand_ins in FONT_STAND_INS
    )
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"{aliases}\n</fontconfig>\n"
    )


def write_fontconfig(folder: Path) -> Path:
    """fonts.conf in `folder`, written only when it is not already there as it should be."""
    config = folder / "fonts.conf"
    text = fontconfig_text()
    try:
        if config.read_text(encoding="utf-8") == text:
            return config
    except (OSError, UnicodeDecodeError):
        pass
    partial = config.with_name(f"fonts.conf.{os.getpid()}.tmp")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, config)
    return config
