"""Building the outputs of a report: `build`, `build --all`, `build --draft`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import rules
from .errors import ReportgenError
from .files import atomic_write
from .load import load_report
from .model import Report
from .rules import Finding, Severity

OUTPUT_DIR = Path("out")
DRAFT_SUFFIX = "（草稿）"


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
    """A name a clerk recognises: 柏山镇人民政府关于2023年法治政府建设情况的报告.docx."""
    stem = report.document_name + (DRAFT_SUFFIX if draft else "")
    return output_dir / f"{stem}.{suffix}"


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
    from .template import read_template

    report = load_report(data)
    findings = rules.check(report)
    has_errors = any(f.severity is Severity.ERROR for f in findings)
    if has_errors and not draft:
        raise ReportHasErrors(data, findings)
    template_bytes = read_template(template) if TEMPLATE_FORMATS & set(formats) else None
    rendered = render(report, formats, template_bytes, draft=draft)
    targets = {name: _target(report, name, output, len(rendered), draft) for name in rendered}
    for name, content in rendered.items():
        if output is None:
            targets[name].parent.mkdir(parents=True, exist_ok=True)
        atomic_write(targets[name], content)
    return Built(data, list(targets.values()), findings, draft)


def _target(report: Report, name: str, output: Path | None, count: int, draft: bool) -> Path:
    """-o names the file, or the folder for the usual names; with several formats it
    names the stem, each format adding its suffix."""
    if output is None:
        return output_path(report, name, draft=draft)  # each format's name is its suffix
    if output.is_dir():
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
