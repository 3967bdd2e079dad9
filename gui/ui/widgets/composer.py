"""The message box: Enter sends, Shift+Enter adds a line; Send turns into Stop while streaming."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.i18n import translate


class ComposerEdit(QPlainTextEdit):
    """A text box that grows with its text (up to a limit) and sends on Enter.

    Signals:
        submitted(): Enter was pressed without Shift.
        escaped(): Esc was pressed.
    """

    submitted = Signal()
    escaped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer-edit")
        self.setAccessibleName(translate("Composer", "Message"))
        self.setPlaceholderText(
            translate("Composer", "Message MiniMax…  (Enter to send, Shift+Enter for a new line)")
        )
        self.setTabChangesFocus(True)
        self.document().contentsChanged.connect(self.updateGeometry)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.submitted.emit()
                return
            self.insertPlainText("\n")
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        lines = min(10, max(2, self.document().blockCount()))
        height = self.fontMetrics().lineSpacing() * lines + 18
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.fontMetrics().lineSpacing() * 2 + 18)


class Composer(QWidget):
    """Text box plus the Send/Stop button.

    Signals:
        send_requested(str): the user sent this text.
        stop_requested(): the user pressed Stop (or Esc while streaming).
        edit_cancelled(): the user left edit mode.
    """

    send_requested = Signal(str)
    stop_requested = Signal()
    edit_cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self._busy = False
        self.editing = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 6, 12, 10)
        outer.setSpacing(4)
        banner = QHBoxLayout()
        self._edit_label = QLabel(
            translate("Composer", "Editing your last message: sending replaces it and its answer.")
        )
        self._edit_label.setObjectName("edit-banner")
        banner.addWidget(self._edit_label, 1)
        self._cancel_edit = QToolButton()
        self._cancel_edit.setText(translate("Composer", "Cancel"))
        self._cancel_edit.setAutoRaise(True)
        self._cancel_edit.clicked.connect(self.cancel_edit)
        banner.addWidget(self._cancel_edit)
        outer.addLayout(banner)
        row = QHBoxLayout()
        self.edit = ComposerEdit()
        self.edit.submitted.connect(self._on_submitted)
        self.edit.escaped.connect(self._on_escaped)
        row.addWidget(self.edit, 1)
        self.button = QPushButton(translate("Composer", "Send"))
        self.button.setObjectName("send-button")
        self.button.setAccessibleName(translate("Composer", "Send"))
        self.button.setDefault(False)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self._on_button)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(row)
        self._set_edit_banner(False)

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """While a reply streams the button is Stop; typing the next message stays possible."""
        self._busy = busy
        self.button.setText(
            translate("Composer", "Stop") if busy else translate("Composer", "Send")
        )
        self.button.setAccessibleName(
            translate("Composer", "Stop the answer") if busy else translate("Composer", "Send")
        )
        self.button.setObjectName("stop-button" if busy else "send-button")
        self.button.style().unpolish(self.button)
        self.button.style().polish(self.button)

    def text(self) -> str:
        return self.edit.toPlainText()

    def clear(self) -> None:
        self.edit.clear()
        self._set_edit_banner(False)

    def start_edit(self, text: str) -> None:
        self.edit.setPlainText(text)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)
        self._set_edit_banner(True)
        self.edit.setFocus()

    def cancel_edit(self) -> None:
        if self.editing:
            self.edit.clear()
            self._set_edit_banner(False)
            self.edit_cancelled.emit()

    def _set_edit_banner(self, on: bool) -> None:
        self.editing = on
        self._edit_label.setVisible(on)
        self._cancel_edit.setVisible(on)

    def _on_submitted(self) -> None:
        if self._busy:
            return  # the answer is still coming; Enter must not stop it by accident
        if self.text().strip():
            self.send_requested.emit(self.text())

    def _on_button(self) -> None:
        if self._busy:
            self.stop_requested.emit()
        elif self.text().strip():
            self.send_requested.emit(self.text())
        self.edit.setFocus()

    def _on_escaped(self) -> None:
        if self._busy:
            self.stop_requested.emit()
        else:
            self.cancel_edit()
