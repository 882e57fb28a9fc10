"""The organ and the title name the output file: they must make a file name."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from ..naming import STEM_BYTES, too_long, unsafe_characters
from .base import Finding, Rule, Severity, TextField

_FIELD_NAMES = {"organ": "发文机关", "title": "标题"}
_CHARACTER_NAMES = {
    "\n": "换行",
    "\r": "回车",
    "\t": "制表符",
    "\u2028": "换行",
    "\u2029": "分段符",
}


def _shown(char: str) -> str:
    if char in _CHARACTER_NAMES:
        return _CHARACTER_NAMES[char]
    return f"“{char}”" if char.isprintable() else f"控制字符 U+{ord(char):04X}"


class FileNameCharacters(Rule):
    code = "F001"
    severity = Severity.ERROR
    summary = "发文机关和标题用作输出文件名，不能含有斜杠、冒号、问号、星号、引号、尖括号、竖线或换行等控制字符"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for key, text in (("organ", report.organ), ("title", report.title)):
            if not text:
                continue
            unsafe = unsafe_characters(text)
            if not unsafe:
                continue
            shown = "、".join(_shown(char) for char in unsafe)
            yield self.finding(
                (key,),
                text if len(text) <= 40 else f"{text[:40]}……",
                f"{_FIELD_NAMES[key]}里有不能用在文件名中的字符：{shown}。"
                "生成的文件以发文机关和标题命名，这些字符会被换成“_”。",
                "删除这些字符；需要的标点请用全角，如“：”“？”“／”。",
            )


class FileNameLength(Rule):
    code = "F002"
    severity = Severity.WARNING
    summary = "发文机关和标题合起来不宜超过 79 个汉字（文件名最多 255 字节）"

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        name = report.document_name
        if not too_long(name):
            return
        yield self.finding(
            ("title",) if report.title else ("organ",),
            name[:30] + "……",
            f"发文机关和标题合起来有 {len(name.encode('utf-8'))} 个字节，"
            f"文件名里最多容纳 {STEM_BYTES} 个字节，生成的文件名会被截短。",
            "缩短标题；或在生成时用 -o 指定文件名。",
        )
