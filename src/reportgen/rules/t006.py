"""T006: words commonly confused in 公文 (作出/做出, 部署/布署 …), each in its context.

The table is confused.toml: a pattern names the context in which a word is wrong, so
that 制订方案 or 必需品, which are right, are never touched.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from ..lazyregex import LazyPattern, lazy_compile
from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .boundaries import cuts_word
from .cases import text, warned, wrong_right
from .matching import excerpt, matches
from .vocabulary import report_segmenter
from .wordlists import table_file


@dataclass(frozen=True)
class ConfusedWord:
    pattern: LazyPattern
    right: str
    why: str
    certain: bool  # False: a preference of 公文 style, a warning without a fix


@cache
def confused_words() -> tuple[ConfusedWord, ...]:
    return tuple(
        ConfusedWord(
            lazy_compile(entry["pattern"]), entry["right"], entry["why"], entry.get("certain", True)
        )
        for entry in table_file("confused")["word"]
    )


class ConfusedWords(Rule):
    code = "T006"
    severity = Severity.ERROR
    also_warns = True
    summary = "易混词按语境用对：作出决定、部署、其他、制定制度、截至某时、执法检查、必须、以致……"
    fixable = True
    explanation = "公文里常混用的词，只在确定用错的语境里报告：作出决定（不是“做出”）、部署（不是“布署”）、其他（不是“其它”）、制定制度和办法（“制订”用于计划、方案）、截至某时、必须（“必需品”不改）、以致（引出不好的结果）、即使、签订、反映问题、权力清单、人民当家作主、人民调解、社区矫正、法治意识淡薄、执法检查和安全检查（“检察”只用于检察院、检察机关、检察官、检察建议）、国家权力机关、权利和义务、截止日期、采取了以下措施（不是“一下”）、全程代办（不是“待办”）、社会救助体系（不是“求助”）、法律援助中心。真实存在但用错了语境的词、少见的写法，按决定用法的上下文提示、不自动改：调解成功率、调解室、诉前调解（不是“调节”，“调节气候”“价格调节基金”不提示），群众诉求（不是“述求”），开展库存检查、设备检查（“检察”只用于检察机关的工作），执法公示、予以公示（不是“公式”），有错必纠、违法必究，渡过难关，纪检监察，控告申诉。表在 src/reportgen/rules/confused.toml。"
    example = wrong_right(
        "依法做出行政处罚决定，认真落实上级布署。",
        "依法作出行政处罚决定，认真落实上级部署。",
    )
    triggers = (
        text("依法做出行政处罚决定。", "依法作出行政处罚决定。", severity=Severity.ERROR),
        text("落实上级布署。", "落实上级部署。"),
        warned("其它工作稳步推进。"),
        # 及其它 reads as 及 / 其它 as well as 及其 / 它: no word boundary is certain there.
        warned("婚姻家庭及其它类型纠纷实行分级调处。"),
        warned("制订了《镇政府工作规则》等制度。"),
        text("截止12月底，共调解纠纷。", "截至12月底，共调解纠纷。"),
        text("重大事项必需先征求意见。", "重大事项必须先征求意见。"),
        text("培训不足，以至个别案件处理不当。", "培训不足，以致个别案件处理不当。"),
        text("既使任务重也要完成。", "即使任务重也要完成。"),
        text("向上级反应问题。", "向上级反映问题。"),
        text("规范权利运行。", "规范权力运行。"),
        text("签定调解协议。", "签订调解协议。"),
        text("保证人民当家做主。", "保证人民当家作主。"),
        text("把权利关进制度的笼子里。", "把权力关进制度的笼子里。"),
        text("部分群众法治意识淡泊。", "部分群众法治意识淡薄。"),
        text("发挥人民调节作用，及时调节纠纷。", "发挥人民调解作用，及时调解纠纷。"),
        text("做好社区校正工作。", "做好社区矫正工作。"),
        text("组织宪法宣示仪式。", "组织宪法宣誓仪式。"),
        text("清理行政规范化文件。", "清理行政规范性文件。"),
        text("赴外地考查学习。", "赴外地考察学习。"),
        # 检查/检察, 权利/权力, 截止/截至: the genre's collocation decides.
        text("人大常委会开展执法检察。", "人大常委会开展执法检查。"),
        text("节前开展安全检察。", "节前开展安全检查。"),
        text("配合县人民检查院开展公益诉讼。", "配合县人民检察院开展公益诉讼。"),
        text("依法接受国家权利机关监督。", "依法接受国家权力机关监督。"),
        text("明确双方的权力和义务。", "明确双方的权利和义务。"),
        text("申报截至日期为3月1日。", "申报截止日期为3月1日。"),
        # Real words in the wrong collocation: 一下/以下, 待办/代办, 求助/救助.
        text("对此采取了一下措施。", "对此采取了以下措施。"),
        text("主要有一下三个方面：", "主要有以下三个方面："),
        text("推行全程待办、帮办待办服务。", "推行全程代办、帮办代办服务。"),
        text("配备村级待办员。", "配备村级代办员。"),
        text("健全社会求助体系。", "健全社会救助体系。"),
        warned("设立法律求助工作站。"),
        # A real word in another's context, or a rare form: a warning naming the context.
        warned("全年调节成功率达98%，设立诉前调节室。"),
        warned("及时回应群众述求。"),
        warned("开展库存检察，组织对燃气管道进行全面检察。"),
        warned("组织专人对辖区仓库进行检察。"),  # 检察 ends the clause after 进行
        warned("每月开展特种设备检察。"),  # right after the thing inspected
        warned("落实执法公式制度，对结果予以公式。"),
        warned("坚持有错必究，做到违法必纠。"),
        warned("帮助企业度过难关，加强纪检检察工作，畅通控告申述渠道。"),
    )
    clean = (
        text("作出行政处罚决定，认真部署，其他工作。"),
        text("制订年度普法工作计划和方案。"),
        text("申报截止日期为3月1日；截至目前已完成。"),
        text("发放生活必需品，保障必需的经费。"),
        text("从乡镇以至县级部门。"),
        text("依法保障群众的合法权利。"),
        text("调节收入分配，搭建帐篷，考查学生课业。"),
        text("淡泊名利，观念更新。"),
        text("配合检察机关开展执法检查，落实检察建议。"),
        text("县人民检察院派驻检察官开展法律监督。"),
        text("县检察院加强对行政执法的日常检察监督。"),
        text("行使公民权利，依法履行义务；规范权力运行。"),
        text("截至12月31日，申报截止日期已过。"),
        text("请稍等一下，我们研究一下工作。梳理待办事项，困难群众可向社会求助法律服务。"),
        text("开展司法救助，完善法律援助工作站。"),
        # Each word in its own context: 调节 of climate and prices, the procuratorate's
        # own 检察, a formula to compute with, time one lives through, reasons explained.
        text("利用植被调节气候，设立价格调节基金，加强心理调节。"),
        text("配合县检察院开展公益诉讼检察，县人民检察院开展专项检察活动。"),
        text("支持检察机关开展检察工作，开展行政检察监督。"),
        text("按照公式计算补偿金额，落实执法公示制度。"),
        text("度过了忙碌的一年，帮助企业渡过难关，允许当事人申述理由。"),
        # The procuratorate's own work named by what follows 检察, or a clause going on;
        # a period lived through (困难期, 危机时期) takes 度过.
        text("组织干部参加检察开放日活动，强化检察与行政执法衔接。"),
        text("积极配合开展检察护企专项行动，开展检察调研，配合开展检察工作。"),
        text("县检察院对看守所进行巡回检察，推进数字检察。"),
        text("邀请驻镇检察联络员开展检察宣传进企业活动。"),
        text("帮助辖区企业度过困难期，陪伴商户度过难关期和危机时期。"),
        text("坚持有错必纠、违法必究，回应群众诉求，加强纪检监察工作。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        segmenter = report_segmenter(report)
        said: set[tuple[object, int]] = set()  # one finding a place: the table's first
        for word in confused_words():
            for field, match in matches(texts, word.pattern):
                if cuts_word(field.text, *match.span(), segmenter):
                    continue  # the context's words are read as the lexicon has them
                start, end = match.span("w")
                if (field.path, start) in said:
                    continue
                said.add((field.path, start))
                wrong = match.group("w")
                # 作出 in “做出处罚决定”; a word wrong in any context is named alone.
                where = f"“{match.group()}”中的" if match.group() != wrong else ""
                if not word.certain:
                    yield self.finding(
                        field.path,
                        excerpt(field.text, *match.span()),
                        f"{where}“{wrong}”宜用“{word.right}”：{word.why}",
                        f"核对后可改为“{word.right}”。",
                        start=start,
                        severity=Severity.WARNING,
                    )
                    continue
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    f"{where}“{wrong}”应为“{word.right}”：{word.why}",
                    f"把“{wrong}”改为“{word.right}”。",
                    Fix(field.path, start, end, word.right),
                )
