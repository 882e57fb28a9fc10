"""SIGTERM and SIGHUP end a run as Ctrl-C does: as a KeyboardInterrupt.

`install` (called first thing by `__main__.run`) turns each into a KeyboardInterrupt
raised in the main thread, so every `finally` and context manager runs on the way
out: atomic_write deletes its temporary file, the PDF renderer ends LibreOffice and
removes its folder. Code that must clean up handles KeyboardInterrupt (or uses
`finally`); it need not know which signal came. After the first such signal further
ones are ignored, so that the cleaning up is not itself cut short.

Exit codes follow the shells: 130 for Ctrl-C, 128 + the signal's number for the
others (143 for SIGTERM, 129 for SIGHUP), so a supervisor sees why the run ended.
"""

from __future__ import annotations

import signal
from types import FrameType

# SIGHUP: the terminal closed; SIGBREAK: Ctrl-Break, Windows only.
_NAMES = ("SIGTERM", "SIGHUP", "SIGBREAK")
_CAUGHT = [getattr(signal, name) for name in _NAMES if hasattr(signal, name)]

received: int | None = None  # the signal that stopped this run, other than SIGINT


def install() -> None:
    for number in _CAUGHT:
        signal.signal(number, _interrupt)


def _interrupt(number: int, frame: FrameType | None) -> None:
    global received
    received = number
    for caught in _CAUGHT:
        signal.signal(caught, signal.SIG_IGN)
    raise KeyboardInterrupt


def ignore() -> None:
    """The work is done and the exit code decided: no signal turns that into a traceback."""
    for number in (signal.SIGINT, *_CAUGHT):
        signal.signal(number, signal.SIG_IGN)


def stopped() -> tuple[str, int]:
    """What to say, and the exit code, when a run was interrupted."""
    if received is None:
        return "已取消。", 130
    name = signal.Signals(received).name
    return f"已中止：收到 {name} 信号，没有写完的文件已删除。", 128 + received
