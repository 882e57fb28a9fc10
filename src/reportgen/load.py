"""Reading a data file into a `Report`; every failure becomes a Chinese `ReportgenError`."""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .errors import ReportgenError
from .files import read_bytes
from .model import Report
from .paths import UNION_TAGS, describe_path, json_path

# A report is a few thousand characters; anything far larger is a wrong file.
MAX_DATA_BYTES = 5 * 1024 * 1024


def read_text(path: Path) -> str:
    """The file's text: UTF-8 (with or without BOM), or GB18030 as Windows Notepad saves it."""
    raw = read_bytes(
        path,
        "数据文件",
        "请检查年份或文件名；数据文件一般放在 data/ 目录下，如 data/2023.json。",
        MAX_DATA_BYTES,
    )
    try:
        return decode_text(raw)[0]
    except UnicodeDecodeError as exc:
        raise ReportgenError(
            f"{path} 的编码无法识别（第 {exc.start + 1} 个字节）。",
            hint="请用记事本或 VS Code 将文件另存为 UTF-8 编码。",
        ) from None


def decode_text(raw: bytes) -> tuple[str, str]:
    """Text as Windows saves it: UTF-8 with or without BOM, else GB18030 (Notepad's ANSI
    on a Chinese system); with the encoding found. Raises UnicodeDecodeError."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def parse_report(text: str, source: str) -> Report:
    """Validate JSON text as a report; `source` names the file in messages."""
    try:
        return Report.model_validate_json(text)
    except ValidationError as exc:
        if any(error["type"] == "json_invalid" for error in exc.errors()):
            raise _json_syntax_error(text, source) from None
        raise ReportgenError(
            f"{source} 有 {exc.error_count()} 处不符合报告数据格式：\n"
            + "\n".join(describe_error(error) for error in exc.errors()),
            hint="请按提示修改数据文件后重试；字段说明见 README。",
        ) from None


def load_report(path: Path) -> Report:
    return parse_report(read_text(path), str(path))


def _json_syntax_error(text: str, source: str) -> ReportgenError:
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        line = text.splitlines()[exc.lineno - 1] if text.strip() else ""
        return ReportgenError(
            f"{source} 第 {exc.lineno} 行第 {exc.colno} 列：JSON 格式错误（{_json_reason(exc.msg)}）。"
            + (f"\n  {line.strip()}" if line.strip() else ""),
            hint='常见原因：漏了逗号、多了逗号、引号不成对，或用了中文引号“”代替英文引号""。',
        )
    # pydantic and json disagree only on exotic input (e.g. lone surrogates).
    return ReportgenError(f"{source} 不是有效的 JSON 文件。")


_JSON_REASONS = {
    "Expecting value": "此处缺少值，或文件为空",
    "Expecting ',' delimiter": "缺少逗号",
    "Expecting ':' delimiter": "缺少冒号",
    "Expecting property name enclosed in double quotes": "字段名应当用英文双引号括起来，或多了一个逗号",
    "Unterminated string starting at": "引号没有闭合",
    "Extra data": "数据结束后还有多余内容",
    "Invalid control character at": "文字中有换行或控制字符，请用 \\n 表示换行",
    "Invalid \\escape": "反斜杠 \\ 用法不对",
}


def _json_reason(message: str) -> str:
    for english, chinese in _JSON_REASONS.items():
        if message.startswith(english):
            return chinese
    return message


_MESSAGES = {
    "missing": "缺少必填字段",
    "extra_forbidden": "不认识的字段，请检查拼写或删除它",
    "string_type": "应为文字（用英文双引号括起来）",
    "int_type": "应为整数，如 2023",
    "bool_type": "应为 true 或 false",
    "list_type": "应为列表（用方括号 [ ] 括起来）",
    "model_type": "应为对象（用花括号 {{ }} 括起来）",
    "model_attributes_type": "应为对象（用花括号 {{ }} 括起来）",
    "dict_type": "应为对象（用花括号 {{ }} 括起来）",
    "date_type": "日期应写成 YYYY-MM-DD，如 2024-01-28",
    "date_parsing": "日期应写成 YYYY-MM-DD，如 2024-01-28",
    "date_from_datetime_parsing": "日期应写成 YYYY-MM-DD，如 2024-01-28",
    "date_from_datetime_inexact": "日期应写成 YYYY-MM-DD，如 2024-01-28",
    "greater_than_equal": "应不小于 {ge}",
    "less_than_equal": "应不大于 {le}",
    "too_short": "至少需要 {min_length} 项",
    "enum": "应为以下之一：{expected}",
    "union_tag_not_found": "应为一段文字（字符串）或一组要点（对象）",
}


def describe_error(error: Any) -> str:
    """One pydantic error as `  - parts[1].heading（二、的标题）：不能为空`."""
    loc = tuple(key for key in error["loc"] if key not in UNION_TAGS)
    kind = error["type"]
    template = _MESSAGES.get(kind)
    # Errors without a template are our own PydanticCustomError texts, Chinese already.
    message = str(error["msg"]) if template is None else template.format(**error.get("ctx", {}))
    if not loc:
        return f"  - 整个文件：{message}（数据文件的最外层应是一个对象 {{ }}）"
    return f"  - {json_path(loc)}（{describe_path(loc)}）：{message}"
