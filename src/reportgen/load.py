"""Reading a data file into a `Report`; every failure becomes a Chinese `ReportgenError`."""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .days import missing_iso_day
from .errors import ReportgenError
from .files import read_bytes
from .lazyregex import lazy_compile
from .model import Report
from .paths import UNION_TAGS, describe_path, json_path

# A report is a few thousand characters; anything far larger is a wrong file.
MAX_DATA_BYTES = 5 * 1024 * 1024


def read_text(path: Path) -> str:
    """The file's text: UTF-8 (with or without BOM), or GB18030 as Windows Notepad saves it."""
    return read_text_and_encoding(path)[0]


def read_text_and_encoding(path: Path) -> tuple[str, str]:
    """The file's text and the encoding it was in (utf-8, utf-8-sig, gb18030), which a
    rewrite of the file keeps."""
    raw = read_bytes(
        path,
        "数据文件",
        "请检查年份或文件名；数据文件一般放在 data/ 目录下，如 data/2023.json。",
        MAX_DATA_BYTES,
    )
    try:
        return decode_text(raw)
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
        report = Report.model_validate_json(text)
    except ValidationError as exc:
        invalid = [error for error in exc.errors() if error["type"] == "json_invalid"]
        if invalid:
            raise _json_syntax_error(text, source, str(invalid[0]["ctx"]["error"])) from None
        raise ReportgenError(
            f"{source} 有 {exc.error_count()} 处不符合报告数据格式：\n"
            + "\n".join(describe_error(error) for error in exc.errors()),
            hint="请按提示修改数据文件后重试；字段说明见 README。",
        ) from None
    refuse_duplicate_keys(text, source)
    return report


def load_report(path: Path) -> Report:
    return parse_report(read_text(path), str(path))


# What pydantic's JSON parser (jiter) says where Python's json module cannot follow:
# it stops at 4300 digits and at its own recursion limit, with an exception of another kind.
_JITER = lazy_compile(r"^(?P<what>.+) at line (?P<line>\d+) column (?P<column>\d+)$")
_JITER_REASONS = {
    "number out of range": "数字太长",
    "recursion limit exceeded": "方括号或花括号嵌套太深",
}


def _json_syntax_error(text: str, source: str, reason: str) -> ReportgenError:
    jiter = _JITER.match(reason)
    if jiter and jiter["what"] in _JITER_REASONS:
        return ReportgenError(
            f"{source} 第 {jiter['line']} 行第 {jiter['column']} 列：JSON 格式错误"
            f"（{_JITER_REASONS[jiter['what']]}），不像是报告数据。",
            hint="请确认选择了正确的文件；报告的年份等数字只有几位，结构只有几层。",
        )
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        line = _line(text, exc.lineno)
        return ReportgenError(
            f"{source} 第 {exc.lineno} 行第 {exc.colno} 列：JSON 格式错误（{_json_reason(exc.msg)}）。"
            + (f"\n  {line.strip()}" if line.strip() else ""),
            hint='常见原因：漏了逗号、多了逗号、引号不成对，或用了中文引号“”代替英文引号""。',
        )
    except (ValueError, RecursionError):
        pass  # limits of Python's parser that pydantic's does not share
    # pydantic and json disagree only on exotic input (e.g. lone surrogates).
    return ReportgenError(f"{source} 不是有效的 JSON 文件。")


def _line(text: str, number: int) -> str:
    """Line `number` as JSON counts lines: only "\n" ends one (str.splitlines also breaks
    at U+2028, \x1c and others, and then the count is off); "" past the end, where a file
    cut off after its last line break has its error."""
    lines = text.split("\n")
    return lines[number - 1].rstrip("\r") if 0 < number <= len(lines) else ""


class _Duplicate(Exception):
    def __init__(self, key: str, position: int = 0) -> None:
        self.key = key
        self.position = position


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) < len(pairs):
        raise _Duplicate("")
    return result


def refuse_duplicate_keys(text: str, source: str) -> None:
    """A key twice in one object is an error, not a warning: JSON readers keep only
    the last value, so the first (a whole part, perhaps) vanishes, and the report the
    rules see no longer holds it."""
    try:
        json.loads(text, object_pairs_hook=_no_duplicates)
        return
    except _Duplicate:
        pass
    except (ValueError, RecursionError):
        return  # pydantic has accepted the text; Python's parser has stricter limits
    try:
        _walk(text, 0)
        return  # not reached: the walk finds what the hook found
    except _Duplicate as duplicate:
        line = text.count("\n", 0, duplicate.position) + 1
        raise ReportgenError(
            f'{source} 第 {line} 行：字段 "{duplicate.key}" 在同一个对象里出现了两次，'
            "读取时只保留后一个，前一个的内容会丢失。",
            hint=f'请把两处 "{duplicate.key}" 的内容合并到一处，或删除多余的一处。',
        ) from None


_SPACE = lazy_compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _skip(text: str, position: int) -> int:
    return _SPACE.match(text, position).end()  # type: ignore[union-attr]  # always matches


def _walk(text: str, position: int) -> int:
    """The end of the JSON value at `position`; raises _Duplicate at a repeated key.

    Python's json module tells an object hook nothing about positions, so the text is
    walked once more (valid by now) to say on which line the second key stands.
    """
    position = _skip(text, position)
    opening = text[position]
    if opening not in "{[":
        return _DECODER.raw_decode(text, position)[1]
    closing = "}" if opening == "{" else "]"
    keys: set[str] = set()
    position = _skip(text, position + 1)
    while text[position] != closing:
        if opening == "{":
            key, after = _DECODER.raw_decode(text, position)
            if key in keys:
                raise _Duplicate(key, position)
            keys.add(key)
            position = _skip(text, after) + 1  # the colon
        position = _skip(text, _walk(text, position))
        if text[position] == ",":
            position = _skip(text, position + 1)
    return position + 1


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
    "too_long": "最多 {max_length} 项（编号写到九十九为止），请合并或分组",
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
    if kind.startswith("date") and (why := missing_iso_day(error.get("input"))):
        # 2025-02-30 is written the right way, but no such day exists: say so.
        message = f"日期“{error['input']}”不存在：{why}；请核对成文日期"
    if not loc:
        return f"  - 整个文件：{message}（数据文件的最外层应是一个对象 {{ }}）"
    return f"  - {json_path(loc)}（{describe_path(loc)}）：{message}"
