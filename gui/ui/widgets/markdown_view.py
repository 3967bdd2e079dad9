"""A read-only rich-text view that grows to fit its text and never fetches anything."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QMimeData, QSize, QSizeF, Qt, QUrl, Signal
from PySide6.QtGui import (
    QFontInfo,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from gui.core.markdown import DARK, LIGHT, is_safe_url, render_markdown
from gui.core.math_tex import parse_math_url, source_of
from gui.ui.math_images import MathImages, source_image

MONOSPACE = ["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"]

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


class MarkdownView(QTextBrowser):
    """One segment of a message: finished Markdown blocks as rich text, plus a plain tail.

    Nothing is ever loaded, local or remote, but the formulas this app typesets itself
    (``math:`` addresses, see ``loadResource``), and links are not followed here:
    ``link_activated`` hands safe ones to the window, which shows the target before
    opening it.

    Signals:
        link_activated(QUrl): an http(s) or mailto link was clicked.
    """

    link_activated = Signal(QUrl)

    def __init__(
        self, parent: QWidget | None = None, *, dark: bool = False, math: MathImages | None = None
    ) -> None:
        super().__init__(parent)
        self._dark = dark
        self._math = math
        self._waiting: set[str] = set()  # formulas shown as source until typeset
        if math is not None:
            math.finished.connect(self._on_formula_finished)
        self._tail_start = 0
        self._tail = ""
        self._tail_in_fence = False
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
        self._doc_height = 0.0
        self.document().documentLayout().documentSizeChanged.connect(self._on_document_size_changed)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.setFixedHeight(self._content_height())

    # -- content --------------------------------------------------------------------

    def set_markdown(self, text: str) -> None:
        """Render a finished message."""
        math = self._math is not None
        self.setHtml(render_markdown(text, dark=self._dark, math=math) if text else "")

    def begin_stream(self) -> None:
        """Start an empty streaming document: finished blocks, then a plain-text tail."""
        self.clear()
        self._tail_start = 0
        self._tail = ""
        self._tail_in_fence = False

    def append_blocks(self, html: str) -> None:
        """Append finished blocks' HTML before the tail (the tail is re-added after)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._tail_start)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.insertHtml(html)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        self._tail_start = cursor.position()
        self._tail = ""

    def end_stream(self) -> None:
        """Drop the empty paragraph that was kept for the tail once nothing follows."""
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if cursor.block().length() <= 1 and cursor.position() > 0:
            cursor.deletePreviousChar()
        self._tail = ""

    def replace_tail(self, tail: str, *, in_fence: bool) -> None:
        """Show the open tail as plain text; usually it only grew, so only the end is added."""
        cursor = QTextCursor(self.document())
        if self._tail and tail.startswith(self._tail) and in_fence == self._tail_in_fence:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            _insert_wrapped(cursor, tail[len(self._tail) :], cursor.charFormat())
        else:
            cursor.setPosition(self._tail_start)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            tail_format = QTextCharFormat()
            if in_fence:  # an open code block: show it as code already
                tail_format.setFontFixedPitch(True)
                tail_format.setFontFamilies(MONOSPACE)
            _insert_wrapped(cursor, tail, tail_format)
        self._tail = tail
        self._tail_in_fence = in_fence

    def append_html(self, html: str) -> None:
        """Add finished HTML at the end of a document that has no open tail."""
        if self.document().isEmpty():
            self.setHtml(html)
            return
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.insertHtml(html)

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
        if height != self.height():
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._content_height())

    # -- safety -----------------------------------------------------------------------

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Never load images or other resources, local or remote: only our own formulas."""
        name = url.toString() if isinstance(url, QUrl) else str(url)
        math = self._math
        if math is None or kind != QTextDocument.ResourceType.ImageResource.value:
            return None
        if parse_math_url(name) is None:
            return None
        color, size, ratio = self._math_style()
        image = math.image(name, color, size, ratio)
        if image is not None:
            return image
        if name not in math.failed:
            self._waiting.add(name)
        return source_image(name, color, self.document().defaultFont(), ratio)

    def _math_style(self) -> tuple[str, float, float]:
        color = (DARK if self._dark else LIGHT).text
        size = float(QFontInfo(self.document().defaultFont()).pixelSize())
        return color, size, self.devicePixelRatioF()

    def _on_formula_finished(self, url: str) -> None:
        if url not in self._waiting or self._math is None:
            return
        self._waiting.discard(url)
        image = self._math.image(url, *self._math_style())
        positions = math_positions(self.document(), url)
        if image is None:  # broken LaTeX: its source, as text
            self._swap_for_source(url, positions)
            return
        self.document().addResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(url), image
        )
        for position in positions:
            self.document().markContentsDirty(position, 1)

    def _swap_for_source(self, url: str, positions: list[int]) -> None:
        parsed = parse_math_url(url)
        if parsed is None:
            return
        source = source_of(parsed[0], parsed[2])
        for position in reversed(positions):
            cursor = QTextCursor(self.document())
            cursor.setPosition(position)
            cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(source, QTextCharFormat())
            if position < self._tail_start:
                self._tail_start += len(source) - 1

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copied formulas are their LaTeX source (a picture would paste as nothing)."""
        data = super().createMimeDataFromSelection()
        cursor = self.textCursor()
        text = selection_text(self.document(), cursor.selectionStart(), cursor.selectionEnd())
        if text is not None:
            plain = QMimeData()
            plain.setText(text)
            return plain
        return data

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if is_safe_url(url.toString()):
            self.link_activated.emit(url)


def math_positions(document: QTextDocument, url: str | None = None) -> list[int]:
    """Where the document shows formulas (the one at ``url``, or any), in order."""
    positions: list[int] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            char_format = fragment.charFormat()
            if char_format.isImageFormat():
                name = char_format.toImageFormat().name()
                if (name == url) if url is not None else name.startswith("math:"):
                    start = fragment.position()
                    positions.extend(range(start, start + fragment.length()))
            it += 1
        block = block.next()
    return positions


def selection_text(document: QTextDocument, start: int, end: int) -> str | None:
    """The plain text between two positions with formulas as their source; None if none."""
    formulas = [p for p in math_positions(document) if start <= p < end]
    if not formulas:
        return None
    parts = []
    cursor = QTextCursor(document)
    position = start
    for formula in formulas:
        cursor.setPosition(position)
        cursor.setPosition(formula, QTextCursor.MoveMode.KeepAnchor)
        parts.append(cursor.selectedText())
        cursor.setPosition(formula + 1)
        name = cursor.charFormat().toImageFormat().name()
        parsed = parse_math_url(name)
        parts.append(source_of(parsed[0], parsed[2]) if parsed else "")
        position = formula + 1
    cursor.setPosition(position)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    parts.append(cursor.selectedText())
    return "".join(parts).replace("\u2029", "\n").replace("\u2028", "\n")
