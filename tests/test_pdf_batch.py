"""PDF builds through the real LibreOffice: one run for a batch, a report it cannot
convert, two builds at once, a busy profile, Ctrl-C in the middle of a conversion.
PDFs are read back with pdfplumber."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pdfplumber
import pytest
from helpers import DOCX_2023_NAME, ROOT, Result, load_2023, write_json

from reportgen.render import docx as docx_renderer
from reportgen.render.pdf.profile import profile

PDF_2023 = DOCX_2023_NAME.removesuffix(".docx") + ".pdf"
LINGNAN = "岭南镇人民政府关于2023年法治政府建设情况的报告"
QINGSHI = "青石镇人民政府关于2023年法治政府建设情况的报告"


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for this module's builds: the first makes the profile."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _cache(warm_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(warm_cache))


def _township(project: Path, name: str) -> None:
    data = load_2023()
    data["organ"] = data["signatories"][1] = f"{name}人民政府"
    data["signatories"][0] = f"中共{name}委员会"
    write_json(project / "data" / f"2023-{name}.json", data)


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as document:
        return "".join(page.extract_text() or "" for page in document.pages).replace(" ", "")


def _unreadable(docx: bytes) -> bytes:
    """The .docx with its document.xml cut in half: a package LibreOffice cannot load."""
    source = zipfile.ZipFile(io.BytesIO(docx))
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w") as package:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "word/document.xml":
                data = data[: len(data) // 2]
            package.writestr(member, data)
    return target.getvalue()


def test_a_report_libreoffice_cannot_convert_is_named_and_the_others_written(
    project: Path, cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    _township(project, "岭南镇")
    _township(project, "青石镇")
    render_docx = docx_renderer.render_docx

    def broken_for_lingnan(report, template, draft=False):  # type: ignore[no-untyped-def]
        docx = render_docx(report, template, draft)
        return _unreadable(docx) if report.organ.startswith("岭南镇") else docx

    monkeypatch.setattr(docx_renderer, "render_docx", broken_for_lingnan)
    (project / "out").mkdir()
    previous = project / "out" / f"{LINGNAN}.pdf"
    previous.write_bytes(b"%PDF-previous")
    result = cli("build", "--all", "-f", "pdf", "-f", "docx")
    assert result.code == 1, result.output
    assert "data/2023-岭南镇.json 没有生成 PDF" in result.stderr
    assert "LibreOffice 无法打开这份文档" in result.stderr
    assert "成功 2 个，失败 1 个" in result.stdout
    assert "柏山镇人民政府" in _pdf_text(project / "out" / PDF_2023)
    assert "青石镇人民政府" in _pdf_text(project / "out" / f"{QINGSHI}.pdf")
    assert (project / "out" / DOCX_2023_NAME).is_file()
    assert previous.read_bytes() == b"%PDF-previous"  # kept as it was
    assert not (project / "out" / f"{LINGNAN}.docx").exists()  # none of its files written


def _project_copy(folder: Path, town: str = "柏山镇") -> Path:
    for name in ("data", "templates"):
        (folder / name).mkdir(parents=True)
    data = (ROOT / "data" / "2023.json").read_text(encoding="utf-8").replace("柏山镇", town)
    (folder / "data" / "2023.json").write_text(data, encoding="utf-8")
    template = (ROOT / "templates" / "report.docx").read_bytes()
    (folder / "templates" / "report.docx").write_bytes(template)
    return folder


# SIGTERM raised as KeyboardInterrupt, as reportgen's entry point is to do it: the
# conversion must clean up the same way whichever signal raised it.
TERM_AS_INTERRUPT = """
import signal, sys
def interrupt(signum, frame):
    raise KeyboardInterrupt
signal.signal(signal.SIGTERM, interrupt)
from reportgen.cli import main
sys.exit(main(sys.argv[1:]))
"""


REPORTGEN = [sys.executable, "-m", "reportgen"]


def _start_build(
    project: Path, cache: Path, tmp: Path | None = None, program: list[str] = REPORTGEN
) -> subprocess.Popen[bytes]:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache))
    if tmp is not None:
        env["TMPDIR"] = str(tmp)
    return subprocess.Popen(
        [*program, "build", "2023", "-f", "pdf"],
        cwd=project,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_two_pdf_builds_at_once_both_succeed(tmp_path: Path) -> None:
    # A new cache: both start LibreOffice on a profile not yet made, the slowest start.
    cache = tmp_path / "新的缓存"
    towns = ["柏山镇", "岭南镇"]
    projects = [_project_copy(tmp_path / town, town) for town in towns]
    builds = [_start_build(project, cache) for project in projects]
    for build in builds:
        _, stderr = build.communicate(timeout=300)
        assert build.returncode == 0, stderr.decode("utf-8")
    for project, town in zip(projects, towns, strict=True):
        text = _pdf_text(project / "out" / f"{town}人民政府关于2023年法治政府建设情况的报告.pdf")
        assert f"{town}人民政府" in text and "关于2023年法治政府建设情况的报告" in text


def test_a_busy_profile_sends_the_build_to_the_next(
    project: Path, cli: Callable[..., Result], warm_cache: Path, tmp_path: Path
) -> None:
    slots = warm_cache / "reportgen" / "libreoffice"
    with profile(tmp_path, warm_cache / "reportgen") as held:
        assert held.folder == slots / "profile-0"
        result = cli("build", "2023", "-f", "pdf")
    assert result.code == 0, result.output
    assert "柏山镇人民政府" in _pdf_text(project / "out" / PDF_2023)
    assert (slots / "profile-1" / "user" / "registrymodifications.xcu").is_file()


def _libreoffice_processes(marker: str) -> list[int]:
    """Processes whose command line mentions `marker` (our cache folder)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().decode("utf-8", "replace")
            except OSError:
                continue
            if marker in command and "UserInstallation" in command:
                found.append(int(entry.name))
    return found


def _wait_for(condition: Callable[[], object], seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.05)


@pytest.fixture
def scratch(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "tmp"
    folder.mkdir()
    yield folder


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="finds processes through /proc (Linux)")
@pytest.mark.parametrize(
    ("sig", "program"),
    [(signal.SIGINT, REPORTGEN), (signal.SIGTERM, [sys.executable, "-c", TERM_AS_INTERRUPT])],
)
def test_an_interrupt_during_conversion_ends_libreoffice_and_removes_its_files(
    tmp_path: Path, scratch: Path, sig: int, program: list[str]
) -> None:
    project = _project_copy(tmp_path / "project")
    (project / "out").mkdir()
    previous = project / "out" / PDF_2023
    previous.write_bytes(b"%PDF-previous")
    cache = tmp_path / "cache"
    build = _start_build(project, cache, scratch, program)
    marker = cache.as_uri()
    _wait_for(lambda: _libreoffice_processes(marker) or build.poll() is not None)
    assert build.poll() is None, "the build ended before LibreOffice started"
    build.send_signal(sig)
    _, stderr = build.communicate(timeout=300)  # a bound against hanging, not a timing claim
    assert build.returncode == 130 and "已取消" in stderr.decode("utf-8")
    assert "Traceback" not in stderr.decode("utf-8")
    assert _libreoffice_processes(marker) == []  # no LibreOffice left running
    assert list(scratch.iterdir()) == []  # its temporary folder (and LibreOffice's) gone
    assert previous.read_bytes() == b"%PDF-previous"
    assert sorted(p.name for p in (project / "out").iterdir()) == [PDF_2023]
