"""The side pane that shows a reply's reasoning, live while it streams."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.formatting import duration, tokens
from gui.core.i18n import translate
from gui.core.models import Message, MessageStatus
from gui.core.progress import StreamPhase
from gui.ui.math_images import MathImages
from gui.ui.widgets.plain_math_view import PlainMathView


class ReasoningPane(QFrame):
    """Plain, selectable reasoning text with a "thought for N s" header.

    It follows the reply being generated, or whichever answer the user selected.

    Signals:
        close_requested(): the pane's close button was pressed.
    """

    close_requested = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, dark: bool = False, math: MathImages | None = None
    ) -> None:
        super().__init__(parent)
        self._math = math
        self.setObjectName("reasoning-pane")
        self.setAccessibleName(translate("ReasoningPane", "Reasoning pane"))
        self.message_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(6)

        header = QHBoxLayout()
        title = QLabel(translate("ReasoningPane", "Reasoning"))
        title.setObjectName("pane-title")
        header.addWidget(title)
        header.addStretch(1)
        self._copy = QToolButton()
        self._copy.setText(translate("ReasoningPane", "Copy"))
        self._copy.setObjectName("copy-reasoning")
        self._copy.setToolTip(translate("ReasoningPane", "Copy the reasoning"))
        self._copy.setAccessibleName(translate("ReasoningPane", "Copy the reasoning"))
        self._copy.setAutoRaise(True)
        self._copy.clicked.connect(self.copy_to_clipboard)
        header.addWidget(self._copy)
        close = QToolButton()
        close.setText("✕")
        close.setObjectName("close-reasoning")
        close.setToolTip(translate("ReasoningPane", "Hide the reasoning pane"))
        close.setAccessibleName(translate("ReasoningPane", "Hide the reasoning pane"))
        close.setAutoRaise(True)
        close.clicked.connect(self.close_requested)
        header.addWidget(close)
        layout.addLayout(header)

        self._summary = QLabel()
        self._summary.setObjectName("reasoning-summary")
        self._summary.setWordWrap(True)
        layout.addWidget(self._summary)

        self._layout = layout
        self.text = self._new_text_view(dark)
        layout.addWidget(self.text, 1)
        self._stick = True

    def _new_text_view(self, dark: bool) -> PlainMathView:
        view = PlainMathView(dark=dark, math=self._math)
        view.setObjectName("reasoning-text")
        view.setAccessibleName(translate("ReasoningPane", "Reasoning text"))
        view.setReadOnly(True)
        view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        view.setPlaceholderText(
            translate("ReasoningPane", "The model's thinking appears here while it answers.")
        )
        view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        return view

    def set_dark(self, dark: bool) -> None:
        """Typeset formulas for a dark (or light) background from now on."""
        old = self.text
        self.text = self._new_text_view(dark)
        self._layout.replaceWidget(old, self.text)
        self.text.setPlainText(old.toPlainText())
        old.deleteLater()

    def clear_message(self) -> None:
        self.message_id = None
        self.text.clear()
        self._summary.setText("")

    def show_message(self, message: Message) -> None:
        """Show a finished reply's reasoning."""
        self.message_id = message.id
        self.text.setPlainText(message.reasoning)
        self._summary.setText(summary_for(message))
        self.text.moveCursor(QTextCursor.MoveOperation.Start)

    def begin_live(self, message_id: str, text: str) -> None:
        """Follow a streaming reply, starting with what has arrived so far."""
        self.message_id = message_id
        self.text.setPlainText(text)
        self._summary.setText(translate("ReasoningPane", "Waiting for MiniMax…"))
        self._stick = True
        self._scroll_to_end()

    def append_live(
        self, text: str, reset: bool, phase: StreamPhase, seconds: float | None
    ) -> None:
        if reset:
            self.text.setPlainText(text)
        elif text:
            self.text.append_text(text)
        if phase == StreamPhase.THINKING:
            self._summary.setText(
                translate("ReasoningPane", "Thinking… {duration}").format(
                    duration=duration(seconds)
                )
                if seconds
                else translate("ReasoningPane", "Thinking…")
            )
        elif phase == StreamPhase.WRITING:
            self._summary.setText(
                translate("ReasoningPane", "Thought for {duration}; writing the answer…").format(
                    duration=duration(seconds)
                )
                if seconds
                else translate("ReasoningPane", "Writing the answer…")
            )
        if self._stick:
            self._scroll_to_end()

    def _scroll_to_end(self) -> None:
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _on_scrolled(self, value: int) -> None:
        self._stick = value >= self.text.verticalScrollBar().maximum() - 4

    def copy_to_clipboard(self) -> None:
        text = self.text.selected_source()  # formulas as their LaTeX source
        QGuiApplication.clipboard().setText(text or self.text.toPlainText())


def summary_for(message: Message) -> str:
    """ "Thought for 12 s · 345 reasoning tokens", or why there is nothing to show."""
    if not message.reasoning:
        if message.status is MessageStatus.STREAMING:
            return translate("ReasoningPane", "Waiting for MiniMax…")
        return translate("ReasoningPane", "This answer has no recorded reasoning.")
    parts = []
    if message.thinking_seconds is not None:
        parts.append(
            translate("ReasoningPane", "Thought for {duration}").format(
                duration=duration(message.thinking_seconds)
            )
        )
    if message.usage and message.usage.reasoning_tokens:
        parts.append(
            translate("ReasoningPane", "{count} reasoning tokens").format(
                count=tokens(message.usage.reasoning_tokens)
            )
        )
    if message.status in (MessageStatus.STOPPED, MessageStatus.INTERRUPTED):
        parts.append(translate("ReasoningPane", "cut short, may be incomplete"))
    return " · ".join(parts)
