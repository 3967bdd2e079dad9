"""A paced stream costs the event loop one turn per chunk, not two (gui/ui/controller.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from gui.ui.event_loop import QtEventLoop
from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply
from tests.ui.conftest import App

MakeApp = Callable[..., Awaitable[App]]
EVENTS = 80  # at least


def test_a_stream_that_waits_for_its_chunks_does_not_also_yield_after_each(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax
) -> None:
    """The consumer yields to Qt after 5 ms of parsing without a pause; a stream that
    waited for its chunk has just given Qt its turn, so it does not yield again (that was
    one more event-loop turn for every chunk at MiniMax's pace)."""
    reasoning, answer = "Thinking it over. " * 5, "The answer, a few words at a time. " * 20
    events = wire.split_stream(reasoning, answer, size=8)
    fake_minimax.push(Reply(events=events, delay=0.005))
    app = arun(make_app())

    async def scenario() -> int:
        loop = asyncio.get_running_loop()
        assert isinstance(loop, QtEventLoop)
        conv = app.controller.new_conversation()
        app.window.open_conversation(conv.id)
        before = loop.turns
        app.window.send("go")
        await app.controller.wait_idle()
        return loop.turns - before

    turns = arun(scenario())
    assert len(events) > EVENTS
    assert turns < len(events) * 1.5  # 1.17 measured; 2 and more with a yield per chunk
