"""The notice banner above the conversation: one plain-text line, an optional action, ✕."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from gui.core.i18n import translate
from gui.ui.plain_text import shown_block

NoticeAction = tuple[str, Callable[[], None]]


class NoticeBanner(QWidget):
    """Shows one notice at a time; hidden until the first one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice-banner")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 8, 6)
        self._text = QLabel()
        self._text.setObjectName("notice-text")
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)  # may quote the server
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self._text, 1)
        self.action_button = QPushButton()
        self.action_button.setObjectName("notice-action")
        self._callback: Callable[[], None] | None = None
        self.action_button.clicked.connect(self._on_action)
        row.addWidget(self.action_button)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName(translate("MainWindow", "Dismiss"))
        close.clicked.connect(self.hide)
        row.addWidget(close)
        self.hide()

    def show_notice(self, text: str, action: NoticeAction | None = None) -> None:
        self._text.setText(shown_block(text))  # may name a title or a file
        self._callback = action[1] if action else None
        self.action_button.setText(action[0] if action else "")
        self.action_button.setVisible(action is not None)
        self.show()

    def dismiss_if(self, callback: Callable[[], None]) -> None:
        """Hide the notice if its action is ``callback`` (the problem it offered to fix is gone)."""
        if self._callback == callback:
            self.hide()

    def _on_action(self) -> None:
        if self._callback is not None:
            self._callback()

    def text(self) -> str:
        """The notice shown now; "" when the banner is hidden."""
        return self._text.text() if self.isVisible() else ""
