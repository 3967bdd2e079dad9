"""After a reply ends, the window shows exactly what was saved (not what happened to stream)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from gui.core.conversation import Message
from gui.ui.widgets.message_widget import MessageWidget
from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply
from tests.ui.conftest import App
from tests.ui.test_chat_window import saved, type_and_send

MakeApp = Callable[..., Awaitable[App]]
FINAL = "The whole answer, **in bold**, with a list:\n\n- one\n- two"

ENDINGS: dict[str, Reply] = {
    # The deltas carry nothing; the closing chat.completion frame carries the answer.
    "final frame only": Reply(events=[wire.full_message_frame(FINAL, "Quick thought.")]),
    # A proxy that ignores stream=true answers with one JSON completion.
    "non-streamed JSON": Reply(body=wire.full_message_frame(FINAL, "Quick thought.")),
    # The think-splitter holds a trailing "<" back until the stream ends.
    "held-back tail": Reply(
        events=wire.raw_content_stream("Pick any n with 0 <", ["Pick any n ", "with 0 <"])
    ),
}


def lines(text: str) -> list[str]:
    """The visible lines (streamed and whole renderings space paragraphs differently)."""
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def rendered(message: Message) -> list[str]:
    """What the same message shows when the chat is opened again."""
    fresh = MessageWidget(message)
    try:
        return lines(fresh.body.toPlainText())
    finally:
        fresh.deleteLater()


@pytest.mark.parametrize("ending", list(ENDINGS))
def test_finished_reply_on_screen_equals_the_saved_reply(
    arun: Callable[..., Any],
    make_app: MakeApp,
    qtbot: Any,
    fake_minimax: FakeMiniMax,
    ending: str,
) -> None:
    fake_minimax.push(ENDINGS[ending])
    app = arun(make_app())

    async def scenario() -> None:
        type_and_send(app, qtbot, "Answer me")
        await app.controller.wait_idle()

    arun(scenario())
    conv_id = app.window.current_id or ""
    data = saved(app, conv_id)["messages"][1]
    assert data["status"] == "complete"
    assert data["content"]
    message = Message.from_dict(json.loads(json.dumps(data)))
    widget = app.window.chat.widget_for(data["id"])
    assert widget is not None
    assert widget.body.streamed_text().strip() == data["content"]
    assert lines(widget.body.toPlainText()) == rendered(message)
    assert data["content"].split()[-1] in widget.body.toPlainText()
