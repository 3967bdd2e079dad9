"""Automatic garbage collection paused while big files are read in worker threads."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_holders = 0
_resume = False  # whether collection was on when the first holder paused it


@contextlib.contextmanager
def collections_paused() -> Iterator[None]:
    """No automatic collection inside this block (nested and concurrent blocks allowed).

    Reading a PDF creates objects by the hundred thousand; every so often the collector
    then walks all of them while holding the GIL, 50-200 ms during which the window
    cannot paint. Reference counting still frees almost everything meanwhile, and the
    collector runs again as soon as the last block ends.
    """
    global _holders, _resume
    with _lock:
        if _holders == 0:
            _resume = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _resume:
                gc.enable()
