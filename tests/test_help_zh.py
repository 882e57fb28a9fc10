"""Help pages and usage errors speak Chinese: no English word but command, option and file names."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import typer
from helpers import Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportgen.cli import OutputFormat, app
from reportgen.cli_zh import width, wrap
from reportgen.render import FORMATS
from reportgen.rules import ALL_RULES

ROOT_COMMAND = typer.main.get_command(app)


def _walk(command: object, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], object]]:
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _walk(sub, (*path, name))


COMMAND_PATHS = [path for path, _ in _walk(ROOT_COMMAND)]

# What the clerk types stays as typed: command and option names and choice values, all taken
# from the app itself, plus the few names in our own help texts.
ALLOWED = (
    {"reportgen", "--help"}
    | {name for path in COMMAND_PATHS for name in path}
    | {
        opt
        for _, command in _walk(ROOT_COMMAND)
        for param in getattr(command, "params", [])
        for opt in (*param.opts, *param.secondary_opts)
        if opt.startswith("-")
    }
    | set(FORMATS)
    | {choice.value for choice in OutputFormat}
    | {
        "JSON",
        "Schema",
        "Word",
        "WPS",
        "Excel",
        "P",
    }  # product names; a rule-code prefix in --select's help
    | {rule.code for rule in ALL_RULES}  # rule codes, as `rules T003` and --select take them
)
# A file name (data/2023.json, templates/report.docx, .txt), a standard (GB/T 9704) or an
# encoding (UTF-8/GB18030) is a name too: whatever has a slash or a document's suffix.
FILE_NAME = re.compile(r"[\w.-]*(?:/[\w.-]*)+|[\w-]*\.(?:docx|json|txt|pdf|html|md)\b")
ASCII_WORD = re.compile(r"-{0,2}[A-Za-z][A-Za-z0-9_-]*")


def english_words(text: str, also_allowed: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    words = ASCII_WORD.findall(FILE_NAME.sub(" ", text))
    return [word for word in words if word not in ALLOWED | also_allowed]


def test_the_word_check_sees_english() -> None:
    """The checker itself: typer's own texts are caught, names are let through."""
    assert english_words("Usage: reportgen build [OPTIONS] [year]") == ["Usage", "OPTIONS", "year"]
    assert english_words("--help  Show this message and exit.")[:2] == ["Show", "this"]
    assert english_words("-f, --format <list[str]>  [default: text]") == ["list", "str", "default"]
    assert english_words("用法：reportgen build --data data/2023.json -f pdf") == []


@pytest.mark.parametrize("path", COMMAND_PATHS, ids=lambda p: " ".join(p) or "reportgen")
def test_every_help_page_is_chinese(
    project: Path, cli: Callable[..., Result], path: tuple[str, ...]
) -> None:
    result = cli(*path, "--help")
    assert result.code == 0, result.output
    page = result.stdout
    assert page.startswith(f"用法：reportgen {' '.join((*path, '[选项]'))}"), page
    assert "选项：" in page and "--help" in page and "显示本帮助并退出。" in page
    assert english_words(page) == [], page


def test_build_help_in_full(project: Path, cli: Callable[..., Result]) -> None:
    page = cli("build", "--help").stdout
    assert "用法：reportgen build [选项] [年份或文件]" in page
    assert "参数：\n  年份或文件 <文字>" in page
    assert "--data <路径>" in page and "-f, --format <docx|pdf|html|md|txt>" in page
    assert "Usage" not in page and "Options" not in page


def test_notes_and_commands(project: Path, cli: Callable[..., Result]) -> None:
    assert "（默认：text）" in cli("validate", "--help").stdout
    assert "年度 <整数>  新报告的年度，如 2024（必填）" in cli("new", "--help").stdout
    top = cli("--help").stdout
    assert "用法：reportgen [选项] 命令 [参数]..." in top
    assert "\n命令：\n  validate" in top


def test_no_arguments_shows_the_chinese_help(project: Path, cli: Callable[..., Result]) -> None:
    for argv in ([], ["template"]):
        result = cli(*argv)
        assert result.code == 2
        assert result.stderr.startswith("用法：reportgen"), result.stderr
        assert "错误：" not in result.stderr and english_words(result.stderr) == []


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["build", "2023", "-f", "xyz"], "选项 --format/-f 的值不对：“xyz”不是可选的值"),
        (["validate", "--format", "yaml"], "应为 text、json 之一"),
        (["build", "--colour"], "没有选项 --colour。"),
        (["build", "--formt", "pdf"], "没有选项 --formt。是不是要用 --format？"),
        (["new", "abc"], "参数“年度”的值不对：应为整数"),
        (["new"], "缺少参数“年度”。"),
        (["template", "check"], "缺少参数“模板文件”。"),
        (["validate", "--select"], "选项 --select 后面要写一个值。"),
        (["validate", "--fix=yes"], "选项 --fix 不带值"),
        (["publish"], "没有这个命令：publish。可用的命令：validate、rules、build"),
        (["biuld"], "没有这个命令：biuld。是不是要用 build？"),
        (["template", "chek"], "没有这个命令：chek。是不是要用 check？"),
        (["build", "2023", "2024"], "多余的参数：2024。"),
        (["show", "2023", "extra"], "多余的参数：extra。"),
    ],
)
def test_usage_errors_are_chinese(
    project: Path, cli: Callable[..., Result], argv: list[str], expected: str
) -> None:
    result = cli(*argv)
    assert result.code == 2, result.output
    assert expected in result.stderr, result.stderr
    assert "查看用法" in result.stderr
    typed = {word for arg in argv for word in ASCII_WORD.findall(arg)}
    assert english_words(result.stderr, typed) == [], result.stderr


ROW = re.compile(r"^(  \S.*?)( {2,})\S")


def help_columns(section: str) -> set[int]:
    """The display column where each row's help text starts."""
    return {width(m[1]) + len(m[2]) for line in section.splitlines() if (m := ROW.match(line))}


OPTION_NAMES = sorted(word for word in ALLOWED if word.startswith("-"))
TOKENS = st.one_of(
    st.sampled_from(OPTION_NAMES),
    st.sampled_from(["2023", "2024", "json", "pdf", "--", "=", "-"]),
    st.from_regex(r"-{0,2}[a-z]{1,6}(=[a-z]{0,3})?", fullmatch=True),
)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(path=st.sampled_from(COMMAND_PATHS), tokens=st.lists(TOKENS, max_size=4))
def test_any_command_line_is_answered_in_chinese(
    project: Path, cli: Callable[..., Result], path: tuple[str, ...], tokens: list[str]
) -> None:
    """Whatever is typed after a command: a usage error is Chinese (the cli fixture fails
    the test on an internal error), and so is the help a bare group shows."""
    argv = [*path, *tokens]
    result = cli(*argv)
    if result.code == 2:
        typed = {word for arg in argv for word in ASCII_WORD.findall(arg)}
        typed |= {f"-{c}" for arg in argv if arg[:1] == "-" != arg[1:2] for c in arg[1:]}  # -ab
        assert english_words(result.stderr, typed) == [], (argv, result.stderr)


def test_help_columns_line_up_by_display_width(project: Path, cli: Callable[..., Result]) -> None:
    """A Chinese character takes two columns: in each section the help texts start in one."""
    page = cli("import", "--help").stdout
    arguments, options = page.split("参数：")[1].split("选项：")
    assert "报告文件 <路径>" in arguments
    assert len(help_columns(arguments)) == 1 and len(help_columns(options)) == 1, page


def test_wrap_breaks_chinese_keeps_words_and_punctuation() -> None:
    text = "生成 data/ 下的全部报告；某个失败时继续其余的，输出格式 docx pdf html"
    lines = wrap(text, 20)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(width(line) <= 22 for line in lines), lines  # 20, plus a hanging mark
    assert not any(line[0] in "，。；、）" for line in lines), lines
    assert all(word in " ".join(lines).split() or word in "".join(lines) for word in ("data/",))
    assert wrap("甲乙丙丁，", 8) == ["甲乙丙丁，"]  # the comma hangs rather than begin a line
