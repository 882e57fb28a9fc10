"""T009: a slip in any word, found with the lexicon (拍查 for 排查, 贯澈 for 贯彻).

The finder (lexicon/slips.py) proposes a common word one character away that makes the
clause read much better. A proposal is a warning, never a fix: a word the lexicon does
not know may be a name or a new term. So the rule also leaves alone what is probably
meant as written: a span the report writes more than once, a place before its level
(桐江区), a name after a title (镇长王晓燕), anything in 《》 (T003's) or in quotation
marks that hold a name (a slogan, a campaign), and places where T007 already reports a
known slip. No span runs from a word into the figure phrase after it (费用逾20万元 is 费用 | 逾20万元, no 用于).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..lexicon.slips import Slip
from ..model import Report
from .base import Finding, Rule, Severity, TextField
from .boundaries import into_figures
from .cases import text, wrong_right
from .coinedreading import coined
from .genrewords import genre_slips, tabled
from .matching import excerpt
from .setphrases import set_phrase
from .t007 import phrase_slips
from .vocabulary import report_finder
from .writtenasmeant import DOCUMENT_CODE, NAME_FIELDS, in_code, meant


def _beyond(more: list[Slip], found: list[Slip]) -> list[Slip]:
    """The slips of `more` where `found` has none."""
    return [m for m in more if all(m.end <= f.start or f.end <= m.start for f in found)]


def _untabled(slips: list[Slip], spans: list[tuple[int, int]]) -> list[Slip]:
    """The slips where no word table (T001, T002, T006) reports a word."""
    return [c for c in slips if all(c.end <= s or e <= c.start for s, e in spans)]


class WordTypos(Rule):
    code = "T009"
    severity = Severity.WARNING
    summary = "词语中的错别字：一个字写成了音同或形近的字，如“拍查”应为“排查”、“贯澈”应为“贯彻”"
    explanation = "任何词里的错别字：一个字写成了读音相同或字形相近的字，这个词就不成词了（拍查、贯澈、保章），而改一个字就是常用词（排查、贯彻、保障），整句读起来也通顺得多。依据是 jieba 词典的词频（六千万词的语料）和 pypinyin 的读音，形近字由字的构造得出（拆与折只差一点，薄与簿只换了草字头和竹字头），另加本文种的常用词（src/reportgen/rules/vocabulary.txt）和本报告的机关、地名。词典里虽有、但极少见的写法（衔结、急待），离本文种的常用词（衔接、亟待）只差一个字时也提示；本文种三四个字的固定说法写错一个音同或形近的字（长态化、占到经营），或换成了另一个读音相同的词（权利清单应为权力清单），也提示。只提示、不自动改：不认识的词也可能是地名、人名或新提法，所以全文出现两次以上的写法、地名（××区）、职务后的人名、主语或“县乡两级”这样的层级后作介词的“向”（县乡两级政府主动向党委报告不是“乡党委”）、书名号里的名称、引号里的名称和口号（十个字以内，或三十个字以内、中间没有逗号句号：“法治进万家、便民利企行”系列活动）、微博、浙里办等平台和政务服务应用的名称、数字后的量词（2家）、数字前的“逾、超、近、约、达、计、共”与前一个词（费用逾20万元不是“用于”）、前后两半都成立的四字格（乱搭乱建、涉法涉诉）、同一个对象前面两个动作的四字格（暖企惠企、护企兴企）、两个“修饰+动作”并列的四字格（精管细治、深学细悟）、两个“动作+对象”并列、一半是词而另一半照它造出的四字格（便民利企、惠企利民）、文言的“××之×”（应尽之责、题中之义）、“高/低/强”加名词性的字修饰后面名词的专业说法（高毒农药、高危行业）、长词省去中间一字的简称（思政课）、“更”加单字形容词的比较说法（更实的作风、作风更实）都不报告，除非改后恰是一个已知的固定说法。本文种在句中写的口号和简称也不报告，除非改后是本文种的常用词（排查、法治素养）：两个“修饰+动作”被从中间读错的（坚持深学细悟，不是“学习”）、改后把旁边一个字从它所在的词里拆出来的（学原文悟原理）、与相邻条目共用一半的并列条目（以学铸魂、以学增智）、两个常用词各取一字的简称而改后的词并不常用（农服不是“农夫”），以及地名前后的提法（智造江川、法治濂溪）。所以这条提示可能有误：如果写的是简称、口号或地名，可以不改。"
    example = wrong_right(
        "开展矛盾纠纷拍查化解，深入贯澈落实上级部署。",
        "开展矛盾纠纷排查化解，深入贯彻落实上级部署。",
    )
    # A slip in a word none of the tables lists; a warning that names the word, no fix.
    triggers = (
        text("开展矛盾纠纷拍查化解工作。"),
        text("深入贯澈落实党的二十大精神。"),
        text("切实保章群众合法权益。"),
        text("镇党委高度重世法治建设。"),
        text("组织开展法治宣穿活动。"),
        text("加强执法人员培驯。"),
        text("认真落实重大行政决策程续。"),
        text("完善矛盾纠纷多元化解机质。"),
        text("强化对权力运行的制约和监渡。"),
        text("依法保护群众合法全益。"),
        text("加大普法宣传力渡。"),
        text("积极推进基层治理现代华。"),
        text("推进一网通半改革。"),
        text("进一步规犯行政执法行为。"),
        text("提高干部法治素样。"),
        text("推动形成办事依法、遇事找法的良好氛维。"),
        text("执法效率明显提搞。"),
        text("组织开展执法案卷评查，发现问题及时整该。"),
        text("为困难群众提供法律服物。"),
        text("不断提高依法行政能立。"),
        # Look-alikes found from how the characters are built: 拆/折, 薄/簿.
        text("完成违法建筑折除工作。"),
        text("基层法治力量仍较簿弱。"),
        text("开展矛盾纠纷模排工作。"),  # 摸排, a word of the genre
        # A rare word of the lexicon one character from a word of the genre.
        text("做好行政执法与刑事司法衔结工作。"),
        text("群众反映的问题急待解决。"),
        # A four-character pattern whose other two characters do not fit.
        text("集中整治乱搭乱健问题。"),
        text("集中整治乱搭乱健、乱贴乱话问题。"),  # 乱 repeated is no noun
        # Before a figure phrase the slip still counts where no word ends before the
        # opener (提共 → 提供), and 用逾 is still 用于 where no figure follows.
        text("为群众提共20余次法律咨询。"),
        text("专项经费用逾困难群众救助。"),
        # The patterns that shelter correct text do not shelter a slip outside them.
        text("镇党委高毒重视法治建设。"),  # 高度: no noun after it
        text("推进执法工作提质增校。"),  # 提质增效 is a known phrase
        text("这是年度重点工作之义。"),  # X之一 after a noun
        text("这更实一种责任担当。"),  # 更是: no 的 or pause after it
        # Slips inside the genre's own words of three and four characters, and a word
        # sounding alike in the genre's fixed collocation.
        text("推动普法宣传长态化、制度化。"),
        text("严厉打击占到经营行为。"),
        text("推行权利清单管理。"),  # T006 lists 权利 before 清单、责任清单 only
        # Quotation marks shelter a name, not a quoted sentence or a slogan ending a clause.
        text("群众说：“法律顾问帮我们拍查了隐患，我们很满意。”"),
        text("镇党委要求“全镇上下要把矛盾纠纷拍查化解放在首位，抓早抓小”。"),
        text("推行“程续工作法进万家、法律服务到身边、矛盾纠纷不出村、服务群众零距离”。"),  # 34
        # Two verb + object halves shelter a coined half, not a slip in a word.
        text("切实保章民生。"),
        text("推进减政便民改革。"),  # 减证便民 is a known phrase
        text("该案件事室清楚、证据确凿。"),  # 事实 in a clause, not a room's name
        # A bound character (协, 坊) written in a word that is no word.
        text("维护社会和协稳定。"),
        # A slip beside a recent coinage of two clipped words is still found.
        text("以数智赋能矛盾纠纷拍查化解。"),
        text("组织纪法教育，切实保章群众合法权益。"),
        text("推行双随机以公开监管。"),  # the genre's 一公开, outside the principle
        # 乡党委 and 乡人大 with 向 for 乡, where no subject stands before 向.
        text("召开向党委扩大会议，研究法治建设。"),
        text("由向人大主席团负责组织。"),
    )
    # Names the lexicon does not know, a term the report uses twice, quoted slogans.
    clean = (
        text("桐溪县白沙镇司法所联合县公安局白沙派出所开展反诈宣传。"),
        text("镇长王晓燕同志主持召开专题会议。"),
        text("推行“镇呼村应”机制，镇呼村应事项办结率100%。"),
        text("开展“三官一律”进网格活动。"),
        text("建立矛盾纠纷排查台帐，做到底数清、情况明。"),
        text("培训与实际业务结合不紧，以案释法做得不够。"),
        text("加速推进法治柏山建设进程。"),  # the report's own place (柏山镇)
        # What the rule leaves alone though the finder proposes a word (程续 → 程序):
        text("桐江区司法局开展法治宣传。"),  # a place before its level
        text("由主任程续同志牵头负责。"),  # a name after a title
        text("推行“程续”工作法。"),  # a short quoted name
        text("印发《程续工作规则》。"),  # a title, T003's
        text("程续工作法推行以来，程续工作法覆盖全镇。"),  # written so twice
        text("人才短缺这一迫在眉捷的问题。"),  # T007's, with its fix
        text("贯彻落实《中华人民共和国行政复议法》。"),
        text("落实行政执法公示、执法全过程记录、重大执法决定法制审核制度。"),
        # A measure word belongs with its number: no 家具 in 2家拒不.
        text("全年共查处2家拒不支付农民工工资的企业。"),
        text("全年对12家拒不整改的企业立案查处。"),
        # 逾, 超, 近, 约, 达, 计, 共 before a number open a figure phrase: the character
        # before them ends the word before (费用 | 逾20万元 is no 用于, 款项 | 逾 no 项羽).
        text("为农民工追讨劳务费用逾二十万元。"),
        text("全年追回办案费用逾20万元，追回救助款项逾百万元。"),
        # The genre's words: 涉 compounds, short names, four-character patterns.
        text("妥善处理涉法涉诉信访问题，梳理涉法事项清单。"),
        text("开展商超、农贸市场食品安全检查，推进文旅融合。"),
        text("集中整治乱搭乱建、乱堆乱放、乱贴乱画等问题。"),
        text("整治乱搭乱盖、乱挖乱采行为。"),  # patterns not listed, both halves fit
        # A rare word of the lexicon beside a common word outside the genre's list.
        text("对拟印发的政策性文件逐件开展合法性把关。"),
        text("对新提拔的8名科级干部开展任前法律知识考试。"),
        text("完善会前学法、年度考法制度。"),
        # Rare words of the lexicon right as written, listed with the genre's words.
        text("召开两委班子会议，开展禁毒禁赌宣传。"),
        text("协调银行加大对小微企业的授信支持。"),
        text("为新生儿办理上户手续。"),  # 上户 beside 商户: the clause gains too little
        # Halves of the genre's compound phrases (提质增效, 提档升级, 小微企业, 送法上门)
        # combined anew: each half is a word of its own.
        text("推进法治宣传提质扩面。"),
        text("实现公共法律服务提质升级，推动调解工作提档扩面。"),
        text("规范小微权力运行，开展送法进企业活动。"),
        # Organs' internal units, posts and document kinds, which jieba lacks or ranks
        # rare (股室 is no slip of 股市); and units named by two kinds (所队, 庭所).
        text("组织县直各股室、乡镇站所负责人参加法治培训。"),
        text("县法院各庭所、县公安局各所队负责人参加培训。"),
        text("各业务股室副股长、四级主任科员参加培训，会后形成会议纪要。"),
        # A document number's code (政发 is no 政法), a parallel phrase (常悟 no 常务),
        # and a word whose neighbour one character away is a name (捋顺 no 旅顺).
        text("认真贯彻落实冀政发〔2020〕12号文件精神。"),
        text("印发《关于开展普法宣传的通知》（临委法办柳湾〔2025〕3号）。"),
        text("坚持常学常新、常悟常进。"),
        text("做到常学常新常悟常进。"),  # no mark bounds them: the repeated head does
        text("各村坚持常议常新不断完善村规民约。"),
        text("进一步捋顺综合执法体制。"),
        # Parallel phrases of two modifier + verb halves, classical 之-phrases, technical
        # modifier + noun compounds, and a word clipped of its middle (思政课).
        text("坚持严管厚爱、精管细治、深学细悟。"),
        text("依法履职是应尽之责，也是题中之义、应有之义。"),
        text("严格管控高毒农药，排查高危行业。"),
        text("上好思政课，开好法治课。"),
        # 更 + a one-character adjective, before 的 or a pause: a comparative.
        text("以更高的标准、更实的作风推进工作。"),
        text("确保作风更硬、措施更实。"),
        text("依法保障公民权利，规范权力运行，推进扫黑除恶常态化。"),
        # Names of public life: platforms and government-service apps (vocabulary.txt),
        # campaign names in any quotation marks, even long ones followed by what they name.
        text("通过政务微博、微信公众号和浙里办发布办事指南。"),
        text("在微博和抖音上开设普法专栏。"),
        text("开展“法治进万家、便民利企行”系列宣传活动。"),
        text("推行“程续工作法进万家、法律服务到身边”系列活动。"),  # 18 characters
        text("镇党委推行“程续工作法进万家、法律服务到身边”。"),
        text("推行「程续」工作法，推进「百场千讲」进基层。"),
        text('推行"程续"工作法，开展"千村万户"普法活动。'),
        # The government's coined set phrases: two verb + object halves, one of them a
        # word whose object the other's verb also takes (利民 beside 便民利企).
        text("坚持便民利企、惠企利民，推行减证便民，强基固本。"),
        text("推行利企便民措施。"),
        text("开展暖企惠企、护企兴企行动，推进亲企护企。"),  # one object, two verbs
        text("在各村设立群众说事室、百姓议事厅。"),  # 说事, a word of the genre
        # Where a word table reports the wrong word with its fix, that rule speaks.
        text("开展法制讲座，推行权利清单、责任清单制度。"),
        # Recent coinages of two clipped words (vocabulary.txt says where they come
        # from): 数智 is no slip of 数值, nor 纪法 of 技法.
        text("以数智赋能基层治理。"),
        text("推进政务服务数智化转型。"),
        text("组织党员干部参加纪法教育。"),
        text("上好新任职干部纪法课。"),
        text("强化智治支撑，推进双碳目标落实。"),
        text("加强政法干警队伍建设，开展法润万家活动。"),
        # The 政府信息公开条例's principle: 以公开 is no slip of 一公开 (双随机、一公开).
        text("坚持以公开为常态、不公开为例外，推行“双随机、一公开”监管。"),
        # 向 after a subject or a list of levels is the preposition, not 乡 mistyped.
        text("县乡两级政府每年主动向党委报告法治建设情况。"),
        text("乡镇两级向人大报告工作，市县乡三级部门定期向党委汇报。"),
        text("各村及时向党委报告矛盾纠纷排查情况。"),
        # The genre's slogans, clips and brands of a place (rules/coinedreading.py).
        text("干部坚持深学细悟，推动以学增智、以学促干，建好农服中心，打造智造江川。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        finder = report_finder(report)
        whole = "\n".join(field.text for field in texts)
        for field in texts:
            if field.path[0] in NAME_FIELDS:
                continue
            text = field.text
            known = phrase_slips(text)
            # 费用逾20万元: no span runs from a word into the figure phrase after it.
            codes = [m.span() for m in DOCUMENT_CODE.finditer(text)]
            found = finder.find(text, into_figures(text, finder.segmenter))
            collocations = _beyond(genre_slips(text, finder), found)
            if found or collocations:  # the word tables report theirs, in their context
                spans = tabled(text)
                found, collocations = _untabled(found, spans), _untabled(collocations, spans)
            for slip in found + collocations:
                if meant(slip, text, whole, finder) or in_code(slip, codes):
                    continue
                if set_phrase(slip, text, finder):
                    continue  # 精管细治, 应尽之责, 高毒农药: a regular pattern
                if coined(slip, text, finder):
                    continue  # 深学细悟, 以学增智, 农服, 智造江川: the genre's own wording
                if any(s < slip.end and slip.start < e for s, e, _ in known):
                    continue  # T007 reports this place, with its fix
                # A rare word of the lexicon (衔结), or none at all (拍查); or the
                # genre's fixed wording with one character sounding alike (权利清单).
                written = "极少这样写" if finder.freq(slip.written) else "不成词"
                why = (
                    f"本文种的固定说法是“{slip.right}”，“{slip.written}”不这样搭配"
                    if slip in collocations
                    else f"“{slip.written}”{written}，“{slip.right}”是常用词，改后语句通顺"
                )
                yield self.finding(
                    field.path,
                    excerpt(text, slip.start, slip.end),
                    f"“{slip.written}”疑为“{slip.right}”的笔误：{why}。",
                    f"如确为笔误，改为“{slip.right}”；如是简称、口号、地名等专有说法，可不改。",
                    start=slip.start,
                )
