"""Chats the window has left are not kept in memory; they are read again when needed."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from gui.core.conversation import Conversation, Message, MessageStatus, Role
from gui.core.storage import ConversationStore
from tests.ui.conftest import App, until

MakeApp = Callable[..., Awaitable[App]]


def saved_chat(root: Path, title: str) -> Conversation:
    conv = Conversation(title=title)
    conv.messages.append(Message(role=Role.USER, content=f"question of {title}"))
    conv.messages.append(
        Message(role=Role.ASSISTANT, content=f"answer of {title}", status=MessageStatus.COMPLETE)
    )
    ConversationStore(root).save(conv)
    return conv


def test_a_chat_left_behind_is_released_and_reads_back_whole(
    arun: Callable[..., Any], make_app: MakeApp, tmp_path: Path
) -> None:
    root = tmp_path / "data"
    first, second = saved_chat(root, "first"), saved_chat(root, "second")
    app = arun(make_app(data_dir=root))

    async def scenario() -> None:
        app.window.open_conversation(first.id)
        await until(lambda: app.window.current_id == first.id)
        app.window.open_conversation(second.id)
        await until(lambda: app.window.current_id == second.id)
        assert app.controller.get(first.id) is None  # not shown: not kept
        assert app.controller.get(second.id) is not None
        app.window.open_conversation(first.id)
        await until(lambda: app.window.current_id == first.id)

    arun(scenario())
    assert app.controller.get(first.id) == first
    assert "answer of first" in app.window.chat.widget_for(first.messages[1].id).body.toPlainText()
    titles = {s.title for s in app.controller.conversations()}
    assert {"first", "second"} <= titles


def test_a_draft_is_kept_when_left(
    arun: Callable[..., Any], make_app: MakeApp, tmp_path: Path
) -> None:
    root = tmp_path / "data"
    other = saved_chat(root, "other")
    app = arun(make_app(data_dir=root))

    async def scenario() -> None:
        draft = app.controller.new_conversation()
        app.window.open_conversation(draft.id)
        app.window.open_conversation(other.id)
        await until(lambda: app.window.current_id == other.id)
        assert app.controller.get(draft.id) is draft

    arun(scenario())


def test_renaming_a_chat_that_is_not_loaded(
    arun: Callable[..., Any], make_app: MakeApp, tmp_path: Path
) -> None:
    """Renaming from the list works for a chat never opened (or left) in this session."""
    root = tmp_path / "data"
    never_opened = saved_chat(root, "old title")
    saved_chat(root, "newer")  # the one start-up opens
    app = arun(make_app(data_dir=root))
    store = ConversationStore(root)

    async def scenario() -> None:
        assert app.controller.get(never_opened.id) is None
        app.controller.rename(never_opened.id, "New title")
        await until(
            lambda: (c := store.load(never_opened.id)) is not None and c.title == "New title"
        )
        await app.controller.wait_idle()

    arun(scenario())
    assert app.controller.summary(never_opened.id).title == "New title"


def test_exporting_every_chat_keeps_none_of_them_in_memory(
    arun: Callable[..., Any], make_app: MakeApp, tmp_path: Path
) -> None:
    """ "Export all" reads every chat; the ones not shown are not kept afterwards."""
    root = tmp_path / "data"
    shown, first, second = (saved_chat(root, t) for t in ("shown", "first", "second"))
    app = arun(make_app(data_dir=root))

    async def scenario() -> list[Conversation]:
        app.window.open_conversation(shown.id)
        await until(lambda: app.window.current_id == shown.id)
        return await app.controller.all_conversations()

    everything = arun(scenario())
    assert {c.id: c for c in everything} == {c.id: c for c in (shown, first, second)}
    assert app.controller.get(first.id) is None and app.controller.get(second.id) is None
    assert app.controller.get(shown.id) == shown
