"""Bidi controls in outside text never reorder what a label, tooltip or title shows.

An imported title "\u202elive" displays as "evil" when the right-to-left override reaches
the screen; the same trick can disguise a model name or a file name. Every place that
shows such single-line outside text drops the controls.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox

from gui.core.conversation import Conversation, Message, Role, Usage
from gui.core.storage import ConversationStore
from gui.ui.plain_text import BIDI_CONTROLS, without_bidi_controls
from tests.ui.conftest import until

CONV_ID = "bidi-title-000001"
TITLE = "\u202elive\u202c \u2066gpj.exe\u2069 \u202a\u202b\u202d\u2067\u2068 done"
MODEL = "\u202eMiniMax-M2"


def has_bidi(text: object) -> bool:
    return isinstance(text, str) and any(ch in BIDI_CONTROLS for ch in text)


def shown_texts() -> list[tuple[str, str]]:
    """What every widget, tooltip, list row and window title shows right now."""
    found = []
    for widget in QApplication.allWidgets():
        name = f"{type(widget).__name__}#{widget.objectName()}"
        found.append((f"tooltip of {name}", widget.toolTip()))
        found.append((f"window title of {name}", widget.windowTitle()))
        if isinstance(widget, QLabel):
            found.append((name, widget.text()))
        if isinstance(widget, QMessageBox):
            found.append((name, widget.text() + widget.informativeText()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                for role in (
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole,
                ):
                    found.append((f"row {row} of {name} ({role})", model.data(index, role)))
    return found


def test_bidi_controls_are_dropped_and_nothing_else_changes() -> None:
    assert without_bidi_controls(TITLE) == "live gpj.exe  done"
    plain = "Ordinary title — with “quotes”, עברית and العربية"
    assert without_bidi_controls(plain) == plain


def test_no_title_or_model_name_reaches_the_screen_with_bidi_controls(
    make_app: Any, arun: Any, tmp_path: Any
) -> None:
    """Sidebar row, its tooltip, window title, delete confirmation, message meta line."""
    root = tmp_path / "data"
    ConversationStore(root).save(
        Conversation(
            id=CONV_ID,
            title=TITLE,
            messages=[
                Message(role=Role.USER, content="hi"),
                Message(
                    role=Role.ASSISTANT,
                    content="answer",
                    model=MODEL,
                    usage=Usage(prompt_tokens=5, completion_tokens=7, total_tokens=12),
                ),
            ],
        )
    )

    async def scenario() -> None:
        app = await make_app(data_dir=root)
        window = app.window
        await until(lambda: window._current == CONV_ID)
        window.confirm_delete(CONV_ID)
        box = window.findChild(QMessageBox, "confirm-delete")
        assert box is not None and "live gpj.exe" in box.text()
        window.export_import.export_conversation(CONV_ID)
        problems = [f"{where}: {text!r}" for where, text in shown_texts() if has_bidi(text)]
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible():
                widget.close()
        assert not problems, "\n".join(problems)

    arun(scenario(), timeout=30)


def test_a_title_with_line_breaks_shows_as_one_line() -> None:
    """A row that shows two lines could pass for two conversations."""
    from gui.core.index import Summary
    from gui.ui.widgets.sidebar import ConversationListModel

    model = ConversationListModel()
    title = "Chat A\nChat B\r\nChat C\u2028Chat D\u2029Chat E\x85Chat F\x0bG"
    model.set_conversations([Summary("id-1", title, "2026-01-01T00:00:00Z", "", 1)], set())
    shown = model.data(model.index(0, 0))
    assert shown == "Chat A Chat B Chat C Chat D Chat E Chat F G"
