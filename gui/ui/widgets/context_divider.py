"""The line before a chat's first sent message, and the dimming of the messages above it."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QBoxLayout,
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from gui.core.context_start import start_index
from gui.core.conversation import Conversation
from gui.core.i18n import translate

_DIMMED = "left-out"  # the dynamic property that marks a message not sent
LEFT_OUT_OPACITY = 0.5


class ContextDivider(QFrame):
    """ "Earlier messages are not sent to the model", with a button that undoes it.

    Signals:
        undo_requested(): send the whole chat again.
    """

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("context-divider")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(translate("ChatView", "Earlier messages are not sent to the model"))
        self.label.setObjectName("context-divider-text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        tip = translate(
            "ChatView",
            "The messages above stay in this chat: saved, searchable and exported. MiniMax no "
            "longer sees them, so they no longer fill its context window.",
        )
        self.label.setToolTip(tip)
        self.setAccessibleName(self.label.text())
        self.setAccessibleDescription(tip)
        self.undo = QToolButton()
        self.undo.setObjectName("context-divider-undo")
        self.undo.setText(translate("ChatView", "Send the whole chat again"))
        self.undo.setCursor(Qt.CursorShape.PointingHandCursor)
        self.undo.clicked.connect(self.undo_requested)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def detach(self, layout: QBoxLayout) -> None:
        """Leave ``layout`` while messages are placed by their positions in it."""
        if layout.indexOf(self) >= 0:
            layout.removeWidget(self)
        self.hide()

    def place(
        self,
        layout: QBoxLayout,
        conversation: Conversation | None,
        widgets: Mapping[str, QWidget],
    ) -> None:
        """Stand right above the first sent message (hidden when everything is sent or
        that message is not shown yet), and dim the shown messages above it."""
        messages = conversation.messages if conversation else []
        first = start_index(messages, conversation.context_from if conversation else None)
        left_out = {message.id for message in messages[:first]}
        for message_id, widget in widgets.items():
            if widget.parentWidget() is layout.parentWidget():  # not a turn's later round
                set_left_out(widget, message_id in left_out)
        start = widgets.get(messages[first].id) if first > 0 else None
        if start is not None and 0 <= layout.indexOf(self) == layout.indexOf(start) - 1:
            self.show()  # already in place: no relayout
            return
        self.detach(layout)
        if start is None:
            return
        layout.insertWidget(layout.indexOf(start), self)
        self.show()


def set_left_out(widget: QWidget, left_out: bool) -> None:
    """Show ``widget`` faded (a message not sent) or as usual."""
    if bool(widget.property(_DIMMED)) == left_out:
        return
    widget.setProperty(_DIMMED, left_out)
    # Qt paints nothing behind a text view's viewport, which fills its background, as if
    # it were opaque; faded, it is not, and old pixels showed through it (text not faded,
    # ghosts of the divider). The frame behind has the same colour.
    for view in widget.findChildren(QAbstractScrollArea):
        view.viewport().setAutoFillBackground(not left_out)
    if left_out:
        # Faded as a whole (text, code, attachments) in either theme; off screen it costs
        # nothing, and the messages above the divider are rarely on screen while one streams.
        effect = QGraphicsOpacityEffect(widget)
        effect.setOpacity(LEFT_OUT_OPACITY)
        widget.setGraphicsEffect(effect)
    else:
        widget.setGraphicsEffect(None)  # type: ignore[arg-type]  # Qt takes None: no effect
