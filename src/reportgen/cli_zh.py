"""The command line's own words in Chinese: help pages and usage errors.

typer 0.29 vendors click with its English texts written in as literals ("Usage: ",
"Show this message and exit.", "Got unexpected extra argument(s)"); only typer's own
headings and markers pass through gettext, and gettext chooses a catalogue from LANGUAGE,
LC_ALL or LANG, which a Windows PC does not set. So the texts are translated where they pass
through click's public hooks instead: every command's context makes a `ChineseHelpFormatter`
(click's documented `context_class`), usage lines get Chinese metavars, and `usage_message`
says each kind of usage error in Chinese from the exception's own fields. The English texts
are matched here, in one catalogue; `tests/test_help_zh.py` fails when typer changes them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

import typer

# typer's vendored click (typer._click, new in 0.26) is private: this module is the one
# place that reaches into it, and pyproject pins typer to the minor version it is tested on.
from typer._click import exceptions as click_errors
from typer._click.core import Command, Parameter
from typer._click.formatting import HelpFormatter
from typer.core import TyperGroup

__all__ = ["click_errors", "install", "usage_hint", "usage_message"]

# Headings and fixed texts of a help page.
HEADINGS = {"Usage": "用法", "Options": "选项", "Arguments": "参数", "Commands": "命令"}
HELP_TEXTS = {"Show this message and exit.": "显示本帮助并退出。"}
OPTIONS_METAVAR = "[选项]"
SUBCOMMAND_METAVAR = "命令 [参数]..."

# typer's names for the type of a value (`--data <path>`). Choices (`<text|json>`) are
# what the user types and stay as they are.
TYPE_NAMES = {
    "str": "文字",
    "int": "整数",
    "float": "数字",
    "path": "路径",
    "Path": "路径",  # a path read through a parser (cli_options.path_value)
    "file": "文件",
    "directory": "目录",
    "bool": "是或否",
    "datetime": "日期时间",
    "UUID": "编号",
}
_TYPE = re.compile(r"<([^<>]+)>")
_LIST = re.compile(r"^list\[(.*)\]$")

# The bracketed notes typer appends to a parameter's help: `[default: text; required]`.
_NOTES = re.compile(r"(?<!\s)\s*\[([^\[\]]*)\]$")
NOTES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^default: \(dynamic\)$"), "默认值随情况而定"),
    (re.compile(r"^default: (?P<value>.*)$"), "默认：{value}"),
    (re.compile(r"^required$"), "必填"),
    (re.compile(r"^env var: (?P<value>.*)$"), "环境变量：{value}"),
)


def _chinese_type(label: str) -> str:
    listed = _LIST.match(label)
    inner = listed.group(1) if listed else label
    return TYPE_NAMES.get(inner, TYPE_NAMES.get(inner.lower(), inner))  # list[Path]: `Path`


def _chinese_notes(help_text: str) -> str:
    found = _NOTES.search(help_text)
    if not found:
        return help_text
    said = []
    for note in found.group(1).split("; "):
        for pattern, template in NOTES:
            if matched := pattern.match(note):
                said.append(template.format(**matched.groupdict()))
                break
        else:  # a note we do not know: leave the text as typer made it
            return help_text
    return f"{help_text[: found.start()]}（{'；'.join(said)}）"


def width(text: str) -> int:
    """Terminal columns: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


# Punctuation that may not begin a line (GB/T 15834's 行首禁则), kept on the line before.
_NO_LINE_START = set("，。、；：？！）》」』】〕…—”’")
_PIECE = re.compile(r"[\x21-\x7e]+|\s+|.", re.DOTALL)


def wrap(text: str, columns: int) -> list[str]:
    """Greedy lines of at most `columns` cells: Chinese breaks between any two characters,
    ASCII words stay whole, closing punctuation stays with the character before it."""
    lines: list[str] = []
    line = ""
    for piece in _PIECE.findall(" ".join(text.split())):
        fits = width(line) + width(piece) <= columns
        if fits or not line.strip() or (piece in _NO_LINE_START):
            line += piece
            continue
        lines.append(line.rstrip())
        line = piece.lstrip()
    if line.strip():
        lines.append(line.rstrip())
    return lines


class ChineseHelpFormatter(HelpFormatter):
    """click's help layout with Chinese headings and notes, aligned by display width."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, f"{HEADINGS['Usage']}：" if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{HEADINGS.get(heading, heading)}：\n")

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        rows = [
            (_TYPE.sub(lambda m: f"<{_chinese_type(m.group(1))}>", term), self._help(text))
            for term, text in rows
        ]
        first = min(max((width(term) for term, _ in rows), default=0), col_max) + col_spacing
        indent = " " * self.current_indent
        for term, text in rows:
            self.write(f"{indent}{term}")
            if not text:
                self.write("\n")
                continue
            if width(term) <= first - col_spacing:
                self.write(" " * (first - width(term)))
            else:
                self.write("\n" + " " * (first + self.current_indent))
            lines = wrap(text, max(self.width - first - self.current_indent, 20)) or [""]
            self.write(f"{lines[0]}\n")
            for line in lines[1:]:
                self.write(f"{' ' * (first + self.current_indent)}{line}\n")

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        for paragraph in text.split("\n\n"):
            for line in wrap(paragraph, max(self.width - self.current_indent, 20)):
                self.write(f"{indent}{line}\n")

    @staticmethod
    def _help(text: str) -> str:
        return _chinese_notes(HELP_TEXTS.get(text, text))


class ChineseContext(typer.Context):
    formatter_class = ChineseHelpFormatter


def install(command: Command) -> None:
    """Make `command` and all below it speak Chinese on their help pages and usage lines.
    Called on the command that typer builds, before it parses anything."""
    command.context_class = ChineseContext
    if command.options_metavar == "[OPTIONS]":
        command.options_metavar = OPTIONS_METAVAR
    if isinstance(command, TyperGroup):
        command.subcommand_metavar = SUBCOMMAND_METAVAR
        for sub in command.commands.values():
            install(sub)


# --- Usage errors ---------------------------------------------------------------------------

Reason = Callable[[re.Match[str]], str]


def _listed(quoted: str) -> str:
    """`'docx', 'pdf'` → `docx、pdf`."""
    return "、".join(item.strip().strip("'\"") for item in quoted.split(","))


# The English messages of click and typer that carry no fields of their own, said in Chinese.
MESSAGES: tuple[tuple[re.Pattern[str], Reason], ...] = (
    (
        re.compile(r"^(?:Value error, )?'(?P<value>.*)' is not one of (?P<choices>.*)\.$"),
        lambda m: f"“{m['value']}”不是可选的值，应为 {_listed(m['choices'])} 之一。",
    ),
    (re.compile(r"^Input should be a valid integer"), lambda m: "应为整数，如 2024。"),
    (re.compile(r"^Input should be a valid number"), lambda m: "应为数字。"),
    (re.compile(r"^Input should be a valid"), lambda m: "格式不对。"),
    (
        re.compile(r"^Got unexpected extra argument(?:\(s\)|s)? \((?P<extra>.*)\)$"),
        lambda m: f"多余的参数：{m['extra']}。",
    ),
    (
        re.compile(r"^Option '(?P<option>.*)' requires an argument\.$"),
        lambda m: f"选项 {m['option']} 后面要写一个值。",
    ),
    (
        re.compile(r"^Option '(?P<option>.*)' requires (?P<count>\d+) arguments\.$"),
        lambda m: f"选项 {m['option']} 后面要写 {m['count']} 个值。",
    ),
    (
        re.compile(r"^Option '(?P<option>.*)' does not take a value\.$"),
        lambda m: f"选项 {m['option']} 不带值，请去掉“=”和后面的内容。",
    ),
    (
        re.compile(r"^Argument '(?P<argument>.*)' takes (?P<count>\d+) values\.$"),
        lambda m: f"参数“{m['argument']}”要写 {m['count']} 个值。",
    ),
    (re.compile(r"^Missing command\.$"), lambda m: "缺少命令。"),
)
_NO_SUCH_COMMAND = re.compile(
    r"^No such command '(?P<name>.*)'\.(?: Did you mean (?P<guesses>.*)\?)?$"
)


def translate(message: str) -> str | None:
    for pattern, reason in MESSAGES:
        if matched := pattern.match(message):
            return reason(matched)
    return None


def _name(param: Parameter | None) -> str:
    """An argument by its (Chinese) metavar, an option by its names: `选项 --format/-f`."""
    if param is None:
        return "参数"
    if param.param_type_name == "option":
        return f"选项 {'/'.join(param.opts)}"
    return f"参数“{param.metavar or param.name}”"


def _commands(error: click_errors.UsageError) -> list[str]:
    commands = getattr(error.ctx.command if error.ctx else None, "commands", {})
    return list(commands)


def usage_message(error: click_errors.UsageError) -> str:
    """A usage error of click or typer, said in Chinese."""
    if isinstance(error, click_errors.NoSuchOption):
        guesses = sorted(error.possibilities or [])
        guess = f"是不是要用 {'、'.join(guesses)}？" if guesses else ""
        return f"没有选项 {error.option_name}。{guess}"
    if isinstance(error, click_errors.MissingParameter):
        return f"缺少{_name(error.param)}。"
    if isinstance(error, click_errors.BadParameter):
        reason = translate(error.message) or error.message
        who = _name(error.param)
        space = "" if who.endswith("”") else " "  # 参数“年度”的值 · 选项 --format 的值
        return f"{who}{space}的值不对：{reason}"
    if found := _NO_SUCH_COMMAND.match(error.message):
        if found["guesses"]:
            return f"没有这个命令：{found['name']}。是不是要用 {_listed(found['guesses'])}？"
        return f"没有这个命令：{found['name']}。可用的命令：{'、'.join(_commands(error))}。"
    return translate(error.message) or f"命令用法不对（{error.message}）。"


def usage_hint(error: click_errors.UsageError) -> str:
    path = error.ctx.command_path if error.ctx else "reportgen"
    return f"运行 {path} --help 查看用法。"
