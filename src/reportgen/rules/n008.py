"""N008: the same quantity given twice with two values (全年调处矛盾纠纷231件 … 全年调处矛盾
纠纷213件)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..figures.quantities import Figure, figures
from ..figures.repeats import repeated_quantities
from ..figures.stocks import repeated_stocks, stock_and_flow
from ..figures.transposed import transposed_figures
from ..model import PartKind, Report
from ..paths import describe_path
from .base import Finding, Rule, Severity, TextField
from .cases import MEASURES, PLANS, SHORTCOMINGS, data, put, text, wrong_right
from .figuretext import figure_finding, quote
from .n008cases import CERTAIN, CORRECT, PROBABLE


class SameQuantityTwice(Rule):
    code = "N008"
    severity = Severity.WARNING
    summary = "同一个数前后要一致：同一件事（如“调处矛盾纠纷”“全乡……个行政村”）前后写了两个不同的数"
    explanation = "同一件事的数字前后要一致：开头写“全年调处矛盾纠纷231件”，正文又写“全年调处矛盾纠纷213件”；前面写“接待群众法律咨询1260人次”，后面写“接待法律咨询1620人次”；前面写“核查卫片执法图斑216个”，后面写“完成261个卫片执法图斑核查整改”，读者不知道哪个是对的。数的是同一样东西（名称相同，或只多了“群众”“各类”“普法”这类不缩小范围的词；名称在数字前或在量词后都算），“全乡”“累计”“新增”等范围相同（“全年”“全年累计”“一年来”“共”都指全年），动词相同或有一处没写，才算同一件事；“调处”“调解”“化解”“排查化解”算一件事，“培训”“参训”“参加培训”算一件事，“开展”“举办”“组织”讲座算一件事，“人”和“名”都数人，但“受理”与“办结”、“办理”与“办结”、“排查”与“化解”是不同的事。同一句中前面写明了专项行动、整治、试点、针对的对象、地点或月份的（“开展燃气安全整治，……督促整改问题12个”），说的是那一项的数，不和全年的数比。“全乡9个行政村”“全县15个乡镇”“全局6个科室”这样的数是报告里的常数，不管前后怎么说、写在哪一部分（包括工作安排），各处都应相同；没写“全镇”的“下辖12个行政村”“推动13个行政村全部……”“实现13个行政村……全覆盖”也是这个数，“在13个行政村开展……”说的是其中一部分，不能比总数还多。工作安排里的数只和工作安排里的数比：明年的目标与今年做的不是同一件事，但同一个目标写了两个数也要一致。上年、计划、“其中”的部分、同比的基数、单独的“累计”（可能跨年）、“简易程序行政处罚案件”这样缩小了范围的名称不算。人数和单位数（“现有执法人员26名”“全镇共培育法律明白人126名”“全县共有行政执法主体52个”）是“有多少”，后面顺带提到时动词不同（“依托全镇136名法律明白人”“对全县48个行政执法主体开展评查”），说的仍是同一批人、同一些单位，数也应相同：后一处写了“全镇”“辖区”这样的范围词的，数不同就提示；没写范围词、只说“全部”“依托”“发挥……作用”的，比总数多才提示（比总数少可能只是其中一部分）。“人次”“新增”“全年培育”说的是当年的事，不是总数。同一个名称在两个不同的会议、培训、活动、评议上各数一次的（“召开述法会议，4个单位主要负责人述法”与“专题会议上，5个单位主要负责人述法”），是两个数，不提示；两处写的是同一个会议或只有一处写了会议的，仍然比较。两处说的是不同范围或不同时间的，在文字上写清楚即可。两个数的数字相同、只是顺序不同（“配备专职调解员58名”与“加强对85名调解员的培训”，“辖区规模以上企业132家”与“为123家规模以上企业开展法律体检”），名称一处在数字前、一处在量词后，多半是把数字写颠倒了，也提示；但“人”与“人次”、“其中”“新增”“参训”“持证”的部分、上年或别的年份的数、东村与西村这样范围不同的名称不算。只作提示。"
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
        # A constant of the report holds in every part, the plans too.
        data(
            put(MEASURES, "全镇共有行政村12个，均建立人民调解委员会。"),
            put(PLANS, "2024年，我镇将对全镇13个行政村开展“法治体检”。"),
        ),
        data(
            put(MEASURES, "全镇12个行政村实现法律顾问全覆盖。"),
            put(SHORTCOMINGS, "全镇13个行政村中，仍有3个村调解室不规范。"),
        ),
        # All of the unit's constituents, said without the unit: 下辖, 全部, 全覆盖.
        data(
            put(MEASURES, "全镇共有行政村12个。"),
            put(PLANS, "2024年，推动13个行政村全部建成法治文化阵地。"),
        ),
        text("镇下辖12个行政村。实现13个行政村法律顾问全覆盖。"),
        text("柏山镇辖12个行政村。实现11个行政村“法治体检”全覆盖。"),
        # A stock in one part used again in another.
        data(
            put(MEASURES, "全镇共培育“法律明白人”126名，实现每村都有。"),
            put(SHORTCOMINGS, "依托全镇162名“法律明白人”开展的普法活动形式单一。"),
        ),
        # 共有 and 现有 after the unit's name say what it has: 全镇共有 is 全镇.
        text("全镇共有法律明白人96名。全镇法律明白人69名全部参加培训。"),
        # Some of them more than all of them.
        data(
            put(MEASURES, "全镇共有行政村12个。"),
            put(PLANS, "2024年，在13个行政村开展“法治体检”。"),
        ),
        text("对13个行政村开展法律顾问服务评估。全乡共有行政村12个。"),
        # Two targets of one quantity in the plans.
        text(
            "2024年，计划组织执法人员培训6期。全年组织执法人员培训8期，实现全员轮训。",
            at=PLANS,
        ),
        text("2024年，力争培育法律明白人100名，年底前培育法律明白人120名。", at=PLANS),
        # What the plans say was done is what was done.
        data(
            put(MEASURES, "全年调处矛盾纠纷231件，调解成功率98%。"),
            put(PLANS, "2023年，我镇调处矛盾纠纷213件，2024年将进一步做好调解工作。"),
        ),
        data(
            put(MEASURES, "全年培育法律明白人96名。"),
            put(PLANS, "一年来培育法律明白人69名，2024年将继续加强培训。"),
        ),
    )
    clean = (
        *(text(t) for t in CORRECT),
        data(
            put(("opening", 0), "2023年，全年调处矛盾纠纷231件。现将有关情况报告如下："),
            put(PLANS, "2024年，全年调处矛盾纠纷300件，调解成功率保持在98%以上。"),
        ),
        # A plan's target is not the year's figure, even worded alike.
        data(
            put(MEASURES, "全年开展法治讲座12场。"),
            put(PLANS, "2024年，全年开展法治讲座15场。"),
        ),
        text("2023年调处矛盾纠纷231件。2024年力争调处矛盾纠纷250件。", at=PLANS),
        text("今年已培育法律明白人96名，计划再培育法律明白人120名。", at=PLANS),
        data(
            put(MEASURES, "全年调处矛盾纠纷231件。"),
            put(PLANS, "在已调处矛盾纠纷231件的基础上，2024年力争调处矛盾纠纷250件。"),
        ),
        text("全年已开展法治讲座12场。2024年，计划开展法治讲座15场。", at=PLANS),
        # Some of the constituents, said without the unit.
        text("全镇共有行政村12个。试点的3个行政村全部建成法治文化阵地。"),
        text("全镇共有行政村12个，其中3个行政村全部完成整改。"),
        text("全镇共有行政村12个。在3个行政村开展试点。"),
        text("全镇共有行政村12个。帮扶县内20个行政村建设法治文化阵地。"),
        text("全镇共有行政村12个，全县共有行政村236个。"),
        # Next year's stock is a target.
        data(
            put(MEASURES, "全镇现有网格员326名。"),
            put(PLANS, "下一步，全镇网格员将达到360名，发挥全镇360名网格员作用。"),
        ),
        text("全镇共有法律明白人96名。全镇新增法律明白人12名。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        # The plans are read as a time of their own: next year's targets may well differ
        # from what was done, but not from each other, and a constant holds in both.
        done = [f for f in texts if f.path[0] != "title"]
        read = [(f.text, figures(f.text)) for f in done]
        planned = [f.part_kind is PartKind.PLANS for f in done]
        year = str(report.year)
        reported: set[tuple[int, int]] = set()
        for repeat in repeated_quantities(read, planned, year):
            reported.add((repeat.second_text, repeat.second.start))
            one, other = done[repeat.first_text].text, done[repeat.second_text].text
            if stock_and_flow((one, repeat.first), (other, repeat.second), year):
                continue  # how many there are, and how many the year added
            yield self._finding(
                done,
                repeat.label,
                (repeat.first_text, repeat.first, repeat.first_span),
                (repeat.second_text, repeat.second, repeat.second_span),
            )
        # A stock (现有执法人员26名) used again in passing (依托26名执法人员) under another
        # verb; the plans' stocks are next year's.
        actual = [
            (t, found) if not p else (t, []) for (t, found), p in zip(read, planned, strict=True)
        ]
        for twice in repeated_stocks(actual, year):
            if (twice.second_text, twice.second.start) not in reported:
                reported.add((twice.second_text, twice.second.start))
                yield self._finding(
                    done,
                    twice.noun,
                    (twice.first_text, twice.first, twice.first_span),
                    (twice.second_text, twice.second, twice.second_span),
                )
        # The same digits in another order, the noun on either side of the figure.
        for swapped in transposed_figures(actual):
            if (swapped.second_text, swapped.second.start) not in reported:
                yield self._finding(
                    done,
                    swapped.noun,
                    (swapped.first_text, swapped.first, swapped.first_span),
                    (swapped.second_text, swapped.second, swapped.second_span),
                    swapped=True,
                )

    def _finding(
        self,
        done: Sequence[TextField],
        label: str,
        first_at: tuple[int, Figure, tuple[int, int]],
        second_at: tuple[int, Figure, tuple[int, int]],
        swapped: bool = False,
    ) -> Finding:
        """The second figure's finding, naming where the first was given and as what."""
        first, second = done[first_at[0]], done[second_at[0]]
        earlier = first.text[slice(*first_at[2])]
        where = "" if first.path == second.path else f"在“{describe_path(first.path)}”"
        return figure_finding(
            self,
            False,
            second.path,
            second.text,
            second_at[2],
            f"{quote(label)}前面{where}写的是{first_at[1].written}（{earlier}），"
            f"这里写的是{second_at[1].written}，两处说的是同一个数"
            + ("，数字相同而顺序不同，像是其中一处把数字写颠倒了。" if swapped else "。"),
            "同一个数前后应一致，核对原始数据，看哪一处对，改正另一处；如果两处说的不是"
            "同一件事（范围或时间不同），可以在文字上写清楚区别。",
        )
