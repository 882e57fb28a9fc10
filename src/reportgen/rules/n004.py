"""N004: a total against the parts the text lists for it (共…，其中…; …，合计…)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..figures.quantities import PERSON_UNITS, Figure
from ..figures.respectively import respective_sums
from ..figures.totals import Sum, contradicted_sums
from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import text, wrong_right
from .figuretext import amount, contradiction_findings


def _sum_written(found: Sum) -> str:
    terms = "+".join(p.written for p in found.parts)
    if found.low == found.high:
        return f"{terms}={amount(found.low, found.total)}"
    if found.high is None:
        return f"{terms}，至少{amount(found.low, found.total)}"
    return f"{terms}，在{amount(found.low, found.total)}到{amount(found.high, found.total)}之间"


# Reported as errors: the text's own words make the contradiction certain.
CERTAIN = (
    # Each kind named before the total, then given after 分别.
    "受理婚姻家庭、邻里、土地纠纷共120件，分别为40件、30件、20件。",
    "开展法治讲座、以案释法、送法下乡活动共36场，分别为12场、10场和8场。",
    "共调处矛盾纠纷120件，其中婚姻家庭纠纷45件、邻里纠纷38件，其余纠纷30件。",
    "全年受理复议申请49件，审结45件，其中维持31件、撤销9件，其他8件。",
    "开展法治讲座12场、法律咨询20场、以案释法8场，共计45场。",
    "发放宣传资料3000份、宣传单2000份，合计4000份。",
    "现有执法人员15人，其中具有法律职业资格的18人。",
    "投入资金120万元，其中县级补助150万元。",
    "培训一千二百人次，其中镇干部八百人次、村干部六百人次，其余两百人次。",
    # The rest named as the last item, however the list gets to it.
    "共受理矛盾纠纷38件，其中婚姻家庭12件、邻里14件、其他纠纷10件。",
    "共受理矛盾纠纷38件，其中婚姻纠纷12件、邻里纠纷14件和其他纠纷10件。",
    "共受理矛盾纠纷38件，其中婚姻纠纷、邻里纠纷、其他纠纷分别为12件、14件、10件。",
    "共受理矛盾纠纷38件，其中婚姻纠纷12件，占31.6%；邻里纠纷14件，占36.8%；其他纠纷10件。",
    "办理行政处罚案件31件，其中简易程序9件、其他案件20件。",
    # Long lists read to their end: names with 、 or a verb inside, parts after ；.
    "全年办理审批事项300件，其中备案80件；临时占道许可120件；城市道路挖掘、占用审批40件；"
    "夜间施工证明30件；户外广告设置许可20件；其他20件。",
    "共受理事项300件，其中备案120件、临时占道许可100件、夜间施工证明30件、投诉处理30件、"
    "户外广告许可10件，其他20件。",
)

# Reported as warnings, saying why they may be wrong.
PROBABLE = (
    # The kinds after the total: it may hold kinds not named.
    "全年办理法律援助案件45件，民事案件、刑事案件、行政案件分别为20件、15件、5件。",
    "共调处矛盾纠纷120件，其中婚姻家庭纠纷45件、邻里纠纷38件、土地纠纷42件。",
    "调处婚姻纠纷60余件、邻里纠纷50余件，共计100件。",
    "开展讲座32场、咨询20场，共开展各类活动50场。",
    "共受理80件，其中婚姻纠纷40件、邻里纠纷30件、其他部门转办20件。",
    # Parts that fall short of their total, the list not marked as partial, and close
    # to it (four fifths or more, or the sum its digits swapped): a slip of a figure.
    "共调处矛盾纠纷120件，其中婚姻家庭纠纷45件、邻里纠纷38件、土地纠纷30件。",
    "共调处矛盾纠纷21件，其中婚姻家庭纠纷5件、邻里纠纷7件。",
    "共办理人大代表建议和政协委员提案17件，其中县政府9件、县政府办公室6件。",
    "共收到上级督办件17件，其中镇党委9件、镇政府6件。",
    "全年共受理矛盾纠纷38件，其中婚姻家庭纠纷12件、邻里纠纷14件、土地纠纷10件。",
    "共办理行政复议案件12件，其中维持7件、撤销3件。",
    # Outcomes make up the whole at any shortfall, with or without 其中.
    "审结45件，其中维持26件、撤销5件、确认违法3件、责令履行2件、终止8件。",
    "全年审结行政复议案件45件，维持26件、撤销5件、确认违法3件、责令履行2件、终止8件。",
    "全年办理行政复议案件45件，维持原行政行为26件，撤销5件，确认违法3件，终止8件。",
    "全年办理行政处罚案件31件，其中简易程序9件、普通程序20件，普通程序案件中经法制审核的4件。",
    "共有执法人员40人，其中男性20人、女性18人。",
    "开展普法活动56场次：进机关12场次、进学校15场次、进社区20场次。",
    # A slip in a long list still found when a part's name holds 公共 or a verb.
    "共办理事项300件，其中备案120件、临时占道许可100件、夜间施工证明30件、"
    "公共场所占用许可30件、户外广告许可10件。",
    # Another unit between the total and 其中: the parts are of the figure of their unit.
    "受理矛盾纠纷120件，涉及群众350人次，其中婚姻家庭纠纷45件、邻里纠纷38件、土地纠纷30件。",
    "开展普法活动56场次，受益群众1.2万人次，其中进村宣讲38场次、以案释法12场次、法治讲座8场次。",
    # What a part involved, in another unit, between the parts.
    "受理矛盾纠纷120件，其中婚姻家庭纠纷45件（涉及群众90人次）、邻里纠纷38件、土地纠纷30件。",
    "受理矛盾纠纷120件，其中婚姻家庭纠纷45件、涉及90人次，邻里纠纷38件、涉及76人次，土地纠纷30件。",
)

# Figures written the way correct reports write them.
CORRECT = (
    "受理婚姻家庭、邻里、土地纠纷共90件，分别为40件、30件、20件。",
    # A clause after the list that says what else was done, not another part.
    "办理行政复议案件30件，其中维持20件、驳回4件、撤销6件，直接纠错6件。",
    "查处违法案件20件，其中种子类12件、农药类8件，移送公安机关涉嫌犯罪案件1件。",
    "全年办理法律援助案件40件，民事案件、刑事案件、行政案件分别为20件、15件、5件。",
    "全年受理案件50件，办结45件，东村、西村分别为12件、9件。",
    "东村、西村分别调处纠纷12件、9件。",
    "开展培训2期，参训人员分别为60人、45人。",
    "受理婚姻家庭、邻里纠纷共70余件，分别为40件、32件。",
    "审结行政复议案件40件，其中维持25件、撤销5件、驳回10件，另有4件转入下一年度办理。",
    "调处矛盾纠纷60件，其中婚姻家庭纠纷30件、邻里纠纷30件，此外还有2件移交司法所。",
    "受理矛盾纠纷120件，涉及群众350人次，其中婚姻家庭纠纷45件、邻里纠纷38件、土地纠纷37件。",
    "接待来访群众350人次，其中法律咨询180人次、调解纠纷120件、代写文书40件。",
    "受理矛盾纠纷120件，其中婚姻家庭纠纷45件（涉及群众90人次）、邻里纠纷38件、土地纠纷37件。",
    "全年受理行政复议申请49件，审结45件，其中维持31件、确认违法或撤销6件，调解和解后终止8件。",
    "共调处矛盾纠纷120件，其中婚姻家庭纠纷45件、邻里纠纷38件等。",
    "共调处矛盾纠纷120件，其中较多的是婚姻家庭纠纷45件、邻里纠纷38件。",
    "共调处矛盾纠纷120件，其中主要有婚姻家庭纠纷45件、邻里纠纷38件。",
    "共调处矛盾纠纷120件，包括婚姻家庭纠纷45件、邻里纠纷38件在内。",
    "共调处矛盾纠纷120件，其中婚姻家庭纠纷45件、邻里纠纷38件，其余为其他类型纠纷。",
    "共有执法人员40人，其中女性12人、党员20人。",
    # Traits of people never make a sum: one person has several.
    "共有执法人员40人，其中女性12人、党员35人。",
    "共有执法人员26人，其中持证执法人员24人、法律专业人员5人。",
    "镇机关干部42人，其中35岁以下18人、本科以上学历36人。",
    # A few kinds named out of many: a selection, not a slip of a figure.
    "全年主动公开政务信息326条，其中财政预决算信息14条、惠民补贴信息87条。",
    "共调处矛盾纠纷120件，其中婚姻家庭纠纷45件、邻里纠纷38件。",
    # A list of outcomes after a comma that adds up; the outcomes' own list is no total.
    "全年审结行政复议案件45件，维持31件、撤销6件、终止8件。",
    "受理行政复议申请49件，审结45件，维持26件，撤销5件，确认违法3件，责令履行2件，终止9件。",
    # Siblings and subsets: a subset's name ends in its whole's (简易程序行政处罚案件).
    "共收到交办件17件，其中县政府9件、县政府办公室8件。",
    "建成村级调解室12个，其中省级示范调解室3个、市级示范调解室2个。",
    "共办理案件40件，其中行政处罚案件20件、简易程序行政处罚案件8件。",
    "全年办理行政处罚案件31件，其中简易程序9件、普通程序22件，普通程序案件中经法制审核的4件。",
    "执法队现有人员8人，其中法律专业人员仅1人。",
    "全县12个司法所中有5个为一人所。",
    "共调处纠纷120余件，其中婚姻家庭纠纷45件、邻里纠纷38件、土地纠纷42件。",
    "开展法治讲座12场、法律咨询20场，全年共开展各类活动50场。",
    "开展法治讲座12场、法律咨询20场、以案释法8场，共计40场。",
    "全年受理纠纷50件，其中婚姻纠纷45件，调解成功40件，涉及金额120万元。",
    "全年办理案件64件，其中简易程序40件、一般程序24件，罚没款12万元。",
    "发放宣传资料5000余份，其中宣传册3000份、宣传单2000余份。",
    "举办培训3期，共培训干部200人次，其中领导干部50人次。",
    "审查合同39份，审查重大行政决策2件，出具书面审查意见41份。",
    "行政诉讼案件下降到6件（2023年为8件，2022年为10件）。",
    "共受理90件，其中婚姻纠纷40件、邻里纠纷30件、其他部门转办20件。",
    # Long lists read to their end, or not judged short where the reader cannot be sure
    # it has every part: a name with 、 inside, 公共 (no 共计), a verb ending a name,
    # ten parts after ；, a name too long to be sure of, a name ending in another's.
    "全年办理审批事项300件，其中备案80件，临时占道许可120件，城市道路挖掘、占用审批40件，"
    "夜间施工证明30件，户外广告设置许可20件，其他10件。",
    "共办理事项300件，其中备案120件、临时占道许可100件、夜间施工证明30件、"
    "公共场所占用许可30件、户外广告许可20件。",
    "共受理事项300件，其中备案120件、临时占道许可100件、夜间施工证明30件、投诉处理30件、"
    "户外广告许可20件。",
    "共办理事项300件，其中备案120件、临时占道许可100件、夜间施工证明30件、合并审批30件、"
    "户外广告许可20件。",
    "共开展普法活动100场，其中进机关10场；进学校10场；进社区10场；进企业10场；进农村10场；"
    "进宗教场所10场；进网格10场；进军营10场；进工地10场；进市场10场。",
    "共办理审批事项300件，其中备案120件、临时占道许可100件、夜间施工证明30件、"
    "城市道路挖掘、占用、迁移及临时占用城市绿地审批30件、户外广告许可20件。",
    # A part whose name starts as a clause does (涉及…), more parts of the unit after it.
    "全年共办理审批事项1000件，其中门头牌匾备案400件，临时广告许可300件，停车场备案100件，"
    "渣土处置核准50件，渣土运输核准60件，管线建设类审批40件，涉及绿地、树木审批20件，"
    "临时搭建、占道施工审批15件、夜间作业证明10件，绿化设计方案审查5件。",
    "共办理事项300件，其中审批150件，临时占道许可100件，城市道路挖掘、占用审批30件，"
    "户外广告许可20件。",
)


class TotalAndParts(Rule):
    code = "N004"
    severity = Severity.ERROR
    summary = "总数与所列分项要对得上：分项之和不能超过总数，写明合计或“其余”的要相等，接近总数却少了一些的要写明其余（可能有交叉、用了约数或少于总数的只作提示）"
    explanation = "报告里的总数和它下面列出的分项要对得上（也包括“婚姻家庭、邻里、土地纠纷共120件，分别为40件、30件、20件”这样用“分别”逐项给出的）。一个分项比总数还大一定是错的（报错误）。分项后面直接写“共计”“合计”，或者最后一项是“其余”“其他”，说明列全了，各项之和必须等于总数（报错误）。“共……，其中……”列出的各项加起来接近总数却少了一些（达到总数的八成以上，或者像是两位数字写颠倒了，如总数21件、各项之和12件），多半是哪个数字写错了，审核时会被退回：请核对数字，或写明其余的（如“其他2件”）；只列了总数一小部分的，是有意点出几类，不提示；写“主要有……”“……等”“较多的是……”表明没有列全的，也不提示。按办理结果（维持、撤销、确认违法、责令履行、终止）、办案程序（简易程序、普通程序）、性别分列的，各项本应加起来等于总数，少多少都提示，措辞更明确。人员按特征列出的（持证、法律专业、党员、女性、35岁以下等），一个人可以同时属于几项，各项之和不必等于总数，不提示；一项包含另一项（行政处罚案件、简易程序行政处罚案件）、按星级或级别列出的先进典型，也不提示；同级的机关（县政府、县政府办公室）是并列的分项。用了“余”“约”“近”等约数的，只作提示。程序不知道哪个数字是对的，不自动修改。"
    example = wrong_right(
        "全年共调处矛盾纠纷120件，其中婚姻家庭纠纷45件、邻里纠纷38件，其余纠纷30件。",
        "全年共调处矛盾纠纷120件，其中婚姻家庭纠纷45件、邻里纠纷38件，其余纠纷37件。",
    )
    triggers = tuple(text(t) for t in (*CERTAIN, *PROBABLE))
    clean = tuple(text(t) for t in CORRECT)

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        return contradiction_findings(
            self, texts, _sums, lambda found: (found.start, found.end), _words
        )


def _sums(text: str, found: Sequence[Figure]) -> list[Sum]:
    """The totals 其中/包括/共计 lists contradict, and those 分别 lists do (where 其中 has
    not listed them already)."""
    listed = contradicted_sums(text, found)
    seen = {s.total for s in listed}
    return [*listed, *(s for s in respective_sums(text, found) if s.total not in seen)]


def _short_words(found: Sum) -> tuple[str, str]:
    """The parts fall short of the total: say by how much, and what to do."""
    total = found.total
    added = _sum_written(found)
    if found.low == found.high and total.exact:
        gap = amount(total.value - found.low, total)
        message = f"所列各项之和比总数“{total.written}”少{gap}：{added}。"
        rest = f"其他{gap}"
    else:
        message = f"所列各项之和比总数“{total.written}”少：{added}。"
        rest = "其他……"
    if found.whole:
        kinds = "、".join(found.names)
        return (
            message[:-1] + f"；这里按{found.whole}分列（{kinds}），各项加起来应等于总数。",
            f"核对总数和各项，改正写错的一个；确有没列出的一类，写明（如“{rest}”）。",
        )
    return (
        message,
        f"核对总数和各项；如果只列了部分类别，写明其余的（如“{rest}”），"
        "或写“主要有……”“……等”表明没有列全。",
    )


def _words(found: Sum) -> tuple[str, str]:
    total, parts = found.total, found.parts
    if found.short:
        return _short_words(found)
    over = [p for p in parts if total.high is not None and p.low > total.high]
    if over and found.certain:
        return (
            f"分项“{over[0].written}”比总数“{total.written}”还大：分项不能超过总数。",
            "核对这两个数字，改正写错的一个。",
        )
    added = _sum_written(found)
    if found.closed:
        right = amount(found.low, total) if found.low == found.high else None
        approximate = "" if found.certain else "（含约数，按约数估算也对不上）"
        return (
            f"所列各项之和与总数“{total.written}”不符：{added}{approximate}。",
            (f"总数应为{right}；" if right else "")
            + "如果是某一项写错了，请改正那一项。程序不知道哪个数字是对的，不自动修改。",
        )
    if not total.exact or any(not p.exact for p in parts):
        why = "用了约数，差得太多"
    elif total.unit in PERSON_UNITS:
        why = "如果各项人员有交叉（如既是党员又是女性），可以不改，最好写明“有交叉”"
    else:
        why = "如果各项之间有交叉（同一件既算甲类又算乙类），可以不改，最好写明"
    return (
        f"所列各项之和超过了总数“{total.written}”：{added}。",
        f"核对总数和各项；{why}。",
    )
