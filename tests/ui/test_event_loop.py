"""The app's asyncio loop on Qt: asyncio's order and timing, Qt's events between turns,
and few Qt objects per socket (gui/ui/event_loop.py)."""

from __future__ import annotations

import asyncio
import socket
import sys
from collections.abc import Callable
from typing import Any

import anyio
import pytest
import qasync
from PySide6.QtCore import QEvent, QObject, QTimer

from gui.ui.event_loop import QtEventLoop, app_event_loop


def test_the_tests_run_on_the_apps_loop(qloop: asyncio.AbstractEventLoop) -> None:
    assert isinstance(qloop, QtEventLoop)


def test_callbacks_run_in_order_and_later_ones_in_the_next_turn(
    arun: Callable[..., Any],
) -> None:
    order: list[str] = []

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        qt = QTimer()
        qt.setSingleShot(True)
        qt.timeout.connect(lambda: order.append("qt"))

        def first() -> None:
            order.append("first")
            qt.start(0)  # a Qt event queued during the turn runs before the next turn
            loop.call_soon(lambda: order.append("third"))

        loop.call_soon(first)
        loop.call_soon(lambda: order.append("second"))
        await asyncio.sleep(0.05)

    arun(scenario())
    assert order == ["first", "second", "qt", "third"]


def test_a_task_that_keeps_yielding_does_not_starve_qt(arun: Callable[..., Any]) -> None:
    """The stream consumer yields with ``sleep(0)`` so that Qt paints in between."""
    fired: list[bool] = []

    async def busy() -> int:
        QTimer.singleShot(0, lambda: fired.append(True))
        turns = 0
        while not fired:
            turns += 1
            await asyncio.sleep(0)
        return turns

    assert arun(busy()) >= 1
    assert fired


def test_timers_run_in_deadline_order_and_never_early(arun: Callable[..., Any]) -> None:
    ran: list[tuple[float, float]] = []

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        start = loop.time()
        for delay in (0.06, 0.02, 0.04, 0.0):
            when = start + delay
            loop.call_at(when, lambda when=when: ran.append((when, loop.time())))
        await asyncio.sleep(0.1)

    arun(scenario())
    assert [when for when, _ in ran] == sorted(when for when, _ in ran)
    assert len(ran) == 4
    assert all(at >= when for when, at in ran)


def test_cancelled_timers_do_not_pile_up(qloop: QtEventLoop, arun: Callable[..., Any]) -> None:
    """The HTTP client arms a 300 s read timeout for every chunk and cancels it, behind
    a live timer that comes first (so the cancelled ones never reach the heap's top)."""

    async def chunks() -> None:
        loop = asyncio.get_running_loop()
        loop.call_later(100, lambda: None)
        for _ in range(500):
            loop.call_later(300, lambda: None).cancel()
            await asyncio.sleep(0)

    arun(chunks())
    assert len(qloop._scheduled) < 10


def test_a_cancelled_timer_does_not_run(arun: Callable[..., Any]) -> None:
    ran: list[str] = []

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        loop.call_later(0.01, lambda: ran.append("cancelled")).cancel()
        loop.call_later(0.02, lambda: ran.append("kept"))
        await asyncio.sleep(0.05)

    arun(scenario())
    assert ran == ["kept"]


def test_a_stream_read_chunk_by_chunk_keeps_one_notifier(
    qloop: QtEventLoop, arun: Callable[..., Any]
) -> None:
    """anyio (under httpx) pauses the socket after every read and resumes it for the next
    one: the socket keeps its notifier, and a paused socket is not polled."""
    seen: set[int] = set()

    async def scenario() -> bytes:
        async def serve(client: anyio.abc.SocketStream) -> None:
            async with client:
                for number in range(20):
                    await client.send(b"chunk %d;" % number)
                    await anyio.sleep(0.005)

        listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
        port = listener.extra(anyio.abc.SocketAttribute.local_port)
        received = b""
        async with listener, anyio.create_task_group() as group:
            group.start_soon(listener.serve, serve)
            async with await anyio.connect_tcp("127.0.0.1", port) as stream:
                fd = stream.extra(anyio.abc.SocketAttribute.raw_socket).fileno()
                while b"chunk 19;" not in received:
                    received += await stream.receive()
                    seen.add(id(qloop._read_notifiers[fd]))
                # Paused (nothing receives): data that arrives now must not wake the loop.
                await anyio.sleep(0.02)
                notifier = qloop._read_notifiers[fd]
                assert not notifier.isEnabled()
            group.cancel_scope.cancel()
        return received

    received = arun(scenario())
    assert received.count(b";") == 20
    assert len(seen) == 1


def test_a_readable_socket_nobody_reads_is_not_polled(
    qloop: QtEventLoop, arun: Callable[..., Any]
) -> None:
    calls: list[bytes] = []
    left, right = socket.socketpair()
    left.setblocking(False)

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        loop.add_reader(left.fileno(), lambda: calls.append(left.recv(100)))
        right.send(b"one")
        await asyncio.sleep(0.02)
        loop.remove_reader(left.fileno())
        right.send(b"two")  # unread: level-triggered polling would spin on it
        await asyncio.sleep(0.02)
        assert not qloop._read_notifiers[left.fileno()].isEnabled()
        loop.add_reader(left.fileno(), lambda: calls.append(left.recv(100)))
        await asyncio.sleep(0.02)
        loop.remove_reader(left.fileno())

    try:
        arun(scenario())
    finally:
        left.close()
        right.close()
    assert calls == [b"one", b"two"]


def test_nothing_runs_after_close(qapp: Any) -> None:
    loop = QtEventLoop(qapp)
    ran: list[str] = []
    loop.run_until_complete(asyncio.sleep(0))
    loop.close()
    loop.call_soon(lambda: ran.append("late"))
    for _ in range(3):
        qapp.processEvents()
    assert ran == []


@pytest.mark.parametrize(
    ("platform", "ours"), [("linux", True), ("darwin", True), ("win32", False)]
)
def test_the_app_runs_our_loop_only_where_it_was_tested(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, platform: str, ours: bool
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    loop = app_event_loop(qapp)
    try:
        assert isinstance(loop, QtEventLoop) is ours
        assert isinstance(loop, qasync.QEventLoop)
    finally:
        loop.close()


def test_a_nested_qt_loop_inside_a_callback_keeps_the_turn_intact(qapp: Any) -> None:
    """A dialog's exec() inside a callback runs nested turns: the outer turn must go on
    with what is left, not fail on an emptied queue."""
    from PySide6.QtCore import QEventLoop

    loop = QtEventLoop(qapp)
    asyncio.set_event_loop(loop)
    ran: list[object] = []

    def dialog() -> None:
        nested = QEventLoop()
        QTimer.singleShot(10, lambda: loop.call_soon(ran.append, "during"))
        QTimer.singleShot(50, nested.quit)
        nested.exec()
        ran.append("closed")

    errors: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    loop.call_soon(dialog)
    for index in range(3):
        loop.call_soon(ran.append, index)
    loop.call_later(0.3, loop.stop)
    try:
        loop.run_forever()
    finally:
        loop.close()
        asyncio.set_event_loop(None)
    assert errors == []
    assert sorted(map(str, ran)) == ["0", "1", "2", "closed", "during"]


def test_turns_are_not_counted_on_another_loop() -> None:
    """On qasync's loop (Windows) the stream must fall back on yielding by the clock: a
    count that changed on every call would tell it Qt always had its turn."""
    from gui.ui.event_loop import turn_count

    loop = asyncio.new_event_loop()
    try:
        turns = turn_count(loop)
        assert turns() == turns()
    finally:
        loop.close()


class TimerEvents(QObject):
    """Counts the timer events one QTimer receives (each is a pass of Qt's loop)."""

    def __init__(self, timer: QTimer) -> None:
        super().__init__()
        self.count = 0
        timer.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Timer:
            self.count += 1
        return False


def test_what_a_readable_socket_wakes_runs_in_the_same_pass(
    qloop: QtEventLoop, arun: Callable[..., Any]
) -> None:
    """A chunk on the socket wakes the task reading it: as after asyncio's select(), the
    task's step runs right after the socket's callback, not from a zero-delay timer one
    more pass of Qt's loop later (once per chunk of a streamed answer)."""
    left, right = socket.socketpair()

    async def scenario() -> list[bytes]:
        loop = asyncio.get_running_loop()
        reader, writer = await asyncio.open_connection(sock=left)
        got: list[bytes] = []
        soon = TimerEvents(qloop._soon_timer)
        for number in range(20):
            loop.call_later(0.003 * number, right.send, b"chunk %d;" % number)
        while len(got) < 20:
            got.append(await reader.readuntil(b";"))
        assert soon.count < 5  # one per chunk before
        writer.close()
        return got

    try:
        got = arun(scenario())
    finally:
        right.close()
    assert got == [b"chunk %d;" % number for number in range(20)]
