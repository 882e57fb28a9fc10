"""One self-contained HTML page for the government website (政务公开).

No external requests: the styles are inline, the fonts are the reader's own.
Semantic headings: h1 title, h2 一、, h3 （一）, h4 1., h5 （1）.

Every string of the data is escaped (html.escape: & < > " ') and stands only in element
content, never in an attribute, a style or a script. A Content-Security-Policy then allows
nothing but the page's own style sheet (by its hash): should a string ever get through as
markup, it can neither run a script nor load anything.
"""

from __future__ import annotations

import re
from html import escape

from ..model import Report
from . import content_policy
from .outline import Line, Role, document

_TAGS = {
    Role.TITLE: "h1",
    Role.HEADING1: "h2",
    Role.HEADING2: "h3",
    Role.HEADING3: "h4",
    Role.HEADING4: "h5",
}
_CLASSES = {
    Role.DRAFT: "draft",
    Role.MASTHEAD_MARK: "masthead-mark",
    Role.MASTHEAD_NUMBER: "masthead-number",
    Role.ADDRESSEE: "addressee",
    Role.BODY: "",
    Role.SIGNATURE: "signature",
    Role.DATE: "date",
    Role.NOTE: "note",
    Role.ATTACHMENT: "attachment",
}

_ATTACHMENT = re.compile(r"^(附件：)?(\d+\.)?")
_STYLE = """
:root { color-scheme: light; }
body { margin: 0; background: #f5f5f5; color: #000;
  font-family: "FangSong", "仿宋", "仿宋_GB2312", "STFangsong", "Noto Serif CJK SC", serif; }
main { max-width: 42em; margin: 0 auto; padding: 2em 1.5em 3em; background: #fff;
  font-size: 1.125rem; line-height: 1.9; }
h1 { font-family: "方正小标宋简体", "SimSun", "Noto Serif CJK SC", serif; font-weight: normal;
  font-size: 1.6em; text-align: center; line-height: 1.5; margin: 0.5em 0 1em; }
h2, h3, h4, h5 { font-size: 1em; margin: 0; text-indent: 2em; }
h2 { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; font-weight: normal; }
h3 { font-family: "楷体", "楷体_GB2312", "KaiTi", "AR PL UKai CN", serif; font-weight: normal; }
h4 { font-weight: bold; }
h5 { font-weight: normal; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.addressee { text-indent: 0; }
p.attachment { margin-top: 0; padding-left: 5em; text-indent: 0; }
p.attachment.numbered { padding-left: 6em; text-indent: -1em; }
p.attachment.lead { text-indent: -3em; }
p.attachment.lead.numbered { text-indent: -4em; }
p.draft { text-indent: 0; color: #c00; border: 2px solid #c00; padding: 0.3em; }
p.masthead-mark { text-indent: 0; text-align: center; color: #e00; font-size: 2em; }
p.masthead-number { text-indent: 1em; border-bottom: 2px solid #e00; padding-bottom: 0.3em;
  margin-bottom: 1em; white-space: pre; }
.closing { margin-top: 2em; text-align: right; padding-right: 2em; }
.closing p { text-indent: 0; text-align: right; }
@media (max-width: 30em) { main { padding: 1em; font-size: 1rem; } }
@media print {
  body { background: #fff; }
  main { max-width: none; padding: 0; font-size: 16pt; line-height: 28.95pt; }
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
}
"""


_POLICY = content_policy(_STYLE)


def _content(line: Line) -> str:
    return "".join(
        f"<strong>{escape(s.text)}</strong>" if s.bold else escape(s.text) for s in line.segments
    )


def _attachment(line: Line) -> str:
    """附件：1.××× two characters in, the names in one column after 附件： and their
    numbers, a long name wrapping under its first character (GB/T 9704 7.3.4). The hang
    is the style sheet's (classes lead: 附件：, numbered: 1.), not a style attribute, which
    the Content-Security-Policy would refuse."""
    found = _ATTACHMENT.match(line.text)
    assert found is not None  # the pattern matches the empty string
    classes = " ".join(
        ["attachment", *(["lead"] if found[1] else []), *(["numbered"] if found[2] else [])]
    )
    return f'<p class="{classes}">{_content(line)}</p>'


def _element(line: Line) -> str:
    tag = _TAGS.get(line.role)
    if tag:
        return f"<{tag}>{_content(line)}</{tag}>"
    if line.role is Role.ATTACHMENT:
        return _attachment(line)
    css = _CLASSES[line.role]
    return f'<p class="{css}">{_content(line)}</p>' if css else f"<p>{_content(line)}</p>"


def render_html(report: Report, draft: bool = False) -> bytes:
    lines = document(report, draft)
    closing_roles = (Role.SIGNATURE, Role.DATE, Role.NOTE)
    main = [_element(line) for line in lines if line.role not in closing_roles]
    closing = [_element(line) for line in lines if line.role in closing_roles]
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(report.document_name)}</title>
<style>{_STYLE}</style>
</head>
<body>
<main>
<article>
{chr(10).join(main)}
<footer class="closing">
{chr(10).join(closing)}
</footer>
</article>
</main>
</body>
</html>
"""
    return page.encode("utf-8")
