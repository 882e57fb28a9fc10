"""Tables the rules build from the word tables and the lexicon, kept between processes.

Building the genre's vocabulary, its halves of compound phrases and the slip finder's
blanked forms costs every `validate` ~10 ms of Python, though they change only when the
tables, the lexicon or the code that builds them does. So a built table is pickled in
`__pycache__` under a key made of all three, as bytecode is kept for source:

- the bytes of the data files it is built from (the word tables, a few KB each);
- lexicon.bin's size and modification time, as Python checks bytecode against its source
  (hashing its 7 MB would cost what the cache saves);
- the source of every module the builder runs, read and hashed (the builder names them;
  a test checks the list against the builder's imports), so an edit of the code that
  builds a table builds it again;
- the interpreter's version.

A file that is missing, cannot be read, is not a pickle or fails the caller's check is
ignored and the table built. The file is written only where Python writes bytecode (not
under PYTHONDONTWRITEBYTECODE, quietly where the folder is read-only), atomically, and
replaces the table's earlier files.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .wordlists import write_cache

PACKAGE = Path(__file__).resolve().parent.parent  # src/reportgen


def cache_folder() -> Path:
    return PACKAGE / "rules" / "__pycache__"


def key(data: Iterable[Path], stated: Iterable[Path], code: Iterable[str]) -> str:
    """The hash of what a table is built from (see the module's docstring)."""
    digest = hashlib.blake2b(digest_size=12)
    digest.update(sys.version.encode())
    for path in data:
        digest.update(b"\0data\0" + path.name.encode() + b"\0" + path.read_bytes())
    for path in stated:
        status = path.stat()
        digest.update(f"\0stat\0{path.name}\0{status.st_size}\0{status.st_mtime_ns}".encode())
    for module in code:
        digest.update(b"\0code\0" + module.encode() + b"\0" + (PACKAGE / module).read_bytes())
    return digest.hexdigest()


def kept(
    name: str,
    build: Callable[[], dict[str, Any]],
    check: Callable[[dict[str, Any]], bool],
    data: Iterable[Path],
    stated: Iterable[Path],
    code: Iterable[str],
) -> dict[str, Any]:
    """build(), or what an earlier process built from the same data and code."""
    try:
        found = key(data, stated, code)
    except OSError:  # a package not on disk (a zip): nothing to key on, nothing kept
        return build()
    path = cache_folder() / f"{name}.{found}.pickle"
    with contextlib.suppress(Exception):  # any failure to read it back: build anew
        table = pickle.loads(path.read_bytes())
        if isinstance(table, dict) and check(table):
            return table
    table = build()
    if not sys.dont_write_bytecode:
        write_cache(path, name, table)
    return table
