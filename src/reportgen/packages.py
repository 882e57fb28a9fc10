"""Opening a Word package (.docx, a zip) without trusting it.

A zip's headers can claim any size: a 2 MB file may inflate to gigabytes. So every
member is inflated here in bounded chunks and counted before python-docx, which
inflates whole members into memory, ever sees the package. XML parts that declare a
DTD are refused too: Word never writes one, and an entity it declares would either
be fetched (external) or break the output (copied as an unresolved reference).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from .errors import ReportgenError

# Word's own packages of a report are a few hundred KB unpacked; pictures add little
# more than their size on disk, which the callers bound (20 MB).
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
_CHUNK = 1 << 20
_DOCTYPE = b"<!DOCTYPE"


def check_package(data: bytes, path: Path, what: str) -> None:
    """Refuse a package that is no zip, inflates past the limit, or carries a DTD.

    `what` names the file in the messages: 报告文件, 模板.
    """
    hint = "请在 Word 或 WPS 中打开它，另存为“Word 文档（*.docx）”后重试。"
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile):
        raise ReportgenError(f"{what} {path} 不是有效的 Word 文档（.docx）。", hint=hint) from None
    try:
        with package:
            _inflate_each(package, path, what, hint)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError):
        # A bad CRC, a corrupt or truncated deflate stream, a compression zipfile lacks.
        raise ReportgenError(f"{what} {path} 已损坏，无法解压。", hint=hint) from None


def _inflate_each(package: zipfile.ZipFile, path: Path, what: str, hint: str) -> None:
    unpacked = 0
    for member in package.infolist():
        xml = member.filename.lower().endswith((".xml", ".rels"))
        tail = b""
        with package.open(member) as stream:
            while chunk := stream.read(_CHUNK):
                unpacked += len(chunk)
                if unpacked > MAX_UNPACKED_BYTES:
                    raise ReportgenError(
                        f"{what} {path} 解压后超过 {MAX_UNPACKED_BYTES >> 20} MB，"
                        "拒绝读取（可能是恶意构造的压缩包）。",
                        hint="请确认文件来源；正常的报告解压后只有几 MB。",
                    )
                if xml and _DOCTYPE in tail + chunk:
                    raise ReportgenError(
                        f"{what} {path} 的 {member.filename} 含有文档类型声明（DTD），"
                        "Word 保存的文件不会有它，出于安全考虑拒绝读取。",
                        hint=hint,
                    )
                tail = chunk[-len(_DOCTYPE) :]
