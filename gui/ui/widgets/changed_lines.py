"""Repaint a growing text view from its first changed line to the end of its text, not from
the top of its paragraph to the bottom of the view."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Slot
from PySide6.QtWidgets import QTextEdit


class ChangedLines(QObject):
    """Takes over the repaint requests of ``view``'s text layout.

    For any edit Qt repaints from the top of the edited paragraph to the bottom of the
    view: text streamed into a long paragraph redraws the whole paragraph each time, and
    the blank part of the view below it is filled again (the reasoning pane, at every frame
    that brings reasoning). The request now starts at the line above the first changed one
    (a shorter word may have moved up to it) and ends at the end of the text, or where it
    ended before if that was lower. Requests that follow no edit (a new width, a formula's
    image), edits that replace the whole text and text not laid out to its end yet are
    passed on as they are.
    """

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._from = -1  # where the edit being laid out starts
        self._bottom = -1.0  # where the text ended at the last request (-1: not known)
        document = view.document()
        document.contentsChange.connect(self._on_contents_change)
        layout = document.documentLayout()
        layout.update.disconnect()  # the text control's, which repainted the paragraph
        layout.update.connect(self._on_update)

    @Slot(int, int, int)
    def _on_contents_change(self, position: int, _removed: int, added: int) -> None:
        # Qt lays the edit out (and asks for the repaint) right after this signal, unless
        # the text has no width yet: then no request follows, and none may take this one.
        document = self._view.document()
        whole = position == 0 and added >= document.characterCount() - 1
        if not document.pageSize().isNull() and not whole:
            self._from = position

    @Slot(QRectF)
    def _on_update(self, rect: QRectF) -> None:
        position, self._from = self._from, -1
        before, self._bottom = self._bottom, self._text_bottom()
        if position >= 0 and rect.isValid() and before >= 0 and self._bottom >= 0:
            rect = QRectF(rect)
            rect.setTop(max(rect.top(), self._line_above(position)))
            rect.setBottom(min(rect.bottom(), max(before, self._bottom)))
            if rect.isEmpty():
                return
        self._repaint(rect)

    def _text_bottom(self) -> float:
        """Where the laid-out text ends (-1: it is not laid out to its end)."""
        document = self._view.document()
        last = document.lastBlock()
        text = last.layout()
        if text is None or text.lineCount() == 0:
            return -1.0
        bottom = document.documentLayout().blockBoundingRect(last).bottom()
        return bottom + document.documentMargin()

    def _line_above(self, position: int) -> float:
        """The top of the line above the one holding ``position`` (0: not known)."""
        document = self._view.document()
        block = document.findBlock(position)
        text = block.layout() if block.isValid() else None
        if text is None or text.lineCount() == 0:
            return 0.0
        line = text.lineForTextPosition(position - block.position())
        if not line.isValid() or line.lineNumber() == 0:
            return 0.0
        above = text.lineAt(line.lineNumber() - 1)
        return document.documentLayout().blockBoundingRect(block).top() + above.y()

    def _repaint(self, rect: QRectF) -> None:
        """What the text control does with a request: the part in sight, in the viewport."""
        viewport = self._view.viewport()
        if not rect.isValid():
            viewport.update()
            return
        bar = self._view.horizontalScrollBar()
        x = bar.maximum() - bar.value() if self._view.isRightToLeft() else bar.value()
        y = self._view.verticalScrollBar().value()
        visible = QRectF(x, y, viewport.width(), viewport.height())
        shown = rect.intersected(visible).toAlignedRect()
        if not shown.isEmpty():
            viewport.update(shown.translated(-x, -y))
