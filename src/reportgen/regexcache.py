"""Compiled regexes kept between processes, the way Python keeps bytecode.

`re.compile` is pure Python until its last step: it parses the pattern and generates the
program of `_sre`, the C matcher, as a list of integers (~0.1 ms for a short pattern,
2–4 ms for a word list of a few hundred alternatives); `_sre.compile` then makes the
pattern object from that list at once. The proofreader compiles some ninety patterns for
a report, ~40 ms of a `validate` (issue 19's speed item). So the program of each
pattern, with its flags and groups, is kept in `__pycache__/regexes.<python>.marshal`,
and a later process hands it straight to `_sre.compile` — exactly the last call of
`re._compiler.compile`, with exactly its arguments.

The reach into `re`'s internals (`_parser.parse`, `_compiler._code`, `_sre.compile`) is
here only, and guarded: the file is named for the interpreter's exact version and
`_sre`'s magic number, so another Python never reads another's programs; an entry that
`_sre` refuses, a file that cannot be read, or internals that are missing or fail
falls back to `re.compile`. A test checks every pattern the proofreader uses, built from
the cache, equal to `re.compile`'s (pattern objects compare their flags, text and
program). The file is written, like bytecode, only where Python writes bytecode, once at
exit and only when a pattern was new, atomically.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import marshal
import re
import sys
from array import array
from pathlib import Path
from typing import Any

from .keptfiles import read_kept_dict, write_kept

# CPython's own (private, so typed as Any): what re.compile does, in two steps we can
# keep apart. `re` has imported all three already.
_sre: Any
_compiler: Any
_parser: Any
try:
    _sre = importlib.import_module("_sre")
    _compiler = importlib.import_module("re._compiler")
    _parser = importlib.import_module("re._parser")

    _USABLE = (
        callable(getattr(_compiler, "_code", None))
        and callable(_sre.compile)
        and array("I").itemsize == getattr(_sre, "CODESIZE", 0)  # a program's word width
    )
    _MAGIC = int(getattr(_sre, "MAGIC", 0))
except ImportError:  # pragma: no cover - another interpreter: plain re.compile
    _USABLE = False
    _MAGIC = 0

# An entry: the program as 32-bit words (what _sre's code units are), the pattern's final
# flags (the inline ones and re.UNICODE added), its number of groups and their names.
Entry = tuple[bytes, int, int, dict[str, int]]
Key = tuple[str, int]

# Entries no pattern of a process used are dropped once the file holds more than this
# (edited rules leave their old patterns behind).
KEEP_AT_MOST = 2000

_memo: dict[Key, re.Pattern[str]] = {}
_stored: dict[Key, Entry] | None = None
_new: dict[Key, Entry] = {}
_used: set[Key] = set()


def cache_file() -> Path:
    version = "-".join(str(part) for part in sys.version_info[:3])
    name = f"regexes.{sys.implementation.cache_tag}-{version}.{_MAGIC}.marshal"
    return Path(__file__).parent / "__pycache__" / name


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), its program read from the cache when it is there."""
    key = (pattern, int(flags))
    found = _memo.get(key)
    if found is not None:
        return found
    result = _cached(key) if _USABLE and not flags & re.DEBUG else re.compile(pattern, flags)
    _memo[key] = result
    return result


def _cached(key: Key) -> re.Pattern[str]:
    _used.add(key)
    entry = _stored_entries().get(key)
    if entry is not None:
        with contextlib.suppress(Exception):  # _sre refuses a program: compile anew
            return _pattern(key[0], entry)
    pattern, flags = key
    try:
        return _compile_and_keep(key)
    except Exception:  # re's internals not as expected: re.compile (and its re.error)
        return re.compile(pattern, flags)


def _compile_and_keep(key: Key) -> re.Pattern[str]:
    """What re._compiler.compile does, keeping the program it makes."""
    pattern, flags = key
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    entry = (
        array("I", code).tobytes(),
        flags | parsed.state.flags,
        parsed.state.groups - 1,
        dict(parsed.state.groupdict),
    )
    if not _new and not sys.dont_write_bytecode:
        atexit.register(save)
    _new[key] = entry
    return _pattern(pattern, entry)


def _pattern(pattern: str, entry: Entry) -> re.Pattern[str]:
    """`_sre.compile` with what re._compiler.compile passes it."""
    code, flags, groups, groupindex = entry
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, index in groupindex.items():
        indexgroup[index] = name
    program = array("I", code).tolist()
    result: re.Pattern[str] = _sre.compile(
        pattern, flags, program, groups, groupindex, tuple(indexgroup)
    )
    return result


def _stored_entries() -> dict[Key, Entry]:
    global _stored
    if _stored is None:
        _stored = read_kept_dict(cache_file())
    return _stored


def save() -> None:
    """Write the new programs beside the stored ones, quietly: a cache that cannot be
    written means compiling again next time, nothing worse."""
    if not _new or sys.dont_write_bytecode:
        return
    entries: dict[Any, Entry] = dict(_stored_entries())
    entries.update(_new)
    if len(entries) > KEEP_AT_MOST:
        entries = {key: entry for key, entry in entries.items() if key in _used}
    try:
        data = marshal.dumps(entries)
    except ValueError:  # something marshal cannot write: compiled again next time
        return
    if write_kept(cache_file(), data):
        _stored_entries().update(_new)
        _new.clear()
