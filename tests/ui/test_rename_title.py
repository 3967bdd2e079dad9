"""Renaming a chat in the sidebar keeps the whole title, however long; only its display is cut."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from gui.core.conversation import Conversation, Message, Role
from gui.core.storage import ConversationStore
from gui.ui.plain_text import MAX_LINE
from tests.ui.conftest import App, until
from tests.ui.test_chat_window import saved

MakeApp = Callable[..., Awaitable[App]]
CONV_ID = "long-title-000002"
LONG = " ".join(f"word{i}" for i in range(60))  # about 400 characters


def title_editor(app: App, qtbot: Any) -> QLineEdit:
    """F2 on the current chat: the sidebar's editor, open."""
    sidebar = app.window.sidebar
    sidebar.list.setFocus()
    sidebar.rename_current()
    editor = sidebar.list.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    return editor


def test_a_long_title_typed_in_the_sidebar_is_saved_whole(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, tmp_path: Any
) -> None:
    root = tmp_path / "data"
    ConversationStore(root).save(
        Conversation(id=CONV_ID, title="Short", messages=[Message(role=Role.USER, content="hi")])
    )
    app = arun(make_app(data_dir=root))
    arun(until(lambda: app.window.current_id == CONV_ID))

    async def rename() -> None:
        editor = title_editor(app, qtbot)
        editor.setText(LONG)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        await until(lambda: saved(app, CONV_ID)["title"] != "Short")

    arun(rename())
    assert saved(app, CONV_ID)["title"] == LONG
    assert len(LONG) > MAX_LINE


def test_editing_a_long_title_starts_from_the_whole_title(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, tmp_path: Any
) -> None:
    root = tmp_path / "data"
    ConversationStore(root).save(
        Conversation(id=CONV_ID, title=LONG, messages=[Message(role=Role.USER, content="hi")])
    )
    app = arun(make_app(data_dir=root))
    arun(until(lambda: app.window.current_id == CONV_ID))

    async def rename() -> None:
        editor = title_editor(app, qtbot)
        assert editor.text() == LONG  # not the 200-character display with "…"
        editor.end(False)
        qtbot.keyClicks(editor, " (done)")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        await until(lambda: saved(app, CONV_ID)["title"] != LONG)

    arun(rename())
    assert saved(app, CONV_ID)["title"] == LONG + " (done)"


def test_a_huge_imported_title_is_not_cut_by_opening_and_closing_the_editor(
    arun: Callable[..., Any], make_app: MakeApp, qtbot: Any, tmp_path: Any
) -> None:
    huge = "word " * 20_000 + "end"  # longer than a line edit holds
    root = tmp_path / "data"
    ConversationStore(root).save(
        Conversation(id=CONV_ID, title=huge, messages=[Message(role=Role.USER, content="hi")])
    )
    app = arun(make_app(data_dir=root))
    arun(until(lambda: app.window.current_id == CONV_ID))

    async def enter_unchanged() -> None:
        editor = title_editor(app, qtbot)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        await app.controller.wait_idle()

    arun(enter_unchanged())
    assert app.controller.get(CONV_ID).title == huge
    assert saved(app, CONV_ID)["title"] == huge
