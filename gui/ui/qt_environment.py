"""Qt settings that only take effect when made before the QApplication exists."""

from __future__ import annotations

import os
from collections.abc import MutableMapping

NO_RASTER_THREADS = "QT_NO_GUI_THREADPOOL"


def prepare(environ: MutableMapping[str, str] = os.environ) -> None:
    """Paint on the window's thread only.

    Qt's raster engine hands fills, lines and image conversions above a small size to a
    pool of helper threads and waits for them. For a chat window's shapes the hand-off
    costs more than the fill: on a two-core machine a 612-pixel scroll bar took 1.3 ms
    to repaint instead of 0.13 ms, the whole window 6.5 ms instead of 1.1 ms, and while
    an answer streams every frame paid it (benchmarks/: ``paced``). Qt reads the
    variable once, when it first wants the pool; a value set by the user is kept.
    """
    environ.setdefault(NO_RASTER_THREADS, "1")
