"""A heading the page's width broke over two lines, joined back into one.

A web page (or a narrow PDF column) wraps a long heading: 二、推进法治政府建设的主要 /
举措和成效. A copy keeps the break as a paragraph break, so the heading's tail would
read as a paragraph of the part. The tail is joined back only where it cannot be a
paragraph of its own: short, without any sentence mark, and the heading stops on a
word that needs more after it (的, 和, 主要), or the tail starts with a conjunction
(举措 / 和成效), or it ends as a heading ends (…成效, …机制) where the heading does not.
A page wraps only a line as wide as it, so a short heading (（一）加强组织领导) keeps its
next line apart even where that line lost its 。; and Word never wraps a paragraph into
two, so a .docx is read as its paragraphs are.
"""

from __future__ import annotations

from ..lazyregex import lazy_compile
from ..structure import LEVELS, Numbered
from .body import ORDINALS, heading_of
from .read import Paragraph
from .web import quoted

TAIL_MAX = 15  # what a page's width leaves of a heading on its second line
# The narrowest page a copy comes from (a phone's, a PDF's column) holds some 16
# characters: a heading line, its number counted, that is shorter was not wrapped.
WIDTH_MIN = 16
# A heading that stops here wants more words: a particle, a conjunction, a modifier.
_DANGLING = lazy_compile(
    r"(?:的|和|与|及|以及|或|并|暨|之|等|、|主要|重要|有关|相关|各项|全面|进一步|持续|不断"
    r"|推进|加强|深化|强化|健全|完善|提升|落实|坚持|推动|围绕|关于|对|在|把|将|为)$"
)
# How the genre's headings end (举措和成效, 不足和原因, 工作安排): a heading ending so is
# complete; a tail ending so (or in a heading's noun: 机制, 建设) completes a heading.
_COMPLETE = (
    r"成效|成绩|情况|原因|安排|职责|不足|问题|举措|措施|做法|计划|打算|思路|目标|方向|建议|意见"
)
_HEADING_END = lazy_compile(rf"(?:{_COMPLETE})$")
_TAIL_END = lazy_compile(rf"(?:{_COMPLETE}|部署|任务|工作|建设|机制|体系|能力|水平|领导|保障)$")
# A tail that starts with a conjunction continues the heading above it: 举措 / 和成效.
_CONTINUES = lazy_compile(r"^(?:和|与|及|以及|并|暨|的|之)")
_MARKS = lazy_compile(r"[。；！？!?;：:，,]")
_SPACE = lazy_compile(r"\s")


def _is_tail(line: str, numbered: Numbered, tail: str) -> bool:
    heading = numbered.text.strip()
    if len(_SPACE.sub("", line)) < WIDTH_MIN:
        return False  # no page is that narrow: the line ended where its writer ended it
    if not tail or len(tail) > TAIL_MAX or _MARKS.search(tail) or _MARKS.search(heading[-1:]):
        return False
    if heading_of(tail) is not None or tail.startswith(tuple(ORDINALS)):
        return False
    if _DANGLING.search(heading) or _CONTINUES.match(tail):
        return True
    if not _TAIL_END.search(heading):
        return bool(_TAIL_END.search(tail))
    # A heading ending in a heading's word (…组织领导, …法治政府建设) is whole, and a line
    # under it ending so is a paragraph that lost its 。; only a part's heading, which
    # names its part last (…举措和成效, …工作安排), may still want that ending.
    return (
        numbered.level == LEVELS[0]
        and bool(_HEADING_END.search(tail))
        and not _HEADING_END.search(heading)
    )


def join_wrapped_headings(
    body: list[Paragraph], notes: list[str], from_word: bool = False
) -> list[Paragraph]:
    """The body's lines, each heading broken by the page's width joined with its tail;
    each join said in `notes`. A Word file's paragraphs stay as they are."""
    if from_word:
        return body
    joined: list[Paragraph] = []
    index = 0
    while index < len(body):
        line = body[index]
        numbered = heading_of(line.text)
        tail = body[index + 1].text.strip() if index + 1 < len(body) else ""
        if numbered is not None and _is_tail(line.text, numbered, tail):
            notes.append(
                f"标题“{quoted(line.text)}”和下一行“{quoted(tail)}”是同一个标题"
                "（网页换行把它分成了两行），已连成一行读入。"
            )
            joined.append(_join(line, body[index + 1]))
            index += 2
            continue
        joined.append(line)
        index += 1
    return joined


def _join(line: Paragraph, tail: Paragraph) -> Paragraph:
    """The heading's line with its tail after it, each one's bold runs kept where they
    now stand."""
    head = line.text.rstrip()
    lead = len(tail.text) - len(tail.text.lstrip())
    bold = [(start, min(end, len(head))) for start, end in line.bold if start < len(head)]
    text = tail.text.strip()
    moved = [
        (len(head) + max(start - lead, 0), len(head) + min(end - lead, len(text)))
        for start, end in tail.bold
    ]
    return Paragraph(head + text, tuple(bold + [span for span in moved if span[0] < span[1]]))
