"""The proofreader's word lists, read once from wordlists.toml beside this file."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def wordlists() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("wordlists.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def mapping(table: str) -> dict[str, str]:
    return dict(wordlists()[table])


def words(table: str, key: str = "words") -> list[str]:
    return list(wordlists()[table][key])
