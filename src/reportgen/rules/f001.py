"""F001: the organ and the title name the output file: no character a file name cannot hold."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from ..naming import unsafe_characters
from .base import Finding, Rule, Severity, TextField
from .cases import data, wrong_right

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
    explanation = "发文机关和标题合起来就是生成文件的文件名。斜杠、冒号、问号、星号、引号、尖括号、竖线和换行在 Windows 文件名里不能用，斜杠还会把文件写到别的目录。程序生成文件名时会把它们换成“_”，但公文标题本身也不应含有这些字符。"
    example = wrong_right(
        "标题写成“关于2023年法治政府建设情况的报告/草稿”。",
        "关于2023年法治政府建设情况的报告",
        data(title="关于2023年法治政府建设情况的报告/草稿"),
        data(title="关于2023年法治政府建设情况的报告"),
    )
    triggers = (
        data(organ="../../../tmp/evil/柏山镇人民政府"),
        data(organ="柏山镇\n人民政府"),
        data(organ="柏山镇人民政府\x85"),
        data(title="关于2023年法治政府建设情况的报告<草稿>"),
    )
    clean = (
        data(organ="柏山镇人民政府（街道办事处）"),
        data(title="关于2023年法治政府建设情况的报告：补充说明"),
    )

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
