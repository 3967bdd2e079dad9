"""A read-only rich-text view that grows to fit its text and never fetches anything."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from gui.core.markdown import StreamingMarkdown, is_safe_url, render_markdown

MONOSPACE = ["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"]


class MarkdownView(QTextBrowser):
    """Shows a message: Markdown rendered once when final, block by block while streaming.

    Remote resources are never loaded (``loadResource`` returns nothing) and links
    are not followed here: ``link_activated`` hands safe ones to the window, which
    shows the target before opening it.

    Signals:
        link_activated(QUrl): an http(s) or mailto link was clicked.
    """

    link_activated = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None, *, dark: bool = False) -> None:
        super().__init__(parent)
        self._dark = dark
        self._stream: StreamingMarkdown | None = None
        self._tail_start = 0
        self._tail_len = 0
        self.setObjectName("message-body")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)
        self.document().setDocumentMargin(2)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.setFixedHeight(self._content_height())

    # -- content --------------------------------------------------------------------

    def set_markdown(self, text: str) -> None:
        """Render a finished message."""
        self._stream = None
        self.setHtml(render_markdown(text, dark=self._dark) if text else "")

    def set_plain(self, text: str) -> None:
        self._stream = None
        self.setPlainText(text)

    def begin_stream(self, text: str = "") -> None:
        """Start showing a streaming answer (``text`` is what has arrived so far)."""
        self.clear()
        self._stream = StreamingMarkdown(dark=self._dark)
        self._tail_start = 0
        self._tail_len = 0
        if text:
            self.append_stream(text)

    def append_stream(self, text: str, reset: bool = False) -> None:
        """Add streamed text: finished blocks become HTML, the open tail stays plain."""
        if self._stream is None or reset:
            self.begin_stream()
        assert self._stream is not None
        html, tail = self._stream.feed(text)
        cursor = QTextCursor(self.document())
        if html:
            cursor.setPosition(self._tail_start)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            cursor.insertHtml(html)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            self._tail_start = cursor.position()
            self._tail_len = 0
        cursor.movePosition(QTextCursor.MoveOperation.End)
        new_tail = tail[self._tail_len :]
        if new_tail:
            if self._tail_len == 0:
                tail_format = QTextCharFormat()
                if self._stream.in_fence:  # an open code block: show it as code already
                    tail_format.setFontFixedPitch(True)
                    tail_format.setFontFamilies(
                        ["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"]
                    )
                cursor.setCharFormat(tail_format)
            cursor.insertText(new_tail)
        self._tail_len = len(tail)

    # -- sizing ---------------------------------------------------------------------

    def _content_height(self) -> int:
        doc_height = math.ceil(self.document().size().height())
        bar = self.horizontalScrollBar()
        extra = bar.sizeHint().height() if bar.isVisible() else 0
        margins = self.contentsMargins()
        return max(24, doc_height + margins.top() + margins.bottom() + extra)

    def _fit_height(self, *_args: Any) -> None:
        height = self._content_height()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.document().setTextWidth(self.viewport().width())
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._content_height())

    # -- safety -----------------------------------------------------------------------

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Never load images or other resources, local or remote."""
        return None

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if is_safe_url(url.toString()):
            self.link_activated.emit(url)
