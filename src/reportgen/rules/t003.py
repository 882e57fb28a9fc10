"""T003: titles of laws, regulations and plans in 《》 written as published.

Each 《title》 is compared with the known titles (titletable.py): a near miss gets the
exact title as its fix, or the choice when several are as near; a title far from every
known one (a county's own document) is not the rule's business. Mistakes another rule
fixes (法制, half-width marks, a hyphen in a range) are left to that rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..lazyregex import lazy_compile
from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .cases import text, warned, wrong_right
from .lawpattern import how_changed
from .matching import excerpt, matches
from .p001 import HalfWidthPunctuation
from .p004 import YearRangeHyphen
from .t001 import FazhiTerms
from .t002 import JiezhiTerms
from .titletable import certain_slip, key, title_table

_TITLE = lazy_compile(r"《([^《》]+)》")


class OfficialTitles(Rule):
    code = "T003"
    severity = Severity.ERROR
    also_warns = True
    summary = "法规、文件名称应与正式名称一致（如《法治政府建设实施纲要（2021—2025年）》）"
    fixable = True
    explanation = "法律、法规和中央文件的名称应与正式发布的名称一字不差。规则把每个《》里的名称和内置的名称表比较（全部现行法律，以及报告常引用的中央文件、党内法规和行政法规）：只差一两个字（年份写错、漏字、多字、改字、年份连写）的，给出正式名称并可自动改正；与所有已知名称都相差很远的（如本县的文件）不检查。一字之差、年份写错（与原年份重叠）、漏一个字的，是错误，可自动改正；改了一个词、多了或少了一个词、字序颠倒的，或把“条例、办法、规定、细则”换成了另一个（《社会救助暂行条例》应为《社会救助暂行办法》），或把法律写成“条例”、把条例写成“法”（《行政处罚条例》应为《行政处罚法》），或法律简称多了词（《安全生产管理法》），也可能是另一份真实存在的文件（如本省的实施意见），只作提示、不自动改。法律全称（《中华人民共和国……法》）多字、漏词（《中华人民共和国乡村振兴法》）、内部词语缩写（“村委会”应为“村民委员会”）或换词（“民营企业促进法”应为“民营经济促进法”）都会报告；两部真实存在的相近法律（如土壤污染防治法和大气污染防治法）不会混淆。已知名称换了格式的也提示、不自动改：法律的“反……法”写成“……防治法”（《电信网络诈骗防治法》应为《反电信网络诈骗法》）或反过来，行政法规的文种换成别的（《优化营商环境管理办法》应为《优化营商环境条例》），除非改后恰是另一个已知名称。《行政处罚法》这样去掉“中华人民共和国”的简称不算错。名称表在 src/reportgen/rules/laws.toml 和 titles.toml。"
    example = wrong_right(
        "认真贯彻《法治政府建设实施纲要（2021—2035年）》。",
        "认真贯彻《法治政府建设实施纲要（2021—2025年）》。",
    )
    triggers = (
        text(
            "落实《党政主要负责人履行推进法治建设第一责任人职责的规定》。",
            "落实《党政主要负责人履行推进法治建设第一责任人职责规定》。",
        ),
        text(
            "学习《法治政府建设实施纲要（2021—2025）》。",
            "学习《法治政府建设实施纲要（2021—2025年）》。",
        ),
        text(
            "贯彻《法治政府建设实施纲要（2021—2035年）》。",
            "贯彻《法治政府建设实施纲要（2021—2025年）》。",
        ),
        text(
            "贯彻《法治社会建设实施纲要（20202025年）》。",
            "贯彻《法治社会建设实施纲要（2020—2025年）》。",
        ),
        text(
            "落实《党政主要负责人履行推进法治建设第一责任职责规定》。",
            "落实《党政主要负责人履行推进法治建设第一责任人职责规定》。",
        ),
        warned("执行《重大行政决策程序条例》。"),
        warned("宣传《优化营商环境管理条例》。"),
        text(
            "宣传《中华人民共和国行政处法》。",
            "宣传《中华人民共和国行政处罚法》。",
            severity=Severity.ERROR,
        ),
        warned("宣传《中华人民共和国行政处理法》。"),
        warned("宣传《行政处理法》。"),
        text("宣传《中华人民共合国行政许可法》。", "宣传《中华人民共和国行政许可法》。"),
        text("宣传《行政复义法》。", "宣传《行政复议法》。"),
        text(
            "对照《法治中国建设规划（2021—2025年）》。", "对照《法治中国建设规划（2020—2025年）》。"
        ),
        text(
            "宣传《中华人民共和国固体废弃物污染环境防治法》。",
            "宣传《中华人民共和国固体废物污染环境防治法》。",
        ),
        text("学习《中华人民共和国乡村振兴法》。", "学习《中华人民共和国乡村振兴促进法》。"),
        text("落实《中华人民共和国村委会组织法》。", "落实《中华人民共和国村民委员会组织法》。"),
        text("宣传《中华人民共和国民营企业促进法》。", "宣传《中华人民共和国民营经济促进法》。"),
        text(
            "宣传《中华人民共和国农村集体经济组织管理法》。",
            "宣传《中华人民共和国农村集体经济组织法》。",
        ),
        text(
            "宣传《中华人民共和国公职人员处分法》。", "宣传《中华人民共和国公职人员政务处分法》。"
        ),
        text("落实《中华人民共和国治安处罚法》。", "落实《中华人民共和国治安管理处罚法》。"),
        text("宣传《中华人民共和国家庭教育法》。", "宣传《中华人民共和国家庭教育促进法》。"),
        text("宣传《中华人民共和国粮食安全法》。", "宣传《中华人民共和国粮食安全保障法》。"),
        text("宣传《中华人民共和国无障碍建设法》。", "宣传《中华人民共和国无障碍环境建设法》。"),
        text("宣传《中华人民共和国爱国教育法》。", "宣传《中华人民共和国爱国主义教育法》。"),
        text(
            "宣传《中华人民共和国反有组织犯罪活动法》。", "宣传《中华人民共和国反有组织犯罪法》。"
        ),
        text("宣传《中华人民共和国未成年人保障法》。", "宣传《中华人民共和国未成年人保护法》。"),
        text(
            "宣传《中华人民共和国老年人权益保护法》。", "宣传《中华人民共和国老年人权益保障法》。"
        ),
        text(
            "宣传《中华人民共和国消费者权益保障法》。", "宣传《中华人民共和国消费者权益保护法》。"
        ),
        text(
            "宣传《中华人民共和国基本医疗卫生和健康促进法》。",
            "宣传《中华人民共和国基本医疗卫生与健康促进法》。",
        ),
        text("宣传《中华人民共和国法治宣传法》。", "宣传《中华人民共和国法治宣传教育法》。"),
        text("宣传《中华人民共和国消防安全法》。", "宣传《中华人民共和国消防法》。"),
        text("宣传《中华人民共和国安全生产管理法》。", "宣传《中华人民共和国安全生产法》。"),
        warned("宣传《民营企业促进法》。"),
        warned("落实《农民工工资支付保障条例》。"),
        warned("宣传《中华人民共和国妇女保障权益法》。"),
        # A regulation's kind word swapped, the rest of the title a known one's.
        warned("落实《社会救助暂行条例》。"),
        warned("贯彻《中华人民共和国统计法实施办法》。"),
        # A law named with 条例 (or a 条例 with 法), a law's short name with a word added.
        warned("宣传《行政处罚条例》。"),
        warned("宣传《中华人民共和国安全生产条例》。"),
        warned("宣传《政府信息公开法》。"),
        warned("宣传《安全生产管理法》。"),
        warned("宣传《道路交通管理法》。"),
        warned("宣传《中华人民共和国突发事件处置法》。"),
        # A known title on another pattern: 反 or 防治 moved, a regulation's kind changed.
        warned("严格执行《中华人民共和国电信网络诈骗防治法》。"),
        warned("宣传《家庭暴力防治法》。"),
        warned("宣传《反大气污染法》。"),
        warned("贯彻《优化营商环境管理办法》。"),
        warned("贯彻《信访工作管理条例》。"),
        warned("宣传《打击治理电信网络诈骗法》《禁止家庭暴力法》。"),
        warned("宣传《中华人民共和国优化营商环境条例》。"),
    )
    clean = (
        text("学习《法治政府建设实施纲要（2021—2025年）》。"),
        text("学习《宪法》和《中华人民共和国民法典》。"),
        text("落实《社会救助暂行办法》，印发《柏山镇重大行政决策程序暂行办法》。"),
        # Known titles on their own patterns, and a province's own regulation.
        text("宣传《反电信网络诈骗法》《反家庭暴力法》《大气污染防治法》。"),
        text("宣传《预防未成年人犯罪法》《中华人民共和国反有组织犯罪法》。"),
        text("贯彻《优化营商环境条例》和《云岭省优化营商环境办法》。"),
        text("落实《安全生产管理办法》，宣传《反洗钱法》。"),  # a firm's; 洗钱 too short
        text("落实县里的《信访规定》。"),  # too short a rest to pin 信访条例 down
        text("落实《党政主要负责人履行推进法制建设第一责任人职责规定》。"),
        text("落实《中华人民共和国行政处罚法》《行政许可法》和《宪法》。"),
        text("学习《法治政府建设实施纲要（2015—2020年）》。"),
        text("制定《柏山镇法治政府建设实施方案（2021—2025年）》。"),
        text("印发《党政主要负责人履行推进法治建设第一责任人职责清单》。"),
        text("学习《河南省优化营商环境条例》。"),
        text("学习《河南省安全生产条例》《消防条例》和《土地管理法实施条例》。"),
        text("学习《中华人民共和国政府信息公开条例》和《安全生产法》。"),
        text("关注《行政程序法》立法进展。"),  # 行政 + one word: not 行政复议法 mistyped
        text("宣传《中华人民共和国渔业法》《中华人民共和国行政复议法实施条例》。"),
        text("对照《提升行政执法质量三年行动计划（2023—2025年）》。"),
        text("宣传《中华人民共和国土壤污染防治法》《中华人民共和国大气污染防治法》。"),
        text("宣传《中华人民共和国刑事诉讼法》《中华人民共和国民事诉讼法》。"),
        text("宣传《中华人民共和国行政复议法》《中华人民共和国行政诉讼法》。"),
        text("宣传《中华人民共和国劳动法》《中华人民共和国劳动合同法》。"),
        text("宣传《中华人民共和国教育法》《中华人民共和国学前教育法》。"),
        text("宣传《中华人民共和国能源法》《中华人民共和国节约能源法》。"),
        text("宣传《中华人民共和国监察法》《中华人民共和国监察官法》。"),
        text("宣传《中华人民共和国科学技术进步法》《中华人民共和国科学技术普及法》。"),
        text("宣传《中华人民共和国民营经济促进法》《中华人民共和国中小企业促进法》。"),
        text("宣传《中华人民共和国法治宣传教育法》《中华人民共和国爱国主义教育法》。"),
        text("宣传《中华人民共和国农村集体经济组织法》《中华人民共和国乡村振兴促进法》。"),
        text("宣传《中华人民共和国噪声污染防治法》《中华人民共和国环境保护税法》。"),
        text("学习《中华人民共和国合同法》（已废止）的沿革。"),
        text("编印《中华人民共和国行政处罚法释义》。"),
        text("落实《关于加强社会主义法治文化建设的实施意见》。"),
        text("宣传《中华人民共和国刑事诉讼法》《中华人民共和国民事诉讼法》《民事诉讼法》。"),
        text("学习《中华人民共和国刑法修正案（十二）》。"),
        text("宣传《中华人民共和国水法》和《中华人民共和国水土保持法》。"),
        text("学习《村委会组织法》《土地承包法》等常用法律。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        table = title_table()
        # Mistakes that another rule reports and fixes are left to that rule.
        others = (FazhiTerms(), JiezhiTerms(), HalfWidthPunctuation(), YearRangeHyphen())
        for field, match in matches(texts, _TITLE):
            written = match.group(1)
            nearest = table.nearest(written)
            if not nearest:
                yield from self._patterned(field, match, table.patterned(written))
                continue
            repaired = written
            for rule in others:
                repaired = rule.fixed(repaired)
            if repaired in nearest:
                continue
            quoted = excerpt(field.text, *match.span(), context=0)
            if len(nearest) > 1:
                yield self.finding(
                    field.path,
                    quoted,
                    f"《{written}》与已知的几个名称都只差一两个字，可能写错了。",
                    "核对名称，可能是" + "或".join(f"《{t}》" for t in nearest) + "。",
                    start=match.start(),
                    severity=Severity.WARNING,
                )
                continue
            right = nearest[0]
            if not certain_slip(written, right):
                yield self.finding(
                    field.path,
                    quoted,
                    f"《{written}》与《{right}》只差一两个字，可能写错了"
                    "（如果确有这样一份文件，可以不改）。",
                    f"核对名称；如指的是这份文件，应为《{right}》。",
                    start=match.start(),
                    severity=Severity.WARNING,
                )
                continue
            yield self.finding(
                field.path,
                quoted,
                f"《{written}》与正式名称不一致：{_what_differs(written, right)}。",
                f"改为《{right}》。",
                Fix(field.path, match.start(1), match.end(1), right),
            )

    def _patterned(
        self, field: TextField, match: re.Match[str], known: list[str]
    ) -> Iterator[Finding]:
        """A known title on another pattern (lawpattern.py): a warning quoting it."""
        if not known:
            return
        written = match.group(1)
        names = "或".join(f"《{t}》" for t in known)
        yield self.finding(
            field.path,
            excerpt(field.text, *match.span(), context=0),
            f"《{written}》不是已知的名称，疑为{names}：{how_changed(written, known[0])}。"
            "（如果确有这样一份文件，如本地的规定，可以不改。）",
            f"核对名称；如指的是这份文件，应为{names}。",
            start=match.start(),
            severity=Severity.WARNING,
        )


def _what_differs(written: str, right: str) -> str:
    digits = re.compile(r"\d")
    if key(written) == key(right):
        return "标点、括号或年份的写法不对"
    if digits.sub("", key(written)) == digits.sub("", key(right)):
        return "年份写错了"
    if len(key(written)) < len(key(right)):
        return "少了字"
    return "多了字" if len(key(written)) > len(key(right)) else "有字写错了"
