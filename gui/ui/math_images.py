"""Typeset formulas as images for rich-text documents, typeset in a child process and cached."""

from __future__ import annotations

import time
from collections import OrderedDict, deque

from PySide6.QtCore import (
    QByteArray,
    QObject,
    QProcess,
    QProcessEnvironment,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from gui.core.math_tex import parse_math_url, source_of
from gui.core.math_worker import parse_reply, request_line, worker_command, worker_environment

CACHE_SIZE = 1_000
"""Images kept (a formula in one colour and size each): a few kilobytes apiece."""

PLACEHOLDER_WIDTH = 600
"""Widest the source shown while a formula is typeset may be (in pixels)."""

SVG_SIZE = 16.0
"""The font size formulas are typeset at; images are scaled from it to the text's size."""

TURN_SECONDS = 0.008
"""Longest the window spends painting answered formulas in one turn of its event loop."""

MAX_STARTS = 5
"""How often the typesetter is started before formulas are left as source text."""

STUCK_MS = 10_000
"""A typesetter that answers nothing for this long is stuck on a formula: it is replaced."""

MATH_SCALE = 1.2
"""How much larger than the text's pixel size formulas are drawn, to match its x-height."""

Key = tuple[str, str, float, float]  # url, colour, font pixel size, device pixel ratio


def svg_image(svg: str, scale: float, ratio: float) -> QImage | None:
    """Paint an SVG into an image ``scale`` times its size, sharp at ``ratio`` (any thread)."""
    from PySide6.QtSvg import QSvgRenderer  # with the first formula, not at start-up

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
    from gui.core.math_svg import tex_to_svg  # in-process typesetting: the fallback only

    svg = tex_to_svg(tex, display, color, SVG_SIZE)
    if svg is None:
        return None
    # Typeset for a 16 px font; scaled to the text around it (STIX math runs small).
    return svg_image(svg, pixel_size * MATH_SCALE / SVG_SIZE, ratio)


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
    """Typesets formulas for the window's documents in a child process, with a cache.

    ``image`` answers at once: the cached picture, or None after asking the child
    (``gui.core.math_worker``) for it; ``finished(url)`` then tells the documents to
    look again (``failed`` holds the addresses that cannot be typeset, which the
    documents show as source text). The child starts with the first formula.

    Signals:
        finished(str): the formula at this address was rendered (or failed).
    """

    finished = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        command: list[str] | None = None,
        timeout_ms: int = STUCK_MS,
    ) -> None:
        super().__init__(parent)
        self._command = command or worker_command()
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(timeout_ms)
        self._watchdog.timeout.connect(self._on_stuck)
        self._images: OrderedDict[Key, QImage] = OrderedDict()
        self._pending: dict[int, Key] = {}
        self._asked: set[Key] = set()
        self.failed: set[str] = set()
        self._process: QProcess | None = None
        self._buffer = b""
        self._replies: deque[bytes] = deque()
        self._next_id = 0
        self._starts = 0
        self._closed = False
        self.rendered = 0

    @property
    def busy(self) -> bool:
        """True while formulas wait to be typeset or painted."""
        return bool(self._pending or self._replies)

    def image(self, url: str, color: str, pixel_size: float, ratio: float) -> QImage | None:
        key = (url, color, pixel_size, ratio)
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
            return image
        if key not in self._asked and url not in self.failed and not self._closed:
            self._ask(key)
        return None

    def image_now(self, url: str, color: str, pixel_size: float, ratio: float) -> QImage | None:
        """Blocking: the image, typeset in this process if need be (for exports)."""
        key = (url, color, pixel_size, ratio)
        image = self._images.get(key) or formula_image(url, color, pixel_size, ratio)
        if image is not None:
            self._store(key, image)
        return image

    # -- the child process ------------------------------------------------------------

    def _ask(self, key: Key) -> None:
        parsed = parse_math_url(key[0])
        process = self._worker()
        if parsed is None or process is None:
            self._done(key, None)
            return
        tex, display, _markup = parsed
        self._next_id += 1
        self._pending[self._next_id] = key
        self._asked.add(key)
        process.write(request_line(self._next_id, tex, display, key[1], SVG_SIZE))
        if not self._watchdog.isActive():
            self._watchdog.start()

    def _worker(self) -> QProcess | None:
        if self._process is not None:
            return self._process
        if self._starts >= MAX_STARTS:
            return None  # it keeps dying: formulas stay source text
        self._starts += 1
        command = self._command
        process = QProcess(self)
        environment = QProcessEnvironment()
        for name, value in worker_environment().items():
            environment.insert(name, value)
        process.setProcessEnvironment(environment)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._on_output)
        process.finished.connect(self._on_gone)
        process.errorOccurred.connect(self._on_error)
        process.start(command[0], command[1:])
        self._process = process
        return process

    def _on_output(self) -> None:
        process = self._process
        if process is None:
            return
        self._buffer += bytes(process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        if lines:
            self._watchdog.start()  # it is getting on: the clock starts again
        self._replies.extend(lines)
        self._take_replies()

    def _on_stuck(self) -> None:
        """No answer for a long time: the oldest formula is left as source, the child
        is replaced, and the others are asked again (see ``_on_gone``)."""
        if not self._pending or self._process is None:
            return
        oldest = min(self._pending)
        self._done(self._pending.pop(oldest), None)
        self._process.kill()

    def _take_replies(self) -> None:
        """Paint answered formulas for a few milliseconds, then let the window breathe."""
        deadline = time.perf_counter() + TURN_SECONDS
        while self._replies and time.perf_counter() < deadline:
            reply = parse_reply(self._replies.popleft())
            if reply is None:
                continue
            ident, svg = reply
            key = self._pending.pop(ident, None)
            if key is None:
                continue
            image = None
            if svg is not None:
                image = svg_image(svg, key[2] * MATH_SCALE / SVG_SIZE, key[3])
            self._done(key, image)
        if self._replies:
            QTimer.singleShot(0, self, self._take_replies)
        elif not self._pending:
            self._watchdog.stop()

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._on_gone()

    def _on_gone(self) -> None:
        """The child ended: what it had not answered is asked again of a new one."""
        process, self._process = self._process, None
        self._buffer = b""
        if process is not None:
            process.deleteLater()
        waiting = list(self._pending.values())
        self._pending.clear()
        for key in waiting:
            self._asked.discard(key)
            if self._closed or self._starts >= MAX_STARTS:
                self._done(key, None)
            else:
                self._ask(key)

    def _done(self, key: Key, image: QImage | None) -> None:
        self._asked.discard(key)
        if image is None:
            self.failed.add(key[0])
        else:
            self._store(key, image)
        self.rendered += 1
        self.finished.emit(key[0])

    def _store(self, key: Key, image: QImage) -> None:
        self._images[key] = image
        while len(self._images) > CACHE_SIZE:
            self._images.popitem(last=False)

    def shutdown(self) -> None:
        """Stop the child (the app is closing); formulas not typeset yet stay source."""
        self._closed = True
        process, self._process = self._process, None
        if process is not None:
            process.finished.disconnect(self._on_gone)
            process.closeWriteChannel()
            if not process.waitForFinished(500):
                process.kill()
                process.waitForFinished(500)
