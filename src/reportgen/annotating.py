"""`validate 草稿.docx --annotate`: the clerk's own document back, with the findings in it.

Each finding becomes a Word comment on the words it is about, saying what is wrong and
what to write; each safe fix becomes a tracked change (deletion and insertion) that the
clerk accepts or rejects in Word or WPS. The changes are exactly those of
`validate --fix`: the imported report goes through the same fixing passes as a data
file, and each string's fixed text is compared with its text as imported, character by
character; so accepting every change gives the text --fix gives. The copy goes beside
the draft (草稿（校对）.docx) or to -o, never over the draft.

Words in a table cell or a content control are marked where they stand, like any
others. Words in a text box are not: Word keeps a text box's text twice (the shape and
its fallback for older readers), and a mark in one copy would disagree with the other;
its findings are listed in the comment on the first paragraph, each with its place.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import rules
from .documents.normalised import normalised
from .documents.opening import Opened, open_report
from .documents.source import InputKind, input_kind
from .errors import UsageError
from .files import refuse_overwriting, write_all
from .jsonedit import value_at
from .proofread import Checked, fixed_text
from .render.ooxml.annotate import Annotator
from .render.ooxml.marks import Author, Comment, Revision
from .rules import Finding, Severity

AUTHOR = "reportgen"
INITIALS = "RG"
SUFFIX = "（校对）"
_JOIN = 2  # characters in common that do not split one change into two
_LABEL = {Severity.ERROR: "错误", Severity.WARNING: "警告"}


@dataclass
class Annotated:
    checked: Checked
    target: Path
    comments: int
    revisions: int
    by_hand: int  # safe fixes that could not be written as tracked changes
    content: bytes = field(repr=False)  # the copy, until `write_copies` writes it


def annotated_name(path: Path) -> Path:
    """草稿.docx → 草稿（校对）.docx, beside it."""
    return path.with_name(f"{path.stem}{SUFFIX}.docx")


def annotate(
    path: Path,
    output: Path | None = None,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
) -> Annotated:
    if input_kind(path) is not InputKind.WORD:
        raise UsageError(
            f"--annotate 只用于 Word 文档（.docx），{path} 不是。",
            hint="文本报告请先在 Word 或 WPS 中打开，另存为 .docx 后再加批注；"
            "或用 reportgen validate 查看检查结果。",
        )
    target = output or annotated_name(path)
    if target.suffix.lower() != ".docx":
        raise UsageError(
            f"-o {target}：加了批注的副本是 Word 文档，文件名应以 .docx 结尾。",
            hint=f"如 -o {target.with_suffix('.docx')}",
        )
    refuse_overwriting(target, [path])  # never the draft itself, a data file or a template
    opened = open_report(path, elements=True)
    findings = opened.locate(rules.check(opened.report, select, ignore))
    revisions = _revisions(opened, select, ignore)
    source = opened.source
    assert source is not None
    annotator = Annotator(source.members, source.part, source.root, _author())
    planned, boxed = _comments(opened, findings)
    for found in normalised(opened):  # a typed 1、 or a date 2025年01月15日: import's notes
        spans = ((found.span.paragraph, found.span.start, found.span.end),)
        if source.paragraphs[found.span.paragraph].in_text_box:
            continue  # import's note on it is in the notes' comment
        for i1, i2, j1, j2 in _changes(found.written, found.right):  # 1、 → 1.: 、 → .
            at = found.span.start
            revisions.append(
                Revision(((found.span.paragraph, at + i1, at + i2),), found.right[j1:j2])
            )
        planned.append(
            (Comment(spans, (f"【格式】{found.message}", f"建议：{found.suggestion}")), spans)
        )
    marked = annotator.mark(source.paragraphs, revisions, [comment for comment, _ in planned])
    written = [r for r in revisions if r not in marked.skipped]
    final = [
        (comment_id, _with_outcome(comment, changed, written))
        for (comment_id, comment), (_, changed) in zip(marked.comments, planned, strict=True)
    ]
    checked = Checked(path, opened.report, findings, notes=opened.notes)
    by_hand = boxed + sum(1 for _, c in planned if c and not _revised(c, written))
    content = annotator.package(final)
    return Annotated(checked, target, len(final), marked.revisions, by_hand, content)


def write_copies(copies: Sequence[Annotated]) -> None:
    """The marked copies of one command, all or nothing: a draft that fails, or a disk
    that fills at the second copy, leaves every copy as it was before."""
    write_all([(copy.target, copy.content) for copy in copies])


def _author() -> Author:
    """reportgen, now; SOURCE_DATE_EPOCH fixes the time, for reproducible copies."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    when = (
        dt.datetime.fromtimestamp(int(epoch), dt.UTC)
        if epoch.isdigit()
        else dt.datetime.now(dt.UTC)
    )
    return Author(AUTHOR, INITIALS, when.strftime("%Y-%m-%dT%H:%M:%SZ"))


def _revisions(opened: Opened, select: Collection[str], ignore: Collection[str]) -> list[Revision]:
    """The changes `validate --fix` makes, as tracked changes in the source's text."""
    from .importing.write import report_data

    assert opened.map is not None
    text = json.dumps(report_data(opened.report), ensure_ascii=False, indent=2)
    fixed = json.loads(fixed_text(text, str(opened.path), select, ignore)[0])
    revisions = []
    for path, before in opened.map.strings.items():
        if path in (("date",), ("organ",)):
            continue  # not strings of the document as written
        after = value_at(fixed, path)
        if not isinstance(after, str) or after == before:
            continue
        for i1, i2, j1, j2 in _changes(before, after):
            spans = opened.map.spans(path, i1, i2)
            revisions.append(
                Revision(tuple((s.paragraph, s.start, s.end) for s in spans), after[j1:j2])
            )
    return revisions


# difflib's exact comparison (autojunk off) costs about the cube of the length on text that
# repeats itself (法制宣传， 1,000 times, each fixed, took minutes). A longer string is
# compared from its first difference to its last, and where that is still longer, with
# difflib's own heuristic for long sequences: a diff all the same, in coarser pieces.
_EXACT_UP_TO = 500


def _changes(before: str, after: str) -> list[tuple[int, int, int, int]]:
    """The differing ranges (before i1:i2 → after j1:j2), a change kept whole across a
    character or two in common: 第一负责人 → 第一责任人 is 负责 → 责任, not 负 out, 任 in."""
    head = tail = 0
    if max(len(before), len(after)) > _EXACT_UP_TO:
        most = min(len(before), len(after))
        while head < most and before[head] == after[head]:
            head += 1
        while tail < most - head and before[-1 - tail] == after[-1 - tail]:
            tail += 1
    differing = before[head : len(before) - tail], after[head : len(after) - tail]
    long = max(map(len, differing)) > _EXACT_UP_TO
    matcher = difflib.SequenceMatcher(None, *differing, autojunk=long)
    changes: list[tuple[int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        i1, i2, j1, j2 = i1 + head, i2 + head, j1 + head, j2 + head
        if changes and i1 - changes[-1][1] <= _JOIN and j1 - changes[-1][3] <= _JOIN:
            changes[-1] = (changes[-1][0], i2, changes[-1][2], j2)
        else:
            changes.append((i1, i2, j1, j2))
    return changes


Spans = tuple[tuple[int, int, int], ...]


def _comments(
    opened: Opened, findings: list[Finding]
) -> tuple[list[tuple[Comment, Spans | None]], int]:
    """A comment for each finding on its words, with the words a fix changes (None: no
    fix); those without a place or in a text box, and import's notes, in a comment on
    the first paragraph. Also how many fixes stand in a text box (to be made by hand)."""
    assert opened.source is not None
    comments: list[tuple[Comment, Spans | None]] = []
    unplaced: list[str] = []
    boxed = 0
    for finding in findings:
        said = (_heading(finding), f"建议：{finding.suggestion}")
        place = finding.place
        if place is None or not place.spans:
            unplaced.append(" ".join(said))
            continue
        if any(opened.source.paragraphs[index].in_text_box for index, _, _ in place.spans):
            unplaced.append(f"（文本框中，{place.where}“{place.quote}”）" + " ".join(said))
            boxed += finding.fix is not None
            continue
        fixed = place.spans if finding.fix is not None else None
        comments.append((Comment(place.spans, said), fixed))
    top = _first_paragraph(opened)
    if top is not None and opened.notes:
        notes = Comment((top,), ("【导入说明】reportgen 读这份草稿时：", *opened.notes))
        comments.insert(0, (notes, None))
    if top is not None and unplaced:
        intro = f"【另有 {len(unplaced)} 处】以下问题未能在文中对应的文字上标出："
        comments.insert(0, (Comment((top,), (intro, *unplaced)), None))
    return comments, boxed


def _heading(finding: Finding) -> str:
    return f"【{_LABEL[finding.severity]} {finding.code}】{finding.message}"


def _with_outcome(comment: Comment, changed: Spans | None, written: list[Revision]) -> Comment:
    """A comment on a safe fix says whether its change is in the text."""
    if changed is None:
        return comment
    outcome = "（已标为修订，接受修订即可）" if _revised(changed, written) else "（请在文中修改）"
    return Comment(comment.spans, (*comment.paragraphs[:-1], comment.paragraphs[-1] + outcome))


def _revised(spans: Spans, revisions: list[Revision]) -> bool:
    """Whether a tracked change touches these words."""
    for paragraph, start, end in spans:
        for revision in revisions:
            for other, begin, finish in revision.spans:
                if other == paragraph and begin <= end and start <= finish:
                    return True
    return False


def _first_paragraph(opened: Opened) -> tuple[int, int, int] | None:
    """The first paragraph with text outside text boxes; else the first outside them
    (a draft written all in text boxes: the one that holds them)."""
    assert opened.source is not None
    outside = [(i, p.text) for i, p in enumerate(opened.source.paragraphs) if not p.in_text_box]
    for index, text in [*(found for found in outside if found[1].strip()), *outside[:1]]:
        return (index, 0, len(text))
    return None
