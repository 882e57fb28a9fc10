"""N007: a count the text announces (三项制度, 五个方面, “四进”) against the items it lists:
in the same sentence, in the point list that follows, or in the numbered sections below."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..figures.counts import (
    Listing,
    Mismatch,
    begins_numbered,
    compare,
    mismatched_counts,
    ordinals,
)
from ..model import Block, PointList, Report
from ..structure import divisions
from .base import Finding, JsonPath, Rule, Severity, TextField
from .cases import data, put, text, wrong_right
from .figuretext import figure_finding, quote


def _following(blocks: Sequence[Block], index: int, children: int) -> Listing | None:
    """The items that follow a block ending in 以下三个方面：— the next point list, the next
    paragraphs numbered 一是、二是…, or, after the last block, the numbered headings below."""
    rest = blocks[index + 1 :]
    if not rest:
        return Listing(children, True, False, 0) if children else None
    if isinstance(rest[0], PointList):
        return Listing(len(rest[0].points), True, False, 0)
    numbered: list[str] = []
    for block in rest:
        if not isinstance(block, str) or not begins_numbered(block):
            break
        numbered.append(block)
    return ordinals("\n".join(numbered), 0) if numbered else None


_THREE_POINTS = {"points": [{"text": t} for t in ("加强学习。", "强化宣传。", "严格执法。")]}

# Reported as errors: the text's own words make the contradiction certain.
CERTAIN = (
    "主要做了三项工作：一是加强学习；二是强化宣传；三是严格执法；四是规范管理。",
    "主要做了四项工作：一是加强学习；二是强化宣传；三是严格执法。",
    "出台了3项制度：《合同管理办法》《法律顾问规则》《公示办法》《决策规定》。",
    "制定《合同管理办法》《法律顾问规则》《公示办法》《决策规定》等3项制度。",
    "制定《合同管理办法》《法律顾问规则》《公示办法》两项制度。",
    "开展“四进”活动：进机关、进学校、进企业。",
    "构建“学校、家庭、社会、政法”三位一体的教育网络。",
    "重点抓好三个方面。（一）学法；（二）普法；（三）用法；（四）守法。",
    "完善两项机制：排查机制、化解机制、信访机制。",
)

# Reported as warnings, saying why they may be wrong.
PROBABLE = (
    # Quoted items side by side, no 、 between: a quoted item may be a slogan, so probable.
    "组织开展两项主题活动：“宪法进万家”“民法典进乡村”“法治进校园”，覆盖群众上万人。",
    "打造“一村一顾问”“一户一明白人”“一格一调解员”两个品牌。",
    "落实三项制度（行政执法公示、执法全过程记录）。",
    "落实行政执法四项制度：行政执法公示、执法全过程记录、重大执法决定法制审核。",
    "落实行政执法四项制度：行政执法公示、执法全过程记录、重大执法决定法制审核，效果好。",
    "建立县、乡、村、组三级联动机制。",
    "坚持“三个注重”：注重学习，注重宣传。",
    "做到“四个到位”：思想认识到位，组织领导到位，措施落实到位。",
    "完成三项任务：对全镇干部、群众开展普法教育。",
)

# Figures written the way correct reports write them.
CORRECT = (
    # A count in a sentence of its own, then a numbered list of something else.
    "在3个行政村开展试点，全镇12个行政村全部覆盖。1.健全制度：一是建章；二是立制。2.强化培训：一是轮训。",
    "组织开展三项主题活动：“宪法进万家”“民法典进乡村”“法治进校园”，覆盖群众上万人。",
    "组织开展五项主题活动：“宪法进万家”“民法典进乡村”“法治进校园”等。",
    "打造“一村一顾问”“一户一明白人”两个品牌。",
    "主要做了三项工作：一是加强学习；二是强化宣传；三是严格执法。",
    "落实行政执法三项制度：行政执法公示、执法全过程记录、重大执法决定法制审核。",
    "以“三个一”--一张权责清单、一套执法流程、一本执法台账为抓手规范执法行为。",
    "逐步建立健全“校园、家庭、社会、政法”四位一体的中小学生法治教育网络。",
    "建立街道、社区、网格三级联调机制；县、乡、村三级平台实现全覆盖。",
    "对老旧小区改造、背街小巷整治等8项重大事项，全部履行了决策程序。",
    "制定完善《合同管理办法》《法律顾问规则》等4项制度。",
    "严格落实行政执法“三项制度”，执法过程全程记录。",
    "完善两项机制：矛盾纠纷排查、化解机制和信访工作机制。",
    "三项措施：加强学习；强化宣传；严格执法。",
    "组织镇、村干部学习《宪法》《民法典》两部法律。",
    "依照第三条第（二）项和第五条规定，分两批组织培训，第三批示范村：东村、西村。",
    "坚决做到“两个维护”，落实“一岗双责”，推行“一村一法律顾问”。",
    "开展“八五”普法，编制“十四五”规划，学习二十届三中全会精神。",
    "每次3—5件，2023年，第十二条，12345热线，电话0391-1234567。",
    "坚持“三个注重”：注重学习，注重宣传，注重实效。",
    "开展“四进”活动：进机关、进学校、进企业、进社区。",
    # A quoted count that is part of a class's name: its members broken down, no items.
    "全镇“四上”企业共23家，分别为工业11家、建筑业4家和服务业8家。",
    # Names that begin with a number: ordinals and fixed phrases, not counts.
    "深入学习贯彻党的二十大报告：一是原原本本学；二是联系实际学。",
    "学习宪法、民法典、党的二十大精神。",
    "贯彻党的十九大以来：一是学；二是做。",
    "对标二十届三中全会部署：一是改革；二是创新。",
    "编制“十四五”规划：一是调研；二是起草。",
    "推进“八五”普法：一是学习；二是宣传。",
    "服务保障“两会”：一是安保；二是信访。",
    "做好“三农”工作：一是产业；二是治理。",
    "做到“两个维护”：一是学；二是用；三是干。",
    "落实中央八项规定精神：一是学；二是查。",
    "坚持“三个务必”：一是学；二是做。",
    "落实“三会一课”制度：一是学；二是做。",
    "评定四级人民调解员132名、三级人民调解员56名。",
    # A total broken down into figures is N004's, not a count of items.
    "共受理矛盾纠纷38件（婚姻纠纷12件、邻里纠纷14件、其他纠纷12件）。",
    "全年共受理矛盾纠纷38件，包括婚姻家庭纠纷12件、邻里纠纷14件在内。",
)


class CountAndItems(Rule):
    code = "N007"
    severity = Severity.ERROR
    summary = "说了几项就列几项：“三项制度：……”“主要做了五个方面的工作”与后面列出的条目数相符（顿号分隔、可能未列完的只作提示）"
    explanation = "说了“三项制度”“五个方面”“‘四进’活动”，后面（或前面）列出的条目数要与之相符：一是、二是……，（一）（二）……，书名号里的文件名，顿号隔开的词语，一个接一个的引号里的提法（“法律进村”“法律进校”“法律进企”，只作提示），或者下面的要点和小标题。引号里的提法（“三个注重”“四个到位”）也数后面以“注重”开头、以“到位”结尾的分句。列表以“等”结尾的可以只举几项，只有列出的比说的多才算错。只用顿号或逗号隔开、后面可能还接着列的，只作提示。引号里的数是名称的一部分时（“四上”企业、“两新”组织、“五小”行业、“三品一标”）不是项数，后面按行业分列的不必与之相符。"
    example = wrong_right(
        "建立健全三项制度：《合同管理办法》《法律顾问工作规则》《行政执法公示办法》《重大决策程序规定》。",
        "建立健全四项制度：《合同管理办法》《法律顾问工作规则》《行政执法公示办法》《重大决策程序规定》。",
    )
    triggers = (
        *(text(t) for t in (*CERTAIN, *PROBABLE)),
        data(put(("parts", 1, "content"), ["重点抓好以下四个方面的工作：", _THREE_POINTS])),
        data(put(("opening", 0), "现将有关情况从以下五个方面报告如下：")),
    )
    clean = (
        *(text(t) for t in CORRECT),
        data(put(("parts", 1, "content"), ["重点抓好以下三个方面的工作：", _THREE_POINTS])),
        data(put(("opening", 0), "现将有关情况从以下四个方面报告如下：")),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        for field in texts:
            mismatches, _ = mismatched_counts(field.text)
            for mismatch in mismatches:
                yield self._finding(field.path, field.text, mismatch)
        if report.opening:
            # 现将有关情况从以下四个方面报告如下：— the parts are the items
            yield from self._trailing(("opening",), report.opening, len(report.parts))
        for division in divisions(report):
            blocks = division.node.content
            children = division.level.children
            below = len(getattr(division.node, children)) if children else 0
            path = (*division.path, "content")
            yield from self._trailing(path, blocks, below)

    def _trailing(
        self, path: JsonPath, blocks: Sequence[Block], children: int
    ) -> Iterator[Finding]:
        for index, block in enumerate(blocks):
            if isinstance(block, PointList):
                if block.intro is None:
                    continue
                _, trailing = mismatched_counts(block.intro)
                if trailing is not None:
                    points = Listing(len(block.points), True, False, 0)
                    mismatch = compare(trailing, points, True)
                    if mismatch:
                        yield self._finding((*path, index, "intro"), block.intro, mismatch)
                continue
            _, trailing = mismatched_counts(block)
            if trailing is None:
                continue
            listing = _following(blocks, index, children)
            mismatch = compare(trailing, listing, True) if listing else None
            if mismatch:
                yield self._finding((*path, index), block, mismatch)

    def _finding(self, path: JsonPath, text: str, mismatch: Mismatch) -> Finding:
        announced, listing = mismatch.announcement, mismatch.listing
        count = listing.items
        fewer = count < announced.number
        if mismatch.certain:
            message = f"说的是{quote(announced.written)}，列出的却是{count}项。"
            suggestion = (
                f"核对项数：如果列全了，把{quote(announced.written)}的数目改为{count}；"
                + ("否则补上漏列的项。" if fewer else "否则删去多列的项。")
            )
        else:
            message = f"说的是{quote(announced.written)}，后面列出的看来是{count}项。"
            suggestion = (
                "如果某一项里本身含有顿号，或者后面还接着列了别的项，可以不改；否则请核对项数。"
            )
        return figure_finding(
            self, mismatch.certain, path, text, mismatch.span, message, suggestion
        )
