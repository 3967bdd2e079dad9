"""A reply that only asks for tools is shown as such, never blocks the chat, and regenerates."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Qt

from tests.core.test_tool_call_replay import tool_call_stream
from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply
from tests.ui.conftest import App
from tests.ui.test_chat_window import saved, type_and_send

MakeApp = Callable[..., Awaitable[App]]


def test_tool_calls_reply_then_follow_up_and_regenerate(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    fake_minimax.push(
        Reply(events=tool_call_stream()),
        Reply(events=wire.split_stream("Fine.", "Hi!")),
        Reply(events=wire.split_stream("Again.", "Hello again!")),
    )
    app = arun(make_app())

    async def first() -> None:
        type_and_send(app, qtbot, "Weather in SF?")
        await app.controller.wait_idle()

    arun(first())
    conv_id = app.window.current_id or ""
    tool_reply = saved(app, conv_id)["messages"][1]
    assert tool_reply["finish_reason"] == "tool_calls"
    widget = app.window.chat.widget_for(tool_reply["id"])
    assert widget is not None
    assert "get_weather" in widget._error.text()
    assert widget.regenerate_button.isVisibleTo(app.window)

    async def follow_up() -> None:
        type_and_send(app, qtbot, "Never mind, say hi.")
        await app.controller.wait_idle()

    arun(follow_up())
    messages = saved(app, conv_id)["messages"]
    assert [m["status"] for m in messages] == ["complete"] * 4
    assert messages[-1]["content"] == "Hi!"

    async def regenerate() -> None:
        last = app.window.chat.widget_for(messages[-1]["id"])
        assert last is not None
        qtbot.mouseClick(last.regenerate_button, Qt.MouseButton.LeftButton)
        await app.controller.wait_idle()

    arun(regenerate())
    assert saved(app, conv_id)["messages"][-1]["content"] == "Hello again!"
