"""Ctrl-C and SIGTERM held back while LibreOffice is being started.

Raised inside subprocess.Popen after the child has started but before Popen returns,
a KeyboardInterrupt would leave LibreOffice running with no handle to end it (on a
busy machine that window is long enough to hit). So the signals are only recorded
while Popen runs, and delivered once the caller holds the process and can kill it.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from types import FrameType, TracebackType
from typing import Any

Handler = Callable[[int, FrameType | None], Any] | int | None

_HELD = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class HeldSignals:
    """`with held: start()` then `held.deliver()` where the process can be ended."""

    def __init__(self) -> None:
        self._caught: list[int] = []
        self._previous: dict[int, Handler] = {}

    def _record(self, signum: int, frame: FrameType | None) -> None:
        self._caught.append(signum)

    def __enter__(self) -> HeldSignals:
        if threading.current_thread() is threading.main_thread():  # only it may set handlers
            for held in _HELD:
                self._previous[held] = signal.signal(held, self._record)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        for held, handler in self._previous.items():
            signal.signal(held, handler)

    def deliver(self) -> None:
        """Act on what came meanwhile as the handlers in place before would have."""
        caught, self._caught = self._caught, []
        for signum in caught:
            handler = self._previous.get(signum)
            if callable(handler):
                handler(signum, None)
            elif handler in (signal.SIG_DFL, None):
                signal.raise_signal(signum)
