"""Fields a template may not carry: those that make Word read another file or address,
or run a command, when the document is opened, its fields updated, or it is clicked or
printed. Every field type of ECMA-376 Part 1 §17.16.5 was gone through; those below
are the ones that reach outside the document (the others show the document's own
properties, dates, numbers, references and form fields). Mail merge, which reads a
data source through the fields MERGEFIELD, NEXT …, is refused where it is set up:
settings.xml's w:mailMerge (template/read.py).
"""

from __future__ import annotations

import re
from functools import cache

from ..lazyregex import lazy_compile

# Field type → (what the field does, why that is refused), in the clerk's words.
_READS_ELSEWHERE = ("读取外部内容", "Word 打开或更新域时会去读取别处的文件或网址")
REFUSED_FIELDS: dict[str, tuple[str, str]] = {
    "INCLUDEPICTURE": _READS_ELSEWHERE,
    "INCLUDETEXT": _READS_ELSEWHERE,
    "INCLUDE": _READS_ELSEWHERE,  # Word's older names for INCLUDETEXT and INCLUDEPICTURE
    "IMPORT": _READS_ELSEWHERE,
    "LINK": ("链接外部文件", "Word 更新链接时会启动另一个程序去读取别处的文件"),
    "DDE": ("与其他程序交换数据（DDE）", "Word 打开文件或更新域时会启动其他程序，可借此运行命令"),
    "DDEAUTO": ("与其他程序交换数据（DDE）", "Word 打开文件时就会启动其他程序，可借此运行命令"),
    "DATABASE": (
        "查询数据库",
        "Word 更新域时会连接它指定的数据库（本机文件或网络服务器）并执行其中的查询",
    ),
    "RD": ("引用其他文档", "生成目录或索引时 Word 会读取它指定的另一个文件"),
    "MACROBUTTON": ("运行宏", "双击时会运行宏或 Word 命令"),
    "PRINT": ("向打印机发送指令", "打印时会把其中的指令原样发给打印机"),
}
# Links that are only followed when clicked, to a web page or a mail address. A file:
# or \\server link makes Windows open the path and hand the server the clerk's login.
PLAIN_LINK = lazy_compile(r"^(https?://|mailto:)", re.IGNORECASE)
_TOKEN = lazy_compile(r'"((?:\\.|[^"\\])*)"?|(\S+)')
_SWITCH = lazy_compile(r"\\[A-Za-z*#@!]")
_SWITCHES_WITH_ARGUMENT = {"\\l", "\\o", "\\t", "\\*", "\\#", "\\@"}


@cache
def _type() -> re.Pattern[str]:
    """A field's type: its first word; a quotation mark before it is skipped, a field
    nested right at it or inside it (INCLUDE{ QUOTE "TEXT" }) is caught. Compiled on
    first use: the marker comes from the OOXML layer, which loads python-docx."""
    from ..render.ooxml import NESTED_FIELD

    return re.compile(rf'\s*"?\s*([A-Za-z]*)({NESTED_FIELD})?')


def field_problems(part: str, codes: list[str]) -> list[str]:
    """Why each refused field among a part's field codes is refused, one line each."""
    from ..render.ooxml import NESTED_FIELD

    problems = []
    for code in codes:
        found = _type().match(code)
        kind = found.group(1).upper() if found else ""
        if found and found.group(2):
            problems.append(
                f"{part} 含有一个类型由嵌套域生成的域（{{ {{…}} … }}）：Word 保存的普通文件"
                "不会这样写，这是隐藏危险域的手法，出于安全考虑不予使用。"
            )
        elif kind in REFUSED_FIELDS:
            what, why = REFUSED_FIELDS[kind]
            problems.append(f"{part} 含有{what}的域 {kind}：{why}，出于安全考虑不予使用。")
        elif kind == "HYPERLINK" and not PLAIN_LINK.match(target := hyperlink_target(code) or ""):
            shown = target.replace(NESTED_FIELD, "{…}")
            if shown:  # a link to a bookmark in the document opens nothing
                problems.append(
                    f"{part} 中的超链接域指向 {shown}：这是本机文件或网络共享，点击时 Windows"
                    " 会打开它，并可能把登录信息发给对方服务器。请改为网址（http、https）或删去。"
                )
    return sorted(set(problems))


def hyperlink_target(code: str) -> str | None:
    """What a HYPERLINK field's code opens, or None when it only jumps to a bookmark
    (\\l) inside the document. Quoted text has \\\\ for a backslash and \\" for a quote."""
    tokens = [
        (quoted.replace('\\"', '"').replace("\\\\", "\\"), False)
        if quoted is not None
        else (bare, True)
        for quoted, bare in ((match.group(1), match.group(2)) for match in _TOKEN.finditer(code))
    ][1:]  # the type itself
    skip = False
    for text, bare in tokens:
        if skip:
            skip = False
        elif bare and _SWITCH.fullmatch(text):
            skip = text.lower() in _SWITCHES_WITH_ARGUMENT
        elif text:
            return text
    return None
