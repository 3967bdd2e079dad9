"""Coalesce render requests: at most one render per interval, the first one at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class RenderThrottle(QObject):
    """Calls ``render`` at most once per ``interval_ms``; ``flush`` renders immediately.

    A timer (not the token loop) drives the trailing render, so a pause in the
    stream never leaves stale text on screen. With ``worth``, a change it calls too
    small waits one more interval (never more): at MiniMax's pace a frame every
    interval would show a word or two, and each frame costs the same layout and paint.
    """

    def __init__(
        self,
        render: Callable[[], None],
        interval_ms: int = 50,
        parent: QObject | None = None,
        *,
        worth: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._render = render
        self._worth = worth
        self._pending = False
        self._waiting = False
        self._held = False  # the pending change already waited one more interval
        self._timer = QTimer(self)
        self._timer.setObjectName("render-throttle")
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def mark_dirty(self) -> None:
        """Something changed: render now, or once the current interval is over."""
        if self._waiting:  # called for every chunk: a Python flag, not a call into Qt
            self._pending = True
        else:
            self._do_render()
            self._start()

    def _start(self) -> None:
        self._waiting = True
        self._timer.start()

    def flush(self) -> None:
        """Render now (finish, stop, error) and forget anything pending."""
        self.stop()
        self._do_render()

    def stop(self) -> None:
        self._timer.stop()
        self._waiting = False
        self._pending = False
        self._held = False

    def _do_render(self) -> None:
        self._render()

    def _on_timer_timeout(self) -> None:
        self._waiting = False
        if self._pending:
            if not self._held and self._worth is not None and not self._worth():
                self._held = True
                self._start()  # too small to show yet: one more interval
                return
            self._pending = self._held = False
            self._do_render()
            self._start()
