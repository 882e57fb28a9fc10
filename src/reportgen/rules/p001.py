"""P001: full-width marks in Chinese text (GB/T 15834): （ ）， ； ： ？ ！; a mark among
digits or Latin letters (1,000, 9:30, COVID-19) stays half-width."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..chinese import in_chinese_text
from ..lazyregex import lazy_compile
from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField, apply_fixes
from .cases import text, wrong_right
from .matching import excerpt

_FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_PAIR = lazy_compile(r"\(([^()\n]*)\)")
_SINGLE = lazy_compile(r"[,;:?!()]")


def _neighbour(text: str, index: int, step: int) -> str:
    """The nearest non-space character from `index` in direction `step`."""
    index += step
    while 0 <= index < len(text) and text[index] == " ":
        index += step
    return text[index] if 0 <= index < len(text) else ""


class HalfWidthPunctuation(Rule):
    code = "P001"
    severity = Severity.ERROR
    summary = "中文里的半角标点 ( ) , ; : ? ! 应为全角（数字和外文保持半角）"
    fixable = True
    explanation = "中文里的标点用全角：（ ）， ； ： ？ ！。数字、外文里的半角标点（1,000、9:30、COVID-19）不改。"
    example = wrong_right("各村(社区)积极参与,效果明显。", "各村（社区）积极参与，效果明显。")
    triggers = (
        text("各村(社区)积极参与。", "各村（社区）积极参与。"),
        text("推进安装,配合公安机关。", "推进安装，配合公安机关。"),
        text("建立防线;健全机制。", "建立防线；健全机制。"),
        text("主要做法:一是学习。", "主要做法：一是学习。"),
        text("成效如何?还需检验。", "成效如何？还需检验。"),
    )
    clean = (
        text("“6.26”禁毒日和“12.4”宪法宣传日。"),
        text("普及“国家反诈中心”App，覆盖1,000人。"),
        text("会议时间 9:30，做好 COVID-19 (SARS-CoV-2) 防控。"),
    )

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, replacement) of each half-width mark that sits in Chinese text."""
        found: list[tuple[int, int, str]] = []
        taken: set[int] = set()
        for match in _PAIR.finditer(text):
            start, end = match.span()
            inner = match.group(1)
            # A pair is judged as a whole: (社区) is Chinese, (SARS-CoV-2) is not.
            taken.update((start, end - 1))
            if any(in_chinese_text(c) for c in inner) or in_chinese_text(
                _neighbour(text, start, -1)
            ):
                found.append((start, end, f"（{inner}）"))
        for match in _SINGLE.finditer(text):
            at = match.start()
            if at in taken:
                continue
            if in_chinese_text(_neighbour(text, at, -1)) or in_chinese_text(
                _neighbour(text, at, 1)
            ):
                found.append((at, at + 1, _FULL_WIDTH[match.group()]))
        return sorted(found)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field in texts:
            for start, end, right in self.spans(field.text):
                wrong = field.text[start:end]
                mark = wrong if len(wrong) == 1 else "( )"
                yield self.finding(
                    field.path,
                    excerpt(field.text, start, end),
                    f"中文里用了半角标点“{mark}”。",
                    f"改为全角“{right if len(wrong) == 1 else '（ ）'}”。",
                    Fix(field.path, start, end, right),
                )

    def fixed(self, text: str) -> str:
        return apply_fixes(
            text, [Fix((), start, end, right) for start, end, right in self.spans(text)]
        )[0]
