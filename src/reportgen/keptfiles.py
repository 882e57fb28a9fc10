"""Files the program keeps between runs beside its bytecode (compiled regex programs,
dataclass methods, parsed tables): written the way Python writes bytecode, atomically
and quietly, since a file that cannot be written only means building again next time."""

from __future__ import annotations

import os
from pathlib import Path


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
