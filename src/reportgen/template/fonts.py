"""The fonts the template names, as its font table describes them to Word.

Word keeps a font the PC lacks by the name the document uses and draws it with a
substitute chosen from this description: the alternate name first, then character
set, family, pitch and PANOSE. Current Windows ships 仿宋 and 楷体 but not the
_GB2312 fonts that GB/T 9704 names, hence their alternate names. Figures as Word
itself writes them for these fonts (docs/layout.md, 'Fonts').
"""

from __future__ import annotations

from ..render import gongwen
from ..render.ooxml import FontEntry

_GB2312_SIGNATURE = ("00000001", "080E0000", "00000000", "00000000", "00040000", "00000000")

FONT_TABLE = [
    FontEntry(
        gongwen.LATIN,
        charset="00",
        family="roman",
        pitch="variable",
        panose="02020603050405020304",
        signature=("E0002AFF", "C0007841", "00000009", "00000000", "000001FF", "00000000"),
    ),
    FontEntry(
        gongwen.FANGSONG,
        charset="86",
        family="modern",
        pitch="fixed",
        alt_name="仿宋",
        panose="02010609030101010101",
        signature=_GB2312_SIGNATURE,
    ),
    FontEntry(
        gongwen.XIAOBIAOSONG,
        charset="86",
        # A Song (Ming) face: family roman leads a substitute to 宋体; the font's own
        # PANOSE (03…, "hand-written") would lead it to a script face, so none is given.
        family="roman",
        pitch="variable",
        signature=_GB2312_SIGNATURE,
    ),
    FontEntry(
        gongwen.KAITI,
        charset="86",
        family="modern",
        pitch="fixed",
        alt_name="楷体",
        panose="02010609030101010101",
        signature=_GB2312_SIGNATURE,
    ),
    FontEntry(
        gongwen.HEITI,
        charset="86",
        family="modern",
        pitch="fixed",
        alt_name="SimHei",
        panose="02010609060101010101",
        signature=("800002BF", "38CF7CFA", "00000016", "00000000", "00040001", "00000000"),
    ),
    FontEntry(
        gongwen.SONGTI,
        charset="86",
        family="auto",
        pitch="variable",
        alt_name="SimSun",
        panose="02010600030101010101",
        signature=("00000003", "288F0000", "00000016", "00000000", "00040001", "00000000"),
    ),
]
