"""FullCollections: no full garbage-collector pass while a reply streams."""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QTimer


class FullCollections:
    """Defers the oldest generation while replies stream; collects once they are idle.

    A full pass walks every Qt wrapper and costs 30-70 ms here: long enough to
    freeze the streaming text. Young generations are still collected.
    """

    def __init__(self, idle: Callable[[], bool]) -> None:
        self._idle = idle  # whether no reply streams now
        self._thresholds: tuple[int, int, int] | None = None

    def defer(self) -> None:
        self._thresholds = gc.get_threshold()
        gen0, gen1, _gen2 = self._thresholds
        gc.set_threshold(gen0, gen1, 1_000_000)

    def resume(self) -> None:
        if self._thresholds is not None:
            gc.set_threshold(*self._thresholds)
            self._thresholds = None
            QTimer.singleShot(1000, self._collect_when_idle)

    def _collect_when_idle(self) -> None:
        if self._idle():
            gc.collect()
