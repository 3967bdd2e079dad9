"""The message box: Enter sends, Shift+Enter adds a line; Send turns into Stop while streaming."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.attachments.ref import AttachmentRef
from gui.core.i18n import translate
from gui.ui.pasted_data import attachable, carries_files
from gui.ui.widgets.attachment_strip import AttachmentStrip


class ComposerEdit(QPlainTextEdit):
    """A text box that grows with its text (up to a limit) and sends on Enter.

    Signals:
        submitted(): Enter was pressed without Shift.
        escaped(): Esc was pressed.
        files_given(Attachable): files or an image were pasted or dropped here.
    """

    submitted = Signal()
    escaped = Signal()
    files_given = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer-edit")
        self.setAccessibleName(translate("Composer", "Message"))
        self.setPlaceholderText(
            translate("Composer", "Message MiniMax…  (Enter to send, Shift+Enter for a new line)")
        )
        self.setTabChangesFocus(True)
        self.document().contentsChanged.connect(self.updateGeometry)
        # A long line wraps without a new block: the box grows with the lines it shows.
        self.document().documentLayout().documentSizeChanged.connect(self.updateGeometry)
        # The text area paints its own background (``paintEvent``): the style sheet's rounded
        # box would make it transparent, and every blink of the cursor (twice a second, an
        # answer streaming or not) repainted the window, the composer and the box under it.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self.palette().base())  # the box's own colour
        painter.end()
        super().paintEvent(event)

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

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return carries_files(source) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        found = attachable(source)
        if found is not None:
            self.files_given.emit(found)
            return
        super().insertFromMimeData(source)

    def sizeHint(self) -> QSize:
        # The plain-text layout measures its height in shown lines, wrapped ones included.
        shown = int(self.document().documentLayout().documentSize().height())
        lines = min(10, max(2, shown, self.document().blockCount()))
        return QSize(super().sizeHint().width(), self._height_for(lines))

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self._height_for(2))

    def _height_for(self, lines: int) -> int:
        """The height that shows ``lines`` lines without a scroll bar: Qt wants the
        document's margins and two pixels more in the viewport, and the frame around it."""
        margins = self.contentsMargins()
        document = 2 * int(self.document().documentMargin()) + 2
        return (
            self.fontMetrics().lineSpacing() * lines + document + margins.top() + margins.bottom()
        )


class Composer(QWidget):
    """Text box, attachments and the Attach and Send/Stop buttons.

    Signals:
        send_requested(str): the user sent this text (the attachments: ``attachments()``).
        stop_requested(): the user pressed Stop (or Esc while streaming).
        edit_cancelled(): the user left edit mode.
        attach_requested(): the user pressed Attach.
        files_given(Attachable): files or an image were pasted or dropped into the text box.
        attachment_removed(AttachmentRef): the user removed an attachment before sending.
        attachment_opened(AttachmentRef): the user clicked an attachment.
    """

    send_requested = Signal(str)
    stop_requested = Signal()
    edit_cancelled = Signal()
    attach_requested = Signal()
    files_given = Signal(object)
    attachment_removed = Signal(object)
    attachment_opened = Signal(object)

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
        self.strip = AttachmentStrip(removable=True)
        self.strip.removed.connect(self.attachment_removed)
        self.strip.opened.connect(self.attachment_opened)
        outer.addWidget(self.strip)
        row = QHBoxLayout()
        self.attach_button = QToolButton()
        self.attach_button.setObjectName("attach-button")
        self.attach_button.setText(translate("Composer", "Attach files"))
        self.attach_button.setToolTip(
            translate("Composer", "Attach images, PDFs or text files (or paste or drop them)")
        )
        self.attach_button.setAccessibleName(translate("Composer", "Attach files"))
        self.attach_button.setAutoRaise(True)
        self.attach_button.clicked.connect(self.attach_requested)
        row.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.edit = ComposerEdit()
        self.edit.submitted.connect(self._on_submitted)
        self.edit.escaped.connect(self._on_escaped)
        self.edit.files_given.connect(self.files_given)
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

    def attachments(self) -> list[AttachmentRef]:
        return self.strip.refs()

    def clear(self) -> list[AttachmentRef]:
        """Empty the box; return the attachments it held."""
        self.edit.clear()
        self._set_edit_banner(False)
        return self.strip.clear()

    def _has_content(self) -> bool:
        return bool(self.text().strip() or self.strip.refs())

    def start_edit(self, text: str) -> None:
        self.edit.setPlainText(text)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)
        self._set_edit_banner(True)
        self.edit.setFocus()

    def cancel_edit(self) -> None:
        if self.editing:
            self.edit.clear()
            for ref in self.strip.clear():  # the edited message's files go with its text
                self.attachment_removed.emit(ref)
            self._set_edit_banner(False)
            self.edit_cancelled.emit()

    def _set_edit_banner(self, on: bool) -> None:
        self.editing = on
        self._edit_label.setVisible(on)
        self._cancel_edit.setVisible(on)

    def _on_submitted(self) -> None:
        if self._busy:
            return  # the answer is still coming; Enter must not stop it by accident
        if self._has_content():
            self.send_requested.emit(self.text())

    def _on_button(self) -> None:
        if self._busy:
            self.stop_requested.emit()
        elif self._has_content():
            self.send_requested.emit(self.text())
        self.edit.setFocus()

    def _on_escaped(self) -> None:
        if self._busy:
            self.stop_requested.emit()
        else:
            self.cancel_edit()
