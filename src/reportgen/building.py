"""Building the outputs of a report: `build`, `build --all`, `build --draft`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import rules
from .errors import ReportgenError, UsageError
from .files import atomic_write, ensure_folder, is_folder, refuse_overwriting
from .load import load_report
from .model import Report
from .naming import DRAFT_MARK, safe_stem
from .render import FORMATS
from .rules import Finding, Severity

OUTPUT_DIR = Path("out")
DRAFT_SUFFIX = DRAFT_MARK


class ReportHasErrors(ReportgenError):
    """Build refused: the proofreader found errors. Carries them for display."""

    def __init__(self, path: Path, findings: Sequence[Finding]) -> None:
        errors = sum(1 for f in findings if f.severity is Severity.ERROR)
        super().__init__(
            f"{path} 有 {errors} 处错误，未生成报告。",
            hint=f"请按提示修改后重试（reportgen validate {path} 可单独检查）；"
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


def build(
    data: Path,
    template: Path | None = None,
    output: Path | None = None,
    formats: Sequence[str] = ("docx",),
    draft: bool = False,
) -> Built:
    """Validate, refuse on errors (unless a draft), render each format, write atomically.

    Every output is rendered before any is written, so a failure (LibreOffice
    missing, say) leaves all previous outputs as they were.
    """
    from .render import TEMPLATE_FORMATS, render
    from .template.read import read_template

    report = load_report(data)
    findings = rules.check(report)
    has_errors = any(f.severity is Severity.ERROR for f in findings)
    if has_errors and not draft:
        raise ReportHasErrors(data, findings)
    targets = {name: _target(report, name, output, len(formats), draft) for name in formats}
    inputs = [data] if template is None else [data, template]
    for target in targets.values():
        refuse_overwriting(target, inputs)
    template_bytes = read_template(template) if TEMPLATE_FORMATS & set(formats) else None
    rendered = render(report, formats, template_bytes, draft=draft)
    if output is None:
        ensure_folder(OUTPUT_DIR)
    for name, content in rendered.items():
        atomic_write(targets[name], content)
    return Built(data, list(targets.values()), findings, draft)


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


def build_all(
    files: Sequence[Path],
    template: Path | None = None,
    formats: Sequence[str] = ("docx",),
    progress: Callable[[Path], None] = lambda path: None,
) -> BatchResult:
    """Build every file in one process; a failing file is reported, the rest go on."""
    result = BatchResult()
    for path in files:
        progress(path)
        try:
            result.built.append(build(path, template, None, formats))
        except ReportgenError as error:
            result.failed.append((path, error))
    return result
