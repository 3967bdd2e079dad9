"""Plain text whose LaTeX formulas are typeset (the reasoning pane), also while it grows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextFormat, QTextImageFormat
from PySide6.QtWidgets import QTextBrowser, QWidget

from gui.core.math_tex import math_url, plain_formulas
from gui.ui.widgets.formulas import DocumentFormulas, selection_text

if TYPE_CHECKING:
    from gui.ui.math_images import MathImages

OPEN_LIMIT = 8_000
"""Characters a line may grow to before it is scanned for formulas unfinished."""


class PlainMathView(QTextBrowser):
    """Read-only plain text; formulas become typeset images once their line is complete.

    ``toPlainText`` gives the text as it came (formulas as LaTeX). Nothing is ever
    loaded but this app's own ``math:`` images; links are not links here.
    """

    def __init__(
        self, parent: QWidget | None = None, *, dark: bool = False, math: MathImages | None = None
    ) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        # The text is kept in parts, never copied whole per delta: what was scanned for
        # formulas, and the open rest (the current line, or a display formula not closed).
        self._done: list[str] = []
        self._open = ""
        self._base = 0  # source position of self._open[0]
        self._shift = 0  # source characters minus document characters before it
        self._formulas = (
            None
            if math is None
            else DocumentFormulas(self, math, dark=dark, became_text=self._formula_became_text)
        )

    # -- content ----------------------------------------------------------------------

    def setPlainText(self, text: str) -> None:
        self._done = []
        self._open = text
        self._base = 0
        self._shift = 0
        super().setPlainText(text)
        self._typeset(final=True)

    def append_text(self, text: str) -> None:
        """Add text at the end; formulas in the lines it completes are typeset."""
        if not text:
            return
        self._open += text
        cursor = QTextCursor(self.document())
        # One edit: laid out once, and the cursor never shapes the line for its x position.
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        cursor.endEditBlock()
        self._typeset(final=False)
        if self._formulas is not None and self._open:
            self._formulas.prefetch(self._open)

    def finish_line(self) -> None:
        """No more text is coming soon (the reasoning gave way to the answer): typeset the
        formulas of the line still open rather than wait for its line break."""
        self._typeset(final=True)

    def append_literal(self, text: str, fmt: QTextCharFormat) -> None:
        """Text shown as written in ``fmt`` and never scanned for formulas (the headings of
        a tool timeline); what came before it is typeset first so positions stay right."""
        self._typeset(final=True)
        self._done.append(self._open + text)
        self._base += len(self._open) + len(text)
        self._open = ""
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text, fmt)

    def toPlainText(self) -> str:
        return "".join(self._done) + self._open

    def clear(self) -> None:
        self.setPlainText("")

    def _typeset(self, *, final: bool) -> None:
        if self._formulas is None:
            return
        text = self._open
        end = len(text) if final else text.rfind("\n") + 1
        if end <= 0 and len(text) > OPEN_LIMIT:
            end = len(text)  # one endless line: scan it as it is rather than again and again
        if end <= 0:
            return
        found, resume = plain_formulas(text, 0, end)
        for start, stop, tex, display, markup in found:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._base + start - self._shift)
            cursor.setPosition(self._base + stop - self._shift, QTextCursor.MoveMode.KeepAnchor)
            image = QTextImageFormat()
            image.setName(math_url(tex, display, markup))
            image.setProperty(QTextFormat.Property.ImageAltText, text[start:stop])
            image.setVerticalAlignment(QTextImageFormat.VerticalAlignment.AlignMiddle)
            cursor.insertImage(image)
            self._shift += stop - start - 1
        self._done.append(text[:resume])
        self._open = text[resume:]
        self._base += resume

    def _formula_became_text(self, position: int, grown: int) -> None:
        self._shift -= grown

    # -- safety and copying -----------------------------------------------------------

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Never load images or other resources, local or remote: only our own formulas."""
        if self._formulas is None:
            return None
        return self._formulas.load(kind, url)

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copied formulas are their LaTeX source."""
        plain = QMimeData()
        cursor = self.textCursor()
        text = selection_text(self.document(), cursor.selectionStart(), cursor.selectionEnd())
        plain.setText(cursor.selectedText().replace("\u2029", "\n") if text is None else text)
        return plain

    def selected_source(self) -> str:
        """The selection as text, formulas as their LaTeX source ("" without a selection)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return ""
        return self.createMimeDataFromSelection().text()
