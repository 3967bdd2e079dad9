"""Outside text (titles, model names, errors, links) is never Qt rich text anywhere.

The real window is built with a hostile conversation and a hostile model name, every
dialog and tooltip that can show them is opened, then every widget is walked.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt, QUrl
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox, QWidget

from gui.core.conversation import Conversation, ErrorInfo, Message, MessageStatus, Role, Usage
from gui.core.settings import Settings, save_settings
from gui.core.storage import ConversationStore
from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply
from tests.ui.conftest import until

# Qt would follow the link itself (file:// included) and load the image from disk.
HOSTILE = '<a href="file:///etc/passwd">evil</a><img src="file:///nonexistent/x.png"><b>bold</b>'
MARKERS = ('<a href="file:', '<img src="file:', "<b>bold")
HOSTILE_ID = "hostile-labels-0001"


def carries_markup(text: str) -> bool:
    return any(marker in text for marker in MARKERS)


def hostile_chat() -> Conversation:
    return Conversation(
        id=HOSTILE_ID,
        title=HOSTILE,
        messages=[
            Message(role=Role.USER, content="hi"),
            Message(
                role=Role.ASSISTANT,
                content="answer",
                reasoning="thinking",
                model=HOSTILE,
                usage=Usage(prompt_tokens=5, completion_tokens=7, total_tokens=12),
                thinking_seconds=2.0,
            ),
            Message(role=Role.USER, content="again"),
            Message(
                role=Role.ASSISTANT,
                status=MessageStatus.ERROR,
                model=HOSTILE,
                error=ErrorInfo(kind="server", message=HOSTILE, detail=HOSTILE),
            ),
        ],
    )


def model_tooltips(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[str]:
    """Item tooltips of a flat model (every list and table in this app is one)."""
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            tip = model.data(model.index(row, column, parent), Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield tip


def rich_text_problems() -> list[str]:
    """Every place outside markup would be interpreted by Qt."""
    problems = []
    for widget in QApplication.allWidgets():
        name = f"{type(widget).__name__}#{widget.objectName()}"
        tip = widget.toolTip()
        if carries_markup(tip) and GuiQt.mightBeRichText(tip):
            problems.append(f"tooltip of {name}: {tip!r}")
        if isinstance(widget, QLabel) and carries_markup(widget.text()):
            if widget.textFormat() != Qt.TextFormat.PlainText:
                problems.append(f"{name} shows {widget.text()!r} as {widget.textFormat()}")
            if widget.openExternalLinks():
                problems.append(f"{name} opens links itself")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            for tip in model_tooltips(widget.model(), QModelIndex()):
                if carries_markup(tip) and GuiQt.mightBeRichText(tip):
                    problems.append(f"item tooltip in {name}: {tip!r}")
        if (
            isinstance(widget, QMessageBox)
            and carries_markup(widget.text() + widget.informativeText())
            and widget.textFormat() != Qt.TextFormat.PlainText
        ):
            problems.append(f"message box {name} is {widget.textFormat()}")
    return problems


def open_dialogs(window: QWidget) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]


def test_no_outside_text_is_rich_text_anywhere(
    make_app: Any, arun: Any, tmp_path: Any, fake_minimax: FakeMiniMax
) -> None:
    """Title, model name, error text, link and server model list stay plain everywhere."""
    root = tmp_path / "data"
    ConversationStore(root).save(hostile_chat())
    save_settings(root, dataclasses.replace(Settings(), model=HOSTILE))
    fake_minimax.models = [HOSTILE, "MiniMax-M2"]
    fake_minimax.push(
        Reply(
            events=[
                wire.chunk(wire.content_delta("streamed"), model=HOSTILE),
                wire.chunk({}, finish="stop", model=HOSTILE),
                wire.usage_chunk(),
            ]
        )
    )

    async def scenario() -> None:
        app = await make_app(data_dir=root)
        window = app.window
        await until(lambda: window._current == HOSTILE_ID)
        window.send("one more")
        await until(lambda: len(app.controller.get(HOSTILE_ID).messages) == 6, timeout=10)
        await until(lambda: not app.controller.is_streaming(HOSTILE_ID), timeout=10)
        window.confirm_delete(HOSTILE_ID)
        window.confirm_open_link(QUrl('https://example.com/<img src="x">?q=<b>b</b>'))
        window.edit_conversation_prompt()
        window.export_import.export_conversation(HOSTILE_ID)
        window.account.open_settings()
        await until(lambda: window.account._settings_dialog is not None)
        for widget in QApplication.allWidgets():
            widget.ensurePolished()
        assert len(open_dialogs(window)) >= 4
        problems = rich_text_problems()
        for dialog in open_dialogs(window):
            dialog.close()
        assert not problems, "\n".join(problems)

    arun(scenario(), timeout=30)


def test_escaped_tooltips_read_exactly_as_written(qapp: QApplication) -> None:
    """What Qt shows for an escaped tooltip is the outside text itself, newlines included."""
    from PySide6.QtGui import QTextDocument

    from gui.ui.plain_text import plain_tooltip

    for text in (HOSTILE + "\nLast activity: 12:00", "a < b & c > d", "plain title"):
        tip = plain_tooltip(text)
        if not GuiQt.mightBeRichText(tip):
            assert tip == text
            continue
        document = QTextDocument()
        document.setHtml(tip)
        assert document.toPlainText() == text


def test_link_confirmation_shows_punycode_and_refuses_attachments(make_app: Any, arun: Any) -> None:
    """A look-alike host is shown as punycode; a mailto asking to attach files never opens."""

    async def scenario() -> None:
        app = await make_app()
        window = app.window
        window.confirm_open_link(QUrl("https://\u0430pple.com/login"))
        box = window.findChild(QMessageBox, "confirm-link")
        assert box is not None and box.isVisible()
        assert box.informativeText() == "https://xn--pple-43d.com/login"
        box.reject()
        box.deleteLater()
        await until(lambda: window.findChild(QMessageBox, "confirm-link") is None)
        window.confirm_open_link(QUrl("mailto:me@example.com?subject=x&Attach=/etc/passwd"))
        assert window.findChild(QMessageBox, "confirm-link") is None
        assert "attach" in window.notice_text()

    arun(scenario())


def hostile_tool_chat() -> Conversation:
    """Two tool rounds where every server-sent name, argument and result is markup."""
    from tests.tool_samples import tool_conversation

    conv = tool_conversation()
    conv.id = "hostile-tools-0001"
    conv.title = HOSTILE
    for message in conv.messages:
        for call in message.tool_calls:
            call["function"]["name"] = HOSTILE
            call["function"]["arguments"] = '{"path": "' + HOSTILE.replace('"', '\\"') + '"}'
        if message.role is Role.TOOL:
            message.server = message.tool = message.name = HOSTILE
            message.content = HOSTILE
            message.images = [{"mime_type": HOSTILE, "data": "AAAA"}]
    return conv


def test_tool_cards_approval_and_timeline_keep_server_text_plain(
    make_app: Any, arun: Any, tmp_path: Any
) -> None:
    """Tool and server names, descriptions, arguments and results from a server stay plain
    in the approval card, the tool-call cards, the timeline and the Tools menu."""
    from gui.core.tools.approval import ApprovalRequest

    root = tmp_path / "data"
    conv = hostile_tool_chat()
    ConversationStore(root).save(conv)

    async def scenario() -> None:
        app = await make_app(data_dir=root)
        window = app.window
        await until(lambda: window._current == conv.id)
        request = ApprovalRequest("call_9", HOSTILE, HOSTILE, HOSTILE, HOSTILE, HOSTILE, True, True)
        app.controller.approval_requested.emit(conv.id, [request])
        assert window.chat.approval is not None
        head = window.chat.widget_for("round-1")
        assert head is not None
        for widget in [head, *head.continuations]:
            for card in widget.tool_cards.values():
                card.set_expanded(True)
                assert card.title.text().startswith(HOSTILE)
        window.chat.select("round-3")
        assert HOSTILE in window.reasoning.text.toPlainText()  # shown as written
        window.tools_button.fill()
        for widget in QApplication.allWidgets():
            widget.ensurePolished()
        problems = rich_text_problems()
        assert not problems, "\n".join(problems)
        panel = window.chat.approval.panels[0]
        assert panel.title.text() == f"{HOSTILE} from {HOSTILE}"
        assert panel.arguments.toPlainText() == HOSTILE  # not JSON: shown as sent

    arun(scenario(), timeout=30)


def test_cells_of_a_big_table_are_plain_in_their_tooltips(
    make_app: Any, arun: Any, tmp_path: Any
) -> None:
    """A table too big for rich text is a table view; hovering a cell shows its text as
    written, never markup that loads a file or follows a link."""
    from PySide6.QtWidgets import QTableView

    rows = "\n".join(f"| {HOSTILE} {r} | cell {r} |" for r in range(100))
    answer = f"A table:\n\n| one | two |\n|---|---|\n{rows}\n"
    root = tmp_path / "data"
    ConversationStore(root).save(
        Conversation(
            id=HOSTILE_ID,
            title="table",
            messages=[
                Message(role=Role.USER, content="hi"),
                Message(role=Role.ASSISTANT, content=answer, model="MiniMax-M2"),
            ],
        )
    )

    async def scenario() -> None:
        app = await make_app(data_dir=root)
        window = app.window
        await until(lambda: window._current == HOSTILE_ID)
        await until(lambda: window.findChild(QTableView, "table-view") is not None, timeout=10)
        model = window.findChild(QTableView, "table-view").model()
        tips = [
            model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
            for row in range(model.rowCount())
            for column in range(model.columnCount())
        ]
        shown = model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)
        assert carries_markup(shown)  # the cell shows the markup as text
        rich = [tip for tip in tips if carries_markup(tip) and GuiQt.mightBeRichText(tip)]
        assert not rich, rich[:2]

    arun(scenario(), timeout=30)
