"""N005: a rate or a share against the two figures it is computed from (调解成功率, 办结率,
占比)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..figures.baserates import BaseRate, rates_over_constants
from ..figures.quantities import figures
from ..figures.rates import Ratio, contradicted_ratios, rates_below_all
from ..figures.rounding import HUNDRED, rounded
from ..model import Report
from ..paths import describe_path
from .base import Finding, Rule, Severity, TextField
from .cases import MEASURES, PLANS, data, put, text, wrong_right
from .figuretext import contradiction_findings, figure_finding


def _computed(found: Ratio) -> str:
    """What the figures give: 94件÷97件=96.91%, or a range when a figure is approximate."""
    division = f"{found.numerator.written}÷{found.denominator.written}"
    if found.high is not None and found.low == found.high:
        return f"{division}={rounded(found.low, 2)}%"
    if found.high is None:
        return f"{division}，至少{rounded(found.low, 1)}%"
    return f"{division}，在{rounded(found.low, 1)}%到{rounded(found.high, 1)}%之间"


# Reported as errors: the text's own words make the contradiction certain.
CERTAIN = (
    "全年审结行政复议案件124件，调解75件，调解率50.0%。",
    # The base the rate's name calls for, stated: 调解成功率 over the cases mediated,
    # 按期办结率 over the cases closed, 办结率 over the cases received or handled.
    "全年调解矛盾纠纷97件，调解成功94件，调解成功率95.9%。",
    "全年办结信访事项58件，按期办结55件，按期办结率98.3%。",
    "办理人大代表建议8件，办结7件，办结率100%。",
    "全年调处矛盾纠纷186件，成功化解181件，化解率95%。",
    "执法队现有人员8人，其中法律专业人员3人，占比40%。",
    "共审结45件，其中维持31件，占75.6%。",
    "全镇应参考人员120人，实际参考118人，参考率、合格率均为100%。",
    "办理人大代表建议、政协委员提案15件，已全部办结，办结率93.3%。",
    "受理纠纷45件，全部调解成功，调解成功率97.8%。",
    # Rates named outside the common ones, their count in other words than the name's.
    "全镇48个行政村中，41个达到民主法治示范村创建标准，达标率87.5%。",
    "受理行政复议申请23件，审结21件，结案率95.7%。",
    "组织参加年度学法考试的干部共有84名，81人通过，通过率97.6%。",
    # A base its own words name: 应X (what should have been done), even a sentence back.
    "应参加年度法治体检的企业126家，实际参检119家，参检率95.2%。",
    "法治讲座应到162人，实到158人，到位率98.8%。",
    "全镇共有干部130名，应参训120名，实际参训110名，参训率97.5%。",
    # 120÷130: who should be trained is the base, not a count of the trained.
    "全镇共有干部130名，应参训120名，实际参训110名，参训率92.3%。",
    # 应 that names no base: a slogan (应调尽调), the rate's own verb (出庭应诉).
    "全年调解矛盾纠纷97件，坚持应调尽调成功调解94件，调解成功率95.9%。",
    "全年应诉行政案件12件，负责人出庭应诉11件，出庭应诉率95.8%。",
    "全镇应训人民调解员215名。全年培训人民调解员208名，培训覆盖率97.7%。",
    # A share of a whole: a 其中 part said in its own clause, or a part with no noun of
    # its own (发现问题的) right after the whole.
    "检查经营主体62家，其中5家存在问题，占比9.1%。",
    "抽查门店62家，发现问题的5家，占比9.1%。",
    # 按期办结率 over the cases closed, when the text says how many were closed.
    "受理劳动人事争议案件38件，全部办结，其中按期办结35件，按期办结率97.4%。",
    "受理劳动人事争议案件38件，办结38件，其中按期办结35件，按期办结率97.4%。",
)

# Reported as warnings, saying why they may be wrong.
PROBABLE = (
    # Over the township's villages or communities, counted in another sentence.
    "全镇辖14个行政村。13个村建成法治文化阵地，覆盖率达95.2%。",
    "全街道共有社区8个，均建立调解室。6个社区建成法治文化广场，建成率达80%。",
    "全镇辖14个行政村。已在13个村建立法律顾问制度，覆盖率95.2%。",
    # An outcome's rate over the cases received: perhaps over those decided (75 of 124).
    "全年办理行政复议案件141件，调解75件，调解率60.5%。",
    # The base is not the one the rate's name calls for: 调解成功率 may be over the cases
    # mediated or closed (82 of 86 received: 80÷82=97.6%), 办结率 of cases closed on
    # time (按期办结) over the cases closed, neither stated.
    "全年受理矛盾纠纷97件，成功调解94件，调解成功率95.9%。",
    "全年受理矛盾纠纷120件，办理复议40件，成功调解80件，调解成功率95%。",
    "共受理矛盾纠纷86件，调解成功80件，调解成功率97.6%。",
    "办理信访事项56件，按期办结52件，办结率96.3%。",
    "受理信访事项250件，按期办结249件，按期办结率100%。",
    "全年受理矛盾纠纷97件，成功调解94件。调解成功率98.9%。",
    "受理纠纷300余件，成功调解120件，调解成功率98%。",
    "全年受理矛盾纠纷120件，进入调解程序100件，成功调解80件，调解成功率95%。",
    # 应训 a sentence back, of another group than the people trained (村干部, 网格员).
    "全镇应训村干部260名。全年培训网格员215名，培训覆盖率97.7%。",
    # A part with a noun of its own: maybe of another whole than the figure before it.
    "检查经营主体62家，5家存在问题，占比9.1%。",
)

# Figures written the way correct reports write them.
CORRECT = (
    "全镇辖14个行政村。13个村建成法治文化阵地，覆盖率达92.9%。",
    "全镇辖14个行政村。13个村建成法治文化阵地，覆盖率达93%。",
    "全镇辖14个行政村。在3个村开展试点，群众满意率达95.2%。",
    # The count of all of them is no part of them; last year's rate is another year's.
    "全镇辖14个行政村，法律顾问覆盖率达95%。",
    "全镇辖14个行政村。13个村建成法治文化阵地，上年建成率为71.4%。",
    "全镇辖14个行政村。13个村建成法治文化阵地。宪法知识普及率达95.2%。",
    "全年受理矛盾纠纷97件，成功调解94件，调解成功率96.9%。",
    "全年受理矛盾纠纷97件，成功调解94件，调解成功率97%。",
    "全年受理矛盾纠纷97件，调解成功94件，调解成功率96.90%。",
    "全年调处矛盾纠纷231件，调解成功率98.3%；受理12345热线工单3406件，按时办结率99.1%。",
    "认真办理人大代表建议8件，办结率100%。",
    "受理信访事项58件，办结55件，按期办结率100%。",
    "全年受理纠纷97件，成功调解94件，其中成功调解婚姻纠纷30件，调解成功率96.9%。",
    "执法人员持证率达到100%，群众满意度95.2%，“最多跑一次”事项占比达到92%。",
    "常住人口2000人，老年人占比达30%。",
    "执法队现有人员8人，其中法律专业人员3人，占37.5%。",
    "共审结45件，其中维持31件，占68.9%；撤销6件，占13.3%；终止8件，占17.8%。",
    "提出审查意见260余条，采纳率96%。",
    "全年办理法律援助案件512件，结案500件，结案率97.6%。",
    "受理15件，已全部办结，群众满意率93.3%。",
    "案件全部办结，按期办结率95%。",
    "受理250件，办结250件，办结率100%。",
    "受理纠纷300余件，成功调解290余件，调解成功率97%。",
    "平均办结时限3天，办结率98%。",
    "受理信访事项15件，全部办结；受理建议8件，办结7件，办结率87.5%。",
    "受理矛盾纠纷86件，进入调解82件，调解成功80件，调解成功率97.6%。",
    "全镇48个行政村中，41个达到民主法治示范村创建标准，达标率85.4%。",
    "全镇48个行政村中，41个达到民主法治示范村创建标准，达标率85%。",
    "应参检企业391家，实际参检386家，参检率98.7%。",
    "全镇应训人民调解员215名。全年培训人民调解员208名，培训覆盖率96.7%。",
    "法治讲座应到162人，实到158人，到位率97.5%。",
    "全镇共有干部130名，应参训120名，实际参训110名，参训率91.7%。",
    # Over all the cadres, not those who should be trained: a reading the rate agrees with.
    "全镇共有干部130名，应参训120名，实际参训110名，参训率84.6%。",
    "全年应诉行政案件12件，负责人出庭应诉11件，出庭应诉率91.7%。",
    "受理行政复议申请23件，审结21件，结案率91.3%。",
    "检查经营主体62家，其中5家存在问题，占比8.1%。",
    "抽查门店62家，发现问题的5家，占比8.1%。",
    # 从业人员占比 is a share of another thing than the part before it.
    "全镇共有企业62家，其中规上企业5家，从业人员占比35%。",
    "受理劳动人事争议案件38件，全部办结，其中按期办结35件，按期办结率92.1%。",
)


class RateAndFigures(Rule):
    code = "N005"
    severity = Severity.ERROR
    summary = "比率、占比要与据以计算的数字相符：调解成功率、办结率、达标率、参检率、占比（计算基数不确定或用了约数的只作提示）"
    explanation = "写了比率或占比，又写了据以计算的两个数字，三者要相符：办结率＝办结数÷受理（办理）数，调解成功率＝调解成功数÷调解数，按期办结率＝按期办结数÷办结数，达标率、通过率＝达标、通过的数÷总数，参检率、参训率、到位率＝实际数÷应参检、应训、应到的数，占比＝分项÷总数。按常见写法四舍五入或截取到所写的小数位都算相符（94÷97＝96.907%，写96.9%或97%都对）。写100%的必须是全部完成；反过来，写了“已全部办结”“全部调解成功”，相应的比率就应是100%。只有文中写明了计算所用的两个数、分母正是比率名称所指的那一类（调解成功率的分母是“调解”的件数）时才报错误（分母写作“应参检”“应训”“……中”的，即使在上一句也算写明）；分母只写了受理数而比率可能按调解或办结的件数计算、前面有几个数字都可能是计算基数、或者用了约数的，只作提示，说明按所列数字计算应为多少；只写比率不写数字的（满意率96%）不查。全镇（街道）有多少个村、社区，在报告别处写过的（“全镇辖14个行政村”），紧接在“13个村建成……”后面的覆盖率、建成率、达标率就按这个总数核对（13÷14＝92.9%，写95.2%就提示）。"
    example = wrong_right(
        "全年调解矛盾纠纷97件，调解成功94件，调解成功率95.9%。",
        "全年调解矛盾纠纷97件，调解成功94件，调解成功率96.9%。",
    )
    triggers = (
        *(text(t) for t in (*CERTAIN, *PROBABLE)),
        data(
            put(MEASURES, "全镇共有行政村12个，均建立人民调解委员会。"),
            put(PLANS, "截至年底，10个村建成法治文化阵地，覆盖率达88.3%，明年实现全覆盖。"),
        ),
    )
    clean = (
        *(text(t) for t in CORRECT),
        # The villages counted twice with two values: no base to take (N008 says so).
        text("全镇辖14个行政村。全镇15个行政村均有法律顾问。13个村建成阵地，覆盖率达95.2%。"),
        data(
            put(MEASURES, "全镇共有行政村12个，均建立人民调解委员会。"),
            put(PLANS, "截至年底，10个村建成法治文化阵地，覆盖率达83.3%，明年实现全覆盖。"),
        ),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        yield from contradiction_findings(
            self, texts, contradicted_ratios, lambda found: (found.start, found.stated.end), _words
        )
        # A rate over the township's villages, their count given in another sentence:
        # unless the rate's own text already gave the reading above.
        read = [(field.text, figures(field.text)) for field in texts]
        for over in rates_over_constants(read):
            text, found = read[over.text]
            if all(r.stated != over.stated for r in contradicted_ratios(text, found)):
                yield self._over_all(texts, over)
        for field in texts:
            for below in rates_below_all(field.text, figures(field.text)):
                yield figure_finding(
                    self,
                    True,
                    field.path,
                    field.text,
                    (below.start, below.stated.end),
                    f"前面说“{below.said}”，{below.name}却是{below.stated.written}，不到100%。",
                    f"如果确实全部完成，{below.name}应为100%；否则改正“{below.said}”的说法。",
                )

    def _over_all(self, texts: Sequence[TextField], over: BaseRate) -> Finding:
        field, base = texts[over.text], texts[over.base_text]
        where = "" if base.path == field.path else f"在“{describe_path(base.path)}”"
        count = base.text[slice(*over.base_span)]
        division = f"{over.numerator.written}÷{over.base.written}"
        return figure_finding(
            self,
            False,
            field.path,
            field.text,
            (over.numerator.start, over.stated.end),
            f"{over.name}“{over.stated.written}”与前面{where}写的总数对不上："
            f"按“{count}”计算，{division}={rounded(over.low, 2)}%；"
            f"但这里没有写明{over.name}以哪个数为分母。",
            f"按所列数字计算应为{rounded(over.low, over.stated.places)}%；"
            f"如果{over.name}不是按{over.base.written}计算的，可以不改；否则请核对。",
        )


def _words(found: Ratio) -> tuple[str, str]:
    stated, name = found.stated, found.name
    computed = _computed(found)
    exact = found.high is not None and found.low == found.high
    # Why a warning is not an error: the base the rate is over may be another one.
    # (a count of people or firms has no stage: what it is of is the doubt)
    example = "（例如只计已调解或已办结的件数）" if found.denominator.unit == "件" else ""
    other = f"如果{name}的分母不是{found.denominator.written}{example}，可以不改；"
    if stated.value == HUNDRED and exact and found.low < HUNDRED:
        return (
            f"{name}写的是100%，但{computed}，并不是全部。",
            f"写作{rounded(found.low, 1)}%；"
            + ("" if found.certain else other)
            + "如果实际已经全部完成，请改正前面的数字。",
        )
    right = f"按所列数字计算应为{rounded(found.low, stated.places)}%；" if exact else ""
    if found.certain:
        return (
            f"{name}“{stated.written}”与所列数字不符：{computed}。",
            f"{right}如果是前面的数字写错了，请改正数字。程序不自动修改。",
        )
    why = "前面的数字有约数，只能大致核对" if not exact else f"文中没有写明{name}以哪个数为分母"
    return (
        f"{name}“{stated.written}”与前面的数字对不上：{computed}；但{why}。",
        f"{right}{other}否则请核对。",
    )
