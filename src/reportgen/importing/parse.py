"""Paragraphs of a report → the data of a report, numbering turned into structure.

Recognised: the organ line, 版头, the title and its year, the addressees, the opening,
headings 一、 （一） 1. （1） (also typed as 1、 or （一）、, and run-on headings that end
with 。 followed by text), 一是/二是 points with their lead phrases, the signature
lines, the date (Arabic or Chinese numerals) and 附注. A paragraph it cannot place is
kept where it stands and reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .. import numbering
from ..model import PartKind
from .read import Paragraph

_CN = "一二三四五六七八九十"
LEVEL1 = re.compile(rf"^([{_CN}]+)\s*([、.．，])\s*(.+)$", re.S)
LEVEL2 = re.compile(rf"^[（(]([{_CN}]+)[）)]\s*([、.．]?)\s*(.+)$", re.S)
LEVEL3 = re.compile(r"^(\d{1,2})\s*([.．、])\s*(?!\d)(.+)$", re.S)
LEVEL4 = re.compile(r"^[（(](\d{1,2})[）)]\s*([、.．]?)\s*(.+)$", re.S)
ORDINAL = [numbering.point(n) for n in range(1, 11)]  # 一是 … 十是
DATE_ARABIC = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
DATE_CHINESE = re.compile(
    r"^([〇零一二三四五六七八九○]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$"
)
ORGAN = re.compile(r"(?:委员会|人民政府|[县区市旗镇乡]委|办公室|[局厅委办]|街道办事处)$")
NUMBER_LINE = re.compile(r"^(?P<number>\S+〔\d{4}〕\S*号)(?:\s*签发人[：:]\s*(?P<signer>.+))?$")
NOTE = re.compile(r"^[（(].{2,30}[）)]$")
# Headings run on when they end with 。 and text follows in the same paragraph.
RUN_ON = re.compile(r"^(.{2,60}?。)(.+)$", re.S)
LEAD_MAX = 20  # a lead phrase is one short sentence: 压实责任，强化担当。

KIND_WORDS = [
    (PartKind.DUTY, ("第一责任人", "履行推进法治建设", "主要负责人")),
    (PartKind.SHORTCOMINGS, ("不足", "问题和", "存在的问题", "短板")),
    (PartKind.PLANS, ("安排", "打算", "计划", "下一步", "思路", "明年")),
    (PartKind.MEASURES, ("举措", "成效", "做法", "主要工作", "工作情况", "开展情况")),
    (PartKind.OTHER, ("其他",)),
]


@dataclass
class Parsed:
    data: dict[str, Any]
    notes: list[str] = field(default_factory=list)  # what was normalised or not placed


def _chinese_number(text: str) -> int:
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
    if len(text) == 4 and all(c in digits for c in text):
        return int("".join(str(digits[c]) for c in text))
    if text == "十":
        return 10
    if "十" in text:
        tens, _, units = text.partition("十")
        return (digits[tens] if tens else 1) * 10 + (digits[units] if units else 0)
    return digits[text]


def part_kind(heading: str, year: int | None) -> PartKind | None:
    if year is not None and f"{year + 1}年" in heading:
        return PartKind.PLANS
    for kind, words in KIND_WORDS:
        if any(word in heading for word in words):
            return kind
    return None


def _split_points(text: str) -> tuple[str, list[tuple[int, str]]] | None:
    """`intro一是…二是…` → (intro, [(offset, point text)]) when the ordinals run in order;
    offset is where the point's ordinal stands in `text`."""
    start = text.find(ORDINAL[0])
    if start < 0:
        return None
    pieces, ordinal_at, position = [], start, start + 2
    for ordinal in ORDINAL[1:]:
        found = text.find(ordinal, position)
        if found < 0:
            break
        pieces.append((ordinal_at, text[position:found]))
        ordinal_at, position = found, found + 2
    pieces.append((ordinal_at, text[position:]))
    if start > 0 and len(pieces) < 2:
        return None  # a lone 一是 inside a sentence (统一是…) is not a point
    return text[:start], pieces


def _bold_lead(spans: tuple[tuple[int, int], ...], ordinal_at: int) -> int | None:
    """Length of the lead after the ordinal, if a bold run starts at the ordinal."""
    for start, end in spans:
        if start == ordinal_at and end > ordinal_at + 2:
            return end - ordinal_at - 2
    return None


def _point(text: str, bold: int | None, from_word: bool) -> dict[str, str]:
    """Split a point's lead phrase off: the bold run in Word, else a short first sentence."""
    if bold is not None:
        return {"lead": text[:bold], "text": text[bold:]} if bold < len(text) else {"text": text}
    if from_word:
        return {"text": text}  # Word shows leads in bold; none here
    end = text.find("。")
    if 0 < end < LEAD_MAX and end + 1 < len(text):
        return {"lead": text[: end + 1], "text": text[end + 1 :]}
    return {"text": text}


class _Builder:
    def __init__(self, from_word: bool) -> None:
        self.from_word = from_word
        self.data: dict[str, Any] = {}
        self.notes: list[str] = []
        self.parts: list[dict[str, Any]] = []
        self.opening: list[str] = []
        self.container: dict[str, Any] | None = None  # where paragraphs go now
        self.stack: list[dict[str, Any]] = []  # part, section, item, subitem
        self.pending_points: list[dict[str, str]] = []

    # -- paragraphs and points -------------------------------------------------------
    def content(self) -> list[Any]:
        if self.container is None:
            return self.opening
        blocks: list[Any] = self.container.setdefault("content", [])
        return blocks

    def flush_points(self) -> None:
        if self.pending_points:
            self.content().append({"points": self.pending_points})
            self.pending_points = []

    def paragraph(self, paragraph: Paragraph) -> None:
        text, spans = paragraph.text, paragraph.bold
        if self.container is not None and self.pending_points:
            ordinal = ORDINAL[min(len(self.pending_points), len(ORDINAL) - 1)]
            if text.startswith(ordinal):  # 二是… in its own paragraph, after 一是…
                self.pending_points.append(_point(text[2:], _bold_lead(spans, 0), self.from_word))
                return
        split = _split_points(text)
        self.flush_points()
        if split is None or self.container is None:
            self.content().append(text)
            return
        intro, pieces = split
        points = [_point(piece, _bold_lead(spans, at), self.from_word) for at, piece in pieces]
        if not intro and len(points) == 1:
            self.pending_points = points  # perhaps the first of several paragraphs
            return
        block: dict[str, Any] = {"inline": True, "points": points}
        if intro:
            block = {"inline": True, "intro": intro, "points": points}
        self.content().append(block)

    # -- headings --------------------------------------------------------------------
    def heading(self, level: int, title: str, year: int | None) -> None:
        self.flush_points()
        run_on = RUN_ON.match(title) if level > 1 else None
        rest = None
        if run_on:
            title, rest = run_on.group(1), run_on.group(2)
        del self.stack[level - 1 :]
        if level > len(self.stack) + 1:
            self.notes.append(f"“{title[:20]}”的层级跳过了上一级，已放在最近的上一级之下。")
            level = len(self.stack) + 1
        if level == 1:
            kind = part_kind(title, year)
            if kind is None:
                self.notes.append(
                    f"无法判断“{title[:20]}”属于哪项内容，暂归为 other，请核对 kind。"
                )
                kind = PartKind.OTHER
            node: dict[str, Any] = {"kind": kind.value, "heading": title}
            self.parts.append(node)
        else:
            parent = self.stack[-1]
            key = ("sections", "items", "subitems")[level - 2]
            node = {"title": title}
            parent.setdefault(key, []).append(node)
        self.stack.append(node)
        self.container = node
        if rest:
            self.paragraph(Paragraph(rest.strip()))


def parse(paragraphs: list[Paragraph], from_word: bool = False) -> Parsed:
    builder = _Builder(from_word)
    data = builder.data
    notes = builder.notes
    lines = [Paragraph(p.text.replace("\n", ""), p.bold) for p in paragraphs]
    index = 0
    year: int | None = None
    # -- before the title: organ line, 版头 -------------------------------------------
    masthead: dict[str, str] = {}
    while index < len(lines) and not lines[index].text.startswith("关于"):
        text = lines[index].text
        number = NUMBER_LINE.match(re.sub(r"\s+", " ", text).replace("\t", " "))
        if number:
            masthead["number"] = number.group("number")
            if number.group("signer"):
                masthead["signer"] = number.group("signer").strip()
        elif text.endswith("文件"):
            masthead["mark"] = text
        elif ORGAN.search(text) and "organ" not in data:
            data["organ"] = text
        else:
            break  # the title does not start with 关于: take this line as the title
        index += 1
    if index < len(lines):
        title = lines[index].text
        data["title"] = title
        found = re.search(r"(\d{4})\s*年", title)
        year = int(found.group(1)) if found else None
        index += 1
    # -- addressees ---------------------------------------------------------------------
    if index < len(lines) and lines[index].text.endswith(("：", ":")):
        names = re.split(r"[、，,]", lines[index].text.rstrip("：:"))
        data["addressees"] = [name.strip() for name in names if name.strip()]
        if lines[index].text.endswith(":"):
            notes.append("主送机关后用了半角冒号，已按全角处理。")
        index += 1
    else:
        notes.append("没有找到主送机关（以冒号结尾的一行），请在 addressees 中填写。")
    # -- the end: note, date, signatures (read backwards) ---------------------------------
    end = len(lines)
    if (
        end > index
        and NOTE.match(lines[end - 1].text)
        and end - 2 >= index
        and _date(lines[end - 2].text)
    ):
        data["note"] = lines[end - 1].text
        end -= 1
    if end > index:
        parsed_date = _date(lines[end - 1].text)
        if parsed_date:
            (y, m, d), normalised = parsed_date
            data["date"] = f"{y:04d}-{m:02d}-{d:02d}"
            if normalised:
                notes.append(f"成文日期“{lines[end - 1].text}”已按规范写法“{y}年{m}月{d}日”读入。")
            end -= 1
        else:
            notes.append("没有找到成文日期（最后一行），请在 date 中填写。")
    signatories: list[str] = []
    while end > index and _signature_line(lines[end - 1].text):
        signatories = lines[end - 1].text.split() + signatories
        end -= 1
    if signatories:
        data["signatories"] = signatories
    else:
        notes.append("没有找到署名（成文日期上方的机关名称），请在 signatories 中填写。")
    # -- the body -------------------------------------------------------------------------
    for paragraph in lines[index:end]:
        text = paragraph.text
        matched = False
        for level, pattern in enumerate((LEVEL1, LEVEL2, LEVEL3, LEVEL4), start=1):
            match = pattern.match(text)
            if match is None or (level == 1 and not _level1_ok(match, builder)):
                continue
            separator, title = match.group(2), match.group(3).strip()
            typed = _typed_numbering_note(
                level, match.group(0)[: match.start(3)].strip(), separator
            )
            if typed:
                notes.append(typed)
            builder.heading(level, title, year)
            matched = True
            break
        if not matched:
            builder.paragraph(paragraph)
    builder.flush_points()
    # -- assemble, in the model's key order ------------------------------------------------
    if year is None and "date" in data:
        year = int(data["date"][:4]) - 1
        notes.append(f"标题中没有年份，按成文日期推定为 {year} 年度的报告。")
    organ = data.get("organ") or next(
        (name for name in reversed(signatories) if name.endswith("人民政府")),
        signatories[-1] if signatories else None,
    )
    result: dict[str, Any] = {"$schema": "../schema/report.schema.json"}
    if year is not None:
        result["year"] = year
    if organ:
        result["organ"] = organ
    for key in ("signatories", "addressees"):
        if key in data:
            result[key] = data[key]
    if "title" in data and data["title"] != f"关于{year}年法治政府建设情况的报告":
        result["title"] = data["title"]
    result["opening"] = builder.opening
    if not builder.opening:
        notes.append("没有找到开头段落。")
    result["parts"] = builder.parts
    for key in ("date", "note"):
        if key in data:
            result[key] = data[key]
    if masthead:
        result["masthead"] = masthead
    return Parsed(result, notes)


def _signature_line(text: str) -> bool:
    """One or more organ names, short, without sentence punctuation."""
    names = text.split()
    return (
        len(text) <= 40
        and not any(pattern.match(text) for pattern in (LEVEL1, LEVEL2, LEVEL3, LEVEL4))
        and not any(mark in text for mark in "，。；：")
        and all(ORGAN.search(name) for name in names)
    )


def _level1_ok(match: re.Match[str], builder: _Builder) -> bool:
    """一、 starts a part; 一是 and a comma after the numeral (一，) do not."""
    return match.group(2) != "，" and not match.group(3).startswith("是")


def _typed_numbering_note(level: int, typed: str, separator: str) -> str | None:
    if level == 3 and separator in ("、",):
        return f"“{typed}”写法不规范，已按“{typed[:-1]}.”读入（GB/T 15834：阿拉伯数字后用下脚点）。"
    if level in (2, 4) and separator:
        return f"“{typed}”后不应加“{separator}”，已去掉。"
    if level == 1 and separator in (".", "．"):
        return f"“{typed}”写法不规范，已按“{typed[:-1]}、”读入。"
    return None


def _date(text: str) -> tuple[tuple[int, int, int], bool] | None:
    """((year, month, day), whether it had to be normalised) or None."""
    compact = text.replace(" ", "")
    arabic = DATE_ARABIC.match(compact)
    if arabic:
        y, m, d = (int(arabic.group(i)) for i in (1, 2, 3))
        canonical = f"{y}年{m}月{d}日"
        return (y, m, d), compact != canonical
    chinese = DATE_CHINESE.match(compact)
    if chinese:
        try:
            y, m, d = (_chinese_number(chinese.group(i)) for i in (1, 2, 3))
        except KeyError:
            return None
        return (y, m, d), True
    return None
