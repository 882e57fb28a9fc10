"""The proofreader's TOML tables are kept parsed in __pycache__ (rules/wordlists.py): the
cache must give what tomllib gives, follow every edit of the file, and never be trusted
when it is damaged."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from reportgen.rules import wordlists
from reportgen.rules.wordlists import parsed_toml, table_file

TABLE = (
    '[laws]\nin_force = ["行政处罚法"]\nrepealed = [{ name = "合同法", repealed = 2021-01-01 }]\n'
)


@pytest.fixture
def writing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def caches(folder: Path) -> list[Path]:
    return sorted((folder / "__pycache__").glob("*.pickle"))


def test_the_cache_gives_what_tomllib_gives(tmp_path: Path, writing: None) -> None:
    source = tmp_path / "laws.toml"
    source.write_text(TABLE, encoding="utf-8")
    first = parsed_toml(source)  # parsed, and written to the cache
    assert len(caches(tmp_path)) == 1
    assert parsed_toml(source) == first == tomllib.loads(TABLE)


def test_an_edited_table_is_read_anew(tmp_path: Path, writing: None) -> None:
    source = tmp_path / "laws.toml"
    source.write_text(TABLE, encoding="utf-8")
    parsed_toml(source)
    source.write_text(TABLE.replace("行政处罚法", "行政许可法"), encoding="utf-8")
    assert parsed_toml(source)["laws"]["in_force"] == ["行政许可法"]
    assert len(caches(tmp_path)) == 1  # the stale cache is gone


def test_a_damaged_cache_is_parsed_again(tmp_path: Path, writing: None) -> None:
    source = tmp_path / "laws.toml"
    source.write_text(TABLE, encoding="utf-8")
    parsed_toml(source)
    caches(tmp_path)[0].write_bytes(b"\x80\x05not a pickle")
    assert parsed_toml(source) == tomllib.loads(TABLE)


def test_nothing_is_written_without_bytecode_caches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    source = tmp_path / "laws.toml"
    source.write_text(TABLE, encoding="utf-8")
    assert parsed_toml(source) == tomllib.loads(TABLE)
    assert not (tmp_path / "__pycache__").exists()


@pytest.mark.parametrize("name", ["wordlists", "idioms", "phrases", "laws", "titles", "confused"])
def test_each_table_of_the_proofreader_is_its_file(name: str) -> None:
    source = Path(wordlists.__file__).with_name(f"{name}.toml")
    assert table_file(name) == tomllib.loads(source.read_text(encoding="utf-8"))
