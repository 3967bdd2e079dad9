"""Typeset formulas inside a rich-text view: math: images, swapped in when rendered."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, QUrl, Slot
from PySide6.QtGui import QFontInfo, QImage, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar, QTextEdit

from gui.core.markdown import DARK, LIGHT
from gui.core.math_tex import parse_math_url, plain_formulas, source_of
from gui.ui.math_images import MathImages, source_image

IMAGE = QTextDocument.ResourceType.ImageResource.value

APPLY_MS = 50
"""How long typeset formulas are gathered before they are put in the document together."""

LOOK_MS = 100
"""How soon after the text or the scroll position changed the view looks for formulas in
sight (a few changes in a row are looked at once)."""


class DocumentFormulas(QObject):
    """Answers a view's ``loadResource`` for its ``math:`` images, and nothing else.

    A formula not typeset yet shows as a picture of its source. Only formulas in sight,
    or within half a window's height of it, are asked of ``MathImages``: the rest of a long
    answer, a hidden reasoning pane, wait until they are scrolled near or shown. When a
    formula is rendered the document gets the real image, and LaTeX that cannot be
    typeset becomes its source as text (``became_text(position, grown)`` tells the view
    that the text after ``position`` moved by ``grown`` characters).
    """

    def __init__(
        self,
        view: QTextEdit,
        math: MathImages,
        *,
        dark: bool,
        became_text: Callable[[int, int], None] | None = None,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._math = math
        self._dark = dark
        self._became_text = became_text
        self.waiting: set[str] = set()  # asked for, shown as source until typeset
        self.unseen: set[str] = set()  # shown as source, not asked for: out of sight
        self._ready: set[str] = set()  # typeset, to be put in the document
        self._typed_ahead = ""  # the part of the open paragraph looked at for good
        self._look_timer = QTimer(self)
        self._look_timer.setSingleShot(True)
        self._look_timer.setInterval(LOOK_MS)
        self._look_timer.timeout.connect(self._look)
        self._followed: list[QScrollBar] = []  # scroll bars around the view, followed
        math.finished.connect(self._on_finished)
        view.installEventFilter(self)
        view.verticalScrollBar().valueChanged.connect(self._look_soon)

    @property
    def busy(self) -> bool:
        """True while some formula in sight is still its source picture."""
        return bool(self.waiting or self._ready or self._look_timer.isActive())

    def load(self, kind: int, url: QUrl | str) -> Any:
        name = url.toString() if isinstance(url, QUrl) else str(url)
        if kind != IMAGE or parse_math_url(name) is None:
            return None
        color, size, ratio = self._style()
        image = self._math.quick_image(name, color, size, ratio)
        if image is not None:
            return image
        if name not in self._math.failed and name not in self.waiting:
            self.unseen.add(name)
            self._look_soon()
        return source_image(name, color, self._view.document().defaultFont(), ratio)

    def prefetch(self, text: str) -> None:
        """Have the finished formulas in ``text`` (a paragraph still arriving) typeset
        ahead, so that they show typeset as soon as the paragraph is laid out.

        Each call reads on from where the last one could stop for sure, as long as ``text``
        grew from the same beginning: the end of the last complete line (or an open display
        formula's start), or in the open line the end of a formula followed by more text.
        Never from some point in the middle, which could be inside a formula.
        """
        resume = len(self._typed_ahead) if text.startswith(self._typed_ahead) else 0
        found, open_display = plain_formulas(text, resume, len(text))
        for _start, _stop, tex, display, _markup in found:
            self._math.prefetch(tex, display)
        line = text.rfind("\n") + 1  # inline formulas never span lines
        closed = max((stop for _start, stop, *_rest in found if stop < len(text)), default=0)
        self._typed_ahead = text[: min(open_display, max(resume, line, closed))]

    def _style(self) -> tuple[str, float, float]:
        color = (DARK if self._dark else LIGHT).text
        size = float(QFontInfo(self._view.document().defaultFont()).pixelSize())
        return color, size, self._view.devicePixelRatioF()

    # -- what is in sight ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Resize):
            self._look_soon()
        return False

    @Slot()
    def _look_soon(self) -> None:
        if (self.unseen or self.waiting) and not self._look_timer.isActive():
            self._look_timer.start()

    def _look(self) -> None:
        """Ask for the formulas in sight or near it, withdraw those that left it (while
        they wait for the typesetter), and follow scrolling while any is out of sight."""
        if not (self.unseen or self.waiting):
            return
        band = visible_band(self._view)
        near = (
            set()
            if band is None
            else formulas_in_band(self._view, band, self.unseen | self.waiting)
        )
        style = self._style()
        for url in self.waiting - near:
            self.waiting.discard(url)
            self.unseen.add(url)
            self._math.withdraw(url, *style)
        for url in self.unseen & near:
            self.unseen.discard(url)
            self.waiting.add(url)
            self._math.request(url, *style)
        if self.unseen or self.waiting:
            self._follow_scrolling()

    def _follow_scrolling(self) -> None:
        """Look again whenever a scroll area around the view scrolls or grows (those it is
        in now: a view may have been looked at before it was put in the chat)."""
        widget = self._view.parentWidget()
        while widget is not None:
            if isinstance(widget, QAbstractScrollArea):
                bar = widget.verticalScrollBar()
                if not any(bar is known for known in self._followed):
                    self._followed.append(bar)
                    bar.valueChanged.connect(self._look_soon)
                    # A taller window shows more: the range shrinks. (Not an event filter
                    # on the viewport: it would see every paint of every streamed frame.)
                    bar.rangeChanged.connect(self._look_soon)
            widget = widget.parentWidget()

    # -- typeset ------------------------------------------------------------------------

    @Slot(str)
    def _on_finished(self, url: str) -> None:
        if url not in self.waiting:
            return
        self.waiting.discard(url)
        if not self._ready:
            # One pass over the document for all that are typeset meanwhile: each pass lays
            # out and repaints the text below (never after the view is gone).
            QTimer.singleShot(APPLY_MS, self, self._apply)
        self._ready.add(url)

    def _apply(self) -> None:
        ready, self._ready = self._ready, set()
        document = self._view.document()
        style = self._style()
        places = math_places(document, ready)
        broken = []
        for url in ready:
            image: QImage | None = self._math.image(url, *style)
            if image is None:
                if url in self._math.failed:  # broken LaTeX: its source, as text
                    broken.append(url)
                else:  # made for another size or colour meanwhile: ask again
                    self.unseen.add(url)
                    self._look_soon()
                continue
            document.addResource(IMAGE, QUrl(url), image)
            for position in places.get(url, ()):
                document.markContentsDirty(position, 1)
        for url in broken:
            self._swap_for_source(url, math_positions(document, url))

    def _swap_for_source(self, url: str, positions: list[int]) -> None:
        parsed = parse_math_url(url)
        if parsed is None:
            return
        source = source_of(parsed[0], parsed[2])
        for position in reversed(positions):
            cursor = QTextCursor(self._view.document())
            cursor.setPosition(position)
            cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(source, QTextCharFormat())
            if self._became_text is not None:
                self._became_text(position, len(source) - 1)


def visible_band(view: QAbstractScrollArea) -> tuple[int, int] | None:
    """The stretch of ``view``'s viewport (top, bottom) that is in sight or within half a
    window's height of it, clipped by every widget around it; None if none is."""
    if not view.isVisible():
        return None
    viewport = view.viewport()
    margin = view.window().height() // 2
    top, bottom = -margin, viewport.height() + margin
    widget = viewport.parentWidget()
    while widget is not None:
        offset = viewport.mapTo(widget, QPoint(0, 0)).y()
        top = max(top, -offset - margin)
        bottom = min(bottom, widget.height() - offset + margin)
        if widget.isWindow():
            break
        widget = widget.parentWidget()
    return (top, bottom) if top < bottom else None


def formulas_in_band(view: QTextEdit, band: tuple[int, int], urls: set[str]) -> set[str]:
    """Which of these formulas ``view`` shows between the band's top and bottom (viewport
    coordinates); only the blocks there are looked at."""
    document = view.document()
    first = view.cursorForPosition(QPoint(0, band[0])).position()
    last = view.cursorForPosition(QPoint(view.viewport().width(), band[1])).position()
    found: set[str] = set()
    block = document.findBlock(first)
    while block.isValid() and block.position() <= last:
        it = block.begin()
        while not it.atEnd():
            char_format = it.fragment().charFormat()
            if char_format.isImageFormat():
                name = char_format.toImageFormat().name()
                if name in urls:
                    found.add(name)
            it += 1
        block = block.next()
    return found


def math_places(document: QTextDocument, urls: set[str]) -> dict[str, list[int]]:
    """Where the document shows each of these formulas."""
    places: dict[str, list[int]] = {}
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            char_format = fragment.charFormat()
            if char_format.isImageFormat():
                name = char_format.toImageFormat().name()
                if name in urls:
                    start = fragment.position()
                    places.setdefault(name, []).extend(range(start, start + fragment.length()))
            it += 1
        block = block.next()
    return places


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
