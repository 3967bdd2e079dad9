"""The window under stress: switching, deleting and failing mid-stream; hostile answers."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from tests.fakes import wire
from tests.fakes.keys import fake_key
from tests.fakes.minimax_server import FakeMiniMax, Reply
from tests.ui.conftest import until
from tests.ui.test_chat_window import MakeApp, saved, type_and_send


def test_switching_conversations_while_streaming_keeps_each_reply_in_place(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """A reply keeps streaming into its own conversation while another one is shown."""
    replies = {
        "Question A": Reply(
            events=wire.split_stream("r", "Answer for A. " * 40, size=6), delay=0.005
        ),
        "Question B": Reply(events=wire.split_stream("r", "Answer for B.")),
    }
    # Both requests are in flight together, so answer by question, not by arrival order.
    fake_minimax.responder = lambda body: replies.get(body["messages"][-1]["content"])
    app = arun(make_app())

    async def scenario() -> None:
        type_and_send(app, qtbot, "Question A")
        conv_a = app.window.current_id or ""
        await until(lambda: app.controller.is_streaming(conv_a))
        app.window.new_chat()
        conv_b = app.window.current_id or ""
        assert conv_b != conv_a
        assert app.window.composer.button.text() == "Send"  # B is idle
        type_and_send(app, qtbot, "Question B")
        await app.controller.wait_idle()
        app.window.open_conversation(conv_a)
        a, b = saved(app, conv_a), saved(app, conv_b)
        assert [m["content"] for m in a["messages"]] == [
            "Question A",
            ("Answer for A. " * 40).strip(),
        ]
        assert [m["content"] for m in b["messages"]] == ["Question B", "Answer for B."]

    arun(scenario(), timeout=20)


def test_deleting_a_conversation_while_it_streams(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """Delete stops the stream first; its file is gone and never written again."""
    fake_minimax.push(Reply(events=wire.split_stream("r", "x" * 4000, size=4), delay=0.005))
    app = arun(make_app())

    async def scenario() -> None:
        type_and_send(app, qtbot, "doomed")
        conv_id = app.window.current_id or ""
        await until(lambda: len((app.controller.live_text(conv_id) or ("", ""))[0]) > 10)
        await app.controller.delete(conv_id)
        await app.controller.wait_idle()
        assert not (app.data_dir / "conversations" / f"{conv_id}.json").exists()
        assert app.controller.get(conv_id) is None

    arun(scenario())
    assert list((app.data_dir / "conversations").glob("*.json")) == []


@pytest.mark.parametrize(
    ("reply", "status", "retry_offered"),
    [
        (Reply(status=500, body=wire.error_envelope("unknown error (1000)", "server_error", 500)),
         "error", True),
        (Reply(status=402, body=wire.error_envelope("insufficient balance (1008)",
                                                    "insufficient_balance_error", 402)),
         "error", False),
        (Reply(events=[wire.chunk(wire.content_delta("Half an ans")),
                       wire.error_envelope("output new_sensitive (1027)",
                                           "unprocessable_entity_error", 422)]),
         "error", False),
        (Reply(events=[wire.chunk(wire.content_delta("Half an ans")), "{broken json"]),
         "interrupted", True),
        (Reply(body=b"<html>proxy error</html>", status=502, content_type="text/html"),
         "error", True),
    ],
)  # fmt: skip
def test_failures_keep_text_and_the_app_keeps_working(
    arun: Callable[..., Any],
    make_app: MakeApp,
    qtbot: Any,
    fake_minimax: FakeMiniMax,
    reply: Reply,
    status: str,
    retry_offered: bool,
) -> None:
    """Each failure is marked and explained, keeps partial text, and the next message works."""
    fake_minimax.push(reply, Reply(events=wire.split_stream("r", "Fine again.")))
    app = arun(make_app())

    async def scenario() -> None:
        type_and_send(app, qtbot, "first")
        await app.controller.wait_idle()
        conv_id = app.window.current_id or ""
        failed = saved(app, conv_id)["messages"][1]
        assert failed["status"] == status
        assert failed["error"]["message"]
        if "Half an ans" in str(reply.events):
            assert failed["content"] == "Half an ans"
        widget = app.window.chat.widget_for(failed["id"])
        assert widget is not None
        assert widget.retry_button.isVisibleTo(app.window) is retry_offered
        assert widget._error.isVisibleTo(app.window)
        type_and_send(app, qtbot, "second")
        await app.controller.wait_idle()
        messages = saved(app, conv_id)["messages"]
        assert messages[-1]["content"] == "Fine again."

    arun(scenario())
    requests = fake_minimax.chat_requests()
    assert len(requests) == 2  # nothing was retried behind the user's back


def test_hostile_answer_is_inert_in_the_window(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """Raw HTML shows as text, remote images are never fetched, unsafe links are not links."""
    beacon = f"{fake_minimax.base_url}/beacon.png"
    answer = (
        f'<img src="{beacon}"> <script>alert(1)</script>\n\n'
        f"![tracker]({beacon})\n\n[click](javascript:alert(1)) and [site](https://example.com)"
    )
    fake_minimax.push(Reply(events=wire.split_stream("r", answer)))
    app = arun(make_app())

    async def scenario() -> None:
        type_and_send(app, qtbot, "be evil")
        await app.controller.wait_idle()

    arun(scenario())
    conv = app.controller.get(app.window.current_id or "")
    assert conv is not None
    widget = app.window.chat.widget_for(conv.messages[1].id)
    assert widget is not None
    text = widget.body.toPlainText()
    assert "<script>alert(1)</script>" in text  # shown, not run
    assert f'<img src="{beacon}">' in text
    html = "".join(segment.toHtml() for segment in widget.body.segments)
    assert "<img" not in html.replace("&lt;img", "")
    assert 'href="javascript' not in html
    assert 'href="https://example.com"' in html
    assert not [r for r in fake_minimax.requests if "beacon" in r.path]


def test_unexpected_errors_are_logged_and_shown_once(
    arun: Callable[..., Any], make_app: MakeApp, caplog: pytest.LogCaptureFixture
) -> None:
    """A failing background task is logged every time and shown to the user once."""
    app = arun(make_app())

    async def boom() -> None:
        raise RuntimeError("kaboom")

    async def scenario() -> None:
        for _ in range(2):
            app.context.tasks.spawn(boom(), name="boom")
            await asyncio.sleep(0.05)

    app.window.show_notice("earlier notice")
    arun(scenario())
    assert "RuntimeError" in app.window.notice_text()
    assert app.window.banner.action_button.text() == "Show log folder"
    # The redacting filter turns tracebacks into (redacted) text on the record.
    failures = [r for r in caplog.records if "kaboom" in (r.exc_text or "")]
    assert len(failures) == 2
    shown: list[str] = []
    app.context.errors.show = shown.append
    arun(scenario())
    assert shown == []  # the same failure is not announced again


def test_long_conversation_builds_only_the_last_page_and_more_on_scroll(
    qtbot: Any, qapp: Any
) -> None:
    """Opening 300 messages builds a few widgets; reading back up adds earlier pages."""
    from gui.core.conversation import Conversation, Message, Role
    from gui.ui.widgets.chat_view import FIRST_PAGE, PAGE, ChatView

    conv = Conversation(title="long")
    for number in range(300):
        role = Role.USER if number % 2 == 0 else Role.ASSISTANT
        conv.messages.append(Message(role=role, content=f"Message number {number}.\n\n" * 3))
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    view.show_conversation(conv)
    assert len(view._widgets) == FIRST_PAGE
    assert view.widget_for(conv.messages[-1].id) is not None
    assert view.widget_for(conv.messages[0].id) is None
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    view.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: len(view._widgets) >= FIRST_PAGE + PAGE)
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)  # the reader's place is kept
    assert view.widget_for(conv.messages[-1].id) is not None


def test_key_is_found_nowhere_after_errors_and_exports(
    arun: Callable[..., Any],
    make_app: MakeApp,
    qtbot: Any,
    fake_minimax: FakeMiniMax,
    tmp_path: Any,
) -> None:
    """Errors that echo the key, then exports in every format: no written file holds the key."""
    from gui.core.export.options import ExportFormat
    from gui.ui.widgets.export_dialog import ExportChoice
    from tests.ui.conftest import TEST_KEY

    fake_minimax.push(
        Reply(status=401, body=wire.error_envelope(f"invalid api key {TEST_KEY} (2049)",
                                                   "authorized_error", 401)),
        Reply(events=[wire.chunk(wire.content_delta("Partial")),
                      wire.error_envelope(f"bad request from {TEST_KEY} (1027)",
                                          "unprocessable_entity_error", 422)]),
        Reply(events=wire.split_stream("Thinking.", "A normal answer.")),
    )  # fmt: skip
    app = arun(make_app())
    exports = tmp_path / "exports"
    exports.mkdir()

    async def scenario() -> None:
        for text in ("first", "second", "third"):
            type_and_send(app, qtbot, text)
            await app.controller.wait_idle()
        conv_id = app.window.current_id or ""
        for fmt in ExportFormat:
            choice = ExportChoice(fmt, True, True, True)
            target = exports / f"chat.{fmt.extension}"
            await app.window.export_import.write_one(conv_id, choice, target)
            assert target.exists()
        await app.window.shutdown()

    arun(scenario(), timeout=30)
    app.context.logs.close()
    conv = saved(app, app.window.current_id or "")
    assert conv["messages"][1]["error"]["code"] == 2049  # the errors really happened
    assert "[redacted]" in conv["messages"][1]["error"]["detail"]
    written = [p for folder in (app.data_dir, exports) for p in folder.rglob("*") if p.is_file()]
    assert len(written) >= 8  # conversation, settings, log, index, five exports
    leaks = [p for p in written if TEST_KEY.encode() in p.read_bytes()]
    assert leaks == []


def test_code_language_is_prepared_while_the_block_streams(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, fake_minimax: FakeMiniMax
) -> None:
    """A streamed ```rust fence makes the window load the Rust highlighter in the background."""
    answer = "Here:\n\n```rust\nfn main() {}\n```\n\nDone."
    fake_minimax.push(Reply(events=wire.split_stream("r", answer, size=3), delay=0.01))
    app = arun(make_app())

    async def scenario() -> None:
        type_and_send(app, qtbot, "rust please")
        await until(lambda: app.window.appearance.lexers.ready("rust"))
        await app.controller.wait_idle()

    arun(scenario())
    conv = app.controller.get(app.window.current_id or "")
    assert conv is not None
    widget = app.window.chat.widget_for(conv.messages[1].id)
    assert widget is not None
    assert "color" in widget.body.segments[0].toHtml()  # highlighted when complete


def test_server_html_in_an_error_is_shown_as_text(qtbot: Any) -> None:
    """An error quoting a proxy's HTML shows the markup as text: nothing is fetched or styled."""
    from PySide6.QtCore import Qt

    from gui.core.conversation import ErrorInfo, Message, MessageStatus, Role
    from gui.ui.widgets.message_widget import MessageWidget

    html = '<img src="http://example.invalid/x.png"><b>Bad gateway</b>'
    message = Message(role=Role.ASSISTANT, content="Par", status=MessageStatus.ERROR)
    message.error = ErrorInfo(kind="unknown", message=f"MiniMax said: “{html}”.")
    widget = MessageWidget(message)
    qtbot.addWidget(widget)
    label = widget.findChild(type(widget._error), "message-error")
    assert label is not None and label.text().startswith("MiniMax said: “<img")
    assert label.textFormat() is Qt.TextFormat.PlainText


def test_a_new_key_or_server_refreshes_the_model_list(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax
) -> None:
    """After Settings change the key or address, Settings offers that server's models."""
    from dataclasses import replace

    from gui.ui.widgets.settings_dialog import SettingsResult

    app = arun(make_app())
    fake_minimax.models = ["MiniMax-M2", "MiniMax-Next-Experimental"]

    async def scenario() -> None:
        settings = replace(app.context.settings.value, temperature=0.7)
        await app.window.account.apply_settings(
            SettingsResult(settings, new_key=fake_key("another-0123"))
        )
        await until(lambda: app.context.live_models is not None)

    arun(scenario())
    assert app.context.live_models == ["MiniMax-M2", "MiniMax-Next-Experimental"]
