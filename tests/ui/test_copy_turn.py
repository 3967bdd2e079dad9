"""Copy on an answer that used tools copies the whole turn's answer, every round in order."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from gui.ui.widgets.chat_view import ChatView
from tests.tool_samples import tool_conversation

ROUND_2 = "It is 08:07 in Berlin. Now the notes."
ROUND_3 = "It is **08:07** in Berlin. You have `notes.md`; I did not delete `old.md`."


def test_copy_takes_every_round_of_the_turn(qapp: QApplication) -> None:
    view = ChatView()
    view.show_conversation(tool_conversation())
    first, last = view.widget_for("round-1"), view.widget_for("round-3")
    assert first is not None and last is not None
    assert last.copy_button.isVisibleTo(last)  # the turn's Copy sits on its last round
    clipboard = QGuiApplication.clipboard()

    last.copy_button.click()
    assert clipboard.text() == f"{ROUND_2}\n\n{ROUND_3}"  # round 1 only called a tool
    assert "Now the notes." in clipboard.mimeData().html()

    last.copy_markdown_action.trigger()
    assert clipboard.text() == f"{ROUND_2}\n\n{ROUND_3}"

    last.copy_reasoning_action.trigger()
    copied = clipboard.text()
    for reasoning in (
        "The user wants the time in Berlin.",
        "Got the time. Next, list the notes folder",
        "Deleting was declined",
    ):
        assert reasoning in copied
    assert copied.endswith(f"{ROUND_2}\n\n{ROUND_3}")

    first.copy_to_clipboard()  # Ctrl+C on any round of the turn
    assert clipboard.text() == f"{ROUND_2}\n\n{ROUND_3}"
