"""C003: no placeholder left from the draft (XX, ××, 【…】, 待补充)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..lazyregex import lazy_compile
from ..model import Report
from ..regexcache import compiled
from .base import Finding, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import alternation, excerpt, matches
from .wordlists import wordlists, words

# 【[^【】]*】: the innermost brackets, found in one pass (【[^】]* ran from every 【 to the end).
_MARKS = lazy_compile(r"(?<![A-Za-z])(?:[XxＸｘ×]{2,}|○{2,}|□{2,})(?![A-Za-z])|【[^【】]*】")


class Placeholders(Rule):
    code = "C003"
    severity = Severity.ERROR
    summary = "不得留有占位符：XX、××、【……】、待补充、（待核实）"
    explanation = "草稿里留下的占位符（XX、××、【……】、待补充，以及括号里的“待核实”“待确认”“待定”“数据”“具体数字”一类备注）如果印发出去，是明显的差错。"
    example = wrong_right("全年开展法治宣传活动XX次。", "全年开展法治宣传活动32次。")
    triggers = (
        text("共开展活动XX次。"),
        text("发放宣传材料××份。"),
        text("【此处补充数据】全年开展活动。"),
        text("具体成效待补充。"),
        text("全年受理行政复议案件12件（待核实）。"),
        text("调解成功率达98%（待确认），群众满意。"),
        text("开展普法活动[数据]场次。"),
        text("培训执法人员〔具体数字〕人次。"),
        text("下一步召开推进会（待定），部署工作。"),
        text("全年调解纠纷86件（数据待核实），调解成功率98%。"),
        text("全年招商引资12亿元（数据待经发局提供）。"),
        text("培训执法人员（人数待司法所统一核实）。"),
    )
    clean = (
        text("Exxon 公司和 XXL 型号设备。"),
        text("完成补充材料的审核。"),
        text("行政执法数据（见附件）已录入平台，具体时间另行通知，相关事项待定后再行部署。"),
        text("公开政府信息（含统计数据）120条。"),
        text("对申请材料不全的（待申请人补充材料后）再行受理。"),
        text("落实困难群众帮扶（待遇由民政部门提供）。"),
        text("相关制度规范有待完善，基层执法力量亟待补充，部分数据尚待确认。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        notes = alternation(wordlists()["placeholders"]["bracketed"]).pattern
        # The listed notes, or a short note saying what is still to do: （数据待核实）.
        todo = (
            r"[\u4e00-\u9fff]{0,6}待(?:核|确|定|补|填|更|统|查|完|提|修|调|审)[\u4e00-\u9fff]{0,4}"
        )
        # A request to someone, the bracket ending on what is asked: （数据待经发局提供）;
        # 待 of a word (待遇, 接待, 期待) asks nothing.
        asked = (
            r"[\u4e00-\u9fff]{0,6}(?<![对期看等接招虐优款善亟有])待(?![遇人客命业])"
            r"[\u4e00-\u9fff]{1,8}(?:提供|补充|核实|确认|核准|填报|更新)"
        )
        bracketed = compiled(rf"[（(\[［〔]\s*(?:{notes}|{todo}|{asked})\s*[）)\]］〕]")
        taken: set[tuple[str, int]] = set()  # （待补充） is one placeholder, not two
        # 有待完善, 亟待补充, 尚待确认 are the language's own (what still needs doing), not a
        # note left from the draft: a listed word after them is no placeholder.
        listed = compiled(rf"(?<![有亟尚仍还正])(?:{alternation(words('placeholders')).pattern})")
        for pattern in (_MARKS, bracketed, listed):
            for field, match in matches(texts, pattern):
                where = {(str(field.path), i) for i in range(*match.span())}
                if where & taken:
                    continue
                taken |= where
                yield self.finding(
                    field.path,
                    excerpt(field.text, *match.span()),
                    f"留有占位符“{match.group()}”。",
                    "替换为实际内容。",
                    start=match.start(),
                )
