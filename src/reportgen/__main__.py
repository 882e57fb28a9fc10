"""`python -m reportgen` and the `reportgen` command.

Ctrl-C, SIGTERM and SIGHUP are handled here (see signals.py), around the imports
too: typer and pydantic take a moment to load, and an interrupt then must not end in
a traceback either. A fault while loading the program is still the program's fault:
exit 70, as `cli.main` gives for any other.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import sys
from typing import NoReturn

# The cyclic collector's first threshold while the command runs (Python's is 700). Loading
# the proofreader makes some 60,000 objects that live as long as the process — modules,
# classes, tables — and at 700 the collector walked them over and over: about a hundred
# collections and 20 ms of a `validate`. Nearly all garbage here is freed by reference
# counting; what is cyclic waits for at most this many new objects, so memory stays bounded
# (a `validate` peaks 0.6 MiB higher) and a long batch is still collected.
COLLECT_AFTER = 100_000


def run() -> None:
    gc.set_threshold(COLLECT_AFTER, *gc.get_threshold()[1:])
    from . import dataclasscache, signals

    # Before typer, rich and the proofreader define their dataclasses: their methods'
    # code is read from __pycache__, not compiled again (about 30 ms of a `validate`).
    dataclasscache.install()

    signals.install()
    from .errors import EXIT_INTERNAL, debugging, internal_error_message

    try:
        from .streams import prepare

        prepare()  # before anything is printed: output that cannot encode Chinese must not fail
        from .cli import main

        code = main()
    except KeyboardInterrupt:
        message, code = signals.stopped()
        with contextlib.suppress(OSError):  # after SIGHUP the terminal may be gone
            sys.stderr.write(f"{message}\n")
    except Exception as error:  # only reachable while importing: main() catches the rest
        if debugging():
            raise
        message, hint = internal_error_message(error)
        sys.stderr.write(f"错误：{message}\n{hint}\n")
        code = EXIT_INTERNAL
    signals.ignore()  # the work is done: exit as decided
    # Spare the exit a garbage collection over every object the run made (the rules'
    # tables, pydantic's validators): about a fifth of a `validate`. Streams are still
    # flushed and atexit handlers run; only cyclic garbage is left to the OS.
    gc.freeze()
    leave(code)


def leave(code: int) -> NoReturn:
    """sys.exit(code), less the interpreter's teardown (finalizing its modules, types
    and allocator: ~8 ms of a `validate`, work the OS does at once when the process
    ends). What Python's exit does that anyone sees is done here, in its order — other
    threads finished, atexit handlers run (the kept regexes and dataclass methods are
    saved there), stdout and stderr flushed — then the process ends with the code.
    Whenever that order cannot be kept for certain (another thread alive, a flush that
    fails, a code that is not an exit status), Python's own exit does it all instead,
    with its own messages and status."""
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        sys.exit(code)  # Python waits for them, as it always has
    if not isinstance(code, int) or not 0 <= code <= 255:
        sys.exit(code)
    atexit._run_exitfuncs()  # and forgets them: sys.exit below would not run them again
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None and not stream.closed:
                stream.flush()
        except Exception:  # Python's exit says so and sets its status (120)
            sys.exit(code)
    os._exit(code)


if __name__ == "__main__":
    run()
