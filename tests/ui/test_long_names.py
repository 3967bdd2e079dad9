"""An absurdly long title or model name (an imported file) is shortened wherever it is shown.

Qt lays out a label's whole text: a 1 MB title took 14 s to show in the delete
confirmation and 8 s to paint the sidebar, every time. Names are cut to a readable
length for display; the conversation itself keeps them whole.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from gui.core.conversation import Conversation, ErrorInfo, Message, MessageStatus, Role, Usage
from gui.core.storage import ConversationStore
from gui.ui.plain_text import MAX_LINE, MAX_TEXT, shown_line
from tests.ui.conftest import until
from tests.ui.test_bidi_controls import shown_texts

CONV_ID = "long-title-000001"
TITLE = "word " * 200_000  # 1 MB
MODEL = "MiniMax-" + "M" * 1_000_000


def test_shown_line_keeps_short_text_and_cuts_long_text() -> None:
    assert shown_line("A normal title") == "A normal title"
    cut = shown_line(TITLE)
    assert len(cut) == MAX_LINE and cut.endswith("…") and TITLE.startswith(cut[:-1])


def test_a_huge_title_and_model_name_are_shown_shortened(
    make_app: Any, arun: Any, tmp_path: Any
) -> None:
    """Sidebar row and tooltip, window title, delete confirmation, message meta and error."""
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
                Message(role=Role.USER, content="again"),
                Message(
                    role=Role.ASSISTANT,
                    status=MessageStatus.ERROR,
                    model=MODEL,
                    error=ErrorInfo(kind="server", message="Proxy said: " + "z" * 1_000_000),
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
        assert box is not None and "word word" in box.text()
        window.export_import.export_conversation(CONV_ID)
        too_long = [
            f"{where}: {len(text)} characters"
            for where, text in shown_texts()
            if isinstance(text, str) and len(text) > MAX_TEXT + 200
        ]
        assert app.controller.get(CONV_ID).title == TITLE  # kept whole
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible():
                widget.close()
        assert not too_long, "\n".join(too_long)

    arun(scenario(), timeout=60)
