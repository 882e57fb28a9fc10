"""`python -m reportgen` and the `reportgen` command.

Ctrl-C is handled here, around the imports too: typer and pydantic take a moment to
load, and an interrupt then must not end in a traceback either. A fault while loading
the program is still the program's fault: exit 70, as `cli.main` gives for any other.
"""

from __future__ import annotations

import signal
import sys


def run() -> None:
    from .errors import EXIT_INTERNAL, EXIT_INTERRUPTED, debugging, internal_error_message

    try:
        from .streams import prepare

        prepare()  # before anything is printed: output that cannot encode Chinese must not fail
        from .cli import main

        code = main()
    except KeyboardInterrupt:
        sys.stderr.write("已取消。\n")
        code = EXIT_INTERRUPTED
    except Exception as error:  # only reachable while importing: main() catches the rest
        if debugging():
            raise
        message, hint = internal_error_message(error)
        sys.stderr.write(f"错误：{message}\n{hint}\n")
        code = EXIT_INTERNAL
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the work is done: exit as decided
    sys.exit(code)


if __name__ == "__main__":
    run()
