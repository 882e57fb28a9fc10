"""P010: one sentence mark at a place: not `如下：：`, `成效。。`, `，。` or `；。` (a key
pressed twice, or a sentence cut and rejoined). The marks that are written in pairs by
rule (…… and ——) and ？！ are not among those checked."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..lazyregex import lazy_compile
from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import excerpt

# Only the marks that end or divide a clause; ？ and ！ may stand together (？！) and
# the ellipsis and the dash are doubled by rule, so none of them is here.
_RUN = lazy_compile(r"[。，、；：]{2,}")
# A clause mark before the full stop that ends the paragraph: the full stop is the one meant.
_WEAK = frozenset("，、；")


def _replacement(run: str, at_end: bool) -> str | None:
    """The one mark the run stands for, where it is certain: a mark pressed twice is that
    mark; a comma-like mark before the paragraph's last full stop gives way to it."""
    if len(set(run)) == 1:
        return run[0]
    if at_end and run[-1] == "。" and set(run[:-1]) <= _WEAK:
        return "。"
    return None


class DoubledMarks(Rule):
    code = "P010"
    severity = Severity.ERROR
    summary = "同一处只用一个标点：不写“如下：：”“成效。。”“，。”“；。”"
    fixable = True
    explanation = (
        "句号、逗号、顿号、分号、冒号在同一处只用一个。连打两个（“如下：：”“成效。。”）"
        "或两种标点挨在一起（“，。”“；。”），多是误按或删改句子时留下的。"
        "省略号“……”、破折号“——”本来就占两格，问号叹号连用（“？！”）不在此列。"
    )
    example = wrong_right("现将有关情况报告如下：：", "现将有关情况报告如下：")
    triggers = (
        text("现将有关情况报告如下：：", "现将有关情况报告如下："),
        text("全年工作取得明显成效。。", "全年工作取得明显成效。"),
        text("调解纠纷12件，，调解成功率100%。", "调解纠纷12件，调解成功率100%。"),
        text("开展普法宣传，。", "开展普法宣传。"),
        text("完善工作机制；。", "完善工作机制。"),
        text("开展普法宣传，。全年完成培训3场。", None),
        text("学习宪法、，民法典。", None),
    )
    clean = (
        text("情况如下：一是学习；二是宣传。"),
        text("宣传法律法规……。全年开展活动12场——覆盖全镇。"),
        text("他问：“这也算依法行政吗？！”全年受理投诉5件。"),
        text("学习《宪法》，“八五”普法。（一）完善机制。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field in texts:
            for match in _RUN.finditer(field.text):
                run = match.group()
                start, end = match.span()
                right = _replacement(run, end == len(field.text.rstrip()))
                yield self.finding(
                    field.path,
                    excerpt(field.text, start, end),
                    f"标点“{run}”挨在一起，同一处只用一个标点。",
                    f"改为“{right}”。" if right else "删去多余的标点，只留一个。",
                    Fix(field.path, start, end, right) if right else None,
                    start=start,
                )
