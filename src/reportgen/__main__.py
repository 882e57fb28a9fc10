"""`python -m reportgen` and the `reportgen` command.

Ctrl-C, SIGTERM and SIGHUP are handled here (see signals.py), around the imports
too: typer and pydantic take a moment to load, and an interrupt then must not end in
a traceback either. A fault while loading the program is still the program's fault:
exit 70, as `cli.main` gives for any other.
"""

from __future__ import annotations

import contextlib
import gc
import sys

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
    sys.exit(code)


if __name__ == "__main__":
    run()
