"""`reportgen review` case by case: what it reads, what it refuses, how it judges, and
that no file stops the run."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import DATA_2023, ROOT, Result, load_2023, write_json
from review_corpus import report_data, write_report

from reportgen.cli import main
from reportgen.errors import EXIT_INTERNAL
from reportgen.review import facts, gather, review
from reportgen.review.parallel import available_cores
from reportgen.review.summarise import usual_year, verdict


def _json(cli: Callable[..., Result], *argv: str) -> dict[str, Any]:
    result = cli("review", *argv, "--json")
    assert result.code == 0, result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def _by_name(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {Path(row["file"]).name: row for row in document["files"]}


def _clean(organ: str = "石门镇人民政府", **changes: Any) -> dict[str, Any]:
    data = report_data(organ, 2023, signatories=["中共石门镇委员会", organ], subject="石门镇")
    return {**data, **changes}


# --- which files -----------------------------------------------------------------------


def test_folders_are_walked_and_lock_files_hidden_files_and_outputs_passed_over(
    project: Path, cli: Callable[..., Result]
) -> None:
    folder = project / "收到"
    (folder / "石门镇" / ".git").mkdir(parents=True)
    write_json(folder / "石门镇" / "报告.json", _clean())
    (folder / "石门镇" / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\0\0")
    (folder / "~$报告.docx").write_bytes(b"\x05lock")
    (folder / "汇总.html").write_text("<p>上次的审查表</p>", encoding="utf-8")
    document = _json(cli, "收到", str(folder / "石门镇" / "报告.json"), "--html", "收到/汇总.html")
    assert [row["name"] for row in document["files"]] == ["报告.json"]  # named twice, read once
    assert "审查表" in (folder / "汇总.html").read_text(encoding="utf-8")


def test_a_path_that_does_not_exist_is_a_usage_error(
    project: Path, cli: Callable[..., Result]
) -> None:
    (project / "out").mkdir()
    (project / "out" / "审查.html").write_text("上一次的结果", encoding="utf-8")
    result = cli("review", "没有这个文件夹", "--html", "out/审查.html")
    assert result.code == 2
    assert "找不到 没有这个文件夹：没有这个文件或文件夹。" in result.stderr
    assert (project / "out" / "审查.html").read_text(encoding="utf-8") == "上一次的结果"


def test_an_empty_folder_is_said_so(project: Path, cli: Callable[..., Result]) -> None:
    (project / "空").mkdir()
    result = cli("review", "空")
    assert result.code == 1
    assert "空 中没有文件。" in result.stderr


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--html", "审查.txt"], "--html 审查.txt：文件名应以 .html 结尾。"),
        (["--xlsx", "审查.xls"], "--xlsx 审查.xls：文件名应以 .xlsx 结尾。"),
        (["--year", "23"], "--year 23：年度应在 2000 到 2100 之间"),
    ],
)
def test_usage_errors(
    project: Path, cli: Callable[..., Result], argv: list[str], said: str
) -> None:
    result = cli("review", "data", *argv)
    assert result.code == 2 and said in result.stderr
    assert "Traceback" not in result.output


def test_an_output_is_never_written_over_a_report_under_review(
    project: Path, cli: Callable[..., Result]
) -> None:
    page = project / "审查.html"
    page.write_text("一份报告", encoding="utf-8")
    result = cli("review", "data", "审查.html", "--html", "审查.html")
    assert result.code == 1
    assert "这是本次命令读取的文件" in result.stderr
    assert page.read_text(encoding="utf-8") == "一份报告"


# --- files that are no report: rows, and the run goes on ----------------------------------


def test_unreadable_files_are_rows(project: Path, cli: Callable[..., Result]) -> None:
    folder = project / "收到"
    folder.mkdir()
    write_json(folder / "a-好的报告.json", _clean())
    (folder / "b-空的.docx").write_bytes(b"")
    (folder / "c-空的.txt").write_bytes(b"")
    (folder / "d-扫描件.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "e-旧格式.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (folder / "f-乱码.txt").write_bytes(bytes(range(128, 256)) * 4)
    write_json(folder / "g-别的数据.json", {"name": "reportgen", "version": 1})
    (folder / "h-断开的链接.docx").symlink_to(folder / "不存在.docx")
    os.mkfifo(folder / "i-管道.txt")
    with zipfile.ZipFile(folder / "j-不是文档.docx", "w") as package:
        package.writestr("readme.txt", "不是 Word 文档")
    rows = _by_name(_json(cli, "收到"))
    assert rows["a-好的报告.json"]["verdict_text"] == "可以归档"
    said = {name: row["unreadable"] for name, row in rows.items() if name != "a-好的报告.json"}
    assert all(row["verdict"] == "unreadable" for name, row in rows.items() if name in said)
    assert "不是有效的 .docx 文件" in said["b-空的.docx"]
    assert "中没有文字" in said["c-空的.txt"]
    assert "不是报告文件（.pdf）" in said["d-扫描件.pdf"]
    assert "旧版 Word/WPS 格式" in said["e-旧格式.doc"]
    assert said["f-乱码.txt"]  # undecodable, or decoded and no report in it
    assert "不符合报告数据格式" in said["g-别的数据.json"]
    assert "找不到报告文件" in said["h-断开的链接.docx"]
    assert "不是普通文件" in said["i-管道.txt"]
    assert "缺少 [Content_Types].xml" in said["j-不是文档.docx"]
    assert not any(row["fault"] for row in rows.values())
    assert all(text and "Traceback" not in text for text in said.values())


def test_a_bug_on_one_file_is_said_and_the_run_goes_on(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """exit 70, the fault named on its row, every other file reviewed, the outputs written."""
    from reportgen.review import check, parallel

    real = check._check

    def buggy(path: Path, form: str) -> facts.Reviewed:
        if path.name == "b.json":
            raise RuntimeError("a bug")
        return real(path, form)

    monkeypatch.setattr(check, "_check", buggy)
    monkeypatch.setattr(parallel, "available_cores", lambda: 1)  # in this process
    folder = project / "收到"
    folder.mkdir()
    write_json(folder / "a.json", _clean())
    write_json(folder / "b.json", _clean("柳塘镇人民政府"))
    code = main(["review", "收到", "--html", "out/审查.html"])
    captured = capsys.readouterr()
    assert code == EXIT_INTERNAL
    assert "程序内部错误（RuntimeError）" in captured.out
    assert "REPORTGEN_DEBUG" in captured.err
    assert "可以归档 1 份" in captured.out and "无法读取 1 个" in captured.out
    assert "程序内部错误" in (project / "out" / "审查.html").read_text(encoding="utf-8")


# --- how it judges ---------------------------------------------------------------------


def test_a_duplicate_of_other_content_asks_which_counts(
    project: Path, cli: Callable[..., Result]
) -> None:
    folder = project / "收到"
    folder.mkdir()
    write_json(folder / "第一次.json", _clean())
    write_json(folder / "第二次.json", _clean(date="2024-02-02"))
    rows = _by_name(_json(cli, "收到"))
    assert rows["第一次.json"]["reasons"] == [
        "与 第二次.json 重复报送（同一机关、同一年度，内容不同，请向报送单位确认以哪一份为准）。"
    ]
    assert rows["第二次.json"]["duplicates"] == [
        {"file": str(Path("收到/第一次.json")), "same": False}
    ]
    assert {row["verdict_text"] for row in rows.values()} == {"可以归档"}


def test_the_year_under_review_can_be_named(project: Path, cli: Callable[..., Result]) -> None:
    folder = project / "收到"
    folder.mkdir()
    write_json(folder / "a.json", _clean())
    document = _json(cli, "收到", "--year", "2024")
    assert document["year"] == 2024
    row = document["files"][0]
    assert row["other_year"] and row["verdict_text"] == "建议退回修改"
    assert row["reasons"] == ["这是 2023 年度的报告，本次审查的是 2024 年度的报告。"]


def test_the_year_under_review_is_the_usual_one() -> None:
    def of(year: int) -> facts.Reviewed:
        return facts.Reviewed(Path(f"{year}.json"), "json", year=year)

    assert usual_year([of(2022), of(2023), of(2023)]) == 2023
    assert usual_year([of(2022), of(2023)]) == 2023  # a tie: the later
    assert usual_year([]) is None


def _problem(severity: str) -> facts.Problem:
    return facts.Problem("X001", severity, "标题", "title", "", "问题", "建议")


@pytest.mark.parametrize(
    ("reviewed", "expected"),
    [
        (facts.Reviewed(Path("a"), "docx", year=2023), facts.Verdict.FILE),
        (facts.Reviewed(Path("a"), "docx", year=2023, problems=[_problem("warning")]), facts.Verdict.FILE),
        (facts.Reviewed(Path("a"), "docx", year=2023, problems=[_problem("error")]), facts.Verdict.RETURN),
        (facts.Reviewed(Path("a"), "docx", year=2022, other_year=True), facts.Verdict.RETURN),
        (facts.Reviewed(Path("a"), "pdf", unreadable="不是报告"), facts.Verdict.UNREADABLE),
    ],
)  # fmt: skip
def test_verdict_rules(reviewed: facts.Reviewed, expected: facts.Verdict) -> None:
    assert verdict(reviewed, 2023)[0] is expected


def test_a_pasted_report_without_title_is_still_a_report(project: Path) -> None:
    """No title, but the contents a report has: reviewed, and its missing title said."""
    text = write_report(_clean(), "txt", b"").decode("utf-8")
    body = text.split("\n", 1)[1]  # the title line gone, as a copy from a website may be
    (project / "报告.txt").write_text(body, encoding="utf-8")
    row = review([project / "报告.txt"], workers=1).files[0]
    assert row.verdict is facts.Verdict.RETURN
    assert "R001" in {p.code for p in row.problems}


# --- in parallel -----------------------------------------------------------------------


def test_workers_give_what_one_process_gives(project: Path) -> None:
    from reportgen.present.review.as_json import review_json

    folder = project / "收到"
    folder.mkdir()
    template = (ROOT / "templates" / "report.docx").read_bytes()
    for n, place in enumerate(["石门镇", "柳塘镇", "白沙镇", "龙泉乡"]):
        data = report_data(f"{place}人民政府", 2023, subject=place, variant=n)
        (folder / f"{place}.docx").write_bytes(write_report(data, "docx", template))
    (folder / "坏的.docx").write_bytes(b"PK\x03\x04")
    files = gather([folder])
    seen: list[list[Path]] = [[], []]
    one = review(files, progress=seen[0].append, workers=1)
    two = review(files, progress=seen[1].append, workers=2)
    assert review_json(one) == review_json(two)
    assert sorted(seen[0]) == sorted(seen[1]) == sorted(files)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_an_interrupt_leaves_no_worker_running(project: Path) -> None:
    folder = project / "收到"
    folder.mkdir()
    for n in range(12):
        write_json(folder / f"{n:02d}.json", _clean(f"石门{n:02d}镇人民政府"))
    calls = 0

    def stop(path: Path) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        review(gather([folder]), progress=stop, workers=2)
    assert _descendants() - _helpers() == set()


def _processes() -> dict[int, tuple[int, str, str]]:
    """pid → (parent, state, command line) of every process, from /proc."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            found[int(entry.name)] = (int(stat[1]), stat[0], command)
    return found


def _descendants() -> set[int]:
    """This process's living descendants (workers are the fork server's children)."""
    processes = _processes()
    found: set[int] = set()
    parents = {os.getpid()}
    while True:
        more = {
            pid for pid, (ppid, state, _) in processes.items() if ppid in parents and state != "Z"
        } - found
        if not more:
            return found
        found |= more
        parents = more


def _helpers() -> set[int]:
    """multiprocessing's fork server and resource tracker, which live as long as this
    process (the workers are the fork server's children, with its command line)."""
    return {
        pid
        for pid, (ppid, _, command) in _processes().items()
        if ppid == os.getpid() and "from multiprocessing." in command
    }


def _dies_on_b(path: Path, target: Path | None) -> facts.Reviewed:
    """A worker that dies on one file, as one killed for lack of memory would."""
    from reportgen.review.check import check_file

    if path.name == "b.json":
        os._exit(9)
    return check_file(path, target)


@pytest.mark.skipif(sys.platform != "linux", reason="forks the test process to patch the worker")
def test_a_worker_that_dies_makes_fault_rows(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportgen.review import parallel

    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(parallel, "_check_in_worker", _dies_on_b)
    for name in ("a.json", "b.json", "c.json"):
        write_json(project / name, _clean())
    rows = review([project / "a.json", project / "b.json", project / "c.json"], workers=2).files
    assert rows[1].fault and "程序内部错误（BrokenProcessPool）" in str(rows[1].unreadable)
    assert all(row.fault or row.verdict is facts.Verdict.FILE for row in rows)


# --- the workbook is data, never formulas ------------------------------------------------


def test_workbook_cells_that_look_like_formulas_stay_text(project: Path) -> None:
    from openpyxl import load_workbook

    from reportgen.present.review.xlsx import review_xlsx

    write_json(project / "=1+1.json", _clean(organ="=HYPERLINK(1)镇人民政府"))
    (project / "审查.xlsx").write_bytes(review_xlsx(review([project / "=1+1.json"], workers=1)))
    sheet = load_workbook(project / "审查.xlsx")["审查汇总"]
    assert (sheet["B2"].value, sheet["B2"].data_type) == ("=1+1.json", "s")
    assert (sheet["C2"].value, sheet["C2"].data_type) == ("=HYPERLINK(1)镇人民政府", "s")


def test_a_file_name_that_is_not_utf8_shows_its_bytes_in_the_page_and_the_workbook(
    project: Path, cli: Callable[..., Result]
) -> None:
    """A UTF-8 page or workbook cannot hold a name's stray byte as it is (a program fault
    before); it is written as the terminal shows it."""
    from openpyxl import load_workbook

    folder = project / "收到"
    folder.mkdir()
    write_json(folder / os.fsdecode(b"bad\xff.json"), _clean())
    result = cli("review", "收到", "--html", "审查.html", "--xlsx", "审查.xlsx")
    assert result.code == 0, result.output
    assert "bad\\xff.json" in (project / "审查.html").read_text(encoding="utf-8")
    assert load_workbook(project / "审查.xlsx")["审查汇总"]["B2"].value == "bad\\xff.json"


def test_the_2023_report_is_fit_to_file(project: Path) -> None:
    """The project's own report, as data and as the .docx build makes of it."""
    assert load_2023()["year"] == 2023
    row = review([DATA_2023], workers=1).files[0]
    assert (row.organ, row.level, row.fit) == ("柏山镇人民政府", "township", facts.Fit.FIT)
    assert row.verdict is facts.Verdict.FILE and row.missing == []


PROBE = """
import json, sys
from reportgen.cli import main
if __name__ == "__main__":
    main(sys.argv[1:])
    print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


@pytest.mark.skipif(available_cores() < 2, reason="one core: files are checked in process")
def test_the_main_process_loads_no_model_when_workers_check(project: Path) -> None:
    """The workers load python-docx, the model and the rules; the main process only shows
    (typer loads pydantic itself, for its parameters)."""
    folder = project / "收到"
    folder.mkdir()
    for n in range(3):
        write_json(folder / f"{n}.json", _clean(f"石门{n}镇人民政府"))
    (project / "probe.py").write_text(PROBE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "probe.py", "review", "收到", "--xlsx", "审查.xlsx"],
        cwd=project, capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    modules = set(json.loads(result.stderr.strip().splitlines()[-1]))
    assert "xlsxwriter" in modules  # the probe sees what the main process loads
    assert not modules & {"docx", "lxml", "reportgen.model", "reportgen.rules", "reportgen.load"}


def test_a_marked_copy_that_cannot_be_written_is_said_and_the_review_stands(
    project: Path, cli: Callable[..., Result]
) -> None:
    template = (ROOT / "templates" / "report.docx").read_bytes()
    (project / "收到").mkdir()
    (project / "收到" / "报告.docx").write_bytes(write_report(_clean(), "docx", template))
    (project / "批注" / "报告（校对）.docx").mkdir(parents=True)  # a folder in the way
    row = _json(cli, "收到", "--annotate", "批注")["files"][0]
    assert row["verdict_text"] == "可以归档" and row["annotated"] is None
    assert row["reasons"][0].startswith("没有写出批注副本：无法写入 批注/报告（校对）.docx")
