"""A message body split into short rich-text segments, so long replies stay cheap to grow."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QUrl, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.core.markdown import StreamingMarkdown, render_markdown, split_blocks
from gui.ui.widgets.markdown_view import MarkdownView

SEGMENT_CHARS = 12_000
"""Source characters per segment. Qt lays out and re-lays out a text document as a
whole; keeping each document small makes appending and painting cost the same at
200,000 characters as at 2,000."""


class MessageBody(QWidget):
    """Renders one message's Markdown into one or more stacked ``MarkdownView`` segments.

    A short message is a single segment. A long one (or a long stream) continues in
    a new segment once the current one holds ``SEGMENT_CHARS`` of finished blocks;
    a segment is never touched again once the next one exists.

    Signals:
        link_activated(QUrl): a safe link was clicked.
        clicked(): the user pressed a mouse button on the text.
        code_language_seen(str): a streamed code block opened with this language.
    """

    link_activated = Signal(QUrl)
    clicked = Signal()
    code_language_seen = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        dark: bool = False,
        lexer_ready: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("message-body")
        self._dark = dark
        self._lexer_ready = lexer_ready
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.segments: list[MarkdownView] = []
        self._stream: StreamingMarkdown | None = None
        self._announced_language = ""
        self._segment_chars = 0
        # The Markdown source on screen, to compare a finished stream with the saved text.
        self._streamed: list[str] = []
        self._new_segment()

    # -- segments ---------------------------------------------------------------------

    def _new_segment(self) -> MarkdownView:
        view = MarkdownView(dark=self._dark)
        view.link_activated.connect(self.link_activated)
        view.viewport().installEventFilter(self)
        view.setAccessibleName(self.accessibleName())
        self.segments.append(view)
        self._layout.addWidget(view)
        self._segment_chars = 0
        return view

    def _reset(self) -> None:
        for view in self.segments[1:]:
            view.deleteLater()
        del self.segments[1:]
        self.segments[0].clear()
        self._segment_chars = 0

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        for view in self.segments:
            view.setAccessibleName(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            self.clicked.emit()
        return False

    # -- finished text ----------------------------------------------------------------

    def set_markdown(self, text: str) -> None:
        """Show a finished message, in as many segments as its length needs."""
        self._stream = None
        self._streamed = [text]  # the message's own string: no copy
        self._reset()
        chunks = split_blocks(text, SEGMENT_CHARS) if text else [""]
        for index, chunk in enumerate(chunks):
            view = self.segments[0] if index == 0 else self._new_segment()
            view.setHtml(render_markdown(chunk, dark=self._dark) if chunk else "")

    # -- streaming --------------------------------------------------------------------

    def begin_stream(self, text: str = "") -> None:
        self._reset()
        self._streamed = []
        self._stream = StreamingMarkdown(dark=self._dark, lexer_ready=self._lexer_ready)
        self.segments[0].begin_stream()
        if text:
            self.append_stream(text)

    def append_stream(self, text: str, reset: bool = False) -> None:
        """Add streamed text: finished blocks become HTML, the open tail stays plain."""
        if self._stream is None or reset:
            self.begin_stream()
        assert self._stream is not None
        self._streamed.append(text)
        blocks, tail = self._stream.feed_blocks(text)
        current = self.segments[-1]
        if blocks:
            size = sum(len(source) for source, _html in blocks)
            if self._segment_chars and self._segment_chars + size > SEGMENT_CHARS:
                current.replace_tail("", in_fence=False)  # freeze it: the tail moves on
                current = self._new_segment()
                current.begin_stream()
            current.append_blocks("".join(html for _source, html in blocks))
            self._segment_chars += size
        current.replace_tail(tail, in_fence=self._stream.in_fence)
        # A block can open and close within one delta: ask for its lexer all the same.
        language = self._stream.fence_language or self._stream.waiting_for
        if language and language != self._announced_language:
            self._announced_language = language
            self.code_language_seen.emit(language)

    def finish_stream(self) -> None:
        """The reply ended: render what is left of the open tail as Markdown."""
        if self._stream is None:
            return
        source, html = self._stream.finish_block()
        current = self.segments[-1]
        current.replace_tail("", in_fence=False)
        if html:
            current.append_blocks(html)
            self._segment_chars += len(source)
        current.end_stream()
        self._stream = None
        self._streamed = ["".join(self._streamed)]

    @property
    def streaming(self) -> bool:
        return self._stream is not None

    def streamed_text(self) -> str:
        """The Markdown source shown so far (to compare with the finished message)."""
        return "".join(self._streamed)

    # -- reading ----------------------------------------------------------------------

    def toPlainText(self) -> str:
        return "\n".join(view.toPlainText() for view in self.segments)
