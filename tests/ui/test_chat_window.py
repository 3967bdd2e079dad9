"""The main window against the loopback server: sending, streaming, stopping, history."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from gui.core.conversation import MessageStatus
from tests.fakes import wire
from tests.fakes.keys import fake_key
from tests.fakes.minimax_server import FakeMiniMax, Reply
from tests.ui.conftest import TEST_KEY, App, until

MakeApp = Callable[..., Awaitable[App]]
REASONING = "Let me think about the parity of odd numbers carefully."
ANSWER = "Odd plus odd is **even**.\n\n```python\nassert (3 + 5) % 2 == 0\n```"


def saved(app: App, conversation_id: str) -> dict[str, Any]:
    path = app.data_dir / "conversations" / f"{conversation_id}.json"
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def type_and_send(app: App, qtbot: Any, text: str) -> None:
    edit = app.window.composer.edit
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_window_opens_titled_with_focused_composer(
    arun: Callable[..., Any], make_app: MakeApp
) -> None:
    """The window is titled "MiniMax Chat" and the message box has focus at start."""
    app = arun(make_app())
    assert app.window.windowTitle() == "MiniMax Chat"
    assert app.window.composer.edit.hasFocus()


def test_enter_sends_and_shift_enter_adds_a_line(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """Shift+Enter inserts a newline; Enter sends the whole text and clears the box."""
    fake_minimax.push(Reply(events=wire.split_stream(REASONING, ANSWER)))
    app = arun(make_app())

    async def scenario() -> None:
        edit = app.window.composer.edit
        qtbot.keyClicks(edit, "line one")
        qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClicks(edit, "line two")
        assert edit.toPlainText() == "line one\nline two"
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert edit.toPlainText() == ""
        await app.controller.wait_idle()

    arun(scenario())
    conv_id = app.window.current_id
    assert conv_id is not None
    data = saved(app, conv_id)
    assert data["messages"][0]["content"] == "line one\nline two"
    assert data["title"] == "line one line two"


def test_reply_streams_answer_and_reasoning_then_saves(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """While streaming, the button says Stop and the pane shows live reasoning; all is saved."""
    fake_minimax.push(Reply(events=wire.split_stream(REASONING, ANSWER, size=3), delay=0.01))
    app = arun(make_app())
    pane_texts: list[str] = []

    async def scenario() -> None:
        type_and_send(app, qtbot, "Is odd plus odd even?")
        await until(lambda: app.window.composer.button.text() == "Stop")
        await until(lambda: len(app.window.reasoning.text.toPlainText()) > 10)
        pane_texts.append(app.window.reasoning.text.toPlainText())
        await app.controller.wait_idle()

    arun(scenario())
    assert REASONING.startswith(pane_texts[0])
    assert pane_texts[0] != REASONING  # it was seen growing, not only at the end
    window = app.window
    assert window.composer.button.text() == "Send"
    assert window.reasoning.text.toPlainText() == REASONING
    conv_id = window.current_id
    assert conv_id is not None
    reply = saved(app, conv_id)["messages"][1]
    assert (reply["content"], reply["reasoning"], reply["status"]) == (
        ANSWER,
        REASONING,
        "complete",
    )
    assert reply["usage"]["reasoning_tokens"] == 37
    widget = window.chat.widget_for(reply["id"])
    assert widget is not None
    assert "Odd plus odd is even." in widget.body.toPlainText()
    assert "assert (3 + 5) % 2 == 0" in widget.body.toPlainText()
    request = fake_minimax.chat_requests()[-1]
    assert request["messages"] == [{"role": "user", "content": "Is odd plus odd even?"}]
    assert request["reasoning_split"] is True
    assert fake_minimax.requests[-1].headers["authorization"] == f"Bearer {TEST_KEY}"


def test_second_turn_replays_the_first_exactly(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """The follow-up request carries the first answer with its reasoning_details items."""
    fake_minimax.push(
        Reply(events=wire.split_stream(REASONING, ANSWER)),
        Reply(events=wire.split_stream("Second thought.", "Second answer.")),
    )
    app = arun(make_app())

    async def scenario() -> None:
        type_and_send(app, qtbot, "First question")
        await app.controller.wait_idle()
        type_and_send(app, qtbot, "Follow-up")
        await app.controller.wait_idle()

    arun(scenario())
    second = fake_minimax.chat_requests()[-1]["messages"]
    assert second == [
        {"role": "user", "content": "First question"},
        {
            "role": "assistant",
            "content": ANSWER,
            "reasoning_details": [{**wire.DETAIL, "index": 0, "text": REASONING}],
        },
        {"role": "user", "content": "Follow-up"},
    ]


def test_stop_keeps_partial_reply_marked_stopped(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """Esc cancels the request, closes the HTTP stream and keeps what arrived, marked stopped."""
    events = wire.split_stream(REASONING, ANSWER * 20, size=4)
    fake_minimax.push(Reply(events=events, delay=0.02))
    app = arun(make_app())

    async def scenario() -> None:
        type_and_send(app, qtbot, "Tell me")
        await until(lambda: app.controller.live_text(app.window.current_id or "") is not None)
        conv_id = app.window.current_id or ""
        await until(lambda: len((app.controller.live_text(conv_id) or ("", ""))[0]) > 20)
        qtbot.keyClick(app.window.composer.edit, Qt.Key.Key_Escape)
        await app.controller.wait_idle()
        await until(lambda: fake_minimax.disconnects >= 1, timeout=5)

    arun(scenario())
    conv_id = app.window.current_id
    assert conv_id is not None
    reply = saved(app, conv_id)["messages"][1]
    assert reply["status"] == "stopped"
    assert reply["reasoning"] == REASONING
    assert 20 < len(reply["content"]) < len(ANSWER * 20)
    widget = app.window.chat.widget_for(reply["id"])
    assert widget is not None
    assert widget._status.text() == "Stopped"


def test_dropped_connection_is_marked_interrupted_with_retry(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """A connection lost mid-answer keeps the text, says so, and Retry resends the history."""
    events = wire.split_stream(REASONING, ANSWER, size=4)
    fake_minimax.push(
        Reply(events=events, drop_after=len(events) - 5),
        Reply(events=wire.split_stream(REASONING, ANSWER)),
    )
    app = arun(make_app())

    async def scenario() -> None:
        type_and_send(app, qtbot, "Question")
        await app.controller.wait_idle()

    arun(scenario())
    conv_id = app.window.current_id or ""
    reply = saved(app, conv_id)["messages"][1]
    assert reply["status"] == "interrupted"
    assert reply["content"]
    widget = app.window.chat.widget_for(reply["id"])
    assert widget is not None
    assert widget.retry_button.isVisibleTo(app.window)
    assert "connection" in widget._error.text().lower()

    async def retry() -> None:
        qtbot.mouseClick(widget.retry_button, Qt.MouseButton.LeftButton)
        await app.controller.wait_idle()

    arun(retry())
    first, second = fake_minimax.chat_requests()[-2:]
    assert first["messages"] == second["messages"]
    messages = saved(app, conv_id)["messages"]
    assert [m["status"] for m in messages] == ["complete", "complete"]


def test_bad_key_shows_region_hint_and_settings_button(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """A rejected key says keys are region-locked and offers Settings; no retry loop."""
    fake_minimax.api_key = "the-right-key"
    app = arun(make_app())

    async def scenario() -> None:
        type_and_send(app, qtbot, "Hello")
        await app.controller.wait_idle()

    arun(scenario())
    conv_id = app.window.current_id or ""
    reply = saved(app, conv_id)["messages"][1]
    assert reply["status"] == "error"
    assert reply["error"]["code"] == 1004
    assert "region" in reply["error"]["message"]
    widget = app.window.chat.widget_for(reply["id"])
    assert widget is not None
    assert widget.settings_button.isVisibleTo(app.window)
    assert not widget.retry_button.isVisibleTo(app.window)
    assert len(fake_minimax.chat_requests()) == 1


def test_rate_limit_is_retried_automatically_after_a_pause(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """A 429 before any text is retried after the server's Retry-After; then it succeeds."""
    limited = Reply(
        status=429,
        body=wire.error_envelope("rate limit (1002)", "rate_limit_error", 429),
        headers={"Retry-After": "0.2"},
    )
    fake_minimax.push(limited, Reply(events=wire.split_stream("r", "Finally.")))
    app = arun(make_app())

    async def scenario() -> None:
        type_and_send(app, qtbot, "Hi")
        await app.controller.wait_idle()

    arun(scenario())
    reply = saved(app, app.window.current_id or "")["messages"][1]
    assert (reply["status"], reply["content"]) == ("complete", "Finally.")
    assert len(fake_minimax.chat_requests()) == 2


def test_regenerate_replaces_the_last_answer(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """Regenerate drops the last answer and asks again with the same history."""
    fake_minimax.push(
        Reply(events=wire.split_stream("r1", "First.")),
        Reply(events=wire.split_stream("r2", "Second.")),
    )
    app = arun(make_app())

    async def scenario() -> None:
        type_and_send(app, qtbot, "Q")
        await app.controller.wait_idle()
        app.window.regenerate_action.trigger()
        await app.controller.wait_idle()

    arun(scenario())
    messages = saved(app, app.window.current_id or "")["messages"]
    assert [m["content"] for m in messages] == ["Q", "Second."]
    first, second = fake_minimax.chat_requests()
    assert first["messages"] == second["messages"]


def test_edit_and_resend_last_user_message(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """Edit puts the last question in the box; sending replaces it and its answer."""
    fake_minimax.push(
        Reply(events=wire.split_stream("r1", "About cats.")),
        Reply(events=wire.split_stream("r2", "About dogs.")),
    )
    app = arun(make_app())

    async def scenario() -> None:
        type_and_send(app, qtbot, "Tell me about cats")
        await app.controller.wait_idle()
        conv = app.controller.get(app.window.current_id or "")
        assert conv is not None
        widget = app.window.chat.widget_for(conv.messages[0].id)
        assert widget is not None
        assert widget.edit_button.isVisibleTo(app.window)
        qtbot.mouseClick(widget.edit_button, Qt.MouseButton.LeftButton)
        assert app.window.composer.text() == "Tell me about cats"
        app.window.composer.edit.selectAll()
        qtbot.keyClicks(app.window.composer.edit, "Tell me about dogs")
        qtbot.keyClick(app.window.composer.edit, Qt.Key.Key_Return)
        await app.controller.wait_idle()

    arun(scenario())
    data = saved(app, app.window.current_id or "")
    assert [m["content"] for m in data["messages"]] == ["Tell me about dogs", "About dogs."]
    assert data["title"] == "Tell me about dogs"


def test_esc_cancels_editing_when_nothing_streams(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """Esc stops an answer only while one streams; otherwise it cancels editing a message."""
    fake_minimax.push(Reply(events=wire.split_stream("r1", "About cats.")))
    app = arun(make_app())

    async def scenario() -> None:
        assert not app.window.stop_action.isEnabled()
        type_and_send(app, qtbot, "Tell me about cats")
        await app.controller.wait_idle()
        assert not app.window.stop_action.isEnabled()
        conv = app.controller.get(app.window.current_id or "")
        assert conv is not None
        widget = app.window.chat.widget_for(conv.messages[0].id)
        assert widget is not None
        qtbot.mouseClick(widget.edit_button, Qt.MouseButton.LeftButton)
        assert app.window.composer.editing
        qtbot.keyClick(app.window.composer.edit, Qt.Key.Key_Escape)
        assert not app.window.composer.editing

    arun(scenario())


def test_selecting_an_answer_shows_its_reasoning(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """The side pane shows the reasoning of whichever answer is selected."""
    fake_minimax.push(
        Reply(events=wire.split_stream("Reasoning one.", "One.")),
        Reply(events=wire.split_stream("Reasoning two.", "Two.")),
    )
    app = arun(make_app())

    async def scenario() -> None:
        type_and_send(app, qtbot, "1")
        await app.controller.wait_idle()
        type_and_send(app, qtbot, "2")
        await app.controller.wait_idle()

    arun(scenario())
    conv = app.controller.get(app.window.current_id or "")
    assert conv is not None
    pane = app.window.reasoning
    assert pane.text.toPlainText() == "Reasoning two."
    first = app.window.chat.widget_for(conv.messages[1].id)
    assert first is not None
    qtbot.mouseClick(first.body.segments[0].viewport(), Qt.MouseButton.LeftButton)
    assert pane.text.toPlainText() == "Reasoning one."
    assert "Thought for" in pane._summary.text()


def test_reasoning_pane_toggle_is_remembered(
    arun: Callable[..., Any], make_app: MakeApp, tmp_path: Any
) -> None:
    """Hiding the pane is saved in settings and restored on the next start."""
    app = arun(make_app())
    app.window.toggle_reasoning_action.trigger()
    assert not app.window.reasoning.isVisible()
    arun(app.window.shutdown())
    app.window._may_close = True
    settings = json.loads((app.data_dir / "settings.json").read_text("utf-8"))
    assert settings["reasoning_pane_visible"] is False
    again = arun(make_app(data_dir=app.data_dir))
    assert not again.window.reasoning.isVisibleTo(again.window)
    assert not again.window.toggle_reasoning_action.isChecked()


def test_conversations_reload_sorted_by_activity(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """After a restart every conversation is listed, most recent first, and opens intact."""
    app = arun(make_app())

    async def scenario() -> None:
        for text in ("alpha question", "beta question"):
            app.window.new_chat()
            type_and_send(app, qtbot, text)
            await app.controller.wait_idle()

    arun(scenario())
    arun(app.window.shutdown())
    app.window._may_close = True
    again = arun(make_app(data_dir=app.data_dir))
    model = again.window.sidebar.model
    titles = [model.data(model.index(i)) for i in range(model.rowCount())]
    assert titles == ["beta question", "alpha question"]
    conv = again.controller.get(again.window.current_id or "")
    assert conv is not None
    assert [m.status for m in conv.messages] == [MessageStatus.COMPLETE, MessageStatus.COMPLETE]


def test_search_filters_by_title_and_message_text(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """The search box matches conversation titles and the text of their messages."""
    fake_minimax.push(
        Reply(events=wire.split_stream("r", "Paris is the capital.")),
        Reply(events=wire.split_stream("r", "Use a loop.")),
    )
    app = arun(make_app())

    async def scenario() -> None:
        for text in ("Capital of France?", "How do I repeat code?"):
            app.window.new_chat()
            type_and_send(app, qtbot, text)
            await app.controller.wait_idle()
        app.window.sidebar.search.setText("paris")
        await until(lambda: app.window.sidebar.model.rowCount() == 1)

    arun(scenario())
    model = app.window.sidebar.model
    assert model.data(model.index(0)) == "Capital of France?"


def test_rename_and_delete_with_confirmation(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """Renaming is saved; deleting asks first and removes only that file."""
    app = arun(make_app())

    async def scenario() -> None:
        type_and_send(app, qtbot, "keep me")
        await app.controller.wait_idle()
        app.window.new_chat()
        type_and_send(app, qtbot, "delete me")
        await app.controller.wait_idle()

    arun(scenario())
    doomed = app.window.current_id or ""
    keep = next(c.id for c in app.controller.conversations() if c.id != doomed)

    async def delete() -> None:
        app.controller.rename(keep, "Renamed chat")
        app.window.confirm_delete(doomed)
        box = app.window.findChild(object, "confirm-delete")
        assert box is not None
        delete_button = next(b for b in box.buttons() if b.text() == "Delete")
        delete_button.click()
        await until(lambda: app.controller.get(doomed) is None)
        # The chat left behind is read from its file again before it is renamed.
        await until(lambda: saved(app, keep)["title"] == "Renamed chat")
        await app.controller.wait_idle()

    arun(delete())
    files = sorted(p.stem for p in (app.data_dir / "conversations").glob("*.json"))
    assert files == [keep]
    assert saved(app, keep)["title"] == "Renamed chat"


def test_no_key_opens_settings_and_key_goes_only_to_the_store(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """First run without a key opens the welcome set-up; the key never reaches a file."""
    app = arun(make_app(key=None))

    async def scenario() -> None:
        await until(lambda: app.window.account._welcome is not None)
        dialog = app.window.account._welcome
        assert dialog is not None
        dialog.key_edit.setText(fake_key("brand-new-key-000111222"))
        dialog.accept()
        await until(lambda: app.window.account._welcome is None)
        await until(lambda: app.window.notice_text() == "", timeout=5)
        type_and_send(app, qtbot, "hello")
        await app.controller.wait_idle()
        await app.context.settings.flush()

    arun(scenario())
    assert (
        fake_minimax.requests[-1].headers["authorization"]
        == f"Bearer {fake_key('brand-new-key-000111222')}"
    )
    for path in app.data_dir.rglob("*"):
        if path.is_file():
            assert b"brand-new-key" not in path.read_bytes(), path


def test_closing_mid_stream_saves_partial_and_exits_cleanly(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """Closing the window while an answer streams stops it, saves it, and ends every task."""
    fake_minimax.push(Reply(events=wire.split_stream(REASONING, ANSWER * 30, size=4), delay=0.02))
    closed: list[bool] = []
    app = arun(make_app())
    app.window._on_closed = lambda: closed.append(True)

    async def scenario() -> None:
        type_and_send(app, qtbot, "long answer please")
        conv_id = app.window.current_id or ""
        await until(lambda: len((app.controller.live_text(conv_id) or ("", ""))[0]) > 10)
        app.window.close()
        await until(lambda: bool(closed))

    arun(scenario())
    reply = saved(app, app.window.current_id or "")["messages"][1]
    assert reply["status"] == "stopped"
    assert reply["content"]
    assert not app.context.tasks.pending()


def test_exports_show_the_default_system_prompt_that_was_sent(
    arun: Callable[..., Any],
    make_app: MakeApp,
    qtbot: Any,
    fake_minimax: FakeMiniMax,
    tmp_path: Path,
) -> None:
    """A chat using the default prompt records it, so an export shows what was sent."""
    from gui.core.conversation import Conversation
    from gui.core.export.dispatch import render_export
    from gui.core.export.options import ExportFormat, ExportOptions
    from gui.core.settings import Settings, save_settings

    root = tmp_path / "data"
    save_settings(root, Settings(system_prompt="Answer like a pirate."))
    fake_minimax.push(Reply(events=wire.split_stream("r", "Arr.")))
    app = arun(make_app(data_dir=root))

    async def scenario() -> None:
        type_and_send(app, qtbot, "Hello")
        await app.controller.wait_idle()

    arun(scenario())
    (request,) = fake_minimax.chat_requests()
    assert request["messages"][0] == {"role": "system", "content": "Answer like a pirate."}
    data = saved(app, app.window.current_id or "")
    assert data["system_prompt"] is None
    assert data["sent_system_prompt"] == "Answer like a pirate."
    options = ExportOptions(include_system_prompt=True)
    markdown = render_export(Conversation.from_dict(data), ExportFormat.MARKDOWN, options)
    assert b"Answer like a pirate." in markdown


def test_a_chat_can_opt_out_of_the_default_system_prompt(
    arun: Callable[..., Any],
    make_app: MakeApp,
    qtbot: Any,
    fake_minimax: FakeMiniMax,
    tmp_path: Path,
) -> None:
    """With a default prompt in Settings, one chat can still send none at all."""
    from PySide6.QtWidgets import QCheckBox, QDialog

    from gui.core.settings import Settings, save_settings

    root = tmp_path / "data"
    save_settings(root, Settings(system_prompt="Answer like a pirate."))
    fake_minimax.push(Reply(events=wire.split_stream("r", "Plain.")))
    app = arun(make_app(data_dir=root))

    async def scenario() -> None:
        app.window.new_chat()
        app.window.edit_conversation_prompt()
        dialog = app.window.findChild(QDialog, "conversation-prompt")
        assert dialog is not None
        box = dialog.findChild(QCheckBox, "no-system-prompt")
        assert box is not None and box.isVisibleTo(dialog)
        box.setChecked(True)
        dialog.accept()
        type_and_send(app, qtbot, "Hello")
        await app.controller.wait_idle()

    arun(scenario())
    (request,) = fake_minimax.chat_requests()
    assert [m["role"] for m in request["messages"]] == ["user"]
    assert saved(app, app.window.current_id or "")["system_prompt"] == ""
