"""P009: characters a reader cannot see: zero-width spaces and text-direction controls.

They come in with text copied from web pages and chat tools. Printed, they show
nothing, or (direction controls) show the text in another order than it is stored;
they break searching and comparing the text, and are never meant in a report.

A string of nothing but such characters (and spaces) would be left blank by the fixes,
which the model refuses: it is one finding with no fix, telling the clerk to delete the
paragraph, as `validate --fix` leaves it alone (proofread.fixed_text).
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
    explanation = "零宽空格、文字方向控制符（如 U+202E）、控制字符（如 U+009B，多是编码弄错时带进来的）等字符看不见，却会打乱排版、搜索和比对，从网页或聊天软件复制文字时常被带进来。规则找出它们，--fix 删除。一段文字如果只有这类字符，删去后就成了空段，--fix 不改，只提示把这一段整段删去。全角空格和“·”是看得见的字符，不算。"
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
        # Only invisible characters: one finding, to delete the paragraph; no fix.
        text("\x7f\u200b", None),
        text("\u200b \u202e", None),
    )
    clean = (text("全年开展　法治宣传，推进“12·4”宪法宣传日。"),)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field in texts:
            seen = "".join(c for c in field.text if not _invisible(c))
            if not seen.strip() and seen != field.text:
                yield self._nothing_visible(field)
                continue
            for index, char in enumerate(field.text):
                if not _invisible(char):
                    continue
                yield self.finding(
                    field.path,
                    excerpt(field.text, index, index + 1).replace(char, "▯"),
                    f"第 {index + 1} 个字符是看不见的{_name(char)}（U+{ord(char):04X}），"
                    "多是从网页或聊天软件复制时带进来的。",
                    "删除它（validate --fix 可自动删除）。",
                    Fix(field.path, index, index + 1, ""),
                )

    def _nothing_visible(self, field: TextField) -> Finding:
        """Deleting its characters would leave nothing: the paragraph itself is to go."""
        hidden = [c for c in field.text if _invisible(c)]
        names = "、".join(dict.fromkeys(f"{_name(c)}（U+{ord(c):04X}）" for c in hidden))
        return self.finding(
            field.path,
            "".join("▯" if _invisible(c) else c for c in field.text[:20]),
            f"这段文字只有 {len(hidden)} 个看不见的字符：{names}，没有一个看得见的字，"
            "多是从网页或聊天软件复制时带进来的。",
            "把这一段整段删去（validate --fix 不会删除整段，请在数据文件中删去）；"
            "如这里本应有文字，就把文字写上。",
        )


def _name(char: str) -> str:
    return _NAMES.get(char, "控制字符" if char <= "\x9f" else "不可见的格式字符")
