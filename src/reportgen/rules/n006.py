"""N006: a change from last year (同比增长12%, 较上年减少8件) against this year's figure and
last year's, when the text gives both."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..figures.changes import Change, contradicted_changes
from ..figures.numerals import write
from ..figures.rounding import rounded
from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import text, wrong_right
from .figuretext import amount, contradiction_findings

# Reported as errors: the text's own words make the contradiction certain.
CERTAIN = (
    "全年办理行政处罚案件64件，同比增长18%（上年50件）。",
    "全年办理行政处罚案件64件，同比下降28%（上年50件）。",
    "全年办理案件64件，较上年的50件增长38%。",
    "行政处罚案件由50件增加到64件，增长26%。",
    "全年办理案件64件，比上年增加12件（去年同期50件）。",
    "调解成功率98.3%，较上年（97.1%）提高2.2个百分点。",
    "全年受理信访事项46件，同比下降18%，去年同期为50件。",
)

# Reported as warnings, saying why they may be wrong.
PROBABLE = (
    "全年办理案件60余件，同比增长80%（上年30件）。",
    # Last year's figure in the sentence before, of the same noun: a warning, however exact.
    "上年受理行政诉讼案件40件。今年受理行政诉讼案件降至30件，同比下降20%。",
    "去年共调处矛盾纠纷120件。今年调处矛盾纠纷150件，同比增长20%。",
    "去年调处矛盾纠纷120件，其中婚姻纠纷30件。今年调处矛盾纠纷150件，同比增长20%。",
)

# Figures written the way correct reports write them.
CORRECT = (
    # Last year's figure in the sentence before: agreeing, of another noun, or not said to
    # be last year's.
    "上年受理行政诉讼案件40件。今年受理行政诉讼案件降至30件，同比下降25%。",
    "上年受理信访事项40件。今年调处矛盾纠纷30件，同比下降20%。",
    "上半年开展普法讲座40场。今年开展普法讲座30场，同比下降20%。",
    "全年办理行政处罚案件64件，同比增长28%（上年50件）。",
    "全年办理案件64件，同比增长28%。",
    "全年办理案件64件，较上年增加14件。",
    "行政处罚案件由50件增加到64件，增长28%。",
    "全年办理案件64件，比上年增加14件（去年同期50件）。",
    "调解成功率98.3%，较上年（97.1%）提高1.2个百分点。",
    "全年受理信访事项46件，同比下降8%，去年同期为50件。",
    "全年受理信访事项46件，同比下降8.0%，去年同期为50件。",
    "全年办理案件60余件，同比增长一倍以上（上年30件）。",
)


class ChangeAndFigures(Rule):
    code = "N006"
    severity = Severity.ERROR
    summary = "同比增减要与今年、上年两个数字相符（没写上年数字的不查，用了约数的只作提示）"
    explanation = "写了“同比增长（下降）”“较上年增加（减少）”，又写了今年和上年的数字，三者要相符：增长率＝（今年－上年）÷上年。增减方向写反了，或者幅度算错了，都报错误；用了约数的只作提示。只写“同比增长12%”而没有上年数字的，不查。上年的数字写在前一句（“上年受理行政诉讼案件40件。今年……降至30件，同比下降20%”）、说的是同一样东西的，也核对，只作提示。"
    example = wrong_right(
        "全年办理行政处罚案件64件，同比增长18%（上年50件）。",
        "全年办理行政处罚案件64件，同比增长28%（上年50件）。",
    )
    triggers = tuple(text(t) for t in (*CERTAIN, *PROBABLE))
    clean = tuple(text(t) for t in CORRECT)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        return contradiction_findings(self, texts, contradicted_changes, _span, _words)


def _span(found: Change) -> tuple[int, int]:
    return found.start, max(found.stated.end, found.current.end, found.base.end)


def _words(found: Change) -> tuple[str, str]:
    now, before, stated = found.current, found.base, found.stated
    said = "增长" if found.rising else "下降"
    exact = found.high is not None and found.low == found.high
    if exact and (found.low > 0) != found.rising and found.low != 0:
        went = "多" if found.low > 0 else "少"
        return (
            f"写的是“{said}{stated.written}”，但今年{now.written}比上年{before.written}{went}。",
            "核对增减方向和两个数字，改正写错的地方。",
        )
    if not exact:
        return (
            f"“{said}{stated.written}”与今年{now.written}、上年{before.written}对不上（含约数）。",
            "核对这三个数字。",
        )
    size = abs(found.low)
    if stated.percent:
        given = f"{write(size)}%"
        right = f"{rounded(size, stated.places)}%"
    elif stated.unit == "百分点":
        given = right = f"{write(size)}个百分点"
    else:
        given = right = amount(size, stated)
    where = "（上年的数字取自前一句）" if found.apart else ""
    return (
        f"按今年{now.written}、上年{before.written}{where}计算，{said}{given}，"
        f"写的是{stated.written}。",
        f"应为{said}{right}；如果是两个数字之一写错了，请改正数字。程序不自动修改。",
    )
