"""Stand-ins for LibreOffice's program, for what the real one cannot be made to do on
cue: crash at one document, hang, or be installed somewhere in particular.

A fake is a Python script taking soffice's command line. It writes a small PDF for
each input into --outdir, unless the input's bytes contain CRASH (it exits 139 there,
as a segfault does, converting nothing after it) or HANG (it starts a `sleep` child,
records its pid in the file named by the input after HANG:, and waits on it).
"""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

FAKE_PDF = b"%PDF-1.4\n% fake\n%%EOF\n"

_SCRIPT = """\
#!{python}
import os, subprocess, sys
from pathlib import Path

args = sys.argv[1:]
with open({log!r}, "a", encoding="utf-8") as log:
    log.write(repr(args) + "\\n")
out = Path(args[args.index("--outdir") + 1])
for source in (Path(a) for a in args if a.endswith(".docx")):
    data = source.read_bytes()
    if b"CRASH" in data:
        sys.exit(139)
    if b"HANG:" in data:
        child = subprocess.Popen(["sleep", "300"])
        Path(data.split(b"HANG:")[1].decode().strip()).write_text(str(child.pid))
        child.wait()
    (out / (source.stem + ".pdf")).write_bytes({pdf!r})
"""


def make_fake(folder: Path, name: str = "soffice") -> Path:
    """An executable `name` in `folder` that acts as described above; it logs each
    command line to `folder`/`name`.log."""
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / name
    log = folder / f"{name}.log"
    program.write_text(
        textwrap.dedent(_SCRIPT).format(python=sys.executable, log=str(log), pdf=FAKE_PDF),
        encoding="utf-8",
    )
    os.chmod(program, 0o755)
    return program


def runs(program: Path) -> list[str]:
    """The command lines the fake was run with, one string each."""
    log = program.with_name(f"{program.name}.log")
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []
