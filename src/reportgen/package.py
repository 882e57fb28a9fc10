"""A .docx read safely before python-docx sees it: inflation bounded while it happens,
member names that stay inside the package, XML parts without a DTD.

Used for templates (template/read.py) and for imported .docx files (`check_docx`).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections import Counter
from xml.parsers import expat

from .errors import ReportgenError
from .lazyregex import lazy_compile

# A template is a few dozen KB; python-docx's own default is under 1 MB unpacked.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
CONTENT_TYPES = "[Content_Types].xml"
_RESAVE = "请在 Word 或 WPS 中打开它，另存为“Word 文档（*.docx）”后再用。"
_UNSAFE_NAME = lazy_compile(r"^[/\\]|\\|(^|/)\.\.(/|$)|^[A-Za-z]:|[\x00-\x1f]")


def unpack(data: bytes, label: str, limit: int = MAX_UNPACKED_BYTES) -> list[tuple[str, bytes]]:
    """Every member's name and bytes, in the zip's order. `label` names the file in
    messages (模板 x.docx).

    Sizes are counted while inflating, not taken from the zip's headers, which a
    zip bomb can falsify.
    """
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise ReportgenError(
            f"{label} 不是有效的 .docx 文件（不是 zip 压缩包，或设置了打开密码）。", hint=_RESAVE
        ) from None
    members = []
    unpacked = 0
    with package:
        for info in package.infolist():
            if info.flag_bits & 0x1:
                raise ReportgenError(
                    f"{label} 中的 {info.filename} 是加密的，无法读取。", hint=_RESAVE
                )
            chunks = []
            try:
                with package.open(info) as stream:
                    while chunk := stream.read(1 << 20):
                        unpacked += len(chunk)
                        if unpacked > limit:
                            raise ReportgenError(
                                f"{label} 解压后超过 {limit >> 20} MB，拒绝使用"
                                "（可能是恶意构造的压缩包）。"
                            )
                        chunks.append(chunk)
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError):
                raise ReportgenError(
                    f"{label} 已损坏：其中的 {info.filename} 无法解压。", hint=_RESAVE
                ) from None
            members.append((info.filename, b"".join(chunks)))
    return members


def package_problems(members: list[tuple[str, bytes]]) -> list[str]:
    """What no .docx that Word or WPS saved has, whatever it is used for, in Chinese,
    one line each: what it is and why it matters."""
    names = [name for name, _ in members]
    problems = [
        f"压缩包中的 {name!r} 指向压缩包以外（绝对路径或 ../）：Word 保存的文件不会这样，"
        "这样的文件可能是恶意构造的。"
        for name in names
        if _UNSAFE_NAME.search(name)
    ]
    problems += [
        f"压缩包中 {name} 出现了 {count} 次：无法确定该用哪一个，这样的文件可能是恶意构造的。"
        for name, count in Counter(names).items()
        if count > 1
    ]
    if CONTENT_TYPES not in names:
        problems.append(f"缺少 {CONTENT_TYPES}：这不是 Word 或 WPS 保存的 .docx 文件。")
    parts = dict(members)
    checked = [name for name in names if name.lower().endswith((".xml", ".rels"))]
    for name in checked:
        problem = _xml_problem(parts[name])
        if problem:
            problems.append(f"{name} {problem}")
    if CONTENT_TYPES in parts and not problems:
        # A package may give any part an XML content type whatever its name.
        from .render.ooxml import xml_parts

        for name in sorted(xml_parts(parts[CONTENT_TYPES], names) - set(checked)):
            problem = _xml_problem(parts[name])
            if problem:
                problems.append(f"{name} {problem}")
    return problems


def check_docx(data: bytes, label: str) -> list[tuple[str, bytes]]:
    """The members of a .docx, or a ReportgenError that lists what makes it unusable
    (a broken or inflating zip, names outside the package, XML with a DTD)."""
    members = unpack(data, label)
    problems = package_problems(members)
    if problems:
        raise ReportgenError(
            f"{label} 不能使用：\n" + "\n".join(f"  - {p}" for p in problems), hint=_RESAVE
        )
    return members


class _HasDoctype(Exception):
    pass


def _xml_problem(data: bytes) -> str | None:
    """Why an XML part cannot be used, or None. A DOCTYPE stops the parse before any
    entity is declared, so entity bombs and external entities never expand."""

    def refuse(*_: object) -> None:
        raise _HasDoctype

    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = refuse
    try:
        parser.Parse(data, True)
    except _HasDoctype:
        return (
            "含有文档类型定义（DTD，<!DOCTYPE …>）：DTD 可以用来读取本机文件或耗尽内存，"
            "Word 和 WPS 保存的文件从不含 DTD，出于安全考虑不予使用。"
        )
    except expat.ExpatError as exc:
        return f"不是格式正确的 XML（第 {exc.lineno} 行第 {exc.offset + 1} 列出错）：文件已损坏。"
    return None
