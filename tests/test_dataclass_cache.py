"""Dataclasses' methods run from code kept in __pycache__ (dataclasscache.py): a class
made with the kept code must be the class `exec` makes, and a cache that is damaged or
not to be written must change nothing but the time."""

from __future__ import annotations

import dataclasses
import json
import marshal
import subprocess
import sys
from pathlib import Path
from typing import Any, ClassVar

import pytest

from reportgen import dataclasscache

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache in tmp_path, installed for this test only."""
    path = tmp_path / "__pycache__" / "dataclasses.marshal"
    monkeypatch.setattr(dataclasscache, "cache_file", lambda: path)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    forget(monkeypatch)
    monkeypatch.setattr(dataclasses, "exec", dataclasscache.cached_exec, raising=False)
    return path


def forget(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process starts with."""
    for name, empty in (("_stored", None), ("_new", {}), ("_used", set())):
        monkeypatch.setattr(dataclasscache, name, empty)


def kinds() -> list[type]:
    """Dataclasses of every option the project's and its libraries' use."""

    @dataclasses.dataclass(frozen=True)
    class Finding:
        code: str
        start: int = 0
        spans: tuple[int, ...] = ()
        note: ClassVar[str] = "x"

    @dataclasses.dataclass(order=True)
    class Row:
        name: str
        items: list[str] = dataclasses.field(default_factory=list)
        hidden: int = dataclasses.field(default=0, repr=False, compare=False)

    @dataclasses.dataclass(slots=True, kw_only=True)
    class Options:
        width: int
        quiet: bool = False

    @dataclasses.dataclass(eq=False)
    class Plain:
        value: Any
        count: int = dataclasses.field(init=False, default=1)

        def __post_init__(self) -> None:
            self.count = 2

    return [Finding, Row, Options, Plain]


def methods(cls: type) -> dict[str, Any]:
    return {
        name: value
        for name, value in vars(cls).items()
        if callable(value) and getattr(value, "__code__", None) is not None
    }


def test_a_class_made_with_kept_code_is_the_class_exec_makes(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dataclasses, "exec", exec, raising=False)
    plain = kinds()
    monkeypatch.setattr(dataclasses, "exec", dataclasscache.cached_exec)
    compiled = kinds()  # compiled anew, and kept
    assert len(dataclasscache._new) >= 12
    dataclasscache.save()
    assert fresh.exists()
    forget(monkeypatch)
    kept = kinds()  # from the file alone
    assert dataclasscache._new == {}
    for made, before, from_file in zip(plain, compiled, kept, strict=True):
        ours, theirs = methods(from_file), methods(made)
        assert set(ours) == set(theirs) == set(methods(before))
        for name, method in theirs.items():
            # Code objects are equal when their instructions, constants, names and flags
            # (the __future__ ones among them) are.
            assert ours[name].__code__ == method.__code__, (made.__name__, name)
            assert ours[name].__annotations__.keys() == method.__annotations__.keys()
            assert ours[name].__defaults__ == method.__defaults__
            assert ours[name].__kwdefaults__ == method.__kwdefaults__
    finding, row, options, plain_one = kept
    one = finding("T001", 3)
    assert one == finding("T001", 3) and hash(one) == hash(finding("T001", 3))
    assert repr(one).endswith("Finding(code='T001', start=3, spans=())")
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.code = "T002"  # type: ignore[misc]
    assert row("b") > row("a", ["x"]) and row("a").items == [] and "hidden" not in repr(row("a"))
    assert options(width=3).quiet is False and not hasattr(options(width=3), "__dict__")
    assert plain_one(1).count == 2 and plain_one(1) != plain_one(1)


def test_a_damaged_cache_is_compiled_anew(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh.parent.mkdir()
    for damage in (b"", b"\x00garbage", marshal.dumps(["a", "list"]), marshal.dumps({"x": 1})):
        fresh.write_bytes(damage)
        forget(monkeypatch)
        finding = kinds()[0]
        assert finding("T001") == finding("T001") and dataclasscache._new


def test_nothing_is_written_where_bytecode_is_not(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    kinds()
    dataclasscache.save()
    assert not fresh.exists()


def test_what_is_not_a_text_goes_to_exec_as_it_came() -> None:
    space: dict[str, Any] = {}
    dataclasscache.cached_exec(compile("x = 1 + 1", "<t>", "exec"), space)
    assert space["x"] == 2


def test_the_command_writes_the_cache_and_the_next_compiles_nothing(tmp_path: Path) -> None:
    """Two `validate` processes: the first compiles and writes at exit, the second compiles
    no method, and both print what a process without the cache prints."""
    cache = tmp_path / "dataclasses.marshal"
    probe = (
        "import atexit, sys\n"
        "from pathlib import Path\n"
        "from reportgen import dataclasscache\n"
        f"dataclasscache.cache_file = lambda: Path({str(cache)!r})\n"
        "sys.dont_write_bytecode = False\n"
        "save = dataclasscache.save\n"
        "def counted():\n"
        "    sys.stderr.write(f'NEW {len(dataclasscache._new)}')\n"
        "    save()\n"
        "dataclasscache.save = counted\n"
        "sys.argv = ['reportgen', 'validate', '2023', '--format', 'json']\n"
        "from reportgen.__main__ import run\n"
        "run()\n"
    )
    plain = "import sys\nsys.argv = ['reportgen', 'validate', '2023', '--format', 'json']\n"
    plain += "import reportgen.cli as cli\nsys.exit(cli.main())\n"
    runs = [
        subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
        for script in (probe, probe, plain)
    ]
    assert [run.returncode for run in runs] == [0, 0, 0], runs[0].stderr
    outputs = [json.loads(run.stdout) for run in runs]
    assert outputs[0] == outputs[1] == outputs[2]
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout
    # The first process compiles (rich's, pydantic's and reportgen's methods) and saves at
    # exit; the second compiles nothing and so has nothing to save.
    assert int(runs[0].stderr.rsplit("NEW ", 1)[1]) > 100
    assert "NEW" not in runs[1].stderr
    assert cache.exists()
