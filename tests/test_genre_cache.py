"""The genre's tables kept in __pycache__ (rules/keptbuilds.py): the kept tables must be
the tables built, and a change of the data, the lexicon or the code that builds them, or
a damaged file, must build them again."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from test_architecture import GRAPH

from reportgen.rules import keptbuilds, titletable, vocabulary


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "__pycache__"
    monkeypatch.setattr(keptbuilds, "cache_folder", lambda: cache)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return cache


def test_the_kept_tables_are_the_built_ones(folder: Path) -> None:
    built = vocabulary._built()
    first = vocabulary.genre_tables.__wrapped__()  # builds and keeps
    assert len(list(folder.glob("genre-tables.*.pickle"))) == 1
    kept = vocabulary.genre_tables.__wrapped__()  # read back
    for table in (first, kept):
        assert table.keys() == built.keys()
        for name in ("words", "parts", "look_alikes", "blanks"):
            assert table[name] == built[name], name
        assert table["vocabulary"].words == built["vocabulary"].words
        assert table["vocabulary"].lengths == built["vocabulary"].lengths
    assert len(built["words"]) > 1000 and built["parts"] and len(built["blanks"]) > 1000


class Counted:
    def __init__(self) -> None:
        self.builds = 0

    def __call__(self) -> dict[str, Any]:
        self.builds += 1
        return {"words": ("法治", "依法行政")}


def keep(build: Counted, data: Path, stated: Path) -> dict[str, Any]:
    return keptbuilds.kept(
        "probe",
        build,
        lambda t: isinstance(t.get("words"), tuple),
        [data],
        [stated],
        ["rules/vocabulary.py"],
    )


def test_a_change_of_what_it_is_built_from_builds_it_again(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, stated = tmp_path / "words.txt", tmp_path / "lexicon.bin"
    data.write_text("法治", encoding="utf-8")
    stated.write_bytes(b"lexicon")
    build = Counted()
    assert keep(build, data, stated) == {"words": ("法治", "依法行政")}
    assert keep(build, data, stated)["words"] == ("法治", "依法行政")
    assert build.builds == 1  # the second was read back
    data.write_text("法治 政府", encoding="utf-8")  # the data
    keep(build, data, stated)
    assert build.builds == 2
    os.utime(stated, ns=(1, 1))  # the lexicon: its modification time
    keep(build, data, stated)
    assert build.builds == 3
    source = keptbuilds.PACKAGE / "rules" / "vocabulary.py"
    monkeypatch.setattr(keptbuilds, "PACKAGE", tmp_path / "package")  # the code
    (tmp_path / "package" / "rules").mkdir(parents=True)
    (tmp_path / "package" / "rules" / "vocabulary.py").write_bytes(source.read_bytes() + b"\n#")
    keep(build, data, stated)
    assert build.builds == 4
    assert len(list(folder.glob("probe.*.pickle"))) == 1  # earlier ones gone


def test_a_damaged_or_unexpected_file_builds_it_again(folder: Path, tmp_path: Path) -> None:
    data, stated = tmp_path / "words.txt", tmp_path / "lexicon.bin"
    data.write_text("法治", encoding="utf-8")
    stated.write_bytes(b"lexicon")
    build = Counted()
    keep(build, data, stated)
    (path,) = folder.glob("probe.*.pickle")
    import pickle

    for damage in (b"", b"\x80\x05garbage", pickle.dumps(["a"]), pickle.dumps({"words": []})):
        path.write_bytes(damage)
        assert keep(build, data, stated) == {"words": ("法治", "依法行政")}
    assert build.builds == 5


def test_nothing_is_written_where_bytecode_is_not(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    data = tmp_path / "words.txt"
    data.write_text("法治", encoding="utf-8")
    keep(Counted(), data, data)
    assert not folder.exists()


def _closure(module: str) -> set[str]:
    seen, stack = {module}, [module]
    while stack:
        for imported in GRAPH[stack.pop()]:
            if imported not in seen:
                seen.add(imported)
                stack.append(imported)
    return seen


@pytest.mark.parametrize(
    ("module", "builders", "data", "reads"),
    [
        ("rules.vocabulary", vocabulary.BUILDERS, vocabulary.DATA, "rules/vocabulary.py"),
        ("rules.titletable", titletable.BUILDERS, titletable.DATA, "rules/titletable.py"),
    ],
)
def test_the_key_names_every_module_and_file_the_tables_are_built_from(
    module: str, builders: tuple[str, ...], data: tuple[Path, ...], reads: str
) -> None:
    def as_file(name: str) -> str:
        path = name.replace(".", "/")
        return f"{path}/__init__.py" if (keptbuilds.PACKAGE / path).is_dir() else f"{path}.py"

    assert {as_file(m) for m in _closure(module)} <= set(builders)
    source = (keptbuilds.PACKAGE / reads).read_text(encoding="utf-8")
    read = {f"{name}.toml" for name in re.findall(r'table_file\("(\w+)"\)', source)}
    read |= set(re.findall(r'joinpath\("([\w.]+)"\)', source))
    assert read and read <= {path.name for path in data}
    assert all(path.exists() for path in data)


def test_the_kept_title_table_is_the_built_one(folder: Path) -> None:
    built = titletable.TitleTable()
    for _ in range(2):  # built and kept, then read back
        kept = titletable.title_table.__wrapped__()
        assert vars(kept) == vars(built)
    assert len(list(folder.glob("title-table.*.pickle"))) == 1
    assert len(built.exact) > 500
