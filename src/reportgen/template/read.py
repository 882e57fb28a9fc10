"""A template file read for use: refused, with what and why, when it is not a plain
.docx or carries anything that reaches outside it or runs code.

Refused rather than stripped: what a county put in its template (a linked logo, a
field) would vanish without a word, and the same template is used every year, so
fixing it once in Word is better than losing part of it on every build.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ReportgenError
from ..files import read_bytes
from ..lazyregex import lazy_compile
from ..package import package_problems, unpack
from .fields import PLAIN_LINK, field_problems

if TYPE_CHECKING:  # python-docx loads only when a template is read
    from ..render.ooxml import Relationship

TEMPLATE_PATH = Path("templates/report.docx")
MAX_TEMPLATE_BYTES = 20 * 1024 * 1024
_MACROS = lazy_compile(r"(^|/)(vbaProject\.bin|vbaData\.xml)$", re.IGNORECASE)
_ACTIVE = lazy_compile(r"(^|/)(activeX/|embeddings/.*\.bin$)", re.IGNORECASE)
_ACTIVE_TYPES = lazy_compile(r"macroEnabled|vbaProject|activeX|oleObject", re.IGNORECASE)
# Hyperlinks to web pages are only followed when clicked; LibreOffice does not fetch
# them for a PDF. Other links and fields that reach outside: template/fields.py.
_KINDS = {
    "image": "图片",
    "attachedTemplate": "附加模板",
    "oleObject": "嵌入对象",
    "frame": "框架",
    "subDocument": "子文档",
    "aFChunk": "外部内容块（altChunk）",
    "hyperlink": "超链接",
}
_HINT = "运行 reportgen template check 模板文件 查看详情，或不指定 --template 使用默认模板。"


def read_template(path: Path | None) -> bytes:
    """The template's bytes: the given file, else templates/report.docx, else the built-in one."""
    if path is None:
        if not TEMPLATE_PATH.is_file():
            from .make import make_template

            return make_template()
        path = TEMPLATE_PATH
    data = read_template_bytes(path)
    problems = template_problems(data, f"模板 {path}")
    if problems:
        raise ReportgenError(
            f"模板 {path} 不能使用：\n" + "\n".join(f"  - {p}" for p in problems), hint=_HINT
        )
    return data


def read_template_bytes(path: Path) -> bytes:
    return read_bytes(
        path,
        "模板文件",
        "请检查路径；不指定 --template 时使用 templates/report.docx。",
        MAX_TEMPLATE_BYTES,
    )


@lru_cache(maxsize=8)
def template_problems(data: bytes, label: str) -> tuple[str, ...]:
    """Why a template's package cannot be used, in Chinese, one line each (empty: it
    can). A zip that cannot be read at all, or inflates too far, raises instead.

    Cached: `build --all` reads the same template for every report."""
    members = unpack(data, label)
    problems = package_problems(members)
    if problems:  # malformed XML: nothing further can be read from it safely
        return tuple(problems)
    names = [name for name, _ in members]
    if "word/document.xml" not in names:
        problems.append("缺少 word/document.xml：这不是 Word 文档。")
    for name, part in members:
        problems += _active_content(name, part)
    return tuple(problems)


def _active_content(name: str, part: bytes) -> list[str]:
    """Macros, controls, embedded objects, external links and fetching fields in one part."""
    from ..render import ooxml

    if _MACROS.search(name):
        return [f"含有宏（{name}）：宏能在打开文件时运行程序，出于安全考虑不予使用。"]
    if _ACTIVE.search(name):
        return [f"含有 ActiveX 控件或嵌入对象（{name}）：它们能运行程序，出于安全考虑不予使用。"]
    if name == ooxml.CONTENT_TYPES:
        return [
            f"{name} 声明了宏或控件（{kind}）：出于安全考虑不予使用。"
            for kind in ooxml.content_types(part)
            if _ACTIVE_TYPES.search(kind)
        ]
    if name.lower().endswith(".rels"):
        return [_link_problem(name, link) for link in ooxml.relationships(part) if _refused(link)]
    if not (name.startswith("word/") and name.lower().endswith(".xml")):
        return []
    problems = []
    if _may_hold(part, b"instrText", b"InstrText", b"fldSimple"):
        problems += field_problems(name, ooxml.field_codes(part))
    if _may_hold(part, b"mailMerge") and ooxml.has_mail_merge(part):
        problems.append(
            f"{name} 把文档设成了邮件合并的主文档：Word 打开它时会连接其中的数据源"
            "（本机文件、数据库或网络服务器）并执行查询，出于安全考虑不予使用。"
            "请在 Word 的“邮件 › 开始邮件合并”中选“普通 Word 文档”后保存。"
        )
    return problems


def _may_hold(part: bytes, *names: bytes) -> bool:
    """Whether a part can hold one of these elements: parsing only those keeps a build
    fast. A part in UTF-16 (never saved so by Word, but valid XML) is always parsed."""
    return any(name in part for name in names) or part.startswith((b"\xff\xfe", b"\xfe\xff"))


def _refused(link: Relationship) -> bool:
    if link.kind == "aFChunk":
        return True
    if not link.external:
        return False
    return not (link.kind == "hyperlink" and PLAIN_LINK.match(link.target))


def _link_problem(rels: str, link: Relationship) -> str:
    kind = _KINDS.get(link.kind, f"内容（{link.kind}）")
    if link.kind == "hyperlink":
        return (
            f"{rels} 中的超链接 {link.target} 指向本机或网络共享：点击时 Windows 会打开它，"
            "并可能把登录信息发给对方服务器。请改为网址（http、https）或删去。"
        )
    if link.kind == "aFChunk":
        return (
            f"含有 altChunk（{rels} 中的 {link.target}）：把另一种格式的文档原样嵌入，打开时"
            "会按其中的地址读取外部内容，出于安全考虑不予使用。请把这部分改为普通文字。"
        )
    return (
        f"{rels} 引用了外部{kind} {link.target}：生成 PDF 时 LibreOffice 会去读取它，"
        "生成的公文也会带着这个链接。请在 Word 中改为嵌入"
        "（插入图片时不要选“链接到文件”），或删去它。"
    )
