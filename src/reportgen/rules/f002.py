"""F002: the organ and the title make a file name of at most 255 bytes (79 Chinese
characters); a longer one is cut short."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from ..naming import STEM_BYTES, too_long
from .base import Finding, Rule, Severity, TextField
from .cases import data, wrong_right


class FileNameLength(Rule):
    code = "F002"
    severity = Severity.WARNING
    summary = "发文机关和标题合起来不宜超过 79 个汉字（文件名最多 255 字节）"
    explanation = "文件名最多 255 个字节（一个汉字占 3 个字节）。发文机关和标题太长时，文件名会被截短，在文件夹里不好辨认。"
    example = wrong_right(
        "发文机关和标题合起来有 90 多个汉字。",
        "精简标题，或在数据中写较短的发文机关名称。",
        data(title="关于2023年" + "法治政府建设" * 12 + "情况的报告"),
        data(),
    )
    triggers = (data(title="关于2023年" + "法治政府建设" * 12 + "情况的报告"),)
    clean = (data(title="关于2023年" + "法治政府建设" * 9 + "情况的报告"),)

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
