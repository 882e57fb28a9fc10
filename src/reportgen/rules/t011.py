"""T011: a fixed formula (提法) of the documents the genre cites, mistyped: a character or
two replaced, a word dropped from inside it, or its two halves swapped (formulas.py).

Always a warning and never a fix: a formula is a template, and its siblings are real
(谁执法谁公示 is the 执法公示 principle, 最多跑一地 a local reform, 法无授权不可为 and
法定职责必须为 stand in either order), so even a near miss alone in its quotation marks
may be another term the table does not know. The warning names the formula.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .boundaries import cuts_word
from .cases import MEASURES, data, put, text, warned, wrong_right
from .formulas import near_misses
from .genrewords import tabled as genre_tabled
from .localformula import is_local_form, organ_places
from .matching import excerpt
from .vocabulary import report_segmenter


def _in_title(text: str, at: int) -> bool:
    """text[at] stands inside 《》."""
    opening = text.rfind("《", 0, at)
    return opening >= 0 and text.rfind("》", opening, at) < 0 and text.find("》", at) >= 0


class FormulaSlips(Rule):
    code = "T011"
    severity = Severity.WARNING
    summary = "固定提法不能改字、漏词或颠倒：“谁执法谁普法”“双随机、一公开”、全过程人民民主……"
    fixable = False
    explanation = "法治政府建设实施纲要、“八五”普法规划、督察工作规定和党的二十大报告里的固定提法，以及各行业法律和中央文件的方针、原则（“简政放权、放管结合、优化服务”、食品安全“四个最严”、人民防空“长期准备、重点建设、平战结合”、立德树人根本任务、“安全第一、预防为主、综合治理”、“以公开为常态、不公开为例外”）要一字不差：改了一两个字（“双随机、一检查”“全链条人民民主”）、带引号的提法漏了中间的词（“双随机、公开”）或前后两部分颠倒（“法无授权不可为、法定职责必须为”）都要改回原文。县、市把“法治国家”换成本地地名（“法治青山、法治政府、法治社会一体建设”）是本地的说法：地名是本报告机关或报送机关的地名、以县区市等结尾，或全文别处也说“法治青山”的，不提示。同一格式的提法也有真实的别的说法（“谁执法谁公示”“最多跑一地”），所以只作提示、不自动改：请核对原文。提法表在 src/reportgen/rules/phrases.toml 的 [formulas]。"
    example = wrong_right(
        "推行“双随机、一检查”监管，发展全链条人民民主。",
        "推行“双随机、一公开”监管，发展全过程人民民主。",
    )
    triggers = (
        warned("全面推行“双随机、一检查”监管。"),
        warned("推进“最多走一次”改革。"),
        warned("积极发展全链条人民民主。"),
        warned("推行“双随机、公开”监管。"),
        warned("推行“一公开、双随机”监管。"),
        warned("落实重大执法决定法制核查制度。"),
        warned("开展“八五”普及工作，打造“指尖”普法平台。"),
        # The sector policies' formulas, a word or a character replaced inside.
        warned("深化简政放权、放管结合、优良服务改革。"),
        warned("落实最严谨的标准、最严格的监管、最严重的处罚、最严肃的问责。"),
        warned("坚持长期准备、重要建设、平战结合的方针。"),
        warned("落实立德育人根本任务。"),
        warned("坚持有黑扫黑、有恶除恶、有乱治乱。"),
        warned("落实党政同责、一岗双责、齐抓共管、失职问责要求。"),
        warned("营造办事依法、遇事找法、解决问题用法、化解纠纷靠法的环境。"),
        warned("坚持把非诉讼纠纷解决机制摆在前面。"),
        warned("推进决策公开、执行公开、管理公开、服务公示、结果公开。"),
        # 国家 mistyped is a slip, even beside a place's own 法治X (法治国度 is no place;
        # the text calls nothing else 法治国度, and 国度 ends as no place does).
        warned("坚持法治国度、法治政府、法治社会一体建设。"),
        warned("建设法治柏山，坚持法治国度、法治政府、法治社会一体建设。"),
        warned("建设法治国家，推进法治国家、法治政务、法治社会一体建设。"),
        # A name the report knows nothing of, used only in the formula.
        warned("深化法治青山、法治政府、法治社会一体建设，深化法治青山、法治政府建设。"),
    )
    clean = (
        text("全面推行“双随机、一公开”监管，发展全过程人民民主。"),
        text("坚持以人民为中心的发展思想，落实“谁执法谁普法”普法责任制。"),
        text("落实“八五”普法规划，总结“七五”普法经验。"),
        text("建立全过程工作机制，落实重大执法决定法制审核制度。"),
        text("推进“一网通办”“最多跑一次”改革。"),
        text("健全自治、法治、德治相结合的乡村治理体系。"),
        text("学习习近平新时代中国特色社会主义思想和习近平法治思想。"),
        # Another phrase one word from a formula: its last word, kin slogans, a shorter run.
        text("弘扬社会主义法治文化，落实“谁主管谁普法”“谁服务谁普法”责任。"),
        text("推动领导干部带头尊法学法守法，坚持和发展新时代“浦江经验”。"),
        text("“八五”期间，坚持依法治县、依法执政、依法行政共同推进，把权力关进制度笼子里。"),
        text("推进法治政府示范创建，坚持和发扬新时代“枫桥经验”，打造“指尖”普法平台。"),
        text("推行“互联网+执法”模式。"),  # a whole word after the mark: another term
        # The three systems named together, beside the one system the tables hold.
        text("全面落实行政执法三项制度，落实行政执法公示制度。"),
        # Real siblings of a formula's pattern, and a template's other fields.
        text("按照“谁执法谁公示”原则，推进矛盾纠纷调处化解“最多跑一地”改革。"),
        text("推行“互联网+监督”“互联网+法律服务”，做到法无授权不可为、法定职责必须为。"),
        text("回顾“六五”普法、“七五”普法，落实“八五”普法。"),  # another number
        text("落实“谁审批谁普法”“谁监管谁普法”“谁办案谁普法”责任。"),  # kin slogans
        text("坚持党的领导、人民当家做主、依法治国有机统一。"),  # T006's 作主, with its fix
        text("实现小事不出村、大事不出乡、矛盾不上交。"),  # a level of one's own
        text("做到有权必有责、用权必担责、滥权必追责。"),
        # A title's words are T003's; 法制 for 法治 is T001's, with its fix.
        text("落实《党政主要负责人履行推进法制建设第一责任人职责规定》。"),
        text("履行推进法制建设第一责任人职责。"),
        # The sector formulas as written, their real siblings, and parallel wording that
        # shares their words.
        text("深化简政放权、放管结合、优化服务改革，落实立德树人根本任务。"),
        text("落实最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责。"),
        text("坚持长期准备、重点建设、平战结合的方针，坚持安全第一、预防为主。"),
        text("健全自治、法治、德治相融合的乡村治理体系，坚持预防为主、防治结合。"),
        text("坚持以公开为常态、不公开为例外，坚持处罚与教育相结合。"),
        text("实行最严格的耕地保护制度，坚持重点建设、长期准备。"),
        # The formula said of a place: the report's own (柏山镇), the county it reports to
        # (博爱县), one the text calls 法治X elsewhere, a name ending as a place does.
        text("推进法治柏山、法治政府、法治社会一体建设。"),
        text("深化法治博爱、法治政府、法治社会一体建设。"),
        text("建设法治青山，推进法治青山、法治政府、法治社会一体建设。"),
        text("推进法治宁县、法治政府、法治社会一体建设。"),
        data(
            put(("organ",), "白河市人民政府"),
            put(("signatories",), ["中共白河市委员会", "白河市人民政府"]),
            put(MEASURES, "推进法治白河、法治政府、法治社会一体建设。"),
        ),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        segmenter = None
        places: frozenset[str] | None = None
        for field in texts:
            tabled: list[tuple[int, int]] | None = None
            for miss in near_misses(field.text):
                segmenter = segmenter or report_segmenter(report)
                if cuts_word(field.text, miss.start, miss.end, segmenter):
                    continue
                if tabled is None:  # T001, T002, T006 report their words (法制, 当家做主)
                    tabled = genre_tabled(field.text)
                if any(miss.start <= s and e <= miss.end for s, e in tabled):
                    continue
                if _in_title(field.text, miss.start):
                    continue  # a title's words are T003's
                right = miss.formula.text
                written = field.text[miss.start : miss.end]
                places = organ_places(report) if places is None else places
                if is_local_form(miss, written, places, (f.text for f in texts)):
                    continue  # 法治青山、法治政府…: the formula said of the place
                yield self.finding(
                    field.path,
                    excerpt(field.text, miss.start, miss.end),
                    f"“{written}”疑为固定提法“{right}”写错了：{miss.how}。"
                    "（如果这里说的是别的事，可以不改。）",
                    f"核对原文；规范提法是“{right}”。",
                    start=miss.start,
                )
