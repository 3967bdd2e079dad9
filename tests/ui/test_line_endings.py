"""A CRLF split between two streamed chunks is one line break in both panes (loopback server)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Qt

from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply
from tests.ui.conftest import App, until

MakeApp = Callable[..., Awaitable[App]]


def test_a_crlf_split_between_chunks_shows_no_blank_line(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """Qt breaks a line at "\\r" and again at "\\n": "\\r" ending one frame's text and "\\n"
    starting the next showed a blank line while the answer streamed. The saved message
    has "\\n" line endings, as shown; its replay fields keep what the server sent."""
    events: list[dict[str, Any] | str] = [
        wire.chunk(wire.reasoning_delta("First thought.\r")),
        wire.chunk(wire.reasoning_delta("\nSecond thought.")),
        wire.chunk(wire.content_delta("Line one.\r")),
        wire.chunk(wire.content_delta("\nLine two.")),
        wire.chunk(wire.content_delta(""), finish="stop"),
        wire.usage_chunk(),
    ]
    fake_minimax.push(Reply(events=events, delay=0.3))  # one chunk a frame
    app = arun(make_app())
    shown: dict[str, str] = {}

    async def scenario() -> None:
        edit = app.window.composer.edit
        edit.setFocus()
        qtbot.keyClicks(edit, "go")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        pane = app.window.reasoning.text.document()
        await until(lambda: "Second thought." in pane.toPlainText())
        shown["reasoning"] = pane.toPlainText()  # the document: what is on screen
        conv = app.controller.get(app.window.current_id or "")
        assert conv is not None
        widget = app.window.chat.widget_for(conv.messages[-1].id)
        assert widget is not None
        await until(lambda: "Line two." in widget.body.toPlainText())
        shown["answer"] = "".join(s.document().toPlainText() for s in widget.body.segments)
        await app.controller.wait_idle()

    arun(scenario(), timeout=20)
    assert shown == {
        "reasoning": "First thought.\nSecond thought.",
        "answer": "Line one. Line two.",  # a soft line break, as the finished answer shows it
    }
    path = app.data_dir / "conversations" / f"{app.window.current_id}.json"
    reply = json.loads(path.read_text("utf-8"))["messages"][-1]
    assert reply["content"] == "Line one.\nLine two."
    assert reply["reasoning"] == "First thought.\nSecond thought."
    assert reply["raw_content"] == "Line one.\r\nLine two."
    assert reply["reasoning_details"][0]["text"] == "First thought.\r\nSecond thought."
