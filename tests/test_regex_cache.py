"""Compiled regexes kept in __pycache__ (regexcache.py): a pattern built from the kept
program must be the pattern re.compile builds, and a cache that is damaged, from another
program or not to be written must change nothing but the time."""

from __future__ import annotations

import json
import marshal
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from test_startup_costs import _lazy_patterns

from reportgen import regexcache
from reportgen.model import Report

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache in tmp_path, with the module's memory of this process cleared."""
    path = tmp_path / "__pycache__" / "regexes.marshal"
    monkeypatch.setattr(regexcache, "cache_file", lambda: path)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    forget(monkeypatch)
    return path


def forget(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process starts with."""
    for name, empty in (("_memo", {}), ("_stored", None), ("_new", {}), ("_used", set())):
        monkeypatch.setattr(regexcache, name, empty)


def proofreaders_patterns() -> list[tuple[str, int]]:
    """Every pattern the proofreader compiles: its lazy ones, and those its rules build
    (word-list alternations, figures' patterns) while checking the 2023 report."""
    from reportgen.rules import check

    text = (ROOT / "data" / "2023.json").read_text(encoding="utf-8")
    check(Report.model_validate_json(text))
    keys = {(p.pattern, int(p._flags)) for p in _lazy_patterns()}
    return sorted(keys | set(regexcache._memo))


def test_every_pattern_built_from_the_cache_is_the_one_re_builds(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = proofreaders_patterns()
    assert len(keys) > 150  # the proofreader's patterns are all here
    forget(monkeypatch)
    for pattern, flags in keys:  # compiled anew, and kept
        assert regexcache.compiled(pattern, flags) == re.compile(pattern, flags), pattern
    regexcache.save()
    assert fresh.exists()
    forget(monkeypatch)
    for pattern, flags in keys:  # built from the file alone
        built = regexcache.compiled(pattern, flags)
        # Pattern objects are equal when their text, flags and _sre program are.
        assert built == re.compile(pattern, flags), pattern
        assert built.groupindex == re.compile(pattern, flags).groupindex
    assert regexcache._new == {}  # nothing was compiled again


def test_matches_from_a_kept_pattern_are_re_s(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = r"(?P<n>\d+)(?P<unit>件|人次)|(?i:abc)"
    regexcache.compiled(source)
    regexcache.save()
    forget(monkeypatch)
    kept, plain = regexcache.compiled(source), re.compile(source)
    text = "受理12件，培训300人次，ABC"
    assert [m.groupdict() for m in kept.finditer(text)] == [
        m.groupdict() for m in plain.finditer(text)
    ]
    assert kept.flags == plain.flags and kept.groups == plain.groups == 2


def test_a_damaged_cache_is_compiled_anew(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh.parent.mkdir()
    for damage in (b"", b"\x00garbage", marshal.dumps(["not", "a", "dict"])):
        fresh.write_bytes(damage)
        forget(monkeypatch)
        assert regexcache.compiled("法治(?P<x>政府)") == re.compile("法治(?P<x>政府)")


def test_a_program_that_sre_refuses_is_compiled_anew(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh.parent.mkdir()
    wrong = {("法治", 0): (b"\xff" * 12, int(re.UNICODE), 0, {}), ("依法", 0): ("x", 0, 0, 0)}
    fresh.write_bytes(marshal.dumps(wrong))
    for source in ("法治", "依法"):
        assert regexcache.compiled(source) == re.compile(source)
    assert set(regexcache._new) == {("法治", 0), ("依法", 0)}


def test_nothing_is_written_where_bytecode_is_not(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    regexcache.compiled("综合行政执法")
    regexcache.save()
    assert not fresh.exists()


def test_a_validate_writes_the_cache_and_the_next_reads_it(tmp_path: Path) -> None:
    """Two processes: the first compiles and writes at exit, the second compiles nothing."""
    probe = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from reportgen import regexcache\n"
        f"regexcache.cache_file = lambda: Path({str(tmp_path / 'regexes.marshal')!r})\n"
        "sys.dont_write_bytecode = False\n"
        "from reportgen.model import Report\n"
        "from reportgen.rules import check\n"
        f"text = Path({str(ROOT / 'data' / '2023.json')!r}).read_text(encoding='utf-8')\n"
        "findings = check(Report.model_validate_json(text))\n"
        "print(json.dumps([len(regexcache._used), len(regexcache._new), len(findings)]))\n"
    )

    def run() -> list[int]:
        out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        counts: list[int] = json.loads(out.stdout)
        return counts

    used, new, findings = run()
    assert used > 50 and new == used
    assert run() == [used, 0, findings]  # the same findings, nothing compiled


def test_a_bad_pattern_fails_as_re_compile_fails(fresh: Path) -> None:
    with pytest.raises(re.error):
        regexcache.compiled("(?P<n>未闭合")


def test_internals_not_as_expected_mean_re_compile(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def changed(*_: object) -> None:
        raise TypeError("another Python's _code")

    monkeypatch.setattr(regexcache, "_compiler", SimpleNamespace(_code=changed))
    assert regexcache.compiled("依法(?P<x>行政)") == re.compile("依法(?P<x>行政)")
    assert regexcache._new == {}  # nothing kept from a failed attempt


def test_a_second_process_compiles_none_of_the_proofreaders_patterns(tmp_path: Path) -> None:
    """Every pattern the rules compile for the 2023 report goes through the kept programs:
    a plain re.compile in a rule costs every `validate` its parse again (T011's list of
    T004's patterns did: ~12 ms)."""
    probe = (
        "import sys\n"
        "import re._parser as parser\n"
        "from pathlib import Path\n"
        "from reportgen import regexcache\n"
        "from reportgen.model import Report\n"
        "from reportgen.rules import check\n"
        f"regexcache.cache_file = lambda: Path({str(tmp_path / 'regexes.marshal')!r})\n"
        "sys.dont_write_bytecode = False\n"
        "text = Path('data/2023.json').read_text(encoding='utf-8')\n"
        "report = Report.model_validate_json(text)\n"
        "parsed = []\n"
        "real = parser.parse\n"
        "parser.parse = lambda p, flags=0, state=None: parsed.append(p) or real(p, flags, state)\n"
        "check(report)\n"
        "print(repr(parsed))\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
        )
        for _ in range(2)
    ]
    assert len(eval(runs[0].stdout)) > 100  # the first process compiled and kept them
    # Report.document_name's one re.sub is the model's, which the floor imports as it is.
    assert [p for p in eval(runs[1].stdout) if p != "(?:人民政府|办事处)$"] == []
