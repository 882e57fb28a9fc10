"""The command line: parse, call one function, print. Nothing else lives here."""

# No `from __future__ import annotations`: typer reads every command's annotations on each
# run, and evaluating them from strings costs each run about 5 ms.

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import __version__, cli_review, console
from .cli_options import (
    FormatsOption,
    JsonOption,
    OutputFormat,
    QuietOption,
    TemplateOption,
    output_option,
    path_value,
)
from .errors import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    ReportgenError,
    UsageError,
    debugging,
    internal_error_message,
)
from .files import data_path_for

if TYPE_CHECKING:
    from .annotating import Annotated as AnnotatedCopy
    from .proofread import Fixed

app = typer.Typer(
    name="reportgen",
    help="乡镇法治政府建设年度报告：检查数据、生成符合 GB/T 9704 的公文。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
template_app = typer.Typer(help="默认模板的生成与自定义模板的检查。", no_args_is_help=True)
app.add_typer(template_app, name="template")


@app.command(help="检查报告数据：格式、必备内容、日期、用语和标点。")
def validate(
    targets: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="年份或文件",
            help="年份（如 2023）、数据文件或报告文件 .docx/.txt；省略则检查 data/ 下全部",
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="text：给人看；json：给脚本用")
    ] = OutputFormat.text,
    json_output: JsonOption = False,
    strict: Annotated[bool, typer.Option("--strict", help="有警告也视为不通过")] = False,
    select: Annotated[
        list[str] | None, typer.Option("--select", help="只检查这些规则（代码或前缀，如 T001、P）")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", help="不检查这些规则（代码或前缀）")
    ] = None,
    fix: Annotated[
        bool, typer.Option("--fix", help="自动改正可安全修改的问题，并写回数据文件")
    ] = False,
    annotate: Annotated[
        bool,
        typer.Option(
            "--annotate", help="Word 草稿：写出带批注和修订的副本（默认“原名（校对）.docx”）"
        ),
    ] = False,
    output: Annotated[Path | None, output_option("--annotate 写出的副本")] = None,
    quiet: QuietOption = False,
) -> None:
    from .present.findings import findings_json, show_annotated, show_checked, show_fixed
    from .proofread import check_options, data_files, rule_codes
    from .proofread import fix as fix_file
    from .proofread import validate as validate_file

    as_json = json_output or output_format is OutputFormat.json
    console.configure(quiet=quiet, as_json=as_json)
    chosen, skipped = rule_codes(select, "--select"), rule_codes(ignore, "--ignore")
    paths = [data_path_for(t) for t in targets] if targets else data_files()
    check_options(paths, fix, annotate, output)
    annotated: list[AnnotatedCopy] = []
    fixed: list[Fixed] = []
    if annotate:
        from .annotating import annotate as annotate_file
        from .annotating import write_copies

        annotated = [annotate_file(path, output, chosen, skipped) for path in paths]
        write_copies(annotated)
        results = [one.checked for one in annotated]
    elif fix:
        fixed = [fix_file(path, chosen, skipped) for path in paths]
        for outcome in fixed:
            show_fixed(outcome)  # not under --json: configure keeps stdout for the JSON
        results = [outcome.remaining for outcome in fixed]
    else:
        results = [validate_file(path, chosen, skipped) for path in paths]
    if as_json:
        console.print_json(findings_json(results, fixed, annotated))
    else:
        for result in results:
            show_checked(result)
        for one in annotated:
            show_annotated(one)
    if any(r.fault for r in results):
        raise typer.Exit(EXIT_INTERNAL)
    if any(r.errors or (strict and r.warnings) for r in results):
        raise typer.Exit(1)


@app.command("rules", help="列出校对规则；给出规则代码（如 T003）时说明这条规则并举例。")
def rules_command(
    code: Annotated[
        str | None, typer.Argument(metavar="规则代码", help="规则代码，如 T003；省略则列出全部")
    ] = None,
) -> None:
    from .present.rules import show_rule, show_rules
    from .rules.catalogue import catalogue, rule_info

    if code is None:
        show_rules(catalogue())
    else:
        show_rule(rule_info(code))


@app.command(help="生成报告。先检查数据，有错误时不生成（--draft 除外）。")
def build(
    year: Annotated[
        str | None,
        typer.Argument(metavar="年份或文件", help="年份（如 2023）、数据文件或报告文件 .docx/.txt"),
    ] = None,
    data: Annotated[
        Path | None, typer.Option("--data", parser=path_value, help="指定数据文件或报告文件")
    ] = None,
    template: TemplateOption = None,
    output: Annotated[Path | None, output_option("输出文件")] = None,
    formats: FormatsOption = None,
    all_files: Annotated[
        bool, typer.Option("--all", help="生成 data/ 下的全部报告；某个失败时继续其余的")
    ] = False,
    draft: Annotated[
        bool, typer.Option("--draft", help="有错误也生成，文件带醒目的“草稿”标记，不得报送")
    ] = False,
    quiet: QuietOption = False,
    json_output: JsonOption = False,
) -> None:
    from .building import build as build_file
    from .building import build_all, output_formats
    from .present.outputs import batch_progress, show_batch, show_built
    from .proofread import data_files

    console.configure(quiet=quiet, as_json=json_output)
    chosen = output_formats(output, [str(f.value) for f in formats] if formats else [])
    if all_files:
        if year or data or output or draft:
            raise UsageError("--all 不能与年份、--data、--output 或 --draft 同时使用。")
        files = data_files()
        with batch_progress(len(files)) as advance:
            batch = build_all(files, template, chosen, progress=advance)
        show_batch(batch, json_output)
        if batch.exit_code:
            raise typer.Exit(batch.exit_code)
        return
    if year is None and data is None:
        raise UsageError(
            "缺少参数“年份或文件”：请给出年份（如 2023）或 --data 数据文件，或用 --all。"
        )
    if data is None:
        result = build_file(data_path_for(year or ""), template, output, chosen, draft)
    else:  # a year beside --data is checked against the data's own
        result = build_file(data, template, output, chosen, draft, named_year=year)
    show_built(result, json_output)


@app.command("import", help="把已有的报告（.docx 或 .txt）转成数据文件。")
def import_command(
    source: Annotated[
        Path,
        typer.Argument(
            metavar="报告文件", parser=path_value, help="报告文件：Word（.docx）或文本（.txt）"
        ),
    ],
    output: Annotated[Path | None, output_option("数据文件（默认 data/年份.json）")] = None,
    encoding: Annotated[
        str | None, typer.Option("--encoding", help="文本文件的编码（默认自动识别 UTF-8/GB18030）")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已有的数据文件")] = False,
    quiet: QuietOption = False,
    json_output: JsonOption = False,
) -> None:
    from .importing.write import import_report
    from .present.outputs import show_imported

    console.configure(quiet=quiet, as_json=json_output)
    show_imported(import_report(source, output, encoding, force), json_output)


@app.command(help="从上一年的数据开始写新一年的报告。")
def new(
    year: Annotated[int, typer.Argument(metavar="年度", help="新报告的年度，如 2024")],
    source: Annotated[
        str | None, typer.Option("--from", help="从哪一年或哪个数据文件开始（默认上一年）")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已有的数据文件")] = False,
    quiet: QuietOption = False,
) -> None:
    from .present.outputs import show_new
    from .yearly import check_new_year, new_report

    console.configure(quiet=quiet)
    check_new_year(year)
    target = data_path_for(str(year))
    written = new_report(target, data_path_for(source or str(year - 1)), force)
    show_new(written, year)


@app.command(help="在终端里查看报告：编号、要点、署名，每部分字数和预计页数。")
def show(
    target: Annotated[
        str | None, typer.Argument(metavar="年份或文件", help="年份或数据文件（默认最新一年）")
    ] = None,
) -> None:
    from .documents.opening import open_report
    from .present.report import show_report
    from .proofread import latest_data_file
    from .summary import summarize

    path = data_path_for(target) if target else latest_data_file()
    opened = open_report(path)  # a data file, or a .docx/.txt imported in memory
    show_report(path, opened.report, summarize(opened.report), opened.notes)


@app.command(help="写出数据文件的 JSON Schema（编辑器据此提示和检查）。")
def schema(
    output: Annotated[Path | None, output_option("写到文件（默认打印出来）")] = None,
) -> None:
    from .files import atomic_write, refuse_overwriting
    from .schema import schema_text

    text = schema_text()
    if output is None:
        console.print_json(text.rstrip("\n"))
        return
    refuse_overwriting(output)
    atomic_write(output, text.encode("utf-8"))
    console.stdout.print(f"已写出 {console.escape(str(output))}")


@template_app.command("init", help="写出默认模板（GB/T 9704 版式，含全部样式和占位符）。")
def template_init(
    path: Annotated[
        Path, typer.Argument(metavar="文件", parser=path_value, help="写到哪里")
    ] = Path("templates/report.docx"),
    force: Annotated[
        bool, typer.Option("--force", help="覆盖已有的、与默认模板不同的文件")
    ] = False,
) -> None:
    from .template.make import write_template

    console.stdout.print(f"已写出模板 {console.escape(str(write_template(path, force)))}")


@template_app.command("check", help="检查自定义模板是否含有全部样式和占位符。")
def template_check(
    path: Annotated[
        Path, typer.Argument(metavar="模板文件", parser=path_value, help="模板文件 .docx")
    ],
) -> None:
    from .present.outputs import show_template_problems
    from .template.check import check_template

    problems = check_template(path)
    show_template_problems(path, problems)
    if problems:
        raise typer.Exit(1)


app.command("review", help=cli_review.HELP)(cli_review.review)  # kept apart: cli.py was full


def _version(value: bool) -> None:
    if value:
        console.stdout.print(f"reportgen {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="显示版本")
    ] = False,
) -> None:
    """乡镇法治政府建设年度报告工具。"""


def main(argv: list[str] | None = None) -> int:
    """Entry point: the one place where errors become messages and exit codes."""
    from .cli_zh import click_errors, install, usage_hint, usage_message
    from .present.findings import show_error

    command = typer.main.get_command(app)
    install(command)  # help pages and usage lines in Chinese
    try:
        code = command.main(args=argv, prog_name="reportgen", standalone_mode=False)
    except ReportgenError as error:
        show_error(error)
        return error.exit_code
    except click_errors.NoArgsIsHelpError as error:  # `reportgen` alone: the help is the answer
        console.stderr.out(error.message, highlight=False)
        return UsageError.exit_code
    except click_errors.UsageError as error:
        show_error(UsageError(usage_message(error), hint=usage_hint(error)))
        return UsageError.exit_code
    except (typer.Abort, KeyboardInterrupt):
        return _stopped()
    except Exception as error:  # a bug of ours: say so plainly, keep the details for us
        if debugging():
            raise
        message, hint = internal_error_message(error)
        show_error(ReportgenError(message, hint=hint))
        return EXIT_INTERNAL
    finally:
        console.configure(quiet=False)
    if code == EXIT_INTERRUPTED:  # typer turns Ctrl-C into Exit(130), silently
        return _stopped()
    return code if isinstance(code, int) else 0


def _stopped() -> int:
    """Ctrl-C, SIGTERM or SIGHUP (signals.py): say so, exit 130 or 128 + the signal."""
    from .signals import stopped

    message, code = stopped()
    with contextlib.suppress(OSError):  # after SIGHUP the terminal may be gone
        console.stderr.print(message)
    return code
