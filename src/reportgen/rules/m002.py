"""M002: a 发文字号 is written 柏政〔2024〕3号: 六角括号 round the full year, no 0 before the
serial number."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..lazyregex import lazy_compile
from ..model import Report
from .base import Case, Finding, Fix, Rule, Severity, TextField
from .cases import data, put, wrong_right

_NUMBER = lazy_compile(r"^(?P<agency>[^\d〔〕]+)〔(?P<year>\d{4})〕(?P<serial>[1-9]\d*)号$")
_LOOSE_NUMBER = lazy_compile(
    r"^(?P<agency>[^\d\[\]〔〕【】（）()]+)[\[【（(〔](?P<year>\d{4})[\]】）)〕]0*(?P<serial>\d+)号$"
)


def _numbered(number: str) -> dict[str, str]:
    return {"mark": "柏山镇人民政府文件", "number": number, "signer": "王某"}


class DocumentNumber(Rule):
    code = "M002"
    severity = Severity.ERROR
    summary = "发文字号写作“柏政〔2024〕3号”：六角括号，年份写全，序号不编虚位"
    fixable = True
    explanation = (
        "发文字号由机关代字、年份、序号组成：年份用六角括号〔〕，写全四位，序号不编虚位（不写03）。"
    )
    example = wrong_right(
        "柏政[2024]03号",
        "柏政〔2024〕3号",
        data(masthead=_numbered("柏政[2024]03号")),
        data(masthead=_numbered("柏政〔2024〕3号")),
    )
    triggers = (
        Case(
            (put(("masthead",), _numbered("柏政[2024]03号")),),
            fixed="柏政〔2024〕3号",
            at=("masthead", "number"),
        ),
    )
    clean = (data(masthead=_numbered("柏政〔2024〕13号")),)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        if report.masthead is None:
            return
        number = report.masthead.number
        if _NUMBER.match(number):
            return
        loose = _LOOSE_NUMBER.match(number)
        fix = None
        suggestion = "按“机关代字〔年份〕序号号”书写，如“柏政〔2024〕3号”。"
        if loose:
            right = f"{loose['agency']}〔{loose['year']}〕{int(loose['serial'])}号"
            fix = Fix(("masthead", "number"), 0, len(number), right)
            suggestion = f"改为“{right}”。"
        yield self.finding(
            ("masthead", "number"),
            number,
            f"发文字号“{number}”格式不对：年份用六角括号〔〕，序号不加“0”。",
            suggestion,
            fix,
        )
