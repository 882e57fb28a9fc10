"""P006: a dash is “——”: not “--”, nor a hyphen between Chinese characters; a hyphen
among digits or letters (0391-1234567, COVID-19) is right.

A single hyphen between Chinese characters is not always wrong: GB/T 15834 4.15 lets the
short connector join the parts of a compound proper name (吐鲁番-哈密盆地, 中国-东盟博览会).
So only what no connector can be is an error: a doubled hyphen, a hyphen with spaces
around it, a hyphen against a comma, full stop or quotation mark, a hyphen before a word
that opens an explanation (制度-一是…, 各村-特别是…). A hyphen joining two
Chinese words is a warning that says why, and nothing at all where the name's head
(经济技术开发区, 盆地, 博览会 …, wordlists.toml [compound_names]) follows close behind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from ..chinese import ANY_HAN, in_chinese_text
from ..lazyregex import lazy_compile
from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .cases import text, warned, wrong_right
from .matching import excerpt, matches
from .wordlists import words

_DOUBLE_HYPHEN = lazy_compile(r"(?<![-－])(?:-{2,}|－{2,}|—-|-—)(?![-－])")
# From the first space of a run only: tried from each of 60,000 spaces, it took minutes.
_SINGLE_HYPHEN = lazy_compile(r"(?<!\s)\s*(?<![-－])[-－](?![-－])\s*")
# What a compound name's connector stands between: its parts' characters, or a bracket
# inside the name (中国（广西）-东盟).
_NAME_PART = lazy_compile(f"[{ANY_HAN}（）]")
# The name's head follows the hyphen within this many characters of its clause.
_HEAD_WITHIN = 12
_CLAUSE_END = lazy_compile(r"[，。；：！？,;:!?\n]")

_SUGGESTION = "作破折号时改为“——”，表示起止（如两个地点之间）时改为“—”"


@cache
def _heads() -> tuple[str, ...]:
    return tuple(words("compound_names", "heads"))


@cache
def _dash_openers() -> tuple[str, ...]:
    return tuple(words("compound_names", "dash_openers"))


def _beside(text: str, start: int, end: int) -> tuple[str, str]:
    return (text[start - 1] if start > 0 else "", text[end] if end < len(text) else "")


def _names_a_compound(text: str, after: int) -> bool:
    """The clause after the hyphen reaches a compound name's head soon (柏山-月山经济技术开发区)."""
    clause_end = _CLAUSE_END.search(text, after)
    window = text[
        after : min(after + _HEAD_WITHIN, clause_end.start() if clause_end else len(text))
    ]
    return any(head in window for head in _heads())


class AsciiDash(Rule):
    code = "P006"
    severity = Severity.ERROR
    also_warns = True
    summary = "破折号写作“——”：不用“--”；汉字间的“-”只用于复合专名（吐鲁番-哈密盆地）"
    fixable = True
    explanation = (
        "破折号是两个字长的“——”。用键盘上的“--”代替，或“-”两侧空格、紧挨逗号引号等标点、"
        "后面紧跟“一是”“特别是”等引出解释的词，肯定写错了，报错误。夹在两个汉字之间的“-”多半是打错的破折号或一字线，但复合专名中间"
        "可以用短横线连接（GB/T 15834 4.15，如“吐鲁番-哈密盆地”“中国-东盟博览会”），所以只作提示；"
        "后面紧跟“经济技术开发区”“盆地”“博览会”等专名中心词的，看作专名，不提示"
        "（中心词列在 src/reportgen/rules/wordlists.toml 的 [compound_names]）。"
        "数字、外文之间的连字符（电话、型号、标准编号）不检查。"
    )
    example = wrong_right(
        "开展“三进”活动--进村、进校、进企。", "开展“三进”活动——进村、进校、进企。"
    )
    triggers = (
        text(
            "开展“三进”活动--进村、进校。", "开展“三进”活动——进村、进校。", severity=Severity.ERROR
        ),
        text("法治宣传 - 以案释法。", severity=Severity.ERROR),
        text("开展“三进”-进村、进校、进企。", severity=Severity.ERROR),
        text("全年受理纠纷36件，-调解成功34件。", severity=Severity.ERROR),
        text("入驻柏山 - 月山经济技术开发区的企业。", severity=Severity.ERROR),
        text("健全三项制度-一是公示制度，二是审核制度。", severity=Severity.ERROR),
        text("全镇各村-特别是偏远村组，都已建成法治广场。", severity=Severity.ERROR),
        warned("组织律师开展法治体检-走访企业23家。"),
        warned("开通柏山-县城公交，方便群众办事。"),
    )
    clean = (
        text("电话0394-6823517，COVID-19，型号A-1，——以案释法。"),
        text("北京—上海，2021—2025年。"),
        text("入驻柏山-月山经济技术开发区的企业达到12家。"),
        text("借鉴吐鲁番-哈密盆地的做法，组织企业参加中国-东盟博览会。"),
        text("推进中国（广西）-东盟、柏山-月山合作，助力郑州-开封一体化。"),
        text("柏山-月山经开区（以下简称“经开区”）与柏山-月山综保区联动发展。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field, match in matches(texts, _DOUBLE_HYPHEN):
            before, after = _beside(field.text, *match.span())
            if not (in_chinese_text(before) or in_chinese_text(after)):
                continue  # ASCII art, an option such as --fix
            yield self.finding(
                field.path,
                excerpt(field.text, *match.span()),
                f"用了“{match.group()}”代替破折号。",
                "改为破折号“——”。",
                Fix(field.path, match.start(), match.end(), "——"),
            )
        for field, match in matches(texts, _SINGLE_HYPHEN):
            finding = self._single(field, match)
            if finding is not None:
                yield finding

    def _single(self, field: TextField, match: re.Match[str]) -> Finding | None:
        before, after = _beside(field.text, *match.span())
        # A hyphen between digits or letters (0391-1234567, COVID-19) is right.
        if not (in_chinese_text(before) and in_chinese_text(after)) or "—" in (before, after):
            return None
        quoted = excerpt(field.text, *match.span())
        hyphen = match.group().strip()
        if match.group() != hyphen:
            return self.finding(
                field.path,
                quoted,
                f"“{hyphen}”两侧有空格：中文里破折号写作“——”，连接号两侧也不空格。",
                f"{_SUGGESTION}；是复合专名中的连接号时删去两侧的空格。",
                start=match.start(),
            )
        for mark in (before, after):
            if not _NAME_PART.match(mark):
                return self.finding(
                    field.path,
                    quoted,
                    f"“{hyphen}”紧挨着标点“{mark}”，既不是破折号，也不是连接号的写法。",
                    f"{_SUGGESTION}。",
                    start=match.start(),
                )
        opener = next((w for w in _dash_openers() if field.text.startswith(w, match.end())), None)
        if opener:
            return self.finding(
                field.path,
                quoted,
                f"“{hyphen}”后面是“{opener}”引出的解释，这里是破折号，不是专名中的连接号。",
                "改为破折号“——”。",
                start=match.start(),
            )
        if _names_a_compound(field.text, match.end()):
            return None  # 柏山-月山经济技术开发区: a compound name's connector
        return self.finding(
            field.path,
            quoted,
            f"汉字之间用了连字符“{hyphen}”，多半是把破折号“——”或一字线“—”打成了连字符。",
            f"{_SUGGESTION}；如果是复合专名中的连接号（如“吐鲁番-哈密盆地”），可以不改。",
            start=match.start(),
            severity=Severity.WARNING,
        )
