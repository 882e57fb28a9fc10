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

# Reported as errors: the text's own words make the contradiction certain.
CERTAIN = ()

# Reported as warnings, saying why they may be wrong.
PROBABLE = (
    "全年调处矛盾纠纷231件，群众满意。全年共调处矛盾纠纷213件。",
    "全年办理行政处罚案件64件；一年来，办理行政处罚案件46件。",
    # The same counted noun, worded differently around it.
    "接待法律咨询326人次，解答群众疑问。为群众提供服务，法律咨询362人次。",
    "完成15个图斑核查整改，成效明显。13个图斑已全部整改到位。",
    "全乡12个行政村实现法律顾问全覆盖。全乡13个行政村建成调解室。",
    "调处矛盾纠纷231件，调解成功率98.3%。矛盾纠纷213件均已化解。",
    # A unit's count of its constituents is a constant of the report, whatever the verbs.
    "年初将任务分解到全乡9个行政村。年底前纳入全乡11个行政村的考核。",
    "全镇共有行政村12个。对全镇13个行政村开展“法治体检”。",
    "全街道8个社区均建成调解室。法律顾问覆盖全街道9个社区。",
    "全县15个乡镇全部建成公共法律服务站，16个乡镇配备法律顾问，全县16个乡镇实现全覆盖。",
    # 全年, 全年累计, 一年来 and 共 are one scope: the year's total.
    "全年检查企业1126家次。分局全年累计检查企业1216家次。",
    "一年来共办理行政处罚案件64件。全年累计办理行政处罚案件46件。",
    # A word that narrows nothing before the noun: who came, the genre's own field.
    "接待群众法律咨询1260人次，解答疑问。接待法律咨询1620人次。",
    "发放普法宣传资料12000份。发放宣传资料21000份。",
    # The noun before the figure and after it.
    "核查卫片执法图斑216个。完成261个卫片执法图斑核查整改。",
    # Light verbs (组织, 完成) set aside where another verb says what was done.
    "组织排查矛盾纠纷156件，建立台账。全年共完成排查矛盾纠纷165件。",
    # The genre's words for one event, in either order: 调处, 化解, 排查化解; 参训, 参加培训.
    "全年调处矛盾纠纷85起，群众满意。共化解矛盾纠纷78起。",
    "全年排查化解矛盾纠纷156件。全年调处化解矛盾纠纷152件。",
    "全年培训行政执法人员120名。组织112名执法人员参加培训。",
    "参训执法人员112名，考试合格。全年培训行政执法人员120名。",
    # Adverbs of manner, two broad words, people counted in 人 and 名, the township's scope.
    "全年成功化解矛盾纠纷85起。依法调处矛盾纠纷78件。",
    "全年开展法治宣传活动86场次。组织开展各类普法宣传活动68场次。",
    "全镇培训执法人员120人。培训行政执法人员112名。",
    # The township's own offices as subject; 纠纷 is 矛盾纠纷.
    "全年调处矛盾纠纷128起，群众满意。镇司法所联合调解纠纷132起。",
    "全年审查合同协议57份。街道法律顾问审查合同协议75份。",
    # The same campaign named twice is one scope.
    "开展“护苗”行动，督促整改问题12个。开展“护苗”行动，督促整改问题21个。",
    # A stock (how many the place has), used again in passing under another verb: the
    # place's scope word before the number, all of them and more, the year's cases.
    "全街道共有人民调解员45名。依托全街道54名人民调解员开展矛盾纠纷排查。",
    "全镇现有执法人员26名，均持证上岗。全镇28名执法人员参加执法资格考试。",
    "全镇现有执法人员26名，均持证上岗。全镇24名执法人员参加执法资格考试。",
    "我镇现有网格员210名。充分发挥230名网格员“前哨”作用。",
    "现有执法人员26名。全部30名执法人员参加了培训。",
    "现有执法人员26名。30名执法人员均通过考试。",
    "全镇共聘请法律顾问6名。为全镇8名法律顾问建立服务台账。",
    "全镇共有村民小组48个。为全镇46个村民小组配备法律明白人。",
    "全年受理各类案件75件。全年受理的57件案件均已办结。",
    "全年为18名退役军人提供法律援助。全年仅为16名退役军人提供法律援助，覆盖面不够。",
    "全镇现有专职网格员56名。依托全镇65名专职网格员开展排查。",
    "全镇共有社区矫正对象23名。对全镇32名社区矫正对象开展走访。",
    "全镇共有执法人员26名。全镇所有28名执法人员均已持证。",
    "全镇共划分网格56个。为全镇65个网格配备网格员。",
    # The stock as an item of a list, said as built up (已培育), drawn on mid-clause.
    "全镇共有执法人员26名、网格员326名。依托全镇362名网格员开展排查。",
    "全镇已培育法律明白人126名。积极依托162名法律明白人开展普法。",
    "全年共办理各类案件186件。在全年办理的168件案件中，无一败诉。",
    "镇综合行政执法队现有执法人员26名。全镇30名执法人员全部持证上岗。",
    "目前全镇共有「法律明白人」126名。依托全镇162名「法律明白人」开展普法。",
    # The same digits in another order, the noun before one figure and after the other's
    # measure word, words in front of one noun that narrow nothing, verbs of a stock.
    "全街道聘用专职网格员47名。为74名网格员购买意外保险。",
    "辖区共有个体工商户316户。向361户个体工商户发放告知书。",
    "全镇基本农田保护面积2.6万亩。对6.2万亩基本农田开展卫片巡查。",
    "全镇共有人民调解委员会15个。依托51个人民调解委员会开展矛盾纠纷排查。",
    "全镇有网格员215名。251名网格员每月开展排查。",
)

# Figures written the way correct reports write them.
CORRECT = (
    "全年调处矛盾纠纷231件，群众满意。全年共调处矛盾纠纷231件。",
    "东村调处矛盾纠纷12件，西村调处矛盾纠纷9件。",
    "2022年办理行政处罚案件50件，2023年办理行政处罚案件64件。",
    "全年开展法治宣传活动50余场。司法所开展法治宣传活动38场。",
    "累计培育法律明白人96名，今年培育法律明白人12名。",
    # Another scope: last year, a plan, a subset, a change's base, a place among others.
    "受理矛盾纠纷120件，化解矛盾纠纷115件，其中矛盾纠纷30件涉及土地。",
    "受理矛盾纠纷120件，化解矛盾纠纷115件，矛盾纠纷120件全部登记。",
    "在3个行政村开展试点，全镇12个行政村全部覆盖。",
    "计划完成15个图斑整改，已完成12个图斑。",
    "接待法律咨询326人次，较上年法律咨询300人次有所增加。",
    "全镇12个行政村实现法律顾问全覆盖，全乡13个行政村建成调解室。",
    "新增法律明白人12名，现有法律明白人96名，法律明白人96名均已培训。",
    "开展法律咨询12场次，法律咨询300人次。",
    "开展执法检查120次，发现问题45个。开展“法治体检”，发现问题23个。",
    "开展执法检查216次，出动执法人员1080人次。专项行动中出动执法人员360人次。",
    # Words that go on before the clause: a list, a place in brackets.
    "排查化解家庭、邻里纠纷3955件（其中家庭纠纷999件、邻里纠纷2956件）。",
    "配备乡镇（街道）专职调解员251名、村（社区）专职调解员323名。",
    "2022年，全镇调处矛盾纠纷135件。2023年，全镇调处矛盾纠纷120件。",
    "全镇调处矛盾纠纷120件。与上年相比，全镇调处矛盾纠纷135件的势头得到遏制。",
    # Some of a unit's constituents, not its count of them.
    "全乡9个行政村全部建成调解室，其中3个行政村为示范村。",
    "全乡9个行政村全部覆盖，在3个行政村开展试点，全乡3个行政村被评为示范村。",
    "全乡9个村全部建成调解室，法律顾问覆盖全乡11个村（居）。",
    # 累计 alone may run over years; a named place is a part; a short noun outside the
    # year's total; a noun that a kind word narrows; another noun; another verb.
    "全年培育法律明白人12名，累计培育法律明白人96名。",
    "东村全年调处矛盾纠纷12件，西村全年调处矛盾纠纷9件。",
    "全年检查企业1126家次。开展食品安全检查，检查企业126家次。",
    "办理行政处罚案件64件，办理简易程序行政处罚案件40件。",
    "接待群众法律咨询1260人次。接待法律援助1620人次。",
    "完成261个卫片执法图斑核查。整改卫片执法图斑216个。",
    "全年召开会议24次，研究重大事项86项。法治建设方面，全年召开会议4次。",
    # 排查 (screened) and 化解 (settled), 受理 and 办结, 办理 and 办结 are other events.
    "全年排查矛盾纠纷156件。全年化解矛盾纠纷152件。",
    "全年受理行政复议案件12件。全年办结行政复议案件10件。",
    "全年办理行政处罚案件64件。全年办结行政处罚案件60件。",
    # A kind word narrows the noun; another period; a campaign, a target, a month.
    "全年受理行政复议案件12件。受理涉企行政复议案件8件。",
    "上半年调处矛盾纠纷40起。全年调处矛盾纠纷85起。",
    "检查企业120户次，督促整改问题45个。开展燃气安全整治，检查餐馆30户次，督促整改问题12个。",
    "检查企业120户次，督促整改问题45个。针对校园周边环境，督促整改问题12个。",
    "检查企业120户次，督促整改问题45个。3月，督促整改问题12个。",
    "督促整改问题45个。开展“护苗”行动，督促整改问题12个。",
    "全年培训执法人员120名。2022年培训执法人员96名。",
    "全年调处矛盾纠纷128起。东村调解纠纷12起。",
    # Not a stock, or not all of it: attendance, a change, people without the place's word
    # (some of them, or others too), a narrower noun, some singled out, another year, a
    # subset, another event, another place.
    "培训执法人员120人次。全镇现有执法人员26名。",
    "全镇现有网格员326名，全年新增网格员12名，新培育法律明白人30名。",
    "现有执法人员26名。组织30名执法人员参加培训。",
    "现有执法人员26名。组织20名执法人员全部参加培训。",
    "全镇共有网格员326名。发挥32名专职网格员作用。",
    "全镇共有行政村12个。全镇3个行政村被评为民主法治示范村。",
    "全镇现有法律顾问5名。2022年聘请法律顾问3名。",
    "全年查办各类案件186件，其中简易程序案件120件。",
    "全年查办各类案件186件。全年办结的168件案件中，无一被撤销。",
    "全县共有执法主体52个。全镇共有执法主体12个。",
    "全年为29名退役军人提供法律援助。全年为27名退役军人办理优待证。",
    "全年为29名退役军人提供法律援助。全年为27名困难群众提供法律援助。",
    # How many there are, and how many the year added or trained.
    "全镇共有法律明白人96名。全年培育法律明白人12名。",
    "全镇现有执法人员26名。全年培训执法人员30名。",
    "全镇共有执法人员26名、专职网格员32名。依托全镇362名网格员开展排查。",
    "全镇已培育法律明白人126名。积极依托120名法律明白人开展普法。",
    "镇司法所现有工作人员3名。全镇工作人员5名参加培训。",
    "现有执法人员26名。执法人员30名参加培训。",
    "全镇现有网格员326名。力争全镇360名网格员全部持证。",
    # A narrower noun on either side, a unit of the organ, people served in a year.
    "全镇现有专职网格员56名。依托全镇70名网格员开展排查。",
    "全镇共划分网格56个。全镇65个网格员岗位全部到位。",
    # Digits in another order, yet other quantities: 人 and 人次, a subset (持证, 其中,
    # 新增), another year or time, a narrower kind or place, two events of one noun.
    "全镇现有持证执法人员46名。培训执法人员64人次。",
    "全镇共有执法人员64名。其中持证执法人员46名。",
    "全镇共有网格员136名，全年新增网格员163名。",
    "2022年，全镇调解员58名。2023年，全镇调解员85名。",
    "上年受理信访事项63件。今年受理信访事项36件。",
    "全年办理行政处罚案件64件。适用简易程序办理行政处罚案件46件。",
    "东村调解员12名，西村调解员21名。",
    "全年排查矛盾纠纷132件，化解矛盾纠纷123件。",
    "“八五”普法以来开展普法讲座42场。全年开展普法讲座24场。",
    "全年开展普法讲座24场，同比增加42场。",
    "全镇共有网格员21名。每个网格配备网格员12名。",
)


class SameQuantityTwice(Rule):
    code = "N008"
    severity = Severity.WARNING
    summary = "同一个数前后要一致：同一件事（如“调处矛盾纠纷”“全乡……个行政村”）前后写了两个不同的数"
    explanation = "同一件事的数字前后要一致：开头写“全年调处矛盾纠纷231件”，正文又写“全年调处矛盾纠纷213件”；前面写“接待群众法律咨询1260人次”，后面写“接待法律咨询1620人次”；前面写“核查卫片执法图斑216个”，后面写“完成261个卫片执法图斑核查整改”，读者不知道哪个是对的。数的是同一样东西（名称相同，或只多了“群众”“各类”“普法”这类不缩小范围的词；名称在数字前或在量词后都算），“全乡”“累计”“新增”等范围相同（“全年”“全年累计”“一年来”“共”都指全年），动词相同或有一处没写，才算同一件事；“调处”“调解”“化解”“排查化解”算一件事，“培训”“参训”“参加培训”算一件事，“开展”“举办”“组织”讲座算一件事，“人”和“名”都数人，但“受理”与“办结”、“办理”与“办结”、“排查”与“化解”是不同的事。同一句中前面写明了专项行动、整治、试点、针对的对象、地点或月份的（“开展燃气安全整治，……督促整改问题12个”），说的是那一项的数，不和全年的数比。“全乡9个行政村”“全县15个乡镇”“全局6个科室”这样的数是报告里的常数，不管前后怎么说、写在哪一部分（包括工作安排），各处都应相同；没写“全镇”的“下辖12个行政村”“推动13个行政村全部……”“实现13个行政村……全覆盖”也是这个数，“在13个行政村开展……”说的是其中一部分，不能比总数还多。工作安排里的数只和工作安排里的数比：明年的目标与今年做的不是同一件事，但同一个目标写了两个数也要一致。上年、计划、“其中”的部分、同比的基数、单独的“累计”（可能跨年）、“简易程序行政处罚案件”这样缩小了范围的名称不算。人数和单位数（“现有执法人员26名”“全镇共培育法律明白人126名”“全县共有行政执法主体52个”）是“有多少”，后面顺带提到时动词不同（“依托全镇136名法律明白人”“对全县48个行政执法主体开展评查”），说的仍是同一批人、同一些单位，数也应相同：后一处写了“全镇”“辖区”这样的范围词的，数不同就提示；没写范围词、只说“全部”“依托”“发挥……作用”的，比总数多才提示（比总数少可能只是其中一部分）。“人次”“新增”“全年培育”说的是当年的事，不是总数。两处说的是不同范围或不同时间的，在文字上写清楚即可。两个数的数字相同、只是顺序不同（“配备专职调解员58名”与“加强对85名调解员的培训”，“辖区规模以上企业132家”与“为123家规模以上企业开展法律体检”），名称一处在数字前、一处在量词后，多半是把数字写颠倒了，也提示；但“人”与“人次”、“其中”“新增”“参训”“持证”的部分、上年或别的年份的数、东村与西村这样范围不同的名称不算。只作提示。"
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
