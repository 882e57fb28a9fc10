"""Building the outputs of a report: `build`, `build --all`, `build --draft`."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import rules
from .documents.opening import open_report
from .errors import EXIT_INTERNAL, ReportgenError, UsageError, debugging, internal_error_message
from .files import ensure_folder, is_folder, refuse_overwriting, write_all
from .model import Report
from .naming import DRAFT_MARK, safe_stem
from .render import FORMATS
from .rules import Finding, Severity

OUTPUT_DIR = Path("out")
DRAFT_SUFFIX = DRAFT_MARK


class ReportHasErrors(ReportgenError):
    """Build refused: the proofreader found errors. Carries them for display."""

    def __init__(self, path: Path, findings: Sequence[Finding], document: bool = False) -> None:
        errors = sum(1 for f in findings if f.severity is Severity.ERROR)
        check = (
            f"reportgen validate {path} --annotate 可写出带批注和修订的副本，在 Word 中逐条修改"
            if document
            else f"reportgen validate {path} 可单独检查"
        )
        super().__init__(
            f"{path} 有 {errors} 处错误，未生成报告。",
            hint=f"请按提示修改后重试（{check}）；"
            "只想看看效果，可加 --draft 生成带“草稿”标记的文件。",
        )
        self.path = path
        self.findings = list(findings)


def output_path(
    report: Report, suffix: str, output_dir: Path = OUTPUT_DIR, draft: bool = False
) -> Path:
    """A name a clerk recognises: 柏山镇人民政府关于2023年法治政府建设情况的报告.docx.

    Always one file name inside `output_dir`, whatever the organ and title hold
    (rules/names.py tells the clerk when the name had to be changed).
    """
    stem = safe_stem(report.document_name) + (DRAFT_SUFFIX if draft else "")
    return output_dir / f"{stem}.{suffix}"


def output_formats(output: Path | None, formats: Sequence[str]) -> list[str]:
    """The formats asked for; none asked, the suffix of `-o` decides (docx without one).

    An -o suffix that names no format, or another format than the one asked for, is
    refused: .docx bytes in a file called x.pdf open nowhere.
    """
    if output is not None:
        refuse_overwriting(output)  # `-o data/2023.json` is first of all a data file
    suffix = output.suffix.lower().lstrip(".") if output and not is_folder(output) else ""
    if not formats:
        if suffix and suffix not in FORMATS:
            raise UsageError(
                f"不知道 {output} 应当是什么格式：扩展名 .{suffix} 不是可生成的格式。",
                hint=f"请用 {'、'.join('.' + name for name in FORMATS)} 之一作扩展名，或用 -f 指定格式。",
            )
        return [suffix or "docx"]
    if len(formats) == 1 and suffix and suffix != formats[0]:
        raise UsageError(
            f"-o {output} 的扩展名是 .{suffix}，而 -f 要求的格式是 {formats[0]}。",
            hint=f"请把文件名改为 .{formats[0]} 结尾，或去掉 -f 让扩展名决定格式。",
        )
    return list(formats)


@dataclass
class Built:
    path: Path
    outputs: list[Path]
    findings: list[Finding]
    draft: bool = False
    notes: list[str] = field(default_factory=list)  # import's notes, for a document


class ReportFault(ReportgenError):
    """A program fault while building one report of a batch: reported as the internal
    error it is (exit 70 for the batch), while the other reports go on."""

    exit_code = EXIT_INTERNAL

    def __init__(self, error: Exception) -> None:
        message, hint = internal_error_message(error)
        super().__init__(message, hint=hint)


@dataclass
class _Rendered:
    """One report rendered in memory, waiting for its PDF (if asked) and its writing."""

    built: Built
    contents: dict[str, bytes]  # every asked format but the PDF, plus the PDF's .docx
    targets: dict[str, Path]  # every asked format, in FORMATS order
    make_folder: bool  # out/ is made when missing; a folder given with -o is not


def build(
    data: Path,
    template: Path | None = None,
    output: Path | None = None,
    formats: Sequence[str] = ("docx",),
    draft: bool = False,
    named_year: str | None = None,
) -> Built:
    """Validate, refuse on errors (unless a draft), render each format, write atomically.

    Every output is rendered before any is written, so a failure (LibreOffice
    missing, say) leaves all previous outputs as they were. `named_year` is a year the
    command gave beside --data (`build 2024 --data draft.json`): it must be the data's.
    """
    if named_year is not None and not (named_year.isdigit() and len(named_year) == 4):
        raise UsageError(f"已用 --data 指定了数据文件，不能再给出 {named_year}。")
    soffice = _soffice(formats)
    rendered = _render(data, template, output, formats, draft, year=named_year)
    for _, error in _add_pdfs([rendered], soffice):
        raise error
    return _write(rendered)


def _soffice(formats: Sequence[str]) -> str | None:
    """LibreOffice's program when a PDF is asked for: found (or missed) before any work."""
    if "pdf" not in formats:
        return None
    from .render.pdf import find_soffice

    return find_soffice()


def _template_bytes(template: Path | None, formats: Sequence[str]) -> bytes | None:
    """The Word template, read (and checked) when a format is made from it."""
    from .render import TEMPLATE_FORMATS
    from .template.read import read_template

    return read_template(template) if TEMPLATE_FORMATS & set(formats) else None


def _render(
    data: Path,
    template: Path | None,
    output: Path | None,
    formats: Sequence[str],
    draft: bool,
    template_bytes: bytes | None = None,
    year: str | None = None,
) -> _Rendered:
    """One report rendered; `template_bytes` when the caller has read the template (a
    batch reads it once), else it is read here, after the data has been checked."""
    from .render import render

    opened = open_report(data)  # a data file, or a .docx/.txt imported in memory
    report = opened.report
    if year is not None and int(year) != report.year:
        raise ReportgenError(
            f"{data} 是 {report.year} 年度的报告，与命令中的年份 {year} 不符，未生成。",
            hint=f"请去掉年份 {year}（用 --data 时可以不写年份），或改用 {year} 年度的数据文件。",
        )
    findings = opened.locate(rules.check(report))
    has_errors = any(f.severity is Severity.ERROR for f in findings)
    if has_errors and not draft:
        raise ReportHasErrors(data, findings, document=opened.source is not None)
    wanted: list[str] = [name for name in FORMATS if name in formats]
    targets = {name: _target(report, name, output, len(wanted), draft) for name in wanted}
    inputs = [data] if template is None else [data, template]
    for target in targets.values():
        refuse_overwriting(target, inputs)
    if template_bytes is None:
        template_bytes = _template_bytes(template, formats)
    # The PDF is LibreOffice's reading of the .docx, made later for all reports at once.
    direct = [name for name in wanted if name != "pdf"] + (["docx"] if "pdf" in wanted else [])
    contents = render(report, direct, template_bytes, draft=draft)
    built = Built(data, list(targets.values()), findings, draft, opened.notes)
    return _Rendered(built, contents, targets, make_folder=output is None)


def _add_pdfs(
    rendered: Sequence[_Rendered], soffice: str | None
) -> list[tuple[_Rendered, ReportgenError]]:
    """Convert every .docx that needs a PDF in one LibreOffice run; the reports it could
    not convert, each with a message that names it."""
    needing = [one for one in rendered if "pdf" in one.targets]
    if soffice is None or not needing:
        return []
    from .render.pdf import NotConverted, convert_all

    failed = []
    results = convert_all([one.contents["docx"] for one in needing], soffice)
    for one, result in zip(needing, results, strict=True):
        if isinstance(result, NotConverted):
            error = ReportgenError(
                f"{one.built.path} 没有生成 PDF：{result.reason}。",
                hint="这份报告的文件都没有写出，原有文件保持不变。可先用 -f docx 生成 Word 文件，"
                "在 Word 或 WPS 中打开检查；仍不行请把数据文件发给维护人员。",
            )
            failed.append((one, error))
        else:
            one.contents["pdf"] = result
    return failed


def _write(rendered: _Rendered) -> Built:
    if rendered.make_folder:
        ensure_folder(OUTPUT_DIR)
    # All or nothing: a disk that fills up at the third format leaves the first two as
    # they were, not new beside an old third.
    write_all([(target, rendered.contents[name]) for name, target in rendered.targets.items()])
    return rendered.built


def _target(report: Report, name: str, output: Path | None, count: int, draft: bool) -> Path:
    """-o names the file, or the folder for the usual names; with several formats it
    names the stem, each format adding its suffix."""
    if output is None:
        return output_path(report, name, draft=draft)  # each format's name is its suffix
    if is_folder(output):
        return output_path(report, name, output, draft)
    if count == 1 and output.suffix:
        return output
    if output.suffix:
        return output.with_suffix(f".{name}")
    return output.parent / f"{output.name}.{name}"


@dataclass
class BatchResult:
    built: list[Built] = field(default_factory=list)
    failed: list[tuple[Path, ReportgenError]] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """70 if a report met a program fault, else 1 if one failed, else 0."""
        codes = [error.exit_code for _, error in self.failed]
        return EXIT_INTERNAL if EXIT_INTERNAL in codes else (1 if codes else 0)


def build_all(
    files: Sequence[Path],
    template: Path | None = None,
    formats: Sequence[str] = ("docx",),
    progress: Callable[[Path], None] = lambda path: None,
) -> BatchResult:
    """Build every file in one process; a failing file is reported, the rest go on.

    All reports are rendered first, then one LibreOffice run makes all the PDFs, then
    each report's files are written; a report whose PDF failed gets none written.
    A program fault in one report is reported as such and the batch goes on.
    """
    soffice = _soffice(formats)
    template_bytes = _template_bytes(template, formats)  # one template for the whole batch
    failures: dict[Path, ReportgenError] = {}
    rendered: list[_Rendered] = []
    for path in files:
        progress(path)
        with _report_failures(path, failures):
            rendered.append(_render(path, template, None, formats, False, template_bytes))
    for one, error in _collisions(rendered):
        failures[one.built.path] = error
    rendered = [one for one in rendered if one.built.path not in failures]
    for one, error in _add_pdfs(rendered, soffice):
        failures[one.built.path] = error
    result = BatchResult()
    for one in rendered:
        if one.built.path not in failures:
            with _report_failures(one.built.path, failures):
                result.built.append(_write(one))
    result.failed = [(path, failures[path]) for path in files if path in failures]
    return result


def _collisions(rendered: Sequence[_Rendered]) -> list[tuple[_Rendered, ReportgenError]]:
    """Reports of a batch that would write the same file (two data files of one organ and
    year): none of them is written, each says which other file it meets. Names are
    compared as Windows and macOS do, whatever the case and Unicode form."""
    owners: dict[str, _Rendered] = {}
    clashes: dict[int, tuple[_Rendered, _Rendered, Path]] = {}
    for one in rendered:
        for target in one.targets.values():
            key = unicodedata.normalize("NFC", str(target)).casefold()
            other = owners.setdefault(key, one)
            if other is not one:
                clashes.setdefault(id(one), (one, other, target))
                clashes.setdefault(id(other), (other, one, target))
    return [
        (
            one,
            ReportgenError(
                f"{one.built.path} 与 {other.built.path} 要生成同一个文件 {target}，两个都没有生成。",
                hint="两个数据文件像是同一机关同一年度的报告：请删除或移走多余的一个（如旧的副本）；"
                "确需两份时，请修改其中一份的标题。",
            ),
        )
        for one, other, target in clashes.values()
    ]


@contextmanager
def _report_failures(path: Path, failures: dict[Path, ReportgenError]) -> Iterator[None]:
    try:
        yield
    except ReportgenError as error:
        failures[path] = error
    except Exception as error:  # a bug of ours in this report: say so, go on with the rest
        if debugging():
            raise
        failures[path] = ReportFault(error)
