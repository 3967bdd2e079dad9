"""Run CPU-bound Python work in a worker thread without starving the thread that draws."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from types import FrameType
from typing import Any, TypeVar

T = TypeVar("T")

WORK_S = 0.0005
"""How long the worker runs before it lets go of the interpreter lock."""

PAUSE_S = 0.001
"""How long it then sleeps, so the window's thread can take the lock at once."""


def run_gently(work: Callable[[], T]) -> T:
    """Run ``work`` on this (worker) thread, pausing every ``WORK_S`` for ``PAUSE_S``.

    Two busy Python threads take turns with the interpreter lock every 5 ms (the switch
    interval), so a worker compiling a highlighter for 40 ms made every turn of the
    window's event loop take twice as long meanwhile (an 80 ms stall on the first frame
    of a streamed code block). Pausing often, the worker takes a few per cent of the
    lock while the window is busy and finishes a few times later.
    """
    resume = time.perf_counter() + WORK_S

    def pause(_frame: FrameType, _event: str, _arg: Any) -> None:
        nonlocal resume
        if time.perf_counter() >= resume:
            time.sleep(PAUSE_S)
            resume = time.perf_counter() + WORK_S

    previous = sys.getprofile()
    sys.setprofile(pause)  # this thread only
    try:
        return work()
    finally:
        sys.setprofile(previous)
