"""`reportgen review` over a folder of 30 reports of the project's own writing (see
review_corpus.py): the JSON, the terminal table and the workbook give what SPECS says a
reviewer should find. The workbook is read back with openpyxl, which did not write it;
the web page is read in Chromium (test_review_browser.py)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import CHROMIUM, CHROMIUM_ARGS, ROOT, needs_chromium, watched
from review_corpus import LOCK_FILE, NOTICE, SPECS, Spec, write_folder

LEVEL_NAMES = {"township": "乡镇", "street": "街道", "county": "县级政府", "department": "部门"}
FIT_NAMES = {"fit": "符合", "unfit": "不符", "missing": "缺", "unknown": "无法判断"}
REQUIRED = ("duty", "measures", "shortcomings", "plans")


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One real run over the folder, in a process of its own, as a clerk runs it."""
    work = tmp_path_factory.mktemp("review")
    specs = write_folder(work / "收到的报告", (ROOT / "templates" / "report.docx").read_bytes())
    argv = [sys.executable, "-m", "reportgen", "review", "收到的报告"]
    outputs = ["--html", "out/审查.html", "--xlsx", "out/审查.xlsx", "--annotate", "批注"]
    as_json = subprocess.run(
        [*argv, *outputs, "--json"], cwd=work, capture_output=True, text=True, check=False
    )
    wide = {**os.environ, "COLUMNS": "250"}  # no cell wraps: a row is a line
    table = subprocess.run(argv, cwd=work, capture_output=True, text=True, check=False, env=wide)
    return {"work": work, "specs": specs, "json": as_json, "table": table}


def _rows(reviewed: dict[str, Any]) -> dict[str, dict[str, Any]]:
    result = reviewed["json"]
    assert result.returncode == 0, result.stderr
    return {row["name"]: row for row in json.loads(result.stdout)["files"]}


def test_the_folder_is_what_the_issue_asks_for() -> None:
    """30 reports of mixed forms and organs, a duplicate, a damaged file, another year."""
    assert len(SPECS) == 30
    assert {s.form for s in SPECS} == {"docx", "typed", "txt", "json", "broken"}
    assert {s.level for s in SPECS} >= {"township", "street", "county", "department"}
    assert sum(1 for s in SPECS if s.duplicate_of) == 2
    assert sum(1 for s in SPECS if s.other_year) == 1
    assert sum(1 for s in SPECS if s.form == "broken") == 1


def test_every_file_is_listed_once_and_the_lock_file_not_at_all(reviewed: dict[str, Any]) -> None:
    rows = _rows(reviewed)
    assert sorted(rows) == sorted(s.name for s in reviewed["specs"])
    assert LOCK_FILE not in rows


@pytest.mark.parametrize("spec", [*SPECS, NOTICE], ids=lambda s: s.name)
def test_json_row(reviewed: dict[str, Any], spec: Spec) -> None:
    row = _rows(reviewed)[spec.name]
    assert row["verdict_text"] == spec.verdict, row["reasons"]
    assert (
        row["verdict"]
        == {"可以归档": "file", "建议退回修改": "return", "无法读取": "unreadable"}[spec.verdict]
    )
    if spec.verdict == "无法读取":
        assert row["unreadable"] and row["reasons"] == [row["unreadable"]]
        assert row["organ"] is None and row["findings"] == [] and not row["fault"]
        return
    assert row["unreadable"] is None
    assert (row["organ"], row["level"], row["year"]) == (spec.organ, spec.level, spec.year)
    assert row["date"] == spec.data["date"]
    assert row["addressees"] == spec.data["addressees"]
    assert row["addressees_fit"] == spec.addressees
    assert row["contents"] == {kind: kind not in spec.missing for kind in REQUIRED}
    codes = {
        severity: sorted(f["code"] for f in row["findings"] if f["severity"] == severity)
        for severity in ("error", "warning")
    }
    assert codes == {"error": sorted(spec.errors), "warning": sorted(spec.warnings)}
    assert (row["errors"], row["warnings"]) == (len(spec.errors), len(spec.warnings))
    assert row["other_year"] is spec.other_year
    assert [Path(d["file"]).name for d in row["duplicates"]] == (
        [spec.duplicate_of] if spec.duplicate_of else []
    )


def test_reasons_say_why(reviewed: dict[str, Any]) -> None:
    rows = _rows(reviewed)
    assert rows["白沙镇2022年度报告.docx"]["reasons"] == [
        "这是 2022 年度的报告，本次审查的是 2023 年度的报告。"
    ]
    assert rows["石门镇（重发）.docx"]["reasons"] == [
        "与 石门镇2023年法治政府建设情况报告.docx 重复报送（同一机关、同一年度，内容相同）。"
    ]
    assert rows["桃源镇法治政府建设报告.docx"]["reasons"] == ["留有占位符“XX”。"]
    assert "不是有效的 .docx 文件" in rows[SPECS[-1].name]["unreadable"]
    assert "不像是法治政府建设情况报告" in rows[NOTICE.name]["unreadable"]
    totals = json.loads(reviewed["json"].stdout)["totals"]
    expected = [s.verdict for s in reviewed["specs"]]
    assert totals == {
        "file": expected.count("可以归档"),
        "return": expected.count("建议退回修改"),
        "unreadable": expected.count("无法读取"),
    }
    assert json.loads(reviewed["json"].stdout)["year"] == 2023


def test_each_word_report_gets_its_marked_copy(reviewed: dict[str, Any]) -> None:
    """--annotate: a comment on each finding, read back by docx2python."""
    from docx2python import docx2python

    rows = _rows(reviewed)
    copies = sorted((reviewed["work"] / "批注").iterdir())
    expected = [s for s in reviewed["specs"] if s.name.endswith(".docx") and s.form != "broken"]
    assert [p.name for p in copies] == sorted(
        s.name.removesuffix(".docx") + "（校对）.docx" for s in expected
    )
    for spec in expected:
        copy = reviewed["work"] / rows[spec.name]["annotated"]
        with docx2python(copy) as document:
            said = sorted(text.split("】")[0].split()[-1] for *_, text in document.comments)
        assert said == sorted(spec.errors + spec.warnings), spec.name
    assert all(rows[s.name]["annotated"] is None for s in reviewed["specs"] if s not in expected)


def test_terminal_table(reviewed: dict[str, Any]) -> None:
    """The table with the file names, one row a file, and the count under it."""
    result = reviewed["table"]
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    rows = {cells[1]: cells for cells in map(str.split, lines) if cells and cells[0].isdigit()}
    for spec in reviewed["specs"]:
        cells = rows[spec.name]
        assert cells[-1] == spec.verdict
        if spec.verdict != "无法读取":
            assert cells[2:5] == [spec.organ, LEVEL_NAMES[str(spec.level)], str(spec.year)]
            assert cells[5] == spec.data["date"]
            assert cells[6] == FIT_NAMES[str(spec.addressees)]
            assert cells[8:10] == [str(len(spec.errors)), str(len(spec.warnings))]
    assert "说明" in result.stdout
    verdicts = [s.verdict for s in reviewed["specs"]]
    assert (
        f"共 {len(verdicts)} 个文件，审查 2023 年度的报告：可以归档 {verdicts.count('可以归档')} 份，"
        f"建议退回修改 {verdicts.count('建议退回修改')} 份，无法读取 {verdicts.count('无法读取')} 个。"
    ) in result.stdout


def test_workbook_read_by_openpyxl(reviewed: dict[str, Any]) -> None:
    from openpyxl import load_workbook

    book = load_workbook(reviewed["work"] / "out" / "审查.xlsx")
    assert book.sheetnames == ["审查汇总", "问题清单"]
    summary = list(book["审查汇总"].iter_rows(values_only=True))
    assert summary[0] == (
        "序号", "文件", "发文机关", "层级", "年度", "成文日期", "主送机关", "主送是否相符",
        "第一责任人职责", "举措和成效", "不足和原因", "下一年度安排", "错误", "警告", "结论", "说明",
    )  # fmt: skip
    by_name = {row[1]: row for row in summary[1:]}
    assert sorted(by_name) == sorted(s.name for s in reviewed["specs"])
    assert [row[0] for row in summary[1:]] == list(range(1, len(summary)))
    for spec in reviewed["specs"]:
        row = by_name[spec.name]
        assert row[14] == spec.verdict
        if spec.verdict == "无法读取":
            assert row[2:14] == (None,) * 12 and row[15]
            continue
        date = dt.date.fromisoformat(spec.data["date"])
        assert row[2:6] == (
            spec.organ,
            LEVEL_NAMES[str(spec.level)],
            spec.year,
            dt.datetime.combine(date, dt.time()),
        )
        assert row[6] == ("、".join(spec.data["addressees"]) or None)
        assert row[7] == FIT_NAMES[str(spec.addressees)]
        assert row[8:12] == tuple("缺" if k in spec.missing else "有" for k in REQUIRED)
        assert row[12:14] == (len(spec.errors), len(spec.warnings))
    findings = list(book["问题清单"].iter_rows(values_only=True))
    assert findings[0] == (
        "序号",
        "文件",
        "发文机关",
        "代码",
        "级别",
        "位置",
        "问题",
        "原文",
        "建议",
    )
    found = sorted((row[1], row[3] or "", row[4]) for row in findings[1:])
    expected = sorted(
        [(s.name, code, "错误") for s in reviewed["specs"] for code in s.errors]
        + [(s.name, code, "警告") for s in reviewed["specs"] for code in s.warnings]
        + [(s.name, "", "无法读取") for s in reviewed["specs"] if s.verdict == "无法读取"]
    )
    assert found == expected
    # Numbers and dates are typed, so the office can sort and filter them.
    sheet = book["审查汇总"]
    assert sheet.auto_filter.ref is not None and sheet.freeze_panes == "A2"
    assert sheet.cell(2, 5).data_type == "n" and sheet.cell(2, 6).is_date


def _date(iso: str) -> str:
    date = dt.date.fromisoformat(iso)
    return f"{date.year}年{date.month}月{date.day}日"


@needs_chromium
def test_web_page_in_chromium(reviewed: dict[str, Any]) -> None:
    from playwright.sync_api import sync_playwright

    page_path = reviewed["work"] / "out" / "审查.html"
    specs = {s.name: s for s in reviewed["specs"]}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            errors, requests = watched(page)
            page.goto(page_path.as_uri())
            assert page.locator("html").get_attribute("lang") == "zh-CN"
            assert (
                page.title()
                == page.locator("h1").inner_text()
                == "2023年度法治政府建设情况报告审查表"
            )
            rows = page.locator("table.review tbody tr")
            assert rows.count() == len(specs)
            for index in range(rows.count()):
                cells = rows.nth(index).locator("td").all_inner_texts()
                spec = specs[cells[1]]
                assert cells[0] == str(index + 1)
                assert cells[14] == spec.verdict
                if spec.verdict == "无法读取":
                    assert cells[2:14] == ["—"] * 12 and cells[15]
                else:
                    assert cells[2:8] == [
                        str(spec.organ), LEVEL_NAMES[str(spec.level)], str(spec.year),
                        _date(spec.data["date"]), "、".join(spec.data["addressees"]) or "—",
                        FIT_NAMES[str(spec.addressees)],
                    ]  # fmt: skip
                    assert cells[8:12] == ["缺" if k in spec.missing else "有" for k in REQUIRED]
                    assert cells[12:14] == [str(len(spec.errors)), str(len(spec.warnings))]
                # each file's own section, reached from its number, lists its findings
                section = page.locator(f"section#f{index + 1}")
                assert (
                    section.locator("h2").inner_text() == f"{index + 1}. {spec.name} {spec.verdict}"
                )
                codes = section.locator("table.findings tbody tr td:first-child").all_inner_texts()
                assert sorted(codes) == sorted(spec.errors + spec.warnings)
            rows.nth(7).locator("a").click()
            assert page.url.endswith("#f8")
            # a phone: the table scrolls in its box, the page does not
            page.set_viewport_size({"width": 390, "height": 844})
            assert page.evaluate("document.documentElement.scrollWidth") <= 390
            # printed on A4 landscape (273 mm wide inside the margins = 1032 CSS px): nothing cut off
            page.emulate_media(media="print")
            page.set_viewport_size({"width": 1032, "height": 700})
            assert page.evaluate("document.documentElement.scrollWidth") <= 1032
            pdf = reviewed["work"] / "out" / "审查.pdf"
            page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
            assert errors == []
            assert requests == [page_path.as_uri()]
        finally:
            browser.close()
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        first = document.pages[0]
        assert (round(first.width), round(first.height)) == (842, 595)  # A4 landscape, points
        text = "".join(p.extract_text() for p in document.pages)
    assert "2023年度法治政府建设情况报告审查表" in text
    returned = sum(1 for s in specs.values() if s.verdict == "建议退回修改")
    assert text.count("建议退回修改") == 2 * returned + 1  # each row, each section, the count


def test_web_page_escapes_what_a_report_says(tmp_path: Path) -> None:
    """A file name or a report's text is shown, never run: no tag of theirs survives."""
    from reportgen.present.review.html import review_html
    from reportgen.review import review

    hostile = tmp_path / "<img src=x onerror=alert(1)>.json"
    data = json.loads((ROOT / "data" / "2023.json").read_text(encoding="utf-8"))
    data["organ"] = "<script>alert(1)</script>镇人民政府"
    hostile.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    page = review_html(review([hostile], workers=1)).decode("utf-8")
    assert "<img" not in page and "<script>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;.json" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;镇人民政府" in page
    # and were one ever to get through, the page allows no script (its style, by hash, only)
    assert "Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-" in page
