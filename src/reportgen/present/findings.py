"""Findings, failures and fixes as the clerk reads them, and as JSON for scripts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .. import numbering
from ..console import OutputFailed, as_json, escape, print_json, stderr, stdout
from ..errors import ReportgenError, internal_error_message
from ..paths import describe_path, json_path

if TYPE_CHECKING:
    from ..annotating import Annotated
    from ..proofread import Checked, Fixed
    from ..rules import Finding

# Keyed by the severity's value: this module loads no rules (and so no pydantic).
_LABEL = {"error": "[bold red]错误[/]", "warning": "[yellow]警告[/]"}


# A text with 15,000 unpaired brackets has 15,000 findings of one rule in one place: the
# first few say it, a line counts the rest (--format json lists them all).
SHOWN_PER_PLACE = 5


def _where(f: Finding) -> str:
    """In a document: where the clerk finds it; in a data file: the field, and how a
    clerk reads it (parts[1].sections[0].title（二、›（一）›标题）)."""
    return f.place.where if f.place else f"{json_path(f.path)}（{describe_path(f.path)}）"


def finding_lines(findings: Sequence[Finding]) -> list[str]:
    lines: list[str] = []
    counts: dict[tuple[str, tuple[str | int, ...]], int] = {}
    more_at: dict[tuple[str, tuple[str | int, ...]], int] = {}
    for f in findings:
        key = (f.code, f.path)
        counts[key] = counts.get(key, 0) + 1
        if counts[key] > SHOWN_PER_PLACE:
            if key not in more_at:
                more_at[key] = len(lines)
                lines.append("")  # filled in below, when the count is known
            continue
        where = _where(f)
        quote = f.place.quote if f.place else f.excerpt
        lines.append(f"  {_LABEL[f.severity]} [dim]{f.code}[/] {escape(where)}")
        lines.append(f"    {escape(f.message)}")
        if quote:
            lines.append(f"    原文：[italic]{escape(quote)}[/]")
        lines.append(f"    建议：{escape(f.suggestion)}")
    for key, at in more_at.items():
        lines[at] = (
            f"  [dim]…… 此处还有 {counts[key] - SHOWN_PER_PLACE} 个 {key[0]} 问题没有列出"
            "（validate --format json 列出全部）。[/]"
        )
    return lines


_OUTSIDE_PARTS = {
    "title": "标题",
    "organ": "发文机关",
    "addressees": "主送机关",
    "opening": "开头",
    "parts": "全文结构",
    "signatories": "署名",
    "date": "成文日期",
    "attachments": "附件说明",
    "note": "附注",
}


def _group(result: Checked, finding: Finding) -> str:
    """Findings are shown under the part they concern: 二、推进法治政府建设的主要举措和成效."""
    path = finding.path
    if result.report and len(path) >= 2 and path[0] == "parts" and isinstance(path[1], int):
        return numbering.level1(path[1] + 1) + result.report.parts[path[1]].heading
    return _OUTSIDE_PARTS.get(str(path[0]), "其他")


def _mark(result: Checked) -> str:
    if result.errors:
        return "[bold red]✗[/]"
    return "[yellow]![/]" if result.warnings else "[green]✓[/]"


def _not_checked(result: Checked) -> ReportgenError | None:
    """Why a file has no findings: it could not be read, or a bug was met (said so)."""
    if result.fault:
        message, hint = internal_error_message(result.fault)
        return ReportgenError(message, hint=hint)
    return result.failure


def show_checked(result: Checked) -> None:
    """Findings go to stdout (they are what validate is asked for); a file that could
    not be checked is an error, on stderr like every other command's."""
    failure = _not_checked(result)
    if failure:
        stderr.print(f"[bold red]✗[/] {escape(str(result.path))}")
        stderr.print(escape(failure.message))
        if failure.hint:
            stderr.print(f"[dim]{escape(failure.hint)}[/]")
        return
    stdout.print(
        f"{_mark(result)} {escape(str(result.path))}："
        f"{result.errors} 个错误，{result.warnings} 个警告"
    )
    show_notes(result.notes)
    groups: dict[str, list[Finding]] = {}
    for finding in result.findings:
        groups.setdefault(_group(result, finding), []).append(finding)
    for title, findings in groups.items():
        stdout.print(f" [bold]{escape(title)}[/] [dim]（{len(findings)} 处）[/]")
        for line in finding_lines(findings):
            stdout.print(line)


def finding_json(file: object, f: Finding) -> dict[str, object]:
    """One finding as scripts read it, wherever it is printed."""
    return {
        "file": str(file),
        "code": f.code,
        "severity": f.severity.value,
        "path": json_path(f.path),
        "excerpt": f.excerpt,
        "message": f.message,
        "suggestion": f.suggestion,
        "fixable": f.fix is not None,
        # a document: where the clerk finds it
        **(
            {"place": {"where": f.place.where, "number": f.place.number, "quote": f.place.quote}}
            if f.place
            else {}
        ),
    }


def failure_json(error: ReportgenError) -> dict[str, object]:
    """An error that stopped a command (a build refused, a file unreadable, a fault), as
    JSON: its message, its hint, and the findings it carries (a refused build's)."""
    path = getattr(error, "path", "")
    findings: Sequence[Finding] = getattr(error, "findings", None) or []
    return {
        "error": error.message,
        "hint": error.hint or "",
        "findings": [finding_json(path, f) for f in findings],
    }


def findings_json(
    results: Sequence[Checked], fixed: Sequence[Fixed] = (), annotated: Sequence[Annotated] = ()
) -> str:
    """`validate --format json`: every finding of every file, and the totals; with --fix,
    also what was changed (`fixed`, the text output's 已修改 lines); with --annotate, the
    copies written."""
    findings: list[dict[str, object]] = []
    for result in results:
        failure = _not_checked(result)
        if failure:
            findings.append(
                {
                    "file": str(result.path),
                    "code": "INTERNAL" if result.fault else "SCHEMA",
                    "severity": "error",
                    "path": "",
                    "excerpt": "",
                    "message": failure.message,
                    "suggestion": failure.hint or "",
                    "fixable": False,
                }
            )
        findings.extend(finding_json(result.path, f) for f in result.findings)
    document: dict[str, object] = {
        "findings": findings,
        "errors": sum(r.errors for r in results),
        "warnings": sum(r.warnings for r in results),
    }
    notes = [{"file": str(r.path), "note": note} for r in results for note in r.notes]
    if notes:
        document["notes"] = notes
    if annotated:
        document["annotated"] = [
            {
                "file": str(one.checked.path),
                "copy": str(one.target),
                "comments": one.comments,
                "revisions": one.revisions,
            }
            for one in annotated
        ]
    if fixed:
        document["fixed"] = [
            {
                "file": str(outcome.path),
                "code": f.code,
                "path": json_path(f.path),
                "excerpt": f.excerpt,
                "replacement": f.fix.replacement if f.fix else "",
            }
            for outcome in fixed
            for f in outcome.applied
        ]
    return json.dumps(document, ensure_ascii=False, indent=2)


def show_notes(notes: Sequence[str]) -> None:
    """What import normalised, left out or found missing in a document."""
    for note in notes:
        stdout.print(f"  [yellow]导入说明[/] {escape(note)}")


def show_fixed(result: Fixed) -> None:
    for index, f in enumerate(result.applied):
        replacement = f.fix.replacement if f.fix else ""
        written = result.replaced[index] if index < len(result.replaced) else ""
        # A deletion is said as one: 删去“、”, not a change to “”.
        change = f"删去“{escape(written)}”" if not replacement else f"→ “{escape(replacement)}”"
        stdout.print(
            f"  [green]已修改[/] [dim]{f.code}[/] {escape(_where(f))}：{escape(f.excerpt)} {change}"
        )
    stdout.print(f"{escape(str(result.path))}：自动修改了 {len(result.applied)} 处。")


def show_error(error: ReportgenError) -> None:
    """A user error on stderr: the findings it carries, the message, the hint; as JSON on
    stdout when the command was asked for JSON, so that a script always gets JSON (but
    when stdout itself failed: a full disk behind `>` is said where it can be read)."""
    if as_json() and not isinstance(error, OutputFailed):
        print_json(json.dumps(failure_json(error), ensure_ascii=False, indent=2))
        return
    findings = getattr(error, "findings", None)
    if findings:
        for line in finding_lines(findings):
            stderr.print(line)
    stderr.print(f"[bold red]错误：[/]{escape(error.message)}")
    if error.hint:
        stderr.print(f"[dim]{escape(error.hint)}[/]")


def show_annotated(result: Annotated) -> None:
    """Where the marked copy went and what it holds."""
    stdout.print(
        f"[green]✓[/] 已写出 {escape(str(result.target))}：{result.comments} 条批注，"
        f"{result.revisions} 处修订（在 Word 或 WPS 的“审阅”中逐条接受或拒绝）。"
    )
    if result.by_hand:
        stdout.print(
            f"  另有 {result.by_hand} 处可改正的问题无法标为修订，批注中已说明，请手动修改。"
        )
