"""`python -m reportgen` and the `reportgen` command.

Ctrl-C is handled here, around the imports too: typer and pydantic take a moment to
load, and an interrupt then must not end in a traceback either.
"""

from __future__ import annotations

import signal
import sys


def run() -> None:
    try:
        from .cli import main

        code = main()
    except KeyboardInterrupt:
        sys.stderr.write("已取消。\n")
        code = 130
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the work is done: exit as decided
    sys.exit(code)


if __name__ == "__main__":
    run()
