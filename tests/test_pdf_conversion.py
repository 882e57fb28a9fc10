"""The conversion's bookkeeping, with a fake LibreOffice that crashes or hangs on cue,
and the profile's settings and slots."""

from __future__ import annotations

import os
import signal
import tempfile
from pathlib import Path

import pytest
from fake_soffice import FAKE_PDF, make_fake, runs

from reportgen.render.pdf import convert as conversion
from reportgen.render.pdf import profile as profiles
from reportgen.render.pdf.convert import NotConverted, convert_all
from reportgen.render.pdf.held_signals import HeldSignals


@pytest.fixture(autouse=True)
def _private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))


def test_all_documents_go_through_one_run(tmp_path: Path) -> None:
    fake = make_fake(tmp_path / "bin")
    assert convert_all([b"one", b"two", b"three"], str(fake)) == [FAKE_PDF] * 3
    (command,) = runs(fake)
    assert "0000.docx" in command and "0002.docx" in command


def test_a_crash_costs_only_the_document_it_crashed_on(tmp_path: Path) -> None:
    fake = make_fake(tmp_path / "bin")
    results = convert_all([b"one", b"CRASH", b"three", b"four"], str(fake))
    assert results[0] == results[2] == results[3] == FAKE_PDF
    assert isinstance(results[1], NotConverted) and "意外退出（退出码 139）" in results[1].reason
    assert len(runs(fake)) == 2  # the rest went through a second run


def test_a_crash_on_the_first_document_retries_on_a_new_profile_once(tmp_path: Path) -> None:
    fake = make_fake(tmp_path / "bin")
    results = convert_all([b"CRASH", b"two"], str(fake))
    assert isinstance(results[0], NotConverted) and results[1] == FAKE_PDF
    assert len(runs(fake)) == 3  # crashed; again on a new profile; the rest


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie has not been reaped by its (killed) parent yet: as good as gone
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(")")[-1].split()[0] == "Z")


def test_a_hang_is_ended_with_everything_it_started(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(conversion, "START_SECONDS", 3)
    monkeypatch.setattr(conversion, "SECONDS_PER_DOCUMENT", 0)
    fake = make_fake(tmp_path / "bin")
    child = tmp_path / "child.pid"
    results = convert_all([b"one", f"HANG:{child}".encode(), b"three"], str(fake))
    assert results[0] == results[2] == FAKE_PDF
    assert isinstance(results[1], NotConverted) and "超过 3 秒仍未完成" in results[1].reason
    assert not _alive(int(child.read_text()))  # LibreOffice's own children die with it
    assert list((tmp_path / "tmp").iterdir()) == []  # the temporary folder is gone


def test_a_document_libreoffice_refuses_is_not_retried(tmp_path: Path) -> None:
    """A real LibreOffice exits 0 having skipped what it could not load."""
    fake = make_fake(tmp_path / "bin")
    script = fake.read_text(encoding="utf-8").replace(
        '    if b"CRASH" in data:',
        '    if b"SKIP" in data:\n        continue\n    if b"CRASH" in data:',
    )
    fake.write_text(script, encoding="utf-8")
    results = convert_all([b"SKIP", b"two"], str(fake))
    assert isinstance(results[0], NotConverted) and "无法打开" in results[0].reason
    assert results[1] == FAKE_PDF and len(runs(fake)) == 1


def test_settings_join_what_libreoffice_stored(tmp_path: Path) -> None:
    xcu = tmp_path / "user" / "registrymodifications.xcu"
    xcu.parent.mkdir()
    theirs = '<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="X" oor:op="fuse"><value>1</value></prop></item>'
    flipped = profiles.setting_item(
        "/org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "false"
    )
    xcu.write_text(f"{profiles.XCU_HEAD}{theirs}\n{flipped}\n{profiles.XCU_TAIL}", encoding="utf-8")
    profiles.apply_settings(tmp_path)
    text = xcu.read_text(encoding="utf-8")
    assert theirs in text and flipped not in text
    assert all(profiles.setting_item(*setting) in text for setting in profiles.SETTINGS)
    profiles.apply_settings(tmp_path)
    assert xcu.read_text(encoding="utf-8") == text  # nothing to do the second time


def test_slots_in_turn_then_a_private_profile(tmp_path: Path) -> None:
    cache = tmp_path / "cache" / "reportgen"
    scratch = tmp_path / "scratch"
    with profiles.profile(scratch, cache) as first, profiles.profile(scratch, cache) as second:
        assert (first.folder.name, second.folder.name) == ("profile-0", "profile-1")
        with profiles.profile(scratch, cache) as third, profiles.profile(scratch, cache) as fourth:
            assert fourth.folder.name == "profile-3" and third.lock is not None
            with profiles.profile(scratch, cache) as fifth:
                assert fifth.folder == scratch / "profile" and fifth.lock is None
    with profiles.profile(scratch, cache) as again:
        assert again.folder.name == "profile-0"  # freed on the way out


def test_a_cache_that_cannot_be_written_means_a_private_profile(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with profiles.profile(tmp_path / "scratch", blocked / "reportgen") as private:
        assert private.folder == tmp_path / "scratch" / "profile" and private.lock is None
        assert (private.folder / "user" / "registrymodifications.xcu").is_file()


def test_an_interrupt_while_starting_comes_once_the_process_is_held() -> None:
    held = HeldSignals()
    with held:
        signal.raise_signal(signal.SIGINT)  # inside: recorded, not raised
    with pytest.raises(KeyboardInterrupt):
        held.deliver()
    held.deliver()  # delivered once
