"""The visible tool loop in the real window: the card asks, keys answer, the turn is shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply
from tests.tools.conftest import DEMO  # noqa: F401 - the demo server's path
from tests.ui.conftest import until
from tests.ui.test_tool_loop import MakeApp, demo, final, saved, write_mcp


def test_keys_on_the_card_decide_each_call_and_the_turn_shows_them(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    """Enter allows, Esc denies, the focus is on the card; the answer shows every call."""
    write_mcp(tmp_path / "data", demo=demo())
    fake_minimax.push(
        Reply(events=wire.tool_calls_stream([("call_a", "add", '{"a": 2, "b": 40}')])),
        Reply(
            events=wire.tool_calls_stream(
                [("call_b", "ping", ""), ("call_c", "add", '{"a": 1, "b": 1}')],
                reasoning="Two more.",
            )
        ),
        final("42 and 2; ping was declined."),
    )
    app = arun(make_app())
    window = app.window
    window.activateWindow()
    QTest.qWaitForWindowActive(window)

    async def scenario() -> str:
        window.send("Add things")
        await until(lambda: window.chat.approval is not None, timeout=30)
        card = window.chat.approval
        assert card is not None and card.hasFocus()
        assert card.panels[0].title.text() == "add from demo"
        QTest.keyClick(card, Qt.Key.Key_Return)  # allow call_a once
        await until(lambda: window.chat.approval not in (None, card), timeout=30)
        second = window.chat.approval
        assert second is not None and second.hasFocus() and len(second.panels) == 2
        QTest.keyClick(second, Qt.Key.Key_Escape)  # deny call_b
        QTest.keyClick(second, Qt.Key.Key_Return)  # allow call_c
        await app.controller.wait_idle()
        return window.current_id or ""

    conv_id = arun(scenario(), timeout=60)
    messages = saved(app, conv_id)["messages"]
    approvals = {m["tool_call_id"]: m["approval"] for m in messages if m["role"] == "tool"}
    assert approvals == {"call_a": "once", "call_b": "denied", "call_c": "once"}
    assert window.chat.approval is None
    assert window.composer.edit.hasFocus()  # back to typing once all is decided
    head = window.chat.widget_for(messages[1]["id"])
    assert head is not None and len(head.continuations) == 2
    cards = {**head.tool_cards, **head.continuations[0].tool_cards}
    assert {k: c.status.text().split(" · ")[0] for k, c in cards.items()} == {
        "call_a": "done",
        "call_b": "denied",
        "call_c": "done",
    }
    assert cards["call_a"].result.toPlainText() == "42"
    window.chat.select(messages[-1]["id"])
    timeline = window.reasoning.text.toPlainText()
    assert "→ Call demo › add" in timeline and "← Result of demo › ping: denied" in timeline


def test_a_card_for_another_chat_waits_until_it_is_opened(
    arun: Callable[..., Any], make_app: MakeApp, tmp_path: Path
) -> None:
    """Requests of a chat in the background are kept, shown on opening it, and dropped
    when the controller withdraws them (Stop)."""
    from gui.core.storage import ConversationStore
    from gui.core.tools.approval import ApprovalRequest
    from tests.tool_samples import tool_conversation

    root = tmp_path / "data"
    waiting = tool_conversation(pending=True)
    ConversationStore(root).save(waiting)

    async def scenario() -> None:
        app = await make_app(data_dir=root)
        window = app.window
        await until(lambda: window.current_id == waiting.id)
        window.new_chat()
        request = ApprovalRequest("call_2", "list_files", "files", "list_files", "", "{}")
        app.controller.approval_requested.emit(waiting.id, [request])
        assert window.chat.approval is None  # not this chat's
        window.open_conversation(waiting.id)  # a chat the window left is read again
        await until(lambda: window.chat.approval is not None)
        assert window.chat.approval is not None
        assert window.chat.approval.call_ids == ["call_2"]
        app.controller.approval_withdrawn.emit(waiting.id)
        assert window.chat.approval is None
        window.open_conversation(waiting.id)
        await until(lambda: window.current_id == waiting.id)
        assert window.chat.approval is None and not window.approvals.pending

    arun(scenario())


def test_stop_at_the_card_leaves_the_pane_on_the_stopped_turn(
    arun: Callable[..., Any], make_app: MakeApp, fake_minimax: FakeMiniMax, tmp_path: Path
) -> None:
    """Found trying the app: Stop while a call waited for approval left the reasoning pane
    saying "Waiting for MiniMax…" with the turn's thinking gone."""
    write_mcp(tmp_path / "data", demo=demo())
    fake_minimax.push(
        Reply(events=wire.tool_calls_stream([("c1", "ping", "")], reasoning="Ping first."))
    )
    app = arun(make_app())
    window = app.window

    async def scenario() -> None:
        window.send("Ping it")
        await until(lambda: window.chat.approval is not None, timeout=30)
        assert window.current_id is not None
        app.controller.stop(window.current_id)
        await app.controller.wait_idle()

    arun(scenario(), timeout=60)
    assert window.chat.approval is None
    assert "Waiting for MiniMax" not in window.reasoning._summary.text()
    timeline = window.reasoning.text.toPlainText()
    assert "Ping first." in timeline and "cancelled" in timeline
