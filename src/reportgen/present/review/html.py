"""The review as one self-contained web page: the table, then each file's findings.

No external requests (styles inline, the reader's own fonts, no scripts); every text
from a report is escaped, and a Content-Security-Policy allows nothing but the page's own
style sheet, as in the report's own HTML. A file name that is not UTF-8 shows its stray
bytes as escapes (console.printable), which a UTF-8 page can hold. Printed, it is A4 landscape with the table's head repeated
on each page; on a phone the table scrolls sideways inside its box.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from ...console import printable
from ...render import content_policy
from ...review.facts import REQUIRED, Review, Reviewed, Verdict
from . import cells

_VERDICT_CLASS = {Verdict.FILE: "file", Verdict.RETURN: "return", Verdict.UNREADABLE: "unreadable"}

_STYLE = """
:root { color-scheme: light; }
body { margin: 0; background: #f5f5f5; color: #111; line-height: 1.6;
  font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "SimHei", sans-serif; }
main { max-width: 80rem; margin: 0 auto; padding: 1.5rem; background: #fff; }
h1 { font-size: 1.5rem; text-align: center; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.1rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid #999; }
h3 { font-size: 1rem; margin: 1rem 0 0.3rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
th, td { border: 1px solid #999; padding: 0.25rem 0.4rem; vertical-align: top; text-align: left; }
th { background: #eee; white-space: nowrap; }
td.date, td.verdict { white-space: nowrap; }
td.reasons { min-width: 16em; }
tr.return td { background: #fff8e1; }
tr.unreadable td { background: #fdecea; }
td.n { text-align: right; white-space: nowrap; }
.verdict { font-weight: bold; white-space: nowrap; }
.file .verdict, .verdict.file { color: #176b2c; }
.return .verdict, .verdict.return { color: #9a5b00; }
.unreadable .verdict, .verdict.unreadable { color: #b00020; }
.other-year, .missing, .unfit { color: #b00020; font-weight: bold; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0; }
dt { color: #555; }
dd { margin: 0; }
ul { margin: 0.3rem 0; padding-left: 1.5rem; }
p.none { color: #176b2c; }
footer { margin-top: 2rem; color: #555; font-size: 0.85rem; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { background: #fff; }
  main { max-width: none; padding: 0; }
  .scroll { overflow: visible; }
  table { font-size: 8pt; }
  tr, dl { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""

_BEFORE = ("序号", "文件", "发文机关", "层级", "年度", "成文日期", "主送机关", "主送是否相符")
_AFTER = ("错误", "警告", "结论", "说明")


def _head() -> str:
    """Two rows: 必备内容 over its four contents, every other heading spanning both."""
    first = "".join(f'<th rowspan="2">{h}</th>' for h in _BEFORE)
    first += f'<th colspan="{len(REQUIRED)}">必备内容</th>'
    first += "".join(f'<th rowspan="2">{h}</th>' for h in _AFTER)
    second = "".join(
        f'<th title="{cells.CONTENTS[kind]}">{cells.SHORT_CONTENTS[kind]}</th>' for kind in REQUIRED
    )
    return f"<tr>{first}</tr>\n<tr>{second}</tr>"


def _cell(text: str, css: str = "") -> str:
    return f'<td class="{css}">{escape(text)}</td>' if css else f"<td>{escape(text)}</td>"


def _row(number: int, name: str, reviewed: Reviewed) -> str:
    readable = reviewed.unreadable is None
    contents = (
        [_cell("有") if kind in reviewed.covered else _cell("缺", "missing") for kind in REQUIRED]
        if readable
        else [_cell(cells.SHOWN) for _ in REQUIRED]
    )
    return "".join(
        [
            f'<tr id="r{number}" class="{_VERDICT_CLASS[reviewed.verdict]}">',
            f'<td class="n"><a href="#f{number}">{number}</a></td>',
            _cell(name),
            _cell(cells.organ(reviewed)),
            _cell(cells.level(reviewed)),
            _cell(cells.year(reviewed), "other-year" if reviewed.other_year else ""),
            _cell(cells.date(reviewed), "date"),
            _cell("、".join(reviewed.addressees) or cells.SHOWN),
            _cell(cells.fit(reviewed), "unfit" if cells.fit(reviewed) in ("不符", "缺") else ""),
            *contents,
            _cell(cells.count(reviewed, "error"), "n"),
            _cell(cells.count(reviewed, "warning"), "n"),
            _cell(str(reviewed.verdict), "verdict"),
            _cell("".join(reviewed.reasons), "reasons"),
            "</tr>",
        ]
    )


def _details(number: int, name: str, reviewed: Reviewed) -> str:
    css = _VERDICT_CLASS[reviewed.verdict]
    parts = [
        f'<section id="f{number}" class="report">',
        f'<h2>{number}. {escape(name)} <span class="verdict {css}">{escape(reviewed.verdict)}</span></h2>',
    ]
    if reviewed.unreadable is not None:
        parts.append(f"<p>{escape(reviewed.unreadable)}</p>")
        if reviewed.hint:
            parts.append(f"<p>{escape(reviewed.hint)}</p>")
        return "\n".join([*parts, "</section>"])
    facts = [
        ("发文机关", f"{cells.organ(reviewed)}（{cells.level(reviewed)}）"),
        ("标题", reviewed.title or "（未写明）"),
        ("主送机关", f"{'、'.join(reviewed.addressees) or '（未写明）'}（{cells.fit(reviewed)}）"),
        ("成文日期", cells.date(reviewed)),
        ("必备内容", cells.contents(reviewed)),
        *([("批注副本", str(reviewed.annotated))] if reviewed.annotated else []),
    ]
    parts.append(
        "<dl>" + "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in facts) + "</dl>"
    )
    if reviewed.reasons:
        parts.append("<ul>" + "".join(f"<li>{escape(r)}</li>" for r in reviewed.reasons) + "</ul>")
    if reviewed.problems:
        parts.append(
            '<h3>问题清单</h3><div class="scroll"><table class="findings"><thead><tr>'
            "<th>代码</th><th>级别</th><th>位置</th><th>问题</th><th>原文</th><th>建议</th>"
            "</tr></thead><tbody>"
        )
        for p in reviewed.problems:
            parts.append(
                f'<tr class="{p.severity}">'
                + "".join(
                    _cell(text)
                    for text in (
                        p.code,
                        cells.SEVERITIES[p.severity],
                        p.where,
                        p.message,
                        p.excerpt,
                        p.suggestion,
                    )
                )
                + "</tr>"
            )
        parts.append("</tbody></table></div>")
    else:
        parts.append('<p class="none">校对没有发现问题。</p>')
    if reviewed.notes:
        parts.append(
            "<h3>读取时的说明</h3><ul>"
            + "".join(f"<li>{escape(n)}</li>" for n in reviewed.notes)
            + "</ul>"
        )
    return "\n".join([*parts, "</section>"])


def title(review: Review) -> str:
    year = f"{review.year}年度" if review.year else ""
    return f"{year}法治政府建设情况报告审查表"


def summary(review: Review) -> str:
    return (
        f"共 {len(review.files)} 个文件：可以归档 {review.count(Verdict.FILE)} 份，"
        f"建议退回修改 {review.count(Verdict.RETURN)} 份，"
        f"无法读取 {review.count(Verdict.UNREADABLE)} 个。"
    )


def review_html(review: Review, today: dt.date | None = None) -> bytes:
    today = today or dt.date.today()
    names = cells.names(review.files)
    numbered = list(enumerate(zip(review.files, names, strict=True), 1))
    rows = "\n".join(_row(n, name, f) for n, (f, name) in numbered)
    details = "\n".join(_details(n, name, f) for n, (f, name) in numbered)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{content_policy(_STYLE)}">
<title>{escape(title(review))}</title>
<style>{_STYLE}</style>
</head>
<body>
<main>
<h1>{escape(title(review))}</h1>
<p class="summary">{escape(summary(review))}</p>
<div class="scroll">
<table class="review">
<thead>
{_head()}
</thead>
<tbody>
{rows}
</tbody>
</table>
</div>
{details}
<footer>reportgen review 于 {today.year}年{today.month}月{today.day}日生成。</footer>
</main>
</body>
</html>
"""
    return printable(page).encode("utf-8")
