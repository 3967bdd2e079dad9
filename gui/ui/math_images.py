"""Typeset formulas as images for rich-text documents, rendered in a worker thread and cached."""

from __future__ import annotations

from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QByteArray, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from gui.core.math_svg import tex_to_svg
from gui.core.math_tex import parse_math_url, source_of

CACHE_SIZE = 1_000
"""Images kept (a formula in one colour and size each): a few kilobytes apiece."""

PLACEHOLDER_WIDTH = 600
"""Widest the source shown while a formula is typeset may be (in pixels)."""

MATH_SCALE = 1.2
"""How much larger than the text's pixel size formulas are drawn, to match its x-height."""

Key = tuple[str, str, float, float]  # url, colour, font pixel size, device pixel ratio


def svg_image(svg: str, scale: float, ratio: float) -> QImage | None:
    """Paint an SVG into an image ``scale`` times its size, sharp at ``ratio`` (any thread)."""
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    if not renderer.isValid():
        return None
    size = renderer.defaultSize()
    width = max(1, round(size.width() * scale * ratio))
    height = max(1, round(size.height() * scale * ratio))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def formula_image(url: str, color: str, pixel_size: float, ratio: float) -> QImage | None:
    """The typeset formula a ``math:`` address names, or None if it is not LaTeX we can set."""
    parsed = parse_math_url(url)
    if parsed is None:
        return None
    tex, display, _markup = parsed
    svg = tex_to_svg(tex, display, color, 16.0)
    if svg is None:
        return None
    # Rendered for a 16 px font; scaled to the text around it (STIX math runs small).
    return svg_image(svg, pixel_size * MATH_SCALE / 16.0, ratio)


def source_image(url: str, color: str, font: QFont, ratio: float) -> QImage:
    """The formula's LaTeX source drawn as text: what shows until it is typeset."""
    parsed = parse_math_url(url)
    text = source_of(parsed[0], parsed[2]).replace("\n", " ") if parsed else url
    metrics = QFontMetricsF(font)
    text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, PLACEHOLDER_WIDTH)
    width = max(1, round(metrics.horizontalAdvance(text) * ratio) + 2)
    height = max(1, round(metrics.height() * ratio))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.scale(ratio, ratio)
    painter.setFont(font)
    painter.setPen(QColor(color))
    painter.drawText(QRectF(0, 0, width / ratio, height / ratio), Qt.AlignmentFlag.AlignLeft, text)
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


class MathImages(QObject):
    """Typesets formulas for the window's documents, off the thread that draws it.

    ``image`` answers at once: the cached picture, or None after asking a worker for
    it; ``finished(url)`` then tells the documents to look again (``failed`` holds the
    addresses that cannot be typeset, which the documents show as source text).

    Signals:
        finished(str): the formula at this address was rendered (or failed).
    """

    finished = Signal(str)
    _rendered = Signal(object, object)  # key, QImage or None: from the worker

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._images: OrderedDict[Key, QImage] = OrderedDict()
        self._pending: set[Key] = set()
        self.failed: set[str] = set()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="math")
        self._rendered.connect(self._on_rendered)  # queued: the worker emits it
        self._closed = False
        self.rendered = 0

    def image(self, url: str, color: str, pixel_size: float, ratio: float) -> QImage | None:
        key = (url, color, pixel_size, ratio)
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
            return image
        if key not in self._pending and url not in self.failed and not self._closed:
            self._pending.add(key)
            self._pool.submit(self._render, key)
        return None

    def image_now(self, url: str, color: str, pixel_size: float, ratio: float) -> QImage | None:
        """Blocking: the image, rendered on this thread if need be (for exports)."""
        key = (url, color, pixel_size, ratio)
        image = self._images.get(key) or formula_image(url, color, pixel_size, ratio)
        if image is not None:
            self._store(key, image)
        return image

    def _render(self, key: Key) -> None:  # worker thread
        try:
            image = formula_image(*key)
        except Exception:
            image = None
        self._rendered.emit(key, image)

    def _on_rendered(self, key: Key, image: QImage | None) -> None:
        url = key[0]
        self._pending.discard(key)
        if image is None:
            self.failed.add(url)
        else:
            self._store(key, image)
        self.rendered += 1
        self.finished.emit(url)

    def _store(self, key: Key, image: QImage) -> None:
        self._images[key] = image
        while len(self._images) > CACHE_SIZE:
            self._images.popitem(last=False)

    def shutdown(self) -> None:
        """Drop the formulas still queued (the app is closing); new ones stay source."""
        self._closed = True
        self._pool.shutdown(wait=False, cancel_futures=True)
