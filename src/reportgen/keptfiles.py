"""Files the program keeps between runs beside its bytecode (compiled regex programs,
dataclass methods, parsed tables): written the way Python writes bytecode, atomically
and quietly, since a file that cannot be written only means building again next time."""

from __future__ import annotations

import marshal
import os
from pathlib import Path
from typing import Any


def write_kept(path: Path, data: bytes) -> bool:
    """Write `data` to `path` through a temporary file of this process; False (and
    nothing said) when the folder or the file cannot be written."""
    try:
        path.parent.mkdir(exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        return False
    return True


def read_kept_dict(path: Path) -> dict[Any, Any]:
    """The dict a kept marshal file holds; empty when the file is missing, unreadable,
    damaged or holds anything else (the caller then builds again)."""
    try:
        loaded = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return loaded if isinstance(loaded, dict) else {}
