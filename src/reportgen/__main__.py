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


def run() -> None:
    from . import signals

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
