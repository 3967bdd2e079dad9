"""The app's asyncio loop: qasync's, with asyncio's own queues in place of a Qt timer per call."""

from __future__ import annotations

import asyncio
import heapq
import math
import sys
from collections.abc import Callable
from contextvars import Context
from typing import Any

import qasync
from PySide6.QtCore import QCoreApplication, QSocketNotifier, Qt, QTimer

MAX_INTERVAL_MS = 2**31 - 1
"""Qt's longest timer interval; a later deadline is simply looked at again then."""


class QtEventLoop(qasync.QEventLoop):  # type: ignore[misc]  # qasync has no type hints
    """Runs asyncio's callbacks in turns driven by two Qt timers, as asyncio's own loop does.

    WORKAROUND: per chunk of a streamed answer qasync made Qt do work that asyncio's
    loop does in a few list operations. It started and killed a Qt timer for every
    ``call_soon`` and for every ``call_later``; it left a cancelled ``call_later`` in Qt's
    timer list until it would have fired (the HTTP client re-arms a 300 s read timeout
    for every chunk); it deferred every socket callback by one more timer; and it built
    a new ``QSocketNotifier`` each time anyio resumed reading a socket (once a chunk:
    anyio pauses the transport after every read). Here:

    * ready callbacks wait in asyncio's queue and run in turns from one zero-delay
      timer; those queued during a turn run in the next one, so Qt's events interleave
      as before;
    * delayed callbacks wait in asyncio's heap behind one precise timer, re-armed only
      when an earlier deadline comes; cancelled ones are dropped from the heap;
    * a readable (or writable) socket calls its callback at once, and the callbacks it
      made ready run right after it, as asyncio's selector loop does in the same turn;
      each file descriptor keeps its notifier, and one that lost its callback is
      disabled at the end of the turn (anyio pauses and resumes within one turn, so
      usually nothing changes in Qt at all).

    qasync still provides the rest: ``run_until_complete``, the thread executor,
    ``call_soon_threadsafe``, exception handling and closing.
    """

    def __init__(self, app: QCoreApplication | None = None) -> None:
        # Set before qasync's __init__: asyncio's registers its self-pipe reader in there.
        self._readers: dict[int, asyncio.Handle] = {}
        self._writers: dict[int, asyncio.Handle] = {}
        self._enabled: set[QSocketNotifier] = set()
        self._lapsed: list[tuple[dict[int, asyncio.Handle], int]] = []
        self._in_turn = False
        self._soon = False  # the zero-delay turn is armed
        self.turns = 0  # turns run so far (see ``turn_count``)
        self._due: float | None = None  # loop time the deadline timer is armed for
        self._soon_timer = _timer("asyncio-turn", self._on_soon, Qt.TimerType.CoarseTimer)
        self._deadline_timer = _timer(
            "asyncio-timers", self._on_deadline, Qt.TimerType.PreciseTimer
        )
        super().__init__(app)

    # -- scheduling ---------------------------------------------------------------------

    def call_soon(
        self, callback: Callable[..., object], *args: Any, context: Context | None = None
    ) -> asyncio.Handle:
        handle = asyncio.Handle(callback, args, self, context)
        self._ready.append(handle)
        self._arm_soon()
        return handle

    def call_later(
        self,
        delay: float,
        callback: Callable[..., object],
        *args: Any,
        context: Context | None = None,
    ) -> asyncio.TimerHandle:
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(
        self,
        when: float,
        callback: Callable[..., object],
        *args: Any,
        context: Context | None = None,
    ) -> asyncio.TimerHandle:
        handle = asyncio.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, handle)
        handle._scheduled = True  # type: ignore[attr-defined]  # cancel() then counts it
        if self._due is None or when < self._due:
            self._arm_deadline(when)
        return handle

    def _arm_soon(self) -> None:
        if not self._soon:
            self._soon = True
            self._soon_timer.start(0)

    def _arm_deadline(self, when: float) -> None:
        self._due = when
        delay_ms = math.ceil((when - self.time()) * 1000)
        self._deadline_timer.start(min(max(0, delay_ms), MAX_INTERVAL_MS))

    def _on_soon(self) -> None:
        self._soon = False
        self._run_once()

    def _on_deadline(self) -> None:
        self._due = None
        self._run_once()

    def _run_once(self) -> None:
        """One turn: the timers that are due, then the callbacks ready when it began."""
        if self.is_closed():
            return  # as with qasync: what is scheduled after closing never runs
        self.turns += 1
        scheduled, ready = self._scheduled, self._ready
        if self._timer_cancelled_count * 2 > len(scheduled):
            self._drop_cancelled()
        end = self.time() + self._clock_resolution
        while scheduled and scheduled[0]._when <= end:
            handle = heapq.heappop(scheduled)
            handle._scheduled = False
            if handle._cancelled:
                self._timer_cancelled_count -= 1
            else:
                ready.append(handle)
        outer, self._in_turn = self._in_turn, True
        try:
            for _ in range(len(ready)):
                if not ready:
                    break  # a nested Qt loop in a callback (a dialog's exec()) ran them
                handle = ready.popleft()
                if not handle._cancelled:
                    handle._run()
        finally:
            self._in_turn = outer
            self._end_turn()

    def _drop_cancelled(self) -> None:
        """Most timers are cancelled (each chunk cancels its read timeout): drop them."""
        live = []
        for handle in self._scheduled:
            if handle._cancelled:
                handle._scheduled = False
            else:
                live.append(handle)
        heapq.heapify(live)
        self._scheduled[:] = live
        self._timer_cancelled_count = 0

    def _end_turn(self) -> None:
        if self.is_closed():
            return
        self._disable_lapsed()
        if self._ready:
            self._arm_soon()
        scheduled = self._scheduled
        while scheduled and scheduled[0]._cancelled:
            heapq.heappop(scheduled)._scheduled = False
            self._timer_cancelled_count -= 1
        if scheduled and (self._due is None or scheduled[0]._when < self._due):
            self._arm_deadline(scheduled[0]._when)

    # -- sockets ------------------------------------------------------------------------

    def _add_reader(self, fd: Any, callback: Callable[..., object], *args: Any) -> asyncio.Handle:
        return self._watch(
            self._readers, self._read_notifiers, QSocketNotifier.Type.Read, fd, callback, args
        )

    def _add_writer(self, fd: Any, callback: Callable[..., object], *args: Any) -> asyncio.Handle:
        return self._watch(
            self._writers, self._write_notifiers, QSocketNotifier.Type.Write, fd, callback, args
        )

    def _remove_reader(self, fd: Any) -> bool:
        return self._unwatch(self._readers, fd)

    def _remove_writer(self, fd: Any) -> bool:
        return self._unwatch(self._writers, fd)

    def _watch(
        self,
        callbacks: dict[int, asyncio.Handle],
        notifiers: dict[int, QSocketNotifier],
        kind: QSocketNotifier.Type,
        fd: Any,
        callback: Callable[..., object],
        args: tuple[Any, ...],
    ) -> asyncio.Handle:
        """Call ``callback`` whenever ``fd`` is ready; the handle cancels with a new one."""
        self._check_closed()
        number = qasync._fileno(fd)
        old = callbacks.get(number)
        if old is not None:
            old.cancel()
        handle = callbacks[number] = asyncio.Handle(callback, args, self, None)
        notifier = notifiers.get(number)
        if notifier is None:
            notifier = QSocketNotifier(number, kind)
            notifier.activated["int"].connect(  # type: ignore[index]  # as qasync does
                lambda *_: self._on_activated(callbacks, number, notifier)
            )
            notifiers[number] = notifier
            self._enabled.add(notifier)
        elif notifier not in self._enabled:
            notifier.setEnabled(True)
            self._enabled.add(notifier)
        return handle

    def _unwatch(self, callbacks: dict[int, asyncio.Handle], fd: Any) -> bool:
        if self.is_closed():
            return False
        handle = callbacks.pop(qasync._fileno(fd), None)
        if handle is None:
            return False
        handle.cancel()
        # The notifier stays enabled until the end of the turn: anyio resumes reading
        # within the same turn, and then Qt never hears of it.
        self._lapsed.append((callbacks, qasync._fileno(fd)))
        if not self._in_turn:
            self._arm_soon()
        return True

    def _on_activated(
        self, callbacks: dict[int, asyncio.Handle], fd: int, notifier: QSocketNotifier
    ) -> None:
        handle = callbacks.get(fd)
        if handle is None:  # not watched any more: stop polling it
            if notifier in self._enabled:
                self._enabled.discard(notifier)
                notifier.setEnabled(False)
            return
        outer, self._in_turn = self._in_turn, True
        try:
            handle._run()
        finally:
            self._in_turn = outer
            self._disable_lapsed()
        if self._ready and not outer:
            # What the socket made ready (the reading task's next step) runs now, as after
            # asyncio's select(), not after one more pass of Qt's loop: a zero-delay timer
            # for every chunk of a stream. (Its timer is stopped if nothing else waits.)
            self._run_once()
            if not self._ready and self._soon:
                self._soon = False
                self._soon_timer.stop()

    def _disable_lapsed(self) -> None:
        lapsed, self._lapsed = self._lapsed, []
        for callbacks, fd in lapsed:
            if fd in callbacks:
                continue  # watched again
            notifiers = (
                self._read_notifiers if callbacks is self._readers else self._write_notifiers
            )
            notifier = notifiers.get(fd) if notifiers is not None else None
            if notifier is not None and notifier in self._enabled:
                self._enabled.discard(notifier)
                notifier.setEnabled(False)

    def close(self) -> None:
        super().close()  # disables and disconnects every notifier
        self._soon_timer.stop()
        self._deadline_timer.stop()
        self._readers.clear()
        self._writers.clear()
        self._enabled.clear()
        self._lapsed.clear()


def app_event_loop(app: QCoreApplication) -> asyncio.AbstractEventLoop:
    """The loop the app runs on: ``QtEventLoop`` where it was measured and tested (Linux;
    macOS shares its selector code), qasync's own on Windows, whose proactor loop this
    subclass was never run against."""
    if sys.platform == "win32":
        loop: asyncio.AbstractEventLoop = qasync.QEventLoop(app)
        return loop
    return QtEventLoop(app)


def turn_count(loop: asyncio.AbstractEventLoop) -> Callable[[], int]:
    """The number of turns ``loop`` has run: a coroutine that sees it change between two of
    its steps was suspended in between, and Qt had its turn. Another loop (qasync's on
    Windows) is not counted: the number never changes, so a stream falls back on
    yielding to Qt by the clock."""
    if isinstance(loop, QtEventLoop):
        return lambda: loop.turns
    return lambda: 0


def _timer(name: str, slot: Callable[[], None], kind: Qt.TimerType) -> QTimer:
    timer = QTimer()
    timer.setObjectName(name)
    timer.setSingleShot(True)
    timer.setTimerType(kind)
    timer.timeout.connect(slot)
    return timer
