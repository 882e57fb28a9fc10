"""Import reads a Word file as Word shows it: every visible run wherever it stands, no
hidden text, no comment, no field code, tracked changes as if accepted; and it says in
a note what it read specially or left out. Each file is made by tests/wordfiles.py."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from helpers import Result
from refusals import refused
from wordfiles import (
    REVISION,
    complex_field,
    content_control,
    deleted,
    inserted,
    paragraph,
    run,
    style,
    table,
    text_box,
    word_file,
)

from reportgen.importing.read import Source, read_source


def read(tmp_path: Path, body: list[str], **parts: object) -> Source:
    return read_source(word_file(tmp_path / "draft.docx", body, **parts))  # type: ignore[arg-type]


def texts(source: Source) -> list[str]:
    return [p.text for p in source.paragraphs]


def noted(source: Source, *words: str) -> bool:
    return any(all(word in note for word in words) for note in source.notes)


# --- tracked changes: read as if every one were accepted


def test_tracked_insertions_in_deletions_out(tmp_path: Path) -> None:
    source = read(
        tmp_path,
        [
            paragraph(run("镇政府"), inserted(run("认真")), deleted("马虎"), run("履职。")),
            paragraph(
                run("会议"),
                f'<w:moveFrom w:id="3" {REVISION}>{run("在上午")}</w:moveFrom>',
                run("召开"),
                f'<w:moveTo w:id="4" {REVISION}>{run("在下午")}</w:moveTo>',
                run("。"),
            ),
        ],
    )
    assert texts(source) == ["镇政府认真履职。", "会议召开在下午。"]
    assert noted(source, "未接受的修订", "全部接受")


def test_a_deleted_paragraph_mark_joins_two_paragraphs(tmp_path: Path) -> None:
    mark = f'<w:rPr><w:del w:id="5" {REVISION}/></w:rPr>'
    whole = f'<w:rPr><w:ins w:id="7" {REVISION}/></w:rPr>'
    source = read(
        tmp_path,
        [
            paragraph(run("前半句，"), properties=mark),
            paragraph(run("后半句。")),
            paragraph(deleted("整段删去的话。", revision=6), properties=mark),
            paragraph(run("下一段。")),
            paragraph(inserted(run("新插入的一段。"), revision=8), properties=whole),
        ],
    )
    assert texts(source) == ["前半句，后半句。", "下一段。", "新插入的一段。"]


def test_a_paragraph_whose_mark_is_deleted_stays_before_a_table(tmp_path: Path) -> None:
    mark = f'<w:rPr><w:del w:id="5" {REVISION}/></w:rPr>'
    source = read(
        tmp_path,
        [paragraph(run("表前的话："), properties=mark), table([paragraph(run("表中"))])],
    )
    assert texts(source) == ["表前的话：", "表中"]


def test_a_deleted_table_row_is_gone(tmp_path: Path) -> None:
    rows = (
        "<w:tbl><w:tblPr/>"
        f"<w:tr><w:tc>{paragraph(run('项目'))}</w:tc><w:tc>{paragraph(run('件数'))}</w:tc></w:tr>"
        f'<w:tr><w:trPr><w:del w:id="9" {REVISION}/></w:trPr>'
        f"<w:tc>{paragraph(deleted('调解纠纷'))}</w:tc><w:tc>{paragraph(run('12'))}</w:tc></w:tr>"
        "</w:tbl>"
    )
    assert texts(read(tmp_path, [rows])) == ["项目\t件数"]


def test_a_document_without_revisions_says_nothing_of_them(tmp_path: Path) -> None:
    assert not noted(read(tmp_path, [paragraph(run("正文。"))]), "修订")


# --- content controls, smart tags, custom XML


def test_content_controls_at_run_paragraph_and_cell_level(tmp_path: Path) -> None:
    source = read(
        tmp_path,
        [
            paragraph(run("成立"), content_control(run("法治建设领导小组")), run("。")),
            content_control(paragraph(run("段落级控件中的一段。"))),
            "<w:tbl><w:tblPr/><w:tr><w:sdt><w:sdtContent><w:tc>"
            f"{content_control(paragraph(run('单元格中的控件')))}"
            "</w:tc></w:sdtContent></w:sdt></w:tr></w:tbl>",
        ],
    )
    assert texts(source) == ["成立法治建设领导小组。", "段落级控件中的一段。", "单元格中的控件"]


def test_a_control_still_showing_its_prompt_is_left_out(tmp_path: Path) -> None:
    source = read(
        tmp_path,
        [paragraph(run("联系人："), content_control(run("单击或点击此处输入文字。"), prompt=True))],
    )
    assert texts(source) == ["联系人："]
    assert noted(source, "提示文字", "没有读入")


def test_smart_tags_and_custom_xml_at_run_and_block_level(tmp_path: Path) -> None:
    source = read(
        tmp_path,
        [
            paragraph(
                '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">'
                f'<w:smartTagPr><w:attr w:name="x" w:val="y"/></w:smartTagPr>{run("柏山镇")}'
                "</w:smartTag>",
                f'<w:customXml w:element="organ">{run("司法所")}</w:customXml>',
                run("联合开展普法。"),
            ),
            f'<w:customXml w:element="part">{paragraph(run("自定义 XML 中的一段。"))}</w:customXml>',
        ],
    )
    assert texts(source) == ["柏山镇司法所联合开展普法。", "自定义 XML 中的一段。"]


# --- fields: the result, never the code


def test_simple_and_complex_fields_read_their_result(tmp_path: Path) -> None:
    nested = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
        f"{complex_field(' PAGE ', '1')}"
        '<w:r><w:instrText xml:space="preserve"> = 1 "首页" "续页" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{run('首页')}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    no_result = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    source = read(
        tmp_path,
        [
            paragraph(
                run("本镇"),
                f'<w:fldSimple w:instr=" DOCPROPERTY Company ">{run("柏山镇")}</w:fldSimple>',
                run("召开会议，见"),
                complex_field(" REF 领导小组 \\h ", "领导小组名单"),
                run("。"),
            ),
            paragraph(run("这是"), nested, no_result, run("。")),
        ],
    )
    assert texts(source) == ["本镇柏山镇召开会议，见领导小组名单。", "这是首页。"]


def test_a_field_spanning_paragraphs_hides_its_code_in_both(tmp_path: Path) -> None:
    source = read(
        tmp_path,
        [
            paragraph(
                run("目录："),
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText></w:r>',
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
                run("一、主要工作"),
            ),
            paragraph(
                run("二、存在不足"),
                complex_field(" PAGEREF _Toc2 \\h ", "3"),  # nested in the TOC's result
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
            ),
        ],
    )
    assert texts(source) == ["目录：一、主要工作", "二、存在不足3"]


# --- tables


def test_a_table_of_figures_is_read_row_by_row(tmp_path: Path) -> None:
    source = read(
        tmp_path,
        [
            paragraph(run("全年办理情况如下：")),
            table(
                [paragraph(run("项目")), paragraph(run("2022年")), paragraph(run("2023年"))],
                [paragraph(run("行政复议")), paragraph(run("3")), paragraph(run("5"))],
                [paragraph(run("行政诉讼")), paragraph(), paragraph(run("1"))],
            ),
            paragraph(run("表后一段。")),
        ],
    )
    assert texts(source) == [
        "全年办理情况如下：",
        "项目\t2022年\t2023年",
        "行政复议\t3\t5",
        "行政诉讼\t\t1",
        "表后一段。",
    ]
    assert noted(source, "表格（共 3 行，第一行“项目｜2022年｜2023年”）", "逐行读入")


def test_a_layout_table_gives_its_paragraphs(tmp_path: Path) -> None:
    cell = paragraph(run("第一段。")) + paragraph() + paragraph(run("第二段。"))
    source = read(tmp_path, [table([cell])])
    assert texts(source) == ["第一段。", "第二段。"]
    assert noted(source, "表格（共 1 行")


# --- hidden text


HIDDEN_STYLES = [
    style("HiddenBase", "character", "<w:vanish/>"),
    style("HiddenChild", "character", based_on="HiddenBase"),
    style("HiddenPara", "paragraph", "<w:vanish/>"),
    style("HiddenParaChild", "paragraph", based_on="HiddenPara"),
]


def test_hidden_text_directly_or_through_styles_is_left_out(tmp_path: Path) -> None:
    source = read(
        tmp_path,
        [
            paragraph(run("公开的话。"), run("直接隐藏的话。", "<w:vanish/>")),
            paragraph(
                run("第二段。"), run("字符样式隐藏的话。", '<w:rStyle w:val="HiddenChild"/>')
            ),
            paragraph(
                run("段落样式隐藏的整段。"), properties='<w:pStyle w:val="HiddenParaChild"/>'
            ),
            paragraph(
                run("样式隐藏但本身取消隐藏的话。", '<w:vanish w:val="0"/>'),
                properties='<w:pStyle w:val="HiddenParaChild"/>',
            ),
            paragraph(run("第五段。")),
        ],
        styles=HIDDEN_STYLES,
    )
    # The fourth paragraph's mark is hidden by its style: it runs on into the fifth.
    assert texts(source) == ["公开的话。", "第二段。", "样式隐藏但本身取消隐藏的话。第五段。"]
    assert noted(source, "3 处隐藏文字", "没有读入")


def test_hidden_in_a_style_is_a_toggle(tmp_path: Path) -> None:
    """ECMA-376 §17.7.3: a character style's w:vanish switches over its paragraph
    style's; set on the run itself it is absolute."""
    source = read(
        tmp_path,
        [
            paragraph(
                run("两层样式都隐藏，相互抵消。", '<w:rStyle w:val="HiddenBase"/>'),
                run("段落样式隐藏的话。"),
                properties='<w:pStyle w:val="HiddenPara"/><w:rPr><w:vanish w:val="0"/></w:rPr>',
            )
        ],
        styles=HIDDEN_STYLES,
    )
    assert texts(source) == ["两层样式都隐藏，相互抵消。"]


def test_a_style_chain_that_loops_ends(tmp_path: Path) -> None:
    source = read(
        tmp_path,
        [paragraph(run("循环样式中的话。", '<w:rStyle w:val="LoopA"/>'))],
        styles=[
            style("LoopA", "character", based_on="LoopB"),
            style("LoopB", "character", based_on="LoopA"),
        ],
    )
    assert texts(source) == ["循环样式中的话。"]


def test_bold_and_hidden_follow_a_chain_of_2000_styles(tmp_path: Path) -> None:
    # Listed from the far end: the first style resolved walks the whole chain.
    chain = [style(f"S{n}", "character", based_on=f"S{n - 1}") for n in range(1999, 0, -1)]
    chain.append(style("S0", "character", "<w:b/><w:vanish/>"))
    chain.append(style("Shown", "character", '<w:vanish w:val="0"/>', based_on="S1999"))
    source = read(
        tmp_path,
        [
            paragraph(
                run("一是加粗的引领语。", '<w:rStyle w:val="Shown"/>'),
                run("隐藏的话。", '<w:rStyle w:val="S1999"/>'),
                run("正文。"),
            )
        ],
        styles=chain,
    )
    assert [(p.text, p.bold) for p in source.paragraphs] == [
        ("一是加粗的引领语。正文。", ((0, 9),))
    ]


# --- comments, footnotes, text boxes


def test_comments_are_never_report_text(tmp_path: Path) -> None:
    source = read(
        tmp_path,
        [
            paragraph(
                run("全年共调解纠纷"),
                '<w:commentRangeStart w:id="1"/>',
                run("126件"),
                '<w:commentRangeEnd w:id="1"/>',
                '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                '<w:commentReference w:id="1"/></w:r>',
                run("。"),
            )
        ],
        comments=[(1, "请核实这个数字是否与台账一致。")],
    )
    assert texts(source) == ["全年共调解纠纷126件。"]
    assert noted(source, "1 条批注", "没有读入")


def test_footnotes_are_named_in_a_note_not_read_as_body(tmp_path: Path) -> None:
    reference = (
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        '<w:footnoteReference w:id="1"/></w:r>'
    )
    source = read(
        tmp_path,
        [paragraph(run("依据《条例》"), reference, run("开展工作。"))],
        footnotes=[(1, "该条例于2023年修订。")],
    )
    assert texts(source) == ["依据《条例》开展工作。"]
    assert noted(source, "1 个脚注", "该条例于2023年修订。", "没有读入")


def test_a_text_box_is_read_once_after_its_paragraph(tmp_path: Path) -> None:
    source = read(
        tmp_path,
        [
            paragraph(
                run("框前的话。"), text_box(paragraph(run("文本框中的文字。"))), run("框后的话。")
            ),
            paragraph(run("下一段。")),
        ],
    )
    assert texts(source) == ["框前的话。框后的话。", "文本框中的文字。", "下一段。"]
    assert noted(source, "1 个文本框", "已读入")


def test_nesting_as_deep_as_the_xml_parser_allows_is_read(tmp_path: Path) -> None:
    """libxml2 stops at 256 levels (python-docx cannot open a deeper file); up to there
    nothing runs out of stack."""
    inline, block, cell = (
        run("控件深处的话。"),
        paragraph(run("块深处的话。")),
        paragraph(run("表")),
    )
    for _ in range(120):
        inline, block = content_control(inline), content_control(block)
    for _ in range(80):
        cell = table([cell])
    assert texts(read(tmp_path, [paragraph(inline), block, cell])) == [
        "控件深处的话。",
        "块深处的话。",
        "表",
    ]


def test_a_footnote_that_refers_to_itself_is_read_once(tmp_path: Path) -> None:
    itself = '自引用的脚注。</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>'
    source = read(
        tmp_path,
        [paragraph(run("正文。"), '<w:r><w:footnoteReference w:id="1"/></w:r>')],
        footnotes=[(1, itself)],
    )
    assert texts(source) == ["正文。"]
    assert noted(source, "1 个脚注", "自引用的脚注。")


def test_a_document_without_a_body_has_no_text(
    project: Path, cli: Callable[..., Result], tmp_path: Path
) -> None:
    made = word_file(tmp_path / "made.docx", [paragraph(run("正文。"))])
    with zipfile.ZipFile(made) as old, zipfile.ZipFile(project / "empty.docx", "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "word/document.xml":
                data = re.sub(rb"<w:body>.*</w:body>", b"", data, flags=re.DOTALL)
            new.writestr(item, data)
    refused(cli, project, "import", "empty.docx", "-o", "x.json", expected=("中没有文字",))
