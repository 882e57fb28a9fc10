"""Bad input, templates, round two: fields that reach outside the document and a page
setup python-docx cannot read. `template check` and `build` each refuse with a Chinese
message that names the part and says what to do, exit 1, nothing on disk changed, no
temporary file left; and what is harmless passes."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import Result
from refusals import refused, snapshot
from test_template_input import DOCUMENT, Edit, in_body, spoiled


def field(code: str) -> str:
    """A paragraph holding a complex field with this code, as Word writes one."""
    return (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>域结果</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )


def simple_field(code: str) -> str:
    return f"<w:p><w:fldSimple w:instr='{code}'><w:r><w:t>域结果</w:t></w:r></w:fldSimple></w:p>"


NESTED_TYPE = (
    '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> QUOTE "INCLUDETEXT" </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>INCLUDETEXT</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> "C:\\\\secret.txt" </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
)
DELETED_FIELD = (
    '<w:p><w:del w:id="1" w:author="x" w:date="2024-01-01T00:00:00Z">'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:delInstrText xml:space="preserve"> INCLUDETEXT "http://127.0.0.1:9/x" </w:delInstrText>'
    '</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:del></w:p>'
)
MAIL_MERGE = (
    '<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:linkToQuery/>'
    '<w:dataType w:val="native"/><w:connectString w:val="Provider=Microsoft.ACE.OLEDB.12.0;'
    'Data Source=\\\\server\\share\\names.xlsx"/><w:query w:val="SELECT * FROM `Sheet1$`"/>'
    "</w:mailMerge>"
)


def in_footer(xml: str) -> dict[str, Edit]:
    end = b"</w:ftr>"
    return {"word/footer1.xml": lambda data: data.replace(end, xml.encode() + end)}


def in_settings(xml: str) -> dict[str, Edit]:
    end = b"</w:settings>"
    return {"word/settings.xml": lambda data: data.replace(end, xml.encode() + end)}


def in_styles(xml: str) -> dict[str, Edit]:
    end = b"</w:styles>"
    return {"word/styles.xml": lambda data: data.replace(end, xml.encode() + end)}


LOOP = "".join(
    f'<w:style w:type="paragraph" w:styleId="{a}"><w:name w:val="{a}"/>'
    f'<w:basedOn w:val="{b}"/></w:style>'
    for a, b in (("LoopA", "LoopB"), ("LoopB", "LoopC"), ("LoopC", "LoopA"))
)


def page(pattern: str, replacement: str) -> dict[str, Edit]:
    def edit(data: bytes) -> bytes:
        changed, count = re.subn(pattern.encode(), replacement.encode(), data)
        assert count == 1, pattern
        return changed

    return {DOCUMENT: edit}


REFUSED: list[tuple[str, dict[str, Edit], str]] = [
    (
        "HYPERLINK field to a network share",
        in_body(field(' HYPERLINK "\\\\\\\\host\\\\share\\\\x.docx" ')),
        "超链接域指向 \\\\host\\share\\x.docx：这是本机文件或网络共享",
    ),
    (
        "HYPERLINK simple field to file:///",
        in_body(simple_field(' HYPERLINK "file:///C:/Windows/win.ini" \\o "说明" ')),
        "超链接域指向 file:///C:/Windows/win.ini",
    ),
    (
        "DATABASE field",
        in_body(field(' DATABASE \\d "C:\\\\data\\\\people.mdb" \\s "SELECT * FROM people" ')),
        "含有查询数据库的域 DATABASE",
    ),
    (
        "RD field",
        in_body(simple_field(' RD "\\\\\\\\server\\\\share\\\\chapter.docx" \\f ')),
        "含有引用其他文档的域 RD",
    ),
    ("DDEAUTO field", in_body(field(' DDEAUTO c:\\\\cmd.exe "/k calc" ')), "域 DDEAUTO"),
    (
        "MACROBUTTON field",
        in_body(field(" MACROBUTTON FileOpen 点此打开 ")),
        "运行宏的域 MACROBUTTON",
    ),
    ("PRINT field", in_body(field(' PRINT "%!PS showpage" ')), "向打印机发送指令的域 PRINT"),
    ("lower-case field name", in_body(field(" includepicture x.png ")), "域 INCLUDEPICTURE"),
    ("field type made by a nested field", in_body(NESTED_TYPE), "类型由嵌套域生成"),
    ("field deleted with tracking", in_body(DELETED_FIELD), "读取外部内容的域 INCLUDETEXT"),
    (
        "field in a footer",
        in_footer(simple_field(" INCLUDETEXT x.docx ")),
        "word/footer1.xml 含有读取外部内容的域 INCLUDETEXT",
    ),
    ("mail merge data source", in_settings(MAIL_MERGE), "word/settings.xml 把文档设成了邮件合并"),
    (
        "no section properties",
        page(r"<w:sectPr .*</w:sectPr>", ""),
        "模板没有页面设置（word/document.xml 中缺少 w:sectPr）",
    ),
    ("margin abc", page(r'w:left="1587"', 'w:left="abc"'), "页面设置中的左页边距“abc”不是长度"),
    (
        "page width past 2^31",
        page(r'w:w="11906"', 'w:w="2147483648"'),
        "页面设置中的纸张宽度 2147483648 超出 Word 允许的范围",
    ),
    (
        "margins wider than the page",
        page(r'w:right="1474"', 'w:right="11000"'),
        "左右页边距之和（22.20 厘米）不小于纸张宽度（21.00 厘米）",
    ),
]


@pytest.mark.parametrize(("case", "edit", "expected"), REFUSED, ids=[c[0] for c in REFUSED])
def test_template_is_refused(
    project: Path,
    cli: Callable[..., Result],
    previous: bytes,
    case: str,
    edit: dict[str, Edit],
    expected: str,
) -> None:
    template = spoiled(project, edit=edit)
    before = snapshot(project)
    check = cli("template", "check", str(template))  # its findings are its output: stdout
    assert check.code == 1 and expected in check.stdout, check.output
    assert "Traceback" not in check.output and snapshot(project) == before
    refused(cli, project, "build", "2023", "--template", str(template), expected=(expected,))


ACCEPTED: list[tuple[str, dict[str, Edit]]] = [
    ("web HYPERLINK field", in_body(field(' HYPERLINK "https://www.gov.cn/" \\o "中国政府网" '))),
    ("bookmark HYPERLINK field", in_body(field(' HYPERLINK \\l "_Toc1" '))),
    (
        "web link whose path holds field names",
        in_body(simple_field(' HYPERLINK "https://example.gov.cn/DATA/RD/LINK/INCLUDE" ')),
    ),
    ("a REF field", in_body(field(" REF 签发日期 \\h "))),
    ("page width in millimetres", page(r'w:w="11906"', 'w:w="210mm"')),
    ("styles based on each other in a loop", in_styles(LOOP)),
]


@pytest.mark.parametrize(("case", "edit"), ACCEPTED, ids=[c[0] for c in ACCEPTED])
def test_harmless_template_passes(
    project: Path, cli: Callable[..., Result], case: str, edit: dict[str, Edit]
) -> None:
    template = spoiled(project, edit=edit)
    check = cli("template", "check", str(template))
    assert check.code == 0, check.output
    assert cli("build", "2023", "--template", str(template)).code == 0
