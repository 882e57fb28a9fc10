"""`build --all` past a program fault in one report: that report is named with the
internal-error message, the others are built, and the batch exits 70 (1 when reports
only failed, 0 when all were built)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import DOCX_2023_NAME, load_2023, write_json

from reportgen.cli import main
from reportgen.render import docx as docx_renderer

LINGNAN_DOCX = "岭南镇人民政府关于2023年法治政府建设情况的报告.docx"


@pytest.fixture
def faulty(project: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A second report (岭南镇) whose rendering hits a bug of ours."""
    data = load_2023()
    data["organ"] = data["signatories"][1] = "岭南镇人民政府"
    data["signatories"][0] = "中共岭南镇委员会"
    write_json(project / "data" / "2023-lingnan.json", data)
    render_docx = docx_renderer.render_docx

    def fails_for_lingnan(report, template, draft=False):  # type: ignore[no-untyped-def]
        if report.organ.startswith("岭南镇"):
            raise ZeroDivisionError("a bug")
        return render_docx(report, template, draft)

    monkeypatch.setattr(docx_renderer, "render_docx", fails_for_lingnan)
    return project


def test_a_fault_in_one_report_does_not_stop_the_batch(
    faulty: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (faulty / "data" / "2023-broken.json").write_text("{", encoding="utf-8")
    code = main(["build", "--all"])
    out, err = capsys.readouterr()
    assert code == 70
    assert "data/2023-lingnan.json：程序内部错误（ZeroDivisionError）" in err
    assert err.count("REPORTGEN_DEBUG=1") == 1  # what to send, said once
    assert "data/2023-broken.json" in err and "JSON 格式错误" in err
    assert "成功 1 个，失败 2 个" in out
    assert (faulty / "out" / DOCX_2023_NAME).is_file()
    assert not (faulty / "out" / LINGNAN_DOCX).exists()
    assert "Traceback" not in err


def test_json_output_lists_the_fault_too(faulty: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--all", "--json"]) == 70
    document = json.loads(capsys.readouterr().out)
    assert [entry["data"] for entry in document["failed"]] == ["data/2023-lingnan.json"]
    assert "程序内部错误" in document["failed"][0]["error"]
    assert len(document["built"]) == 1


def test_user_errors_alone_exit_1_and_success_0(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", "--all"]) == 0
    (project / "data" / "2023-broken.json").write_text("{", encoding="utf-8")
    assert main(["build", "--all"]) == 1
    capsys.readouterr()


def test_debugging_lets_the_fault_through(faulty: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPORTGEN_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        main(["build", "--all"])
