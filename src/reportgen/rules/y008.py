"""Y008: a law or regulation cited by a name that was no longer in force when the report
was signed (《合同法》 after the 民法典 took its place, 《信访条例》 after the
信访工作条例). Citing the old law for what happened under it can be right, so this is
a warning that says when and by what it was replaced; a sentence that says so itself
(已废止, 原《…》, 修订前) is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..lazyregex import lazy_compile
from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .cases import REMOVED, data, text, wrong_right
from .knowledge import known, report_date, written_date
from .matching import excerpt, sentence

_TITLE = lazy_compile(r"《([^《》]+)》")
# The sentence itself says the law is an old one.
_OLD = lazy_compile(
    r"废止|失效|原《|旧《|修订前|修改前|施行前|沿革|当时|曾经|此前|收官|期间|总结验收|圆满完成"
)


class ReplacedName(Rule):
    code = "Y008"
    severity = Severity.WARNING
    summary = "引用的法律、法规在成文时已被废止或取代（如《合同法》已由《民法典》取代）"
    explanation = "法律、法规被废止或被新的法律法规取代后，报告讲现行规定时应引用新的名称：《合同法》《物权法》等自2021年1月1日起由《民法典》取代，《信访条例》由《信访工作条例》取代，《法律援助条例》由《法律援助法》取代，《城市规划法》（2008年）由《城乡规划法》取代，《食品卫生法》（2009年）由《食品安全法》取代，《行政复议条例》（1999年）由《行政复议法》取代，《国家行政机关公文处理办法》（2012年）由《党政机关公文处理工作条例》取代，各税种的暂行条例由相应的税法取代。报告按成文日期判断：成文时新法还没有施行的，不提示。讲新法施行前发生的事（如依旧法办结的案件）引用旧法是对的，所以只作提示；句中已写明“已废止”“原《……》”“修订前”的不提示。废止和取代的日期在 src/reportgen/rules/laws.toml 和 titles.toml。"
    example = wrong_right(
        "依据《中华人民共和国合同法》审查合同35份。（2024年1月成文）",
        "依据《中华人民共和国民法典》审查合同35份。",
    )
    triggers = (
        text("宣传《合同法》《物权法》。", severity=Severity.WARNING),
        text("贯彻落实《信访条例》，及时受理群众来信。", severity=Severity.WARNING),
        text("落实《法律援助条例》，为困难群众提供法律援助。", severity=Severity.WARNING),
        text("依据《公司登记管理条例》为新设企业办理登记。", severity=Severity.WARNING),
        text("宣传《中华人民共和国企业法人登记管理条例》。", severity=Severity.WARNING),
        text("落实《个体工商户条例》，服务个体工商户。", severity=Severity.WARNING),
        text(
            "对照《法治政府建设实施纲要（2015-2020年）》推进依法行政。", severity=Severity.WARNING
        ),
        text("落实《中华人民共和国执业医师法》，规范乡村医生执业。", severity=Severity.WARNING),
        text("宣传《外资企业法》，服务外资企业。", severity=Severity.WARNING),
        text("依照《中华人民共和国统计法实施细则》开展统计执法。", severity=Severity.WARNING),
        # Sector laws and regulations replaced since 1999, each with its day.
        text("严格执行《城市规划法》，查处违法建设。", severity=Severity.WARNING),
        text("依据《行政复议条例》办理复议案件3件。", severity=Severity.WARNING),
        text("宣传《中华人民共和国食品卫生法》。", severity=Severity.WARNING),
        text("依据《中华人民共和国治安管理处罚条例》调处纠纷。", severity=Severity.WARNING),
        text("按照《国家行政机关公文处理办法》规范行文。", severity=Severity.WARNING),
        text("宣传《中华人民共和国契税暂行条例》。", severity=Severity.WARNING),
        data(
            (("parts", 1, "content", 0), "宣传《中华人民共和国环境噪声污染防治法》。"),
            date=REMOVED,
        ),
    )
    clean = (
        text("宣传《中华人民共和国民法典》和《信访工作条例》。"),
        text("梳理依据原《合同法》签订的合同12份，对照《民法典》逐一修订。"),
        text("学习《中华人民共和国合同法》（已废止）的沿革。"),
        text("落实《市场主体登记管理条例》《促进个体工商户发展条例》。"),
        text("依照《中华人民共和国统计法实施条例》开展统计执法。"),
        text("宣传《中华人民共和国学位条例》。"),  # replaced by the 学位法 in 2025, after it
        text("严格执行《城乡规划法》《食品安全法》和《党政机关公文处理工作条例》。"),
        text("落实《法治政府建设实施纲要（2021—2025年）》，宣传《医师法》《外商投资法》。"),
        text("《法治政府建设实施纲要（2015—2020年）》实施期间，我镇完成各项任务。"),
        data(
            (("year",), 2020),
            (("opening", 0), "2020年，柏山镇深入推进法治政府建设。现将有关情况报告如下："),
            (("parts", 3, "heading"), "2021年工作安排"),
            (("parts", 3, "content", 0), "2021年，柏山镇将继续推进法治政府建设。"),
            (("parts", 1, "content", 0), "依据《合同法》审查合同35份。"),
            date="2020-12-28",
        ),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        signed, given = report_date(report.year, report.date)
        for field in texts:
            for match in _TITLE.finditer(field.text):
                entry = known(match.group(1))
                if entry is None or entry.replaced is None or entry.replaced > signed:
                    continue
                if _OLD.search(sentence(field.text, *match.span(), limit=200)):
                    continue
                when = f"报告成文时（{written_date(signed)}）" if given else "报告成文时"
                since = written_date(entry.replaced)
                what = (
                    f"已由《{entry.by}》取代（{since}起施行）" if entry.by else f"已于{since}废止"
                )
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    f"{match.group()}{what}；{when}它已不是现行规定。",
                    (
                        f"讲现行规定应改为《{entry.by}》；"
                        if entry.by
                        else "讲现行规定应引用现行法律法规；"
                    )
                    + "讲旧法施行时的事（如依旧法办结的案件）可以不改，写明“原《……》”更清楚。",
                    start=match.start(),
                )
