"""The proofreader's tables, read once from the TOML files beside this file.

wordlists.toml holds the small lists; each larger family has its own file (titles.toml,
laws.toml, phrases.toml, confused.toml, idioms.toml) so that a maintainer extends one
table without reading the others.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def table_file(name: str = "wordlists") -> dict[str, Any]:
    text = resources.files(__package__).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def wordlists() -> dict[str, Any]:
    return table_file("wordlists")


def mapping(table: str) -> dict[str, str]:
    return dict(wordlists()[table])


def words(table: str, key: str = "words") -> list[str]:
    return list(wordlists()[table][key])
