"""Run reportgen with one function made to pause, so that a test can signal the
command while it is inside that function (tests/test_interrupt.py).

    python tests/paused_run.py MODULE:FUNCTION MARKER reportgen-arguments…

On entering MODULE.FUNCTION the run creates the file MARKER, then sleeps; the signal
lands in the sleep, in the middle of the command's work.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path
from typing import Any


def main() -> None:
    target, marker, *argv = sys.argv[1:]
    module_name, name = target.split(":")
    module = importlib.import_module(module_name)
    original = getattr(module, name)

    def paused(*args: Any, **kwargs: Any) -> Any:
        Path(marker).touch()
        time.sleep(120)
        return original(*args, **kwargs)

    setattr(module, name, paused)
    sys.argv = ["reportgen", *argv]
    from reportgen.__main__ import run

    run()


if __name__ == "__main__":
    main()
