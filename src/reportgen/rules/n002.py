"""N002: 〇 for zero in a year written in Chinese numerals: 二〇二四年, not 二O二四年."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..lazyregex import lazy_compile
from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import excerpt, matches

# A year in Chinese numerals with a letter O or a digit 0 for 〇: 二O二四年.
_CN_DIGIT = "〇零一二三四五六七八九"
_O_YEAR = lazy_compile(rf"[{_CN_DIGIT}OoＯｏ0０○]{{4}}(?=年)")
_WRONG_ZERO = lazy_compile("[OoＯｏ0０○零]")


class ZeroInChineseYear(Rule):
    code = "N002"
    severity = Severity.ERROR
    summary = "汉字年份里的零写作“〇”：二〇二四年，不写“二O二四年”“二0二四年”"
    fixable = True
    explanation = "用汉字写年份时，零写作“〇”，不用字母O、数字0或“○”。"
    example = wrong_right("二O二四年一月十五日", "二〇二四年一月十五日")
    triggers = (
        text("二O二四年一月十五日印发。", "二〇二四年一月十五日印发。"),
        text("二0二三年工作要点。", "二〇二三年工作要点。"),
    )
    clean = (text("二〇二四年一月十五日，2024年。"),)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field, match in matches(texts, _O_YEAR):
            written = match.group()
            if not _WRONG_ZERO.search(written) or not any(
                c in "一二三四五六七八九" for c in written
            ):
                continue
            right = _WRONG_ZERO.sub("〇", written)
            yield self.finding(
                field.path,
                excerpt(field.text, *match.span()),
                f"年份“{written}年”中的零写错了（字母O、数字0或“○”“零”）。",
                f"改为“{right}年”。",
                Fix(field.path, match.start(), match.end(), right),
            )
