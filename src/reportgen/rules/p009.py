"""P009: characters a reader cannot see: zero-width spaces and text-direction controls.

They come in with text copied from web pages and chat tools. Printed, they show
nothing, or (direction controls) show the text in another order than it is stored;
they break searching and comparing the text, and are never meant in a report.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Case, Finding, Fix, Rule, Severity, TextField
from .cases import MEASURES, text, wrong_right
from .matching import excerpt

_DIRECTION = "文字方向控制符"
_NAMES = {
    "\u200b": "零宽空格",
    "\u200c": "零宽非连接符",
    "\u200d": "零宽连接符",
    "\u2060": "零宽不换行符",
    "\ufeff": "零宽不换行空格（BOM）",
    "\u00ad": "软连字符",
    "\u180e": "蒙古文元音分隔符",
    **{chr(code): _DIRECTION for code in [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F)]},
    **{chr(code): _DIRECTION for code in range(0x2066, 0x206A)},
}


def _invisible(char: str) -> bool:
    # Unicode's format characters (Cf) are exactly the ones that occupy no space; DEL and
    # the C1 controls (U+0080–U+009F: text decoded in the wrong encoding; U+009B is a
    # terminal's ESC [) show nothing either. The model refuses the C0 ones outright.
    return char in _NAMES or unicodedata.category(char) == "Cf" or "\x7f" <= char <= "\x9f"


class InvisibleCharacters(Rule):
    code = "P009"
    severity = Severity.WARNING
    summary = "文字中不应有看不见的字符：零宽空格、文字方向控制符等"
    fixable = True
    explanation = "零宽空格、文字方向控制符（如 U+202E）、控制字符（如 U+009B，多是编码弄错时带进来的）等字符看不见，却会打乱排版、搜索和比对，从网页或聊天软件复制文字时常被带进来。规则找出它们，--fix 删除。全角空格和“·”是看得见的字符，不算。"
    example = wrong_right(
        "全年开展\u200b法治宣传。（“开展”后藏着一个零宽空格）",
        "全年开展法治宣传。",
        Case(((MEASURES, "全年开展\u200b法治宣传。"),)),
    )
    triggers = (
        text("全年开展\u200b法治宣传。", "全年开展法治宣传。"),
        text("依法\u202e行政\u202c。", "依法行政。"),
        text("\ufeff全年开展法治宣传。", "全年开展法治宣传。"),
        text("全年开展\x9b法治宣传。", "全年开展法治宣传。"),  # C1: a terminal's ESC [
        text("全年开展\x7f法治宣传\x85。", "全年开展法治宣传。"),
    )
    clean = (text("全年开展　法治宣传，推进“12·4”宪法宣传日。"),)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field in texts:
            for index, char in enumerate(field.text):
                if not _invisible(char):
                    continue
                name = _NAMES.get(char, "控制字符" if char <= "\x9f" else "不可见的格式字符")
                yield self.finding(
                    field.path,
                    excerpt(field.text, index, index + 1).replace(char, "▯"),
                    f"第 {index + 1} 个字符是看不见的{name}（U+{ord(char):04X}），"
                    "多是从网页或聊天软件复制时带进来的。",
                    "删除它（validate --fix 可自动删除）。",
                    Fix(field.path, index, index + 1, ""),
                )
