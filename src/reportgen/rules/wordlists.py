"""The proofreader's tables, read once from the TOML files beside this file.

wordlists.toml holds the small lists; each larger family has its own file (titles.toml,
laws.toml, phrases.toml, confused.toml, idioms.toml) so that a maintainer extends one
table without reading the others.

tomllib is pure Python: parsing the six files costs every `validate` about 10 ms. So a
parsed table is kept the way Python keeps bytecode: pickled in `__pycache__` beside its
file, named for a hash of the file's bytes, read back instead of
parsing while the file is unchanged, and written only where Python writes bytecode
(not under PYTHONDONTWRITEBYTECODE, not where the folder is read-only).
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import sys
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..keptfiles import write_kept

_CACHE_DIR = "__pycache__"


@cache
def table_file(name: str = "wordlists") -> dict[str, Any]:
    source = resources.files(__package__).joinpath(f"{name}.toml")
    if isinstance(source, Path):
        return parsed_toml(source)
    import tomllib  # only without a cache: importing it alone costs a few ms

    return tomllib.loads(source.read_text(encoding="utf-8"))  # a package not on disk


def parsed_toml(source: Path) -> dict[str, Any]:
    """`source` parsed, from its cache while the file is unchanged."""
    raw = source.read_bytes()
    key = hashlib.blake2b(raw, digest_size=12).hexdigest()
    cached = source.parent / _CACHE_DIR / f"{source.name}.{key}.pickle"
    with contextlib.suppress(OSError, pickle.UnpicklingError, EOFError, ValueError):
        table = pickle.loads(cached.read_bytes())
        if isinstance(table, dict):
            return table
    import tomllib

    table = tomllib.loads(raw.decode("utf-8"))
    if not sys.dont_write_bytecode:
        write_cache(cached, source.name, table)
    return table


def write_cache(path: Path, name: str, table: dict[str, Any]) -> None:
    """Atomically, and quietly: a cache that cannot be written is parsed again next time.
    The file's earlier caches go, so that edits do not pile them up."""
    with contextlib.suppress(OSError):
        for old in path.parent.glob(f"{name}.*.pickle"):
            with contextlib.suppress(OSError):
                old.unlink()
    write_kept(path, pickle.dumps(table, protocol=5))


def wordlists() -> dict[str, Any]:
    return table_file("wordlists")


def mapping(table: str) -> dict[str, str]:
    return dict(wordlists()[table])


def words(table: str, key: str = "words") -> list[str]:
    return list(wordlists()[table][key])
