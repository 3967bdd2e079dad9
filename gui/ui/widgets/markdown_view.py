"""A read-only rich-text view that grows to fit its text and never fetches anything."""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QSize, QSizeF, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QMouseEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QFrame, QMenu, QSizePolicy, QTextBrowser, QWidget

from gui.core.markdown import DARK, LIGHT, OpenFence, is_safe_url, open_fence, render_markdown
from gui.core.markdown_tail import RICH_HEAD, ArrivingLine, goes_on, indent, rich_head
from gui.ui.math_images import MathImages
from gui.ui.widgets.formulas import DocumentFormulas, selection_text

MONOSPACE = ["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"]

ROOM_LINES = 3
"""While an answer streams, a view whose text outgrows it takes room for this many more
lines at once. Each height change lays out the message, moves the actions below it and
repaints strips of the chat under them: at one line at a time that was about a third of
the frames of an answer at MiniMax's pace."""

TAIL_LINE = 2_000
"""Longest paragraph of the plain tail. Qt lays out a paragraph again as a whole each
time it grows; a streamed 2 MB line is shown as paragraphs of this size instead."""


def _insert_wrapped(cursor: QTextCursor, text: str, text_format: QTextCharFormat) -> None:
    """Insert plain text, starting a new paragraph before any line exceeds ``TAIL_LINE``."""
    while text:
        room = TAIL_LINE - (cursor.block().length() - 1)
        if room <= 0:
            cursor.insertBlock(cursor.blockFormat(), text_format)
            room = TAIL_LINE
        cursor.insertText(text[:room], text_format)
        text = text[room:]


def _code_format() -> QTextCharFormat:
    """Streamed code's characters (given each time: a growing block that started empty
    has the plain paragraph's format at its end)."""
    mono = QTextCharFormat()
    mono.setFontFixedPitch(True)
    mono.setFontFamilies(MONOSPACE)
    return mono


_SENTINEL = "\u2e3a"
"""Rendered after the arriving line and taken away again: its character format is the
line's own (outside any span), the one the text that follows is appended in. Being
punctuation, it lets a span just before it close, as the space after it will."""


def _drop_empty_block_at(document: QTextDocument, position: int) -> None:
    """HTML that starts with a list is inserted after the empty paragraph at the cursor,
    not into it: without it the text shows no blank line that a reopened chat has not."""
    block = document.findBlock(position)
    previous = block.previous()
    if position == 0 or block.length() > 1 or not previous.isValid() or not block.next().isValid():
        return
    joint = QTextCursor(previous)
    if joint.currentFrame() != document.rootFrame():
        return  # it follows a table: joining them would take the table apart
    joint.setPosition(block.position())
    joint.deletePreviousChar()


def _clear_from(cursor: QTextCursor, position: int) -> None:
    """Remove everything from ``position`` to the end; a paragraph left empty is a plain
    one."""
    cursor.setPosition(position)
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    if cursor.atBlockStart():  # (not a line that goes on the paragraph above)
        cursor.setBlockFormat(QTextBlockFormat())


def _join_list_above(document: QTextDocument, position: int, nested: bool) -> None:
    """Make the list item rendered on its own at ``position`` part of the list above it,
    spaced as within one list: alone it was a list of its own, a margin lower (and
    numbered from its own start), and jumped up when the next line began."""
    first = document.findBlock(position)
    arriving, above = first.textList(), first.previous()
    if arriving is None or above.textList() is None:
        return
    items = [arriving.item(index) for index in range(arriving.count())]
    style = arriving.format().style()
    tail: list[QTextBlock] = []  # the list blocks the head ends with, last first
    block = above
    while block.isValid() and block.textList() is not None:
        tail.append(block)
        block = block.previous()
    if nested and tail[0].textList().format().indent() > 1:
        target = tail[0].textList()  # the next item of a nested list
    elif nested:
        target = None  # the first item of a list nested in the one above
        shape = arriving.format()
        shape.setIndent(tail[0].textList().format().indent() + 1)
        if style in _BULLETS:
            shape.setStyle(_BULLETS[(shape.indent() - 1) % len(_BULLETS)])
        arriving.setFormat(shape)
    else:
        outer = (block.textList() for block in tail if block.textList().format().indent() == 1)
        target = next(outer, None)
        if target is None:
            return
    if target is not None:
        if target.format().style() != style:
            return  # another kind of list: a list of its own in Markdown too
        for item in items:
            target.add(item)
    for block in tail:
        if block.blockFormat().bottomMargin():  # (each change lays the block out again)
            _set_margin(block, bottom=0)
    _set_margin(first, top=0)


_BULLETS = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
)


def _set_margin(
    block: QTextBlock, *, top: float | None = None, bottom: float | None = None
) -> None:
    shape = block.blockFormat()
    if top is not None:
        shape.setTopMargin(top)
    if bottom is not None:
        shape.setBottomMargin(bottom)
    QTextCursor(block).setBlockFormat(shape)


_PLACEHOLDER = "\u200b"


def _insert_html(cursor: QTextCursor, html: str) -> None:
    """``insertHtml`` that keeps the first inserted block's own format.

    Qt merges the first inserted block into the empty paragraph at the cursor, which keeps
    its own format: a heading lost its level and a paragraph its margins, so a streamed
    answer was laid out tighter than the same answer reopened. A zero-width space in front
    takes that place and goes with its paragraph. (Qt also turns a line break after the
    last tag into a space at the end of the text, which is left out.)
    """
    html = html.rstrip()
    start = cursor.position()
    if start == 0 or cursor.block().length() > 1:  # nothing before it to join to
        cursor.insertHtml(html)
        if html.startswith('<p align="center">'):  # a display formula stays centred
            block_format = cursor.document().findBlock(start).blockFormat()
            block_format.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            first = QTextCursor(cursor.document().findBlock(start))
            first.setBlockFormat(block_format)
        return
    cursor.insertHtml(_PLACEHOLDER + html)
    document = cursor.document()
    placeholder = QTextCursor(document)
    placeholder.setPosition(start)
    placeholder.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
    if placeholder.selectedText() == _PLACEHOLDER:
        placeholder.removeSelectedText()
    _drop_empty_block_at(document, start)


class MarkdownView(QTextBrowser):
    """One segment of a message: finished Markdown blocks as rich text, plus a plain tail.

    Nothing is ever loaded, local or remote, but the formulas this app typesets itself
    (``math:`` addresses, see ``loadResource``), and links are not followed here:
    ``link_activated`` hands safe ones to the window, which shows the target before
    opening it.

    Signals:
        link_activated(QUrl): an http(s) or mailto link was clicked.
        pressed(): a mouse button was pressed on the text.
    """

    link_activated = Signal(QUrl)
    pressed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, dark: bool = False, math: MathImages | None = None
    ) -> None:
        super().__init__(parent)
        self._dark = dark
        self._math = math
        self._formulas = (
            None
            if math is None
            else DocumentFormulas(self, math, dark=dark, became_text=self._formula_became_text)
        )
        self._tail_start = 0
        self._tail = ""
        self._tail_head = ""  # the tail's finished lines, shown as rich text
        self._line_start = 0  # where the line still arriving starts
        self._line_format = QTextCharFormat()  # what is appended to it is in this format
        self._line = ArrivingLine()  # when to render it again
        self._line_joined = False  # it goes on in the head's last paragraph
        self._tail_in_fence = False
        self._tail_code: OpenFence | None = None  # the open code block the tail shows
        # Adds the message's own entries below the text's right-click menu (copy, select all).
        self.menu_entries: Callable[[QMenu], object] | None = None
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
        # Text only grows at the bottom: when the view gets taller, Qt repaints just the
        # new strip (and the text control the lines that changed), not the whole answer.
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self._doc_height = 0.0
        self._room = False  # streaming: grows ROOM_LINES at a time, never shrinks
        self.document().documentLayout().documentSizeChanged.connect(self._on_document_size_changed)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.setFixedHeight(self._content_height())

    # -- content --------------------------------------------------------------------

    def set_markdown(self, text: str) -> None:
        """Render a finished message."""
        math = self._math is not None
        self.setHtml(render_markdown(text, dark=self._dark, math=math) if text else "")

    def clear(self) -> None:
        self._room = False  # whatever comes next is sized to fit
        super().clear()

    def begin_stream(self) -> None:
        """Start an empty streaming document: finished blocks, then a plain-text tail."""
        self.clear()
        self._room = True
        self._tail_start = 0
        self._tail = ""
        self._tail_head = ""
        self._tail_in_fence = False
        self._tail_code = None

    def append_blocks(self, html: str) -> None:
        """Append finished blocks' HTML before the tail (the tail is re-added after)."""
        with self.one_edit() as cursor:
            self._clear_tail(cursor)  # (a plain paragraph: not the shaded open code block's)
            _insert_html(cursor, html)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            self._tail_start = cursor.position()
        self._tail = ""
        self._tail_head = ""
        self._tail_code = None

    @contextlib.contextmanager
    def one_edit(self) -> Iterator[QTextCursor]:
        """Edits made meanwhile (nested ones too) are laid out once, at the end, and the
        view's height changes once: removing the old tail, adding blocks and a new tail
        would each lay out and resize the view (and the chat under it) again."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        try:
            yield cursor
        finally:
            cursor.endEditBlock()

    def end_stream(self) -> None:
        """Drop the empty paragraph that was kept for the tail once nothing follows, and
        the room kept for more lines."""
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if cursor.block().length() <= 1 and cursor.position() > 0:
            cursor.deletePreviousChar()
        self._tail = ""
        self._tail_head = ""
        self._tail_code = None
        self._room = False
        self._fit_height()

    def replace_tail(self, tail: str, *, in_fence: bool) -> None:
        """Show the open tail: its finished lines as rich text, then the line still
        arriving. That line is rendered again only when a frame may have closed a span in
        it (or started it with a block marker); other frames append their text to it.

        A tail that ends in an open code block shows that block as code already: shaded,
        monospaced and under its language, without its fence lines.
        """
        # One edit: the text is laid out once, at the end, and the cursor never works out
        # its x position (each time that shapes the whole open paragraph again).
        code = open_fence(tail) if in_fence else None
        head = "" if code is not None else rich_head(tail, self._tail_head, in_fence=in_fence)
        with self.one_edit() as cursor:
            if code is not None:
                self._replace_code_tail(cursor, code)
            else:
                self._replace_tail(cursor, tail, head, in_fence)
        self._tail = tail
        self._tail_head = head
        self._tail_in_fence = in_fence
        self._tail_code = code
        if self._formulas is not None and not in_fence:
            self._formulas.prefetch(tail)

    def _replace_tail(self, cursor: QTextCursor, tail: str, head: str, in_fence: bool) -> None:
        line = tail[len(head) :]
        joined = not in_fence and goes_on(head, line)
        grew = (
            self._tail
            and tail.startswith(self._tail)
            and in_fence == self._tail_in_fence
            and head == self._tail_head
            and self._tail_code is None
            and joined == self._line_joined
        )
        shown = self._tail[len(head) :] if grew else ""
        if not grew:
            self._clear_tail(cursor)
            if head:
                # Formulas stay source here: typesetting waits until the block is finished.
                _insert_html(cursor, render_markdown(head, dark=self._dark))
                if joined:  # a soft line break, as the finished paragraph shows it
                    cursor.insertText(" ", QTextCharFormat())
                else:
                    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            self._line_joined = joined
            self._line_start = cursor.position()
            if joined:  # its indent is not shown, as in the finished paragraph
                shown = indent(line)
            # A code block nested in a list or quote: monospaced at least.
            self._line_format = _code_format() if in_fence else QTextCharFormat()
            self._line.reset()
        if not in_fence and len(line) <= TAIL_LINE and self._line.due(line, shown):
            if self._render_line(cursor, line, head):
                self._line.rendered(line)
                return
            # Taken away: shown again, as plain text (without a joined line's indent).
            shown = indent(line) if self._line_joined else ""
            self._line_format = QTextCharFormat()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        _insert_wrapped(cursor, line[len(shown) :], self._line_format)

    def _render_line(self, cursor: QTextCursor, line: str, head: str) -> bool:
        """Show the arriving line as rich text; False (and nothing shown) if the sentinel
        did not come out last."""
        _clear_from(cursor, self._line_start)
        _insert_html(cursor, render_markdown(line + _SENTINEL, dark=self._dark))
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if self.document().characterAt(cursor.position() - 1) != _SENTINEL:
            _clear_from(cursor, self._line_start)
            return False
        self._line_format = cursor.charFormat()
        cursor.deletePreviousChar()
        if head and not self._line_joined and not head.endswith("\n\n"):
            _join_list_above(self.document(), self._line_start, nested=line[:1] == " ")
        return True

    def _replace_code_tail(self, cursor: QTextCursor, code: OpenFence) -> None:
        shown = self._tail_code
        if (
            shown is not None
            and (shown.before, shown.language) == (code.before, code.language)
            and code.code.startswith(shown.code)
        ):
            cursor.movePosition(QTextCursor.MoveOperation.End)
            _insert_wrapped(cursor, code.code[len(shown.code) :], _code_format())
            return
        self._clear_tail(cursor)
        palette = DARK if self._dark else LIGHT
        if code.before:
            if len(code.before) <= RICH_HEAD and "|" not in code.before:
                _insert_html(cursor, render_markdown(code.before, dark=self._dark))
            else:
                _insert_wrapped(cursor, code.before, QTextCharFormat())
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        if code.language:
            label = QTextCharFormat()
            label.setForeground(QColor(palette.muted))
            label.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)  # "small"
            _insert_wrapped(cursor, code.language, label)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        shaded = QTextBlockFormat()
        shaded.setBackground(QColor(palette.code_bg))
        cursor.setBlockFormat(shaded)
        _insert_wrapped(cursor, code.code, _code_format())

    def _clear_tail(self, cursor: QTextCursor) -> None:
        _clear_from(cursor, self._tail_start)

    def show_code(self, code: OpenFence) -> None:
        """Show the tail as this open code block (or a part of one): what ``replace_tail``
        shows for a tail that ends in it."""
        with self.one_edit() as cursor:
            self._replace_code_tail(cursor, code)
        self._tail = ""
        self._tail_head = ""
        self._tail_in_fence = True
        self._tail_code = code

    def drop_leading_lines(self, text: str) -> bool:
        """Remove the paragraphs a document that shows only an open code block starts
        with, if they hold ``text`` (whole lines: its language line, then code lines).

        The lines have been shown highlighted elsewhere: this takes away their plain copy
        without touching (or laying out again) the lines after them. False, and nothing
        removed, if the document does not start with them.
        """
        lines = text.split("\n")
        if len(lines) < 2 or lines[-1] or self._tail_start != 0:
            return False
        # A line longer than ``TAIL_LINE`` was shown as several paragraphs.
        paragraphs = sum(len(line) // TAIL_LINE + 1 for line in lines[:-1])
        document = self.document()
        after = document.findBlockByNumber(paragraphs)
        if not after.isValid():
            return False
        with self.one_edit() as cursor:
            cursor.setPosition(after.position(), QTextCursor.MoveMode.KeepAnchor)
            if cursor.selectedText().replace("\u2029", "") != text.replace("\n", ""):
                return False
            cursor.removeSelectedText()
        self._tail = ""  # what is left is no tail this view could grow
        self._tail_code = None
        return True

    def append_html(self, html: str) -> None:
        """Add finished HTML at the end of a document that has no open tail."""
        if self.document().isEmpty():
            self.setHtml(html)
            return
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        _insert_html(cursor, html)

    # -- sizing ---------------------------------------------------------------------

    def _on_document_size_changed(self, size: QSizeF) -> None:
        self._doc_height = size.height()
        self._fit_height()

    def _content_height(self) -> int:
        # The height the layout last reported: asking the document for its size
        # would force a layout of the whole text on every append.
        doc_height = math.ceil(self._doc_height)
        bar = self.horizontalScrollBar()
        extra = bar.sizeHint().height() if bar.isVisible() else 0
        margins = self.contentsMargins()
        return max(24, doc_height + margins.top() + margins.bottom() + extra)

    def _fit_height(self) -> None:
        height = self._content_height()
        if self._room:
            if height <= self.height():
                return  # (a tail rendered again as rich text may be a little shorter)
            height += ROOM_LINES * self.fontMetrics().lineSpacing()
        if height != self.height():
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._content_height())

    # -- safety -----------------------------------------------------------------------

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Never load images or other resources, local or remote: only our own formulas."""
        if self._formulas is None:
            return None
        return self._formulas.load(kind, url)

    def _formula_became_text(self, position: int, grown: int) -> None:
        if position < self._tail_start:
            self._tail_start += grown

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copied formulas are their LaTeX source (a picture would paste as nothing)."""
        cursor = self.textCursor()
        text = selection_text(self.document(), cursor.selectionStart(), cursor.selectionEnd())
        if text is None:
            return super().createMimeDataFromSelection()
        plain = QMimeData()
        plain.setText(text)
        return plain

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A virtual override, not an event filter: a Python filter on the viewport would be
        # called for every event it gets, each paint of a streamed frame included.
        self.pressed.emit()
        super().mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.menu_entries is None:
            super().contextMenuEvent(event)
            return
        # The event's position is on the viewport; the menu wants it in the document.
        scrolled = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        menu = self.createStandardContextMenu(event.pos() + scrolled)
        menu.addSeparator()
        self.menu_entries(menu)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if is_safe_url(url.toString()):
            self.link_activated.emit(url)
