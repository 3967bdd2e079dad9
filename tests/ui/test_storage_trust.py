"""Storage trust through the real window: re-imported chats are saved, shutdown keeps the newest."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from gui.core.export import export_json
from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply
from tests.ui.conftest import App

MakeApp = Callable[..., Awaitable[App]]


def type_and_send(app: App, qtbot: Any, text: str) -> None:
    edit = app.window.composer.edit
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def on_disk(app: App, conversation_id: str) -> dict[str, Any]:
    path = app.data_dir / "conversations" / f"{conversation_id}.json"
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def test_a_deleted_then_reimported_chat_saves_new_messages(
    arun: Callable[..., Any],
    make_app: MakeApp,
    qtbot: Any,
    fake_minimax: FakeMiniMax,
    tmp_path: Path,
) -> None:
    """Export → delete → import (same id) → send: the new turn is on disk after a restart."""
    fake_minimax.push(
        Reply(events=wire.split_stream("r", "First answer.")),
        Reply(events=wire.split_stream("r", "Second answer.")),
    )
    app = arun(make_app())
    exported = tmp_path / "exported.json"

    async def scenario() -> str:
        type_and_send(app, qtbot, "first question")
        await app.controller.wait_idle()
        conv_id = app.window.current_id or ""
        conv = await app.controller.open(conv_id)
        assert conv is not None
        exported.write_bytes(export_json(conv))
        await app.controller.delete(conv_id)
        await app.controller.wait_idle()
        await app.window.transcripts.import_paths([exported])
        assert "Imported 1 conversation." in app.window.notice_text()
        assert app.window.current_id == conv_id  # the id was free again, so it is kept
        type_and_send(app, qtbot, "second question")
        await app.controller.wait_idle()
        return conv_id

    conv_id = arun(scenario())
    contents = [m["content"] for m in on_disk(app, conv_id)["messages"]]
    assert contents == ["first question", "First answer.", "second question", "Second answer."]
    arun(app.window.shutdown())
    app.window._may_close = True
    again = arun(make_app(data_dir=app.data_dir))
    reopened = arun(again.controller.open(conv_id))
    assert reopened is not None
    assert [m.content for m in reopened.messages] == contents


def test_an_import_with_values_that_broke_rendering_opens_and_exports(
    arun: Callable[..., Any], make_app: MakeApp, tmp_path: Path
) -> None:
    """Infinite thinking time and an error text without its args: shown, exported, reopened."""
    from gui.core.export import ExportFormat
    from gui.ui.widgets.export_dialog import ExportChoice
    from tests.core.test_untrusted_values import hostile_file

    source = tmp_path / "odd.json"
    source.write_text(
        hostile_file(
            thinking_seconds="@inf",
            error={"kind": "server", "message": "It failed.", "text_ids": ["server_said"]},
        ),
        "utf-8",
    )
    app = arun(make_app())
    target = tmp_path / "odd.md"

    async def scenario() -> None:
        await app.window.transcripts.import_paths([source])
        assert "Imported 1 conversation." in app.window.notice_text()
        assert app.window.current_id == "odd-values"
        widget = app.window.chat.widget_for("a1")
        assert widget is not None and "The answer." in widget.body.toPlainText()
        choice = ExportChoice(ExportFormat.MARKDOWN, True, True, True)
        await app.window.transcripts.write_one("odd-values", choice, target)

    arun(scenario())
    assert "It failed." in target.read_text("utf-8")
