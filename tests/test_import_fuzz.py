"""Import never fails on text: any paragraphs give a model report that renders (or,
with no year anywhere, a user error), and its data file reads back as the same report."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from reportgen.errors import ReportgenError
from reportgen.importing.parse import parse
from reportgen.importing.read import Paragraph
from reportgen.importing.write import report_data
from reportgen.model import Report
from reportgen.render.outline import document

# Pieces of the structure a report has, so that random lines look like its parts.
PIECES = [
    "一、",
    "二、",
    "十一、",
    "（一）",
    "(二)",
    "（三）、",
    "1.",
    "2、",
    "（1）",
    "一是",
    "二是",
    "关于",
    "2024年",
    "二〇二五年",
    "二O二五年一月五日",
    "2025.1.5",
    "2025年01月05日",
    "的报告",
    "情况报告",
    "工作总结",
    "中共",
    "柳湾镇",
    "县委",
    "人民政府",
    "街道办事处",
    "司法局",
    "委员会",
    "：",
    ":",
    "。",
    "，",
    "、",
    "；",
    "（此件公开发布）",
    "（联系人：李明，电话：0371-6123456）",
    "附件2",
    "发布时间：2025-01-05",
    "打印本页",
    "文件",
    "柳政〔2025〕3号",
    "签发人：王某",
    "存在的问题",
    "下一步工作打算",
    "第一责任人",
    "将继续",
    "全年办理案件12件",
    " ",
    "\u3000",
    "\x0b",
    "\ufeff",
    "\u200b",
    "\n",
    "“",
    "”",
    "《宪法》",
    "法治",
    "建设",
    "推进",
    "XX",
    # the shapes of published and pasted reports
    "附件：",
    "附件1",
    "1.",
    "（盖章）",
    "人民代表大会主席团",
    "我镇",
    "本局",
    "高新区",
    "《纲要（2023—2027年）》",
    "— 1 —",
    "第一部分",
    "2025年1月",
    "2025年1月6日印发",
    "【打印】【关闭】",
    "字号：大 中 小",
    "时间：2025-01-05 浏览量：12",
    "当前位置：首页 > ",
    "四、",
    "（4）",
    "一，",
]
line = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(min_size=1, max_size=6)), min_size=1, max_size=8
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(line, min_size=1, max_size=25))
def test_any_text_imports_to_a_report(lines: list[str]) -> None:
    try:
        parsed = parse([Paragraph(text) for text in lines])
    except ReportgenError as error:
        assert "无法判断报告年度" in error.message
        return
    again = Report.model_validate_json(json.dumps(report_data(parsed.report)))
    assert again == parsed.report
    assert document(again, draft=True)
