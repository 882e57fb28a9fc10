"""`reportgen review`, from the files named to the outputs written: the command's flow,
so that cli.py only parses. Outputs are checked before any report is read (a wrong
name should not cost a minute of reviewing) and written atomically after."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ...console import escape, stderr
from ...errors import EXIT_INTERNAL, UsageError
from ...files import atomic_write, ensure_folder, refuse_overwriting
from ...review import gather, relative_names, review
from .terminal import review_progress, show_annotated, show_hint, show_review, show_written


def _outputs(html: Path | None, xlsx: Path | None) -> dict[str, Path]:
    asked = {"html": html, "xlsx": xlsx}
    outputs = {kind: path for kind, path in asked.items() if path is not None}
    allowed = {"html": (".html", ".htm"), "xlsx": (".xlsx",)}
    for kind, path in outputs.items():
        if path.suffix.lower() not in allowed[kind]:
            raise UsageError(
                f"--{kind} {path}：文件名应以 {allowed[kind][0]} 结尾。",
                hint=f"如 --{kind} 审查结果{allowed[kind][0]}。",
            )
    if html is not None and xlsx is not None and html == xlsx:
        raise UsageError("--html 和 --xlsx 不能写到同一个文件。")
    return outputs


def _marked_copies(files: Sequence[Path], folder: Path) -> dict[Path, Path]:
    """Where each Word report's marked copy goes: 报告（校对）.docx in `folder`, a file of a
    subfolder named with it (石门镇-报告（校对）.docx), so that no two are the same."""
    from ...annotating import annotated_name

    ensure_folder(folder)
    return {
        path: folder / annotated_name(Path(name.replace("/", "-").replace("\\", "-"))).name
        for path, name in zip(files, relative_names(files), strict=True)
        if path.suffix.lower() == ".docx"
    }


def run_review(
    sources: Sequence[Path],
    html: Path | None = None,
    xlsx: Path | None = None,
    year: int | None = None,
    as_json: bool = False,
    progress: bool = True,
    workers: int | None = None,
    annotate: Path | None = None,
) -> int:
    """Review `sources`, write the outputs asked for (and, with `annotate`, each Word
    report's marked copy in that folder), show the table (or the JSON); the exit code:
    0, or 70 when a bug of ours was met on some file."""
    if year is not None and not 2000 <= year <= 2100:
        raise UsageError(f"--year {year}：年度应在 2000 到 2100 之间，如 --year 2023。")
    outputs = _outputs(html, xlsx)
    files = gather(sources, skip=outputs.values())
    copies = _marked_copies(files, annotate) if annotate is not None else None
    for path in outputs.values():
        refuse_overwriting(path, files)
        ensure_folder(path.parent)
    with review_progress(len(files), progress) as advance:
        result = review(files, year, advance, workers, copies)
    if "html" in outputs:
        from .html import review_html

        atomic_write(outputs["html"], review_html(result))
    if "xlsx" in outputs:
        from .xlsx import review_xlsx

        atomic_write(outputs["xlsx"], review_xlsx(result))
    if as_json:
        from ...console import print_json
        from .as_json import review_json

        print_json(review_json(result))
    else:
        show_review(result)
        for path in outputs.values():
            show_written(path)
        if annotate is not None:
            show_annotated(result, annotate)
        if not outputs:
            show_hint()
    faults = {f.hint for f in result.files if f.fault}
    for hint in faults:  # what to send to the maintainers: once, not once a file
        if hint:
            stderr.print(f"[dim]{escape(hint)}[/]")
    return EXIT_INTERNAL if faults else 0
