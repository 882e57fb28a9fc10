"""N008: the same quantity given twice with two values (全年调处矛盾纠纷231件 … 全年调处矛盾
纠纷213件)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..figures.quantities import figures
from ..figures.repeats import repeated_quantities
from ..model import PartKind, Report
from .base import Finding, Rule, Severity, TextField
from .cases import MEASURES, PLANS, data, put, text, wrong_right
from .figuretext import figure_finding, quote
from .matching import excerpt

# Reported as errors: the text's own words make the contradiction certain.
CERTAIN = ()

# Reported as warnings, saying why they may be wrong.
PROBABLE = (
    "全年调处矛盾纠纷231件，群众满意。全年共调处矛盾纠纷213件。",
    "全年办理行政处罚案件64件；一年来，办理行政处罚案件46件。",
)

# Figures written the way correct reports write them.
CORRECT = (
    "全年调处矛盾纠纷231件，群众满意。全年共调处矛盾纠纷231件。",
    "东村调处矛盾纠纷12件，西村调处矛盾纠纷9件。",
    "2022年办理行政处罚案件50件，2023年办理行政处罚案件64件。",
    "全年开展法治宣传活动50余场。司法所开展法治宣传活动38场。",
    "累计培育法律明白人96名，今年培育法律明白人12名。",
)


class SameQuantityTwice(Rule):
    code = "N008"
    severity = Severity.WARNING
    summary = "同一个数前后要一致：同样的说法（如“调处矛盾纠纷”）前后写了两个不同的数"
    explanation = "同一件事的数字前后要一致：开头写“全年调处矛盾纠纷231件”，正文又写“全年调处矛盾纠纷213件”，读者不知道哪个是对的。说法完全相同（去掉“全年”“共”等词后）才算同一件事；两处说的是不同范围或不同时间的，在文字上写清楚即可。只作提示。"
    example = wrong_right(
        "全年调处矛盾纠纷231件，调解成功率98.3%。……全年调处矛盾纠纷213件，群众满意。",
        "全年调处矛盾纠纷231件，调解成功率98.3%。……全年调处矛盾纠纷231件，群众满意。",
    )
    triggers = (
        *(text(t) for t in (*CERTAIN, *PROBABLE)),
        data(
            put(("opening", 0), "2023年，全年调处矛盾纠纷231件。现将有关情况报告如下："),
            put(MEASURES, "坚持“枫桥经验”，全年调处矛盾纠纷213件。"),
        ),
    )
    clean = (
        *(text(t) for t in CORRECT),
        data(
            put(("opening", 0), "2023年，全年调处矛盾纠纷231件。现将有关情况报告如下："),
            put(PLANS, "2024年，全年调处矛盾纠纷300件，调解成功率保持在98%以上。"),
        ),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        # What was done, not what is planned: next year's targets may well differ.
        done = [f for f in texts if f.part_kind is not PartKind.PLANS and f.path[0] != "title"]
        read = [(f.text, figures(f.text)) for f in done]
        for repeat in repeated_quantities(read):
            first, second = done[repeat.first_text], done[repeat.second_text]
            earlier = excerpt(first.text, repeat.first.start - len(repeat.label), repeat.first.end)
            yield figure_finding(
                self,
                False,
                second.path,
                second.text,
                (repeat.second.start - len(repeat.label), repeat.second.end),
                f"{quote(repeat.label)}前面写的是{repeat.first.written}（{earlier}），"
                f"这里写的是{repeat.second.written}。",
                "同一个数前后应一致，核对后改正其中一处；如果两处说的不是同一件事"
                "（范围或时间不同），可以在文字上写清楚区别。",
            )
