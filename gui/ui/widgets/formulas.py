"""Typeset formulas inside a rich-text view: math: images, swapped in when rendered."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QFontInfo, QImage, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from gui.core.markdown import DARK, LIGHT
from gui.core.math_tex import parse_math_url, source_of
from gui.ui.math_images import MathImages, source_image

IMAGE = QTextDocument.ResourceType.ImageResource.value


class DocumentFormulas:
    """Answers a view's ``loadResource`` for its ``math:`` images, and nothing else.

    A formula not typeset yet shows as a picture of its source; when ``MathImages``
    has rendered it the document gets the real image, and LaTeX that cannot be typeset
    becomes its source as text (``became_text(position, grown)`` tells the view that
    the text after ``position`` moved by ``grown`` characters).
    """

    def __init__(
        self,
        view: QTextEdit,
        math: MathImages,
        *,
        dark: bool,
        became_text: Callable[[int, int], None] | None = None,
    ) -> None:
        self._view = view
        self._math = math
        self._dark = dark
        self._became_text = became_text
        self.waiting: set[str] = set()  # formulas shown as source until typeset
        self._ready: set[str] = set()  # typeset, to be put in the document
        math.finished.connect(self._on_finished)
        view.destroyed.connect(self._forget)

    def _forget(self) -> None:
        # Not a QObject: Qt cannot drop the connection by itself when the view goes.
        with contextlib.suppress(RuntimeError):
            self._math.finished.disconnect(self._on_finished)

    @property
    def busy(self) -> bool:
        """True while some formula on show is still its source picture."""
        return bool(self.waiting or self._ready)

    def load(self, kind: int, url: QUrl | str) -> Any:
        name = url.toString() if isinstance(url, QUrl) else str(url)
        if kind != IMAGE or parse_math_url(name) is None:
            return None
        color, size, ratio = self._style()
        image = self._math.image(name, color, size, ratio)
        if image is not None:
            return image
        if name not in self._math.failed:
            self.waiting.add(name)
        return source_image(name, color, self._view.document().defaultFont(), ratio)

    def _style(self) -> tuple[str, float, float]:
        color = (DARK if self._dark else LIGHT).text
        size = float(QFontInfo(self._view.document().defaultFont()).pixelSize())
        return color, size, self._view.devicePixelRatioF()

    def _on_finished(self, url: str) -> None:
        if url not in self.waiting:
            return
        self.waiting.discard(url)
        if not self._ready:
            # One pass over the document for all of them (never after the view is gone).
            QTimer.singleShot(0, self._view, self._apply)
        self._ready.add(url)

    def _apply(self) -> None:
        ready, self._ready = self._ready, set()
        document = self._view.document()
        style = self._style()
        places = math_places(document, ready)
        broken = []
        for url in ready:
            image: QImage | None = self._math.image(url, *style)
            if image is None:  # broken LaTeX: its source, as text
                broken.append(url)
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
