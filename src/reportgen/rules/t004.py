"""T004: official phrases (提法) and names of bodies as the central documents write them.

phrases.toml holds three kinds of entry: a wrong form with its right form; a pattern for a
family of wrong forms (十X大N中全会 → 十X届N中全会); a series whose items the central
documents give in one order. A place gets one finding: the table's before the patterns',
the patterns' before the series'. What is certainly wrong is an error with its fix; a
form that correct text also has (a short form in common use, quotation marks left out)
is a warning. The established short names of bodies (依法治县办, 县委依法治县办,
中央依法治国办) are right, and so is any short name the report introduces itself
(（以下简称“县法治办”）, with or without quotation marks) from there on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from ..lazyregex import LazyPattern, lazy_compile
from ..model import Report
from ..regexcache import compiled
from .base import Finding, Fix, Rule, Severity, TextField
from .boundaries import cuts_word
from .cases import MEASURES, data, put, text, warned, wrong_right
from .matching import alternation, alternatives, excerpt
from .vocabulary import report_segmenter
from .wordlists import table_file

_LEVELS = "县市区镇乡省旗"
# A short name the text introduces: （以下简称“县委依法治县办”）, （以下简称县法治办）.
_DECLARED = lazy_compile(
    r"简称(?:为)?[：:]?[“\"「]?([^“”\"「」（）()，,。；、：:]{2,24}?)[”\"」]?(?=[）)，,；。]|$)"
)


@cache
def _phrase_table() -> dict[str, str]:
    return dict(table_file("phrases")["phrases"])


@cache
def _probable_table() -> dict[str, str]:
    return dict(table_file("phrases")["probable"])


@cache
def _phrase_pattern() -> re.Pattern[str]:
    return alternation(list(_phrase_table()))


@cache
def _probable_pattern() -> re.Pattern[str]:
    return alternation(list(_probable_table()))


@cache
def _body_patterns() -> list[tuple[LazyPattern, str]]:
    """{level} in the table becomes a captured level (县, 市 …) used again in the name."""
    patterns = []
    for wrong, right in table_file("phrases")["bodies"].items():
        pattern = re.escape(wrong).replace(r"\{level\}", "(?P<level>[" + _LEVELS + "])", 1)
        pattern = pattern.replace(r"\{level\}", "(?P=level)")
        patterns.append((lazy_compile(pattern), right))
    # Longest first: 县委全面依法治县办 before 依法治县办.
    return sorted(patterns, key=lambda p: len(p[0].pattern), reverse=True)


@dataclass(frozen=True)
class PhrasePattern:
    """A family of wrong forms: what matches `pattern` becomes `right` (with \\g<name>)."""

    pattern: LazyPattern
    right: str
    why: str
    certain: bool  # False: a norm correct text often leaves out, a warning
    fix: bool = True  # False: the right form depends on the place (a body's own name)


@cache
def _patterns() -> tuple[PhrasePattern, ...]:
    return tuple(
        PhrasePattern(
            lazy_compile(entry["pattern"]),
            entry["right"],
            entry["why"],
            entry.get("certain", True),
            entry.get("fix", True),
        )
        for entry in table_file("phrases")["patterns"]
    )


@dataclass(frozen=True)
class Series:
    """Items the central documents give in one order, with their separator."""

    items: tuple[str, ...]
    separator: str
    after: str

    @property
    def right(self) -> str:
        return self.separator.join(self.items)

    def pattern(self) -> re.Pattern[str]:
        """The items in any order (compiled only for a text that holds them all)."""
        return _series_pattern(self)


@cache
def _series() -> tuple[Series, ...]:
    entries = table_file("phrases")["orders"]
    return tuple(
        Series(tuple(e["items"]), e.get("separator", "、"), e.get("after", "")) for e in entries
    )


@cache
def _series_pattern(series: Series) -> re.Pattern[str]:
    item = "(" + alternatives(series.items) + ")"
    pattern = re.escape(series.separator).join([item] * len(series.items))
    return compiled(pattern + (f"(?={re.escape(series.after)})" if series.after else ""))


class OfficialPhrases(Rule):
    code = "T004"
    severity = Severity.ERROR
    also_warns = True
    summary = "提法和机构名称应规范：习近平法治思想、二十届三中全会、新时代“枫桥经验”、第一责任人……"
    fixable = True
    explanation = "党和国家的重要提法、机构名称要用规范说法：习近平法治思想（不是“习近平新时代中国特色社会主义法治思想”）、第一责任人（不是“第一负责人”）、党的二十届三中全会（不是“二十大三中全会”）、新时代“枫桥经验”（不是“新时期”）、全过程人民民主；法治国家、法治政府、法治社会，严格规范公正文明执法，尊法学法守法用法等并列提法按中央文件的顺序写。这些是错误，可自动改正。“八五”普法、“十四五”规划、“放管服”改革、“枫桥经验”的引号，“双随机、一公开”的顿号，“全民国家安全教育日”的“全民”，以及“党委学习中心组”“第一负责人”一类常见的简略说法、“推进法治政府建设第一责任人”（可能是《党政主要负责人履行推进法治建设第一责任人职责规定》里“推进法治建设第一责任人”的变体；不带“推进”的“法治政府建设第一责任人”是通行说法，不提示），正确的文稿里也常见，只作提示。固定提法改了一个字的也是错误：以人民为中心的发展思想（不是“以人民为本的发展思想”）、“谁执法谁普法”（不是“谁执法谁宣传”）、系统治理、依法治理、综合治理、源头治理（不是“源头管理”）、县委全面依法治县委员会（不是“县委全面依法治县工作委员会”）、……委员会办公室（不是“……委员办公室”）；“谁×谁普法”里的其他说法、“县全面依法治县委员会”“安全生产管理委员会”可能是别的写法，只作提示，不自动改。依法治县办、县委依法治县办、县委依法治县委、中央依法治国办是通行的简称，不提示；报告自己注明的简称（“以下简称‘县法治办’”，有没有引号都一样）从注明处起也不提示。表在 src/reportgen/rules/phrases.toml。"
    example = wrong_right(
        "深入学习习近平新时代中国特色社会主义法治思想，履行第一负责人职责。",
        "深入学习习近平法治思想，履行第一责任人职责。",
    )
    triggers = (
        text("学习习近平新时代中国特色社会主义法治思想。", "学习习近平法治思想。"),
        text("学习习近平依法治国思想。", "学习习近平法治思想。"),
        text("履行第一负责人职责。", "履行第一责任人职责。", severity=Severity.ERROR),
        warned("推行“双随机一公开”监管。"),
        warned("他是安全生产第一负责人。"),
        warned("认真履行推进法治政府建设第一责任人职责。"),  # a variant of 推进法治建设
        text("落实重大执法决定法治审核制度。", "落实重大执法决定法制审核制度。"),
        warned("召开党委学习中心组会议。"),
        warned("县委依法治县委员会召开会议。"),
        text("深入学习贯彻党的二十大三中全会精神。", "深入学习贯彻党的二十届三中全会精神。"),
        text("贯彻党的十九大四中全会精神。", "贯彻党的十九届四中全会精神。"),
        text("落实党的十八大四中全会决定。", "落实党的十八届四中全会决定。"),
        text("学习党的二十届精神。", "学习党的二十大精神。"),
        text("坚持和发展新时期“枫桥经验”。", "坚持和发展新时代“枫桥经验”。"),
        text("坚持和发展新时期枫桥经验。", "坚持和发展新时代“枫桥经验”。"),
        text("坚持和发展新时代“枫桥”经验。", "坚持和发展新时代“枫桥经验”。"),
        text(
            "以习近平新时期中国特色社会主义思想为指导。",
            "以习近平新时代中国特色社会主义思想为指导。",
        ),
        text("以新时代中国特色社会主义思想为指导。", "以习近平新时代中国特色社会主义思想为指导。"),
        text("坚持习近平中国特色社会主义思想。", "坚持习近平新时代中国特色社会主义思想。"),
        warned("发展全过程民主。"),
        warned("推进国家治理体系和能力现代化。"),
        text("推行证明事项承诺告知制。", "推行证明事项告知承诺制。"),
        text("开展国家安全教育日宣传。", "开展全民国家安全教育日宣传。", severity=Severity.WARNING),
        text("组织全国法制宣传日活动。", "组织国家宪法日活动。"),
        text("落实八五普法规划。", "落实“八五”普法规划。", severity=Severity.WARNING),
        text("完成“七五普法”总结验收。", "完成“七五”普法总结验收。"),
        text("围绕十四五规划目标。", "围绕“十四五”规划目标。"),
        text("深化放管服改革。", "深化“放管服”改革。"),
        text(
            "推进法治国家、法治社会、法治政府一体建设。",
            "推进法治国家、法治政府、法治社会一体建设。",
        ),
        text(
            "坚持依法治国、依法行政、依法执政共同推进。",
            "坚持依法治国、依法执政、依法行政共同推进。",
        ),
        # The series right, its verb another (a verb the central documents fix).
        text("深化简政放权、放管并重、优化服务改革。", "深化简政放权、放管结合、优化服务改革。"),
        text(
            "坚持依法治国、依法执政、依法行政一体推进。",
            "坚持依法治国、依法执政、依法行政共同推进。",
        ),
        text(
            "坚持法治国家、法治政府、法治社会同步建设。",
            "坚持法治国家、法治政府、法治社会一体建设。",
        ),
        text(
            "坚持党的领导、人民当家作主、依法治国有机结合。",
            "坚持党的领导、人民当家作主、依法治国有机统一。",
        ),
        text("协调推进“五位一体”总体布局。", "统筹推进“五位一体”总体布局。"),
        text(
            "推进科学立法、公正司法、严格执法、全民守法。",
            "推进科学立法、严格执法、公正司法、全民守法。",
        ),
        text("坚持严格公正规范文明执法。", "坚持严格规范公正文明执法。"),
        text("引导群众学法尊法守法用法。", "引导群众尊法学法守法用法。"),
        text(
            "健全法治、自治、德治相结合的乡村治理体系。",
            "健全自治、法治、德治相结合的乡村治理体系。",
        ),
        text("形成共治共建共享的格局。", "形成共建共治共享的格局。"),
        text(
            "增强政治意识、大局意识、看齐意识、核心意识。",
            "增强政治意识、大局意识、核心意识、看齐意识。",
        ),
        text("协调推进“四个全面”总体布局。", "协调推进“四个全面”战略布局。"),
        text("统筹推进“五位一体”战略布局。", "统筹推进“五位一体”总体布局。"),
        text("贯彻国家总体安全观。", "贯彻总体国家安全观。"),
        text("建设新时期文明实践站。", "建设新时代文明实践站。"),
        warned("建设宜居宜业美丽乡村。"),
        text("践行新时期“浦江经验”。", "践行新时代“浦江经验”。"),
        text("坚持严格规范公平文明执法。", "坚持严格规范公正文明执法。"),
    )
    clean = (
        text("深入学习习近平新时代中国特色社会主义思想和习近平法治思想。"),
        text("履行推进法治建设第一责任人职责，落实法治政府建设第一责任人职责。"),
        text("县委全面依法治县委员会办公室（以下简称依法治县办）开展督察。"),
        text("依法治县办、县委依法治县办、区委依法治区办、依法治市办开展督察。"),
        text("中央依法治国办、县委依法治县委部署督察工作。"),
        text(
            "调整县委全面依法治县委员会（以下简称“县委依法治县委员会”），县委依法治县委员会召开会议。"
        ),
        text("设立县委全面依法治县委员会办公室（以下简称县法治办）。县法治办开展督察。"),
        data(
            put(
                ("opening", 0),
                "县委全面依法治县委员会（以下简称“县委依法治县委员会”）"
                "部署法治政府建设。现将有关情况报告如下：",
            ),
            put(MEASURES, "县委依法治县委员会召开会议2次。"),
        ),
        text("落实重大执法决定法制审核制度，完善法制审核机构。"),
        text("深入学习贯彻党的二十大和二十届二中、三中全会精神。"),
        text(
            "全面贯彻党的十九大和十九届二中、三中、四中全会精神，落实党的二十大、二十届历次全会精神。"
        ),
        text(
            "学习党的二十届三中全会精神，传达二十届中央纪委三次全会和十四届全国人大二次会议精神。"
        ),
        text("坚持和发展新时代“枫桥经验”，打造“枫桥式”派出所。"),
        text("深化“放管服”改革，落实“八五”普法规划，完成“十四五”规划目标，谋划“十五五”规划。"),
        text("以习近平新时代中国特色社会主义思想为指导，发展全过程人民民主。"),
        text("新时代中国特色社会主义思想是党的指导思想。"),
        text("开展全民国家安全教育日宣传，组织国家宪法日活动。"),
        text(
            "推进法治国家、法治政府、法治社会一体建设，坚持依法治国、依法执政、依法行政共同推进。"
        ),
        text("深化简政放权、放管结合、优化服务改革，坚持放管并重，加强事中事后监管。"),
        text("坚持党的领导、人民当家作主、依法治国有机统一。"),
        text("坚持严格规范公正文明执法，推进科学立法、严格执法、公正司法、全民守法。"),
        text("引导群众尊法学法守法用法，做到尊法守法、学法用法。"),
        text("健全自治、法治、德治相结合的乡村治理体系，推进法治、德治建设。"),
        text("打造共建共治共享的社会治理格局。"),
        text("统筹推进“五位一体”总体布局，协调推进“四个全面”战略布局，贯彻总体国家安全观。"),
        text("第二十五次会议，十四五个村。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        segmenter = report_segmenter(report)
        declared: set[str] = set()  # short names introduced so far, in reading order
        for field in texts:
            here = {m[1]: m.start() for m in _DECLARED.finditer(field.text)}
            introduced = _Introduced(field.text, declared, here)
            taken: list[tuple[int, int]] = []
            for start, end, right, message, certain, sure_fix in _wrong_phrases(field.text):
                # One finding for one place: the table's, then the patterns', the orders'.
                if any(s < end and start < e for s, e in taken) or introduced(start, end):
                    continue
                if cuts_word(field.text, start, end, segmenter):
                    continue  # 依法行政信息公开 holds no misspelt 政府信息公开
                taken.append((start, end))
                yield self.finding(
                    field.path,
                    excerpt(field.text, start, end),
                    message if certain else f"{message}（正确的文稿里也有这样写的，请核对。）",
                    f"改为“{right}”。" if certain else f"规范写法是“{right}”。",
                    Fix(field.path, start, end, right) if sure_fix else None,
                    start=start,
                    severity=None if certain else Severity.WARNING,
                )
            for match, right in _bodies(field.text):
                if not introduced(*match.span()):
                    yield self.finding(
                        field.path,
                        excerpt(field.text, *match.span()),
                        f"“{match.group()}”不是这一机构的全称（全称有“全面”二字）。",
                        f"写全称“{right}”或通行的简称（以本地机构的正式名称为准）。",
                        start=match.start(),
                        severity=Severity.WARNING,
                    )
            declared |= set(here)


@dataclass(frozen=True)
class _Introduced:
    """Whether text[start:end] is (part of) a short name the report has introduced: in an
    earlier string, or in this one no later than here."""

    text: str
    earlier: set[str]
    here: dict[str, int]  # introduced in this string, and where

    def __call__(self, start: int, end: int) -> bool:
        found = self.text[start:end]
        return any(found in name for name in self.earlier) or any(
            found in name and at <= start for name, at in self.here.items()
        )


def _bodies(text: str) -> Iterator[tuple[re.Match[str], str]]:
    taken: list[tuple[int, int]] = []
    for pattern, right in _body_patterns():
        for match in pattern.finditer(text):
            start, end = match.span()
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                yield match, right.replace("{level}", match["level"])


def _wrong_phrases(text: str) -> Iterator[tuple[int, int, str, str, bool, bool]]:
    """(start, end, right form, message, certainly wrong, the fix certain) for every wrong
    phrase, in order of precedence. A pattern's right form is certain even where leaving
    it out is common (“八五”普法); a probable entry's is not (第一负责人 may be right)."""
    for table, pattern, certain in (
        (_phrase_table(), _phrase_pattern(), True),
        (_probable_table(), _probable_pattern(), False),
    ):
        for match in pattern.finditer(text):
            wrong = match.group()
            yield (
                match.start(),
                match.end(),
                table[wrong],
                f"“{wrong}”不是规范提法。",
                certain,
                certain,
            )
    for phrase in _patterns():
        for match in phrase.pattern.finditer(text):
            right = match.expand(phrase.right)
            yield match.start(), match.end(), right, phrase.why, phrase.certain, phrase.fix
    for series in _series():
        if not all(item in text for item in series.items):
            continue
        for match in series.pattern().finditer(text):
            written = match.groups()
            if written != series.items and sorted(written) == sorted(series.items):
                message = f"“{match.group()}”的顺序与中央文件的提法不一致。"
                yield match.start(), match.end(), series.right, message, True, True
