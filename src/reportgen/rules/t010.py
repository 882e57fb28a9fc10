"""T010: 的, 地 and 得 where the grammar is clear (the reading is particlegrammar.py's)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..lazyregex import lazy_compile
from ..lexicon.segment import Segmenter
from ..model import Report
from .base import Finding, Fix, Rule, Severity, TextField
from .cases import text, wrong_right
from .matching import excerpt
from .particlegrammar import misused_particles
from .vocabulary import report_segmenter

_PARTICLES = lazy_compile("[的地得]")


class Particles(Rule):
    code = "T010"
    severity = Severity.WARNING
    summary = "“的、地、得”按语法用对：认真地开展、落实得很好、良好的氛围"
    fixable = True
    explanation = "“的、地、得”各有分工：修饰动词用“地”（认真地开展普法宣传），补充说明程度用“得”（落实得很好），修饰名词用“的”（良好的氛围）。只在语法确定时报告：“认真、积极、扎实”等词后接“开展、推进、落实”等动词并带宾语时用“地”；“认真、及时、主动”等词后接“将、把、向、为、对、按照”等介词引出动作时也用“地”（及时地将线索移交）；“不断、逐步、进一步”等只作状语的词后接动词和宾语（不断地完善制度），或“切实、认真”等词后接带“了、着、过”的动词（切实地减轻了企业负担）时也用“地”，“切实的措施”“扎实的作风”不报告；动词后接“很好、很快、不够深入、不到位、不彻底、还不够平衡”或“扎实有效、有声有色、卓有成效”这类评价并结束分句时用“得”（开展得扎实有效）；“工作有序地开展。”这样动词结束分句、前面是主语时也用“地”，“得到扎实的推进”“加强有效的监督”是名词短语，不报告；形容词后接名词时用“的”。动词后面不用“地”：“落实地措施不够有力”应为“落实的措施”，“认真落实地各项制度”应删去“地”，分不清是哪一种的只提示不改；“有组织地”“有计划地”是对的。“存在的不足”“由于宣传的不到位”“参加的不多”里“的”后面是名词性成分，用“的”正确，不报告。“积极的推动作用”“进行认真的学习”“得到全面的落实”是名词短语，用“的”正确，不报告；“有效、及时、进一步”这类修饰语前面是两个字以上的动词（“应当、需要”这类词除外）时，“的”字短语可能是这个动词的宾语（清理现行有效的规范性文件、建立有效的化解矛盾纠纷机制、提供及时的办理结果、提出进一步的改进措施），也不报告。分词用 jieba 词典，词表在 src/reportgen/rules/wordlists.toml 的 [particles]。"
    example = wrong_right(
        "镇党委认真的开展普法宣传，各项工作落实的很好，营造了良好地氛围。",
        "镇党委认真地开展普法宣传，各项工作落实得很好，营造了良好的氛围。",
    )
    triggers = (
        text("认真的开展普法宣传。", "认真地开展普法宣传。"),
        text("积极的推进法治建设。", "积极地推进法治建设。"),
        text("有效的化解矛盾纠纷。", "有效地化解矛盾纠纷。"),
        text("扎实的推进依法行政。", "扎实地推进依法行政。"),
        text("主动的接受人大监督。", "主动地接受人大监督。"),
        text("切实的履行第一责任人职责。", "切实地履行第一责任人职责。"),
        text("严格的落实行政执法三项制度。", "严格地落实行政执法三项制度。"),
        text("工作落实的很好。", "工作落实得很好。"),
        text("普法宣传开展的还不够深入。", "普法宣传开展得还不够深入。"),
        text("执法监督推进的比较缓慢。", "执法监督推进得比较缓慢。"),
        text("营造良好地法治氛围。", "营造良好的法治氛围。"),
        text("取得了良好得效果。", "取得了良好的效果。"),
        text("取得了明显地成效。", "取得了明显的成效。"),
        # 得 before a negated or qualified complement that ends the clause.
        text("对法治建设重视的不够。", "对法治建设重视得不够。"),
        text("政务信息公开的不够及时。", "政务信息公开得不够及时。"),
        text("普法工作开展的还不够平衡。", "普法工作开展得还不够平衡。"),
        text("执法监督开展的不到位。", "执法监督开展得不到位。"),
        text("整改落实的不彻底，问题反弹。", "整改落实得不彻底，问题反弹。"),
        text("宣传发动的不太充分。", "宣传发动得不太充分。"),
        # 地 after a word of manner, before a preposition and the verb it leads to.
        text("及时的将问题线索移交有关部门。", "及时地将问题线索移交有关部门。"),
        text("主动的向人大报告工作。", "主动地向人大报告工作。"),
        text("积极的为企业提供法律服务。", "积极地为企业提供法律服务。"),
        text("认真的对照问题清单逐项整改。", "认真地对照问题清单逐项整改。"),
        text("严格的按照法定程序办理。", "严格地按照法定程序办理。"),
        text("扎实的把各项任务落到实处。", "扎实地把各项任务落到实处。"),
        text("主动的与群众沟通交流。", "主动地与群众沟通交流。"),
        # 得 before an assessment of four characters, with no degree word.
        text("各项工作开展的扎实有效。", "各项工作开展得扎实有效。"),
        text("普法宣传开展的有声有色，群众欢迎。", "普法宣传开展得有声有色，群众欢迎。"),
        text("矛盾纠纷化解的及时有效。", "矛盾纠纷化解得及时有效。"),
        text("整改工作推进的很快。", "整改工作推进得很快。"),
        text("证照审批办理的更加便捷。", "证照审批办理得更加便捷。"),
        text("各项措施落实的到位。", "各项措施落实得到位。"),
        text("执法工作规范有序的开展。", "执法工作规范有序地开展。"),
        text("及时的处置突发事件。", "及时地处置突发事件。"),
        # 地 before a verb that ends the clause, after its subject.
        text("各项工作有序的开展。", "各项工作有序地开展。"),
        text("法治宣传扎实的推进，成效明显。", "法治宣传扎实地推进，成效明显。"),
        # 地 after a verb: a noun phrase wants 的, a verb and its object nothing.
        text("落实地措施不够有力。", "落实的措施不够有力。"),
        text("开展地活动丰富多彩。", "开展的活动丰富多彩。"),
        text("认真落实地各项制度。", "认真落实各项制度。"),
        text("严格执行地各项制度。", "严格执行各项制度。"),
        text("认真履行地第一责任人职责。", "认真履行第一责任人职责。"),
        text("对群众所反映地问题逐一答复。", "对群众所反映的问题逐一答复。"),
        # A degree word and an adjective before 的 and a verb with its object.
        text("更快的办结群众诉求。", "更快地办结群众诉求。"),
        text("十分耐心的解答群众咨询。", "十分耐心地解答群众咨询。"),
        text("更好的保障群众合法权益。", "更好地保障群众合法权益。"),
        text(
            "圆满的完成各项任务，较好的完成了年度目标。",
            "圆满地完成各项任务，较好地完成了年度目标。",
        ),
        text("落实好地各项措施。"),
        text("加强地监管。"),  # 加强的监管 or 加强监管: no fix
        text("推进地法治建设取得成效。"),  # 推进的法治建设 or 推进法治建设: no fix
        # A modal or a one-character verb leads a verb phrase: 地 is still wanted.
        text("我们应当积极的推进法治建设。", "我们应当积极地推进法治建设。"),
        text("要认真的开展普法宣传。", "要认真地开展普法宣传。"),
    )
    # 的 that is right (noun phrases), 地 and 得 that are right.
    clean = (
        text("发挥了积极的推动作用。"),
        text("进行认真的学习。"),
        text("群众对证照办理的满意度更高，让审批服务的办理更加便捷。"),
        text("各项任务得到全面的落实。"),
        text("树立认真的学习态度。"),
        text("建立严格的执法程序。"),
        text("这些做法具有非常重要的促进意义。"),
        text("开展积极的宣传活动。"),
        text("认真地研究，扎实地推进，切实把各项工作落到实处。"),
        text("这项工作完成得很好，群众反映良好。"),
        text("我们的很多工作还有差距。"),
        text("开展的很多活动受到群众欢迎。"),
        text("当地群众的法治意识明显增强，各地涌现出一批示范户。"),
        text("取得了显著的成效。"),
        text("群众满意度很高。"),
        # 的 that makes a noun of what follows, 地 and 得 where they belong.
        text("查找工作中存在的不足。"),
        text("整改检查发现的不规范。"),
        text("由于宣传的不到位，群众知晓率不高。"),
        text("主动参加培训的不多。"),
        text("坚持科学的与民主的决策相结合。"),
        text("对照问题清单进行认真的对照和剖析。"),
        text("分析积极的和消极的因素。"),
        text("建立有效的为民服务机制。"),
        text("及时地将问题线索移交有关部门，整改落实得不彻底的问题挂账督办。"),
        # An assessment after a noun's or 取得's 的; a verb after a verb's object.
        text("取得的显著成效离不开全镇干部的努力。"),
        text("工作的扎实有效，得益于制度的完善。"),
        text("我镇取得的卓有成效，离不开上级的支持。"),
        text("开展的扎实有效的活动受到群众欢迎。"),
        text("群众参加的很多。"),
        text("宣传的广泛，带来了群众法治意识的提升。"),
        text("工作得到扎实的推进。"),
        text("各项工作得到有序的开展。"),
        text("切实加强有效的监督。"),
        text("建立快速的处置机制。"),
        text("落实地方政府责任，深入实地调研，有组织地开展普法，有计划地推进。"),
        text("规范地开展执法，创造性地开展工作，因地制宜推进土地整治。"),
        text("明确合同履行地和争议解决方式。"),
        # 的 before a noun phrase that is a verb's object: its head is a noun, not the
        # verb after 的 (规范性文件 is no 规范 + 性文件; 机制, 结果 end the phrase).
        text("全面清理现行有效的规范性文件。"),
        text("实行严格的规范化管理。"),
        text("建立有效的化解矛盾纠纷机制。"),
        text("为群众提供及时的办理结果。"),
        text("形成扎实的推进态势。"),
        text("全面的推进情况良好，群众满意。"),
        text("公布依法应当公开的政府信息，建立健全的长效机制。"),
        text("提供更好的保障，争取更好的发展机遇，创造更好的学习条件，营造更加浓厚的氛围。"),
    )

    def check(self, report: Report, texts: Sequence[TextField]) -> Iterator[Finding]:
        segmenter: Segmenter | None = None
        for field in texts:
            if not _PARTICLES.search(field.text):
                continue
            segmenter = segmenter or report_segmenter(report)
            for found in misused_particles(field.text, segmenter):
                wrong = field.text[found.at]
                right = f"应为“{found.right}”" if found.right else "是多余的"
                yield self.finding(
                    field.path,
                    excerpt(field.text, found.at, found.at + 1, context=6),
                    f"“{wrong}”{right}：{found.why}。"
                    if found.certain
                    else f"“{wrong}”用得不对：{found.why}。",
                    (f"把“{wrong}”改为“{found.right}”。" if found.right else f"删去“{wrong}”。")
                    if found.certain
                    else f"按句意改为“{found.right}”或删去“{wrong}”。",
                    Fix(field.path, found.at, found.at + 1, found.right) if found.certain else None,
                )
