"""The compiled methods of dataclasses kept between processes, the way Python keeps bytecode.

`@dataclass` writes the source of each method it adds to a class (`__init__`, `__repr__`,
`__eq__`; for a frozen class `__setattr__`, `__delattr__` and `__hash__`) and compiles it
with `exec`, ~0.07 ms a method. A `validate` defines some 80 dataclasses — reportgen's
own 25 and those of rich, pydantic and typer — and so compiled 381 methods, 25–35 ms of
CPU (issue 19's speed item). A method's source depends only on its class's fields and
options, so the code compiled from it is the same in every process: it is kept in
`__pycache__/dataclasses.<python>.marshal`, keyed by the source text itself, and later
processes run the kept code instead of compiling the text again.

How: the dataclasses module calls `exec` by its global name (once, in `_create_fn`);
`install()` gives that module a global `exec` of ours, which compiles a source text as
the builtin would (file name "<string>", no `__future__` flag of ours: dataclasses.py
has none) or takes the code from the cache, and runs it with the same globals and
namespace. Nothing else of dataclasses is touched, and anything but a source text goes
to the builtin as it came. The file is named for the interpreter's exact version
(marshal's format of code objects is that version's); a file that cannot be read or
holds anything but texts and code is ignored and the texts compiled. It is written
like bytecode, only where Python writes bytecode, once at exit and only when a text was
new, atomically. Only the `reportgen` command installs it (`__main__.py`).
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import marshal
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from .keptfiles import read_kept_dict, write_kept

# Entries no dataclass of a process used are dropped once the file holds more than this
# (an edited class leaves its old methods behind).
KEEP_AT_MOST = 3000

_stored: dict[str, CodeType] | None = None
_new: dict[str, CodeType] = {}
_used: set[str] = set()


def cache_file() -> Path:
    version = "-".join(str(part) for part in sys.version_info)
    # -O changes what a text compiles to: its code is kept apart, as its bytecode is.
    optimized = f".opt-{sys.flags.optimize}" if sys.flags.optimize else ""
    name = f"dataclasses.{sys.implementation.cache_tag}-{version}{optimized}.marshal"
    return Path(__file__).parent / "__pycache__" / name


def install() -> None:
    """Make `@dataclass` run kept code from now on (where `exec` is what it calls)."""
    if getattr(dataclasses, "exec", builtins.exec) is builtins.exec:
        setattr(dataclasses, "exec", cached_exec)  # noqa: B010 - a module global, by name


def cached_exec(source: Any, globals: Any = None, locals: Any = None) -> None:
    """builtins.exec(source, globals, locals), the source's code kept between processes."""
    if isinstance(source, str):
        source = code_for(source)
    builtins.exec(source, globals, locals)


def code_for(source: str) -> CodeType:
    """What `exec(source)` compiles, from the cache when it is there."""
    _used.add(source)
    found = _stored_entries().get(source)
    if found is None:
        found = _new.get(source)
    if found is None:
        # As exec compiles a text: "<string>", mode exec, no flags of this module's.
        found = compile(source, "<string>", "exec", dont_inherit=True)
        if not _new and not sys.dont_write_bytecode:
            atexit.register(save)
        _new[source] = found
    return found


def _stored_entries() -> dict[str, CodeType]:
    global _stored
    if _stored is None:
        loaded = read_kept_dict(cache_file())
        shaped = all(isinstance(k, str) and isinstance(c, CodeType) for k, c in loaded.items())
        _stored = loaded if shaped else {}
    return _stored


def save() -> None:
    """Write the new code beside the stored, quietly: a cache that cannot be written means
    compiling again next time, nothing worse."""
    if not _new or sys.dont_write_bytecode:
        return
    entries = {**_stored_entries(), **_new}
    if len(entries) > KEEP_AT_MOST:
        entries = {source: code for source, code in entries.items() if source in _used}
    try:
        data = marshal.dumps(entries)
    except ValueError:  # something marshal cannot write: compiled again next time
        return
    if write_kept(cache_file(), data):
        _stored_entries().update(_new)
        _new.clear()
