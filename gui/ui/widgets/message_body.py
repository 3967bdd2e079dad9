"""A message body split into short rich-text segments, so long replies stay cheap to grow."""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable, Iterator

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from gui.core.markdown import StreamingMarkdown, open_fence
from gui.core.markdown_pieces import (
    TABLE_CELLS,
    Piece,
    PieceKind,
    iter_block_pieces,
    iter_pieces,
    open_table,
    render_piece,
    table_rows,
)
from gui.ui.math_images import MathImages
from gui.ui.widgets.code_stream import StreamedCode
from gui.ui.widgets.markdown_view import MarkdownView
from gui.ui.widgets.table_block import TableBlock

SEGMENT_CHARS = 6_000
"""Source characters per segment. Qt lays out and re-lays out a text document as a
whole; keeping each document small makes appending and painting cost the same at
200,000 characters as at 2,000."""

LEXER_POLL_MS = 20
"""How often code that waits for its highlighter checks whether it has been loaded."""

FRAME_BLOCKS_CHARS = 2_000
FRAME_PIECES = 8
"""A streamed frame whose finished blocks are this small (characters, pieces) renders them
all at once, so that they and the new tail are laid out together."""


class MessageBody(QWidget):
    """Renders one message's Markdown into stacked ``MarkdownView`` segments and tables.

    The text is cut into pieces (``gui.core.markdown_pieces``) and one piece is rendered
    per turn of the event loop, so a huge answer never holds up the window: the first
    piece at once, the rest from a zero-delay timer. A segment holds up to
    ``SEGMENT_CHARS`` of text and is never touched again once the next one exists; a
    big table gets a ``TableBlock`` of its own, and a big code block streams into
    segments of its own (``StreamedCode``).

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
        math: MathImages | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("message-body")
        self._dark = dark
        self._math = math
        self._lexer_ready = lexer_ready
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        # Nothing of its own to paint: growing must not repaint the segments already shown.
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.segments: list[MarkdownView | TableBlock] = []
        self._stream: StreamingMarkdown | None = None
        self._announced_language = ""
        self._segment_chars = 0
        # The Markdown source on screen, to compare a finished stream with the saved text.
        self._source: list[str] = []
        self._queue: deque[Iterator[Piece]] = deque()
        self._held: Piece | None = None  # a code piece waiting for its lexer
        self._live = False  # segments keep an open plain tail (a reply is streaming)
        self._tail: tuple[str, bool] | None = None  # a tail waiting for the queue
        self._finishing = False  # the stream ended: close the last segment once drained
        # A big table the open tail starts with, shown in a table view while it streams.
        self._growing: TableBlock | None = None
        # A big code block the open tail starts with, shown plain while it streams, and
        # the segment its highlighted pieces go to once it is finished.
        self._code: StreamedCode | None = None
        self._code_target: MarkdownView | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._render_next)
        self.pieces_rendered = 0
        self.largest_piece = 0  # source characters of the biggest non-table piece so far
        self._menu_entries: Callable[[QMenu], object] | None = None
        self._new_segment()

    # -- segments ---------------------------------------------------------------------

    def _new_segment(self, before: QWidget | None = None) -> MarkdownView:
        view = MarkdownView(dark=self._dark, math=self._math)
        view.link_activated.connect(self.link_activated)
        view.pressed.connect(self.clicked)
        view.menu_entries = self._menu_entries
        first = self.segments[0] if self.segments else None
        if isinstance(first, MarkdownView):  # painted like the first (faded, or not)
            view.viewport().setAutoFillBackground(first.viewport().autoFillBackground())
        view.setAccessibleName(self.accessibleName())
        if before is None:
            self.segments.append(view)
            self._layout.addWidget(view)
        else:
            self.segments.insert(self.segments.index(before), view)  # type: ignore[arg-type]
            self._layout.insertWidget(self._layout.indexOf(before), view)
        self._segment_chars = 0
        if self._live:
            view.begin_stream()
        return view

    def _text_segment(self, size: int) -> MarkdownView:
        """The segment that takes ``size`` more characters (a new one when it is full)."""
        current = self.segments[-1]
        if isinstance(current, MarkdownView) and (
            not self._segment_chars or self._segment_chars + size <= SEGMENT_CHARS
        ):
            return current
        self._close(current)
        return self._new_segment()

    def _close(self, segment: MarkdownView | TableBlock) -> None:
        if isinstance(segment, MarkdownView) and self._live:
            segment.replace_tail("", in_fence=False)  # freeze it: the tail moves on
            segment.end_stream()

    def _reset(self) -> None:
        self._timer.stop()
        self._queue.clear()
        self._held = None
        self._tail = None
        self._finishing = False
        self._growing = None
        self._code = None
        self._code_target = None
        for view in self.segments[1:]:
            view.deleteLater()
        del self.segments[1:]
        first = self.segments[0]
        assert isinstance(first, MarkdownView)
        first.clear()
        first.show()
        self._segment_chars = 0
        self._source = []

    def set_menu_entries(self, add: Callable[[QMenu], object] | None) -> None:
        """``add`` puts the message's own entries below each text segment's right-click
        menu (None: the text's menu alone)."""
        self._menu_entries = add
        for view in self.segments:
            if isinstance(view, MarkdownView):
                view.menu_entries = add

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        for view in self.segments:
            if isinstance(view, MarkdownView):
                view.setAccessibleName(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only on tables' viewports (text segments signal ``pressed``): rare, never streamed.
        if event.type() == QEvent.Type.MouseButtonPress:
            self.clicked.emit()
        return False

    # -- rendering piece by piece -------------------------------------------------------

    @property
    def rendering(self) -> bool:
        """True while pieces wait for their turn of the event loop."""
        return bool(self._queue) or self._held is not None

    def _enqueue(self, text: str) -> None:
        if text:
            self._queue.append(iter_pieces(text))

    def _enqueue_blocks(self, sources: list[str]) -> None:
        """Queue streamed blocks: small ones cut into pieces together, a long code block on
        its own (``iter_pieces`` would read all of it to find where it ends)."""
        small: list[str] = []
        for source in sources:
            if len(source) > SEGMENT_CHARS and source.startswith(("```", "~~~")):
                self._enqueue("".join(small))
                small = []
                self._queue.append(iter_block_pieces(source))
            else:
                small.append(source)
        self._enqueue("".join(small))

    def _render_next(self, pieces: int = 1) -> None:
        """Render a piece (or up to ``pieces``); come back on the next turn of the event
        loop if more wait."""
        delay = 0
        try:
            for _ in range(pieces):
                piece = self._next_piece()
                if piece is None:
                    break
                if self._lacks_lexer(piece):
                    self._held = piece
                    self.code_language_seen.emit(piece.language)
                    delay = LEXER_POLL_MS
                    break
                self._show_piece(piece)
        finally:  # a piece that failed to show must not stop the ones after it
            if self.rendering:
                self._timer.start(delay)
            else:
                self._drained()

    def _next_piece(self) -> Piece | None:
        held, self._held = self._held, None
        if held is not None:
            return held
        while self._queue:
            piece = next(self._queue[0], None)
            if piece is not None:
                return piece
            self._queue.popleft()
        return None

    def _lacks_lexer(self, piece: Piece) -> bool:
        """Compiling a lexer takes tens of milliseconds: it happens in a worker thread
        (on ``code_language_seen``) while the code waits."""
        return (
            piece.kind is PieceKind.CODE
            and self._lexer_ready is not None
            and not self._lexer_ready(piece.language)
        )

    def _show_piece(self, piece: Piece) -> None:
        self.pieces_rendered += 1
        if self._growing is not None and self._keep_growing_table(piece):
            return
        if self._code is not None and self._swap_code(piece):
            return
        if piece.kind is PieceKind.TABLE:
            self._add_table(TableBlock(piece))
            return
        self.largest_piece = max(self.largest_piece, len(piece.source))
        html = render_piece(piece, dark=self._dark, math=self._math is not None)
        if not html:
            return
        view = self._text_segment(len(piece.source))
        if self._live:
            view.append_blocks(html)
        else:
            view.append_html(html)
        self._segment_chars += len(piece.source)

    def _add_table(self, table: TableBlock) -> None:
        self._close(self.segments[-1])
        first = self.segments[0]
        empty = isinstance(first, MarkdownView) and first.document().isEmpty()
        if len(self.segments) == 1 and empty:
            first.hide()  # the answer starts with the table: no empty line above it
        table.view.viewport().installEventFilter(self)
        self.segments.append(table)
        self._layout.addWidget(table)

    # -- a big table while it streams ---------------------------------------------------

    def _grow_table(self, tail: str) -> str:
        """Show the big table the open tail starts with in a table view, and return what
        is left of the tail to show as text.

        The table view is built when the table gets big and takes its rows as they
        arrive, so when the table's block is finished there is nothing left to build
        (and no long plain text to drop): that turn only checks the rows.
        """
        growing = self._growing
        if growing is None:
            found = open_table(tail)
            if found is None:
                return tail
            header, body = found
            rows, end, ended = table_rows(tail, body)
            if len(header) * (len(rows) + 1) <= TABLE_CELLS:
                return tail
            piece = Piece(PieceKind.TABLE, tail[:end], header=header, rows=tuple(rows))
            self._growing = TableBlock(piece)
            self._add_table(self._growing)
        elif tail.startswith(growing.source):
            rows, end, ended = table_rows(tail, len(growing.source))
            growing.add_rows(rows, tail[:end])
        else:  # its block is finished and waits in the queue to be kept
            return tail
        # A row still arriving is not shown: it joins the table once complete.
        return tail[end:].lstrip("\n") if ended else ""

    def _keep_growing_table(self, piece: Piece) -> bool:
        """The streamed table's block is finished: keep its table view if ``piece`` is
        that table (adding a last row that came without a line end)."""
        table, self._growing = self._growing, None
        assert table is not None
        shown = table.model.row_sources
        if (
            piece.kind is PieceKind.TABLE
            and piece.header == table.model.header
            and piece.rows[: len(shown)] == shown
        ):
            table.add_rows(piece.rows[len(shown) :], piece.source)
            return True
        # Not the same table after all (its text turned out to mean something else).
        self._remove_segment(table)
        return False

    # -- a big code block while it streams ----------------------------------------------

    def _show_code(self, tail: str, in_fence: bool) -> bool:
        """Show a tail that starts with a code block bigger than a segment in segments of
        its own (True), where its lines wait to be highlighted once it is finished."""
        if self._code is None and (not in_fence or len(tail) <= SEGMENT_CHARS):
            return False  # (the code is no longer than the tail: not parsed twice a frame)
        code = open_fence(tail) if in_fence and tail.startswith(("```", "~~~")) else None
        if code is None or code.before:
            if self._code is not None:  # (the stream ended inside the block)
                self._drop_code()
            return False
        if self._code is None:
            if len(code.code) <= SEGMENT_CHARS:
                return False
            last = self.segments[-1]
            if not isinstance(last, MarkdownView) or not last.document().isEmpty():
                self._close(last)
                last = self._new_segment()
            self._code = StreamedCode(last, self._new_segment, self._remove_segment)
        if not self._code.show(code):
            self._drop_code()
            return False
        return True

    def _swap_code(self, piece: Piece) -> bool:
        """Show a piece of the finished block ``_code`` shows plain, above its plain lines,
        which lose their copy of it; False if ``piece`` is not its next part."""
        code = self._code
        assert code is not None
        if not code.matches(piece):
            self._drop_code()
            return False
        html = render_piece(piece, dark=self._dark, math=self._math is not None)
        target = self._code_target
        if target is None or self._segment_chars + len(piece.source) > SEGMENT_CHARS:
            if target is not None:
                self._close(target)
            target = self._code_target = self._new_segment(before=code.views[0])
        target.append_blocks(html)
        self._segment_chars += len(piece.source)
        self.largest_piece = max(self.largest_piece, len(piece.source))
        if not code.swap(piece) or not code.views:
            self._drop_code()  # all shown highlighted (or, not expected, lines not found)
        return True

    def _drop_code(self) -> None:
        """Take the plain lines away; the highlighted pieces' last segment takes the tail."""
        code = self._code
        assert code is not None
        self._code = None
        code.drop()
        if self._code_target is not None:
            self._code_target = None  # it is the last segment now
        elif self._live:
            self._new_segment()  # the one before holds finished text only

    def _remove_segment(self, segment: QWidget) -> None:
        if segment in self.segments:
            self.segments.remove(segment)
            self._layout.removeWidget(segment)
            segment.hide()
            segment.deleteLater()

    def _drained(self) -> None:
        if self._tail is not None:
            tail, in_fence = self._tail
            self._tail = None
            self._show_tail(tail, in_fence)
        if self._finishing:
            self._finishing = False
            last = self.segments[-1]
            if isinstance(last, MarkdownView) and self._live:
                last.end_stream()
            self._live = False

    def _show_tail(self, tail: str, in_fence: bool) -> None:
        if self._live and (self._growing is not None or not in_fence):
            tail = self._grow_table(tail)
        if self._live and self._show_code(tail, in_fence):
            return
        last = self.segments[-1]
        if not isinstance(last, MarkdownView):
            if not tail:
                return
            last = self._new_segment()
        last.replace_tail(tail, in_fence=in_fence)

    # -- finished text ----------------------------------------------------------------

    def set_markdown(self, text: str) -> None:
        """Show a finished message: its first piece now, the rest over the next turns."""
        self._stream = None
        self._live = False
        self._reset()
        self._source = [text]
        self._enqueue(text)
        self._render_next()

    # -- streaming --------------------------------------------------------------------

    def begin_stream(self, text: str = "") -> None:
        self._reset()
        self._live = True
        self._stream = StreamingMarkdown(dark=self._dark, lexer_ready=self._lexer_ready)
        first = self.segments[0]
        assert isinstance(first, MarkdownView)
        first.begin_stream()
        if text:
            self.append_stream(text)

    def append_stream(self, text: str, reset: bool = False) -> None:
        """Add streamed text: finished blocks become HTML, the open tail stays plain."""
        if self._stream is None or reset:
            self.begin_stream()
        last = self.segments[-1]
        # Finished blocks and the new tail usually land in the same segment: one layout.
        with last.one_edit() if isinstance(last, MarkdownView) else contextlib.nullcontext():
            self._append_stream(text)

    def _append_stream(self, text: str) -> None:
        assert self._stream is not None
        self._source.append(text)
        sources, tail = self._stream.feed_sources(text)
        busy = self.rendering
        finished = sum(map(len, sources))
        self._enqueue_blocks(sources)
        in_fence = self._stream.in_fence
        if self.rendering:
            self._tail = (tail, in_fence)  # shown once the finished blocks before it are
            if not busy:
                # A frame's few finished blocks are shown now, with the tail after them (in
                # one layout); a big one goes a piece per turn of the event loop.
                small = finished <= FRAME_BLOCKS_CHARS
                self._render_next(FRAME_PIECES if small else 1)
        else:
            self._show_tail(tail, in_fence)
        # A block can open and close within one delta: ask for its lexer all the same.
        language = self._stream.fence_language or self._stream.waiting_for
        if language and language != self._announced_language:
            self._announced_language = language
            self.code_language_seen.emit(language)

    def finish_stream(self) -> None:
        """The reply ended: render what is left of the open tail as Markdown."""
        if self._stream is None:
            return
        source = self._stream.finish_source()
        self._stream = None
        self._source = ["".join(self._source)]
        self._tail = ("", False)  # the open tail becomes Markdown: clear its plain text
        busy = self.rendering
        if not busy:
            self._drained()
        self._enqueue(source)
        self._finishing = True
        if not busy:
            self._render_next()

    @property
    def streaming(self) -> bool:
        return self._stream is not None

    def streamed_text(self) -> str:
        """The Markdown source shown so far (to compare with the finished message)."""
        return "".join(self._source)

    # -- reading ----------------------------------------------------------------------

    def toPlainText(self) -> str:
        return "\n".join(view.toPlainText() for view in self.segments if view.isVisibleTo(self))
