"""Typeset formulas as images for rich-text documents, typeset in a child process and cached."""

from __future__ import annotations

import contextlib
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

from gui.core.math_cache import BROKEN, SvgCache
from gui.core.math_tex import parse_math_url, source_of
from gui.core.math_worker import parse_reply, request_line, worker_command, worker_environment

CACHE_SIZE = 1_000
"""Images kept (a formula in one colour and size each): a few kilobytes apiece."""

PLACEHOLDER_WIDTH = 600
"""Widest the source shown while a formula is typeset may be (in pixels)."""

SVG_SIZE = 16.0
"""The font size formulas are typeset at; images are scaled from it to the text's size."""

IN_FLIGHT = 1
"""Formulas sent to the child at a time: the rest wait, and may leave sight and be withdrawn."""

TURN_SECONDS = 0.008
"""Longest the window spends painting answered formulas in one turn of its event loop."""

PREFETCH_QUEUED = 8
"""Formulas typeset ahead (nobody waits for them yet) that may wait in the queue."""

PASSED_OVER_KEPT = 1_000
"""How many formulas dropped from typesetting ahead are remembered as such."""

QUICK_WINDOW = 0.05
"""Painting formulas as they are laid out takes at most ``TURN_SECONDS`` per this many
seconds; the others show their source until painted in turn."""

MAX_STARTS = 5
"""How often the typesetter is started before formulas are left as source text."""

STUCK_MS = 10_000
"""A typesetter that answers nothing for this long is stuck on a formula: it is replaced."""

MATH_SCALE = 1.2
"""How much larger than the text's pixel size formulas are drawn, to match its x-height."""

SVG_CACHE_SIZE = 300
"""Typeset formulas kept in memory as SVG text (about 10 kB each; more are on disk)."""

CURRENT = "currentColor"
"""The colour formulas are typeset in; each picture paints it in its text's colour."""

Key = tuple[str, str, float, float]  # url, colour, font pixel size, device pixel ratio
Formula = tuple[str, bool]  # LaTeX, display


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
    svg = typeset_here(parsed[0], parsed[1])
    if svg is None:
        return None
    return paint_svg(svg, color, pixel_size, ratio)


def typeset_here(tex: str, display: bool) -> str | None:
    """Blocking: the formula typeset in this process, once in ``currentColor`` whatever
    colours it is painted in (exports, the smoke test; the window asks the child)."""
    from gui.core.math_svg import tex_to_svg

    return tex_to_svg(tex, display, CURRENT, SVG_SIZE)


def paint_svg(svg: str, color: str, pixel_size: float, ratio: float) -> QImage | None:
    """A formula's ``currentColor`` SVG painted in ``color`` for text of ``pixel_size``."""
    # Typeset for a 16 px font; scaled to the text around it (STIX math runs small).
    colored = svg.replace(CURRENT, color)
    return svg_image(colored, pixel_size * MATH_SCALE / SVG_SIZE, ratio)


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
    """Typesets formulas for the window's documents in a child process, with caches.

    ``image`` answers at once from the pictures painted so far, and asks nothing;
    ``request`` has a formula made: painted from its SVG if it was typeset before (in
    this session, or on disk in ``cache``), else typeset by the child
    (``gui.core.math_worker``) first. ``finished(url)`` then tells the documents to look
    again (``failed`` holds the addresses that cannot be typeset, which the documents
    show as source text). Each formula is typeset once, in ``currentColor`` at one size:
    colours, sizes and screens are painted from that one SVG. The child starts with the
    first formula that needs it.

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
        cache: SvgCache | None = None,
    ) -> None:
        super().__init__(parent)
        self._command = command or worker_command()
        self._cache = cache
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(timeout_ms)
        self._watchdog.timeout.connect(self._on_stuck)
        self._images: OrderedDict[Key, QImage] = OrderedDict()
        self._svgs: OrderedDict[Formula, str] = OrderedDict()  # SVG, or BROKEN
        self._todo: deque[Key] = deque()  # to paint, or to have typeset first
        # Requested and not finished: how many views want each (several may show one formula).
        self._wanted: dict[Key, int] = {}
        self._pending: dict[int, Formula] = {}  # asked of the child, by request id
        self._queue: list[Formula] = []  # to be sent to the child, newest last
        self._typesetting: dict[Formula, list[Key]] = {}  # queued or in the child: who waits
        # Typed ahead, then dropped for newer ones: not looked up again (on disk too) each
        # frame its paragraph still streams; asked for if they stay in sight.
        self._passed_over: set[Formula] = set()
        self.failed: set[str] = set()
        self._process: QProcess | None = None
        self._buffer = b""
        self._replies: deque[bytes] = deque()
        self._turn_queued = False
        self._quick_since = 0.0  # when the current window for quick paints began
        self._quick_spent = 0.0  # seconds spent painting in it
        self._next_id = 0
        self._starts = 0
        self._closed = False
        self.rendered = 0
        self.typeset = 0  # formulas sent to the child

    @property
    def busy(self) -> bool:
        """True while formulas wait to be typeset or painted."""
        return bool(self._pending or self._queue or self._replies or self._todo)

    def image(self, url: str, color: str, pixel_size: float, ratio: float) -> QImage | None:
        """The formula's picture if it was made already (nothing is asked)."""
        key = (url, color, pixel_size, ratio)
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def quick_image(self, url: str, color: str, pixel_size: float, ratio: float) -> QImage | None:
        """The formula's picture, painted now if its SVG is at hand (typeset ahead while
        its paragraph streamed), within a few milliseconds per turn; else None."""
        image = self.image(url, color, pixel_size, ratio)
        if image is not None:
            return image
        parsed = parse_math_url(url)
        svg = None if parsed is None else self._svgs.get((parsed[0], parsed[1]))
        if svg is None or svg == BROKEN:
            return None
        now = time.perf_counter()
        if now - self._quick_since > QUICK_WINDOW:
            self._quick_since, self._quick_spent = now, 0.0
        if self._quick_spent > TURN_SECONDS:
            return None  # a whole chat redrawn: the rest are painted turn by turn
        key = (url, color, pixel_size, ratio)
        image = self._painted(key, svg)
        self._quick_spent += time.perf_counter() - now
        if image is not None:
            self._store(key, image)
        return image

    def prefetch(self, tex: str, display: bool) -> None:
        """Typeset a formula that is about to be shown (its paragraph is still arriving),
        so that it appears typeset at once instead of as its source first."""
        formula = (tex, display)
        if self._closed or formula in self._svgs or formula in self._typesetting:
            return
        if formula in self._passed_over:
            return
        if self._known(formula) is None:
            self._typesetting[formula] = []
            self._queue.append(formula)
            # A burst streams past faster than formulas are typeset: only the newest few
            # typed ahead are kept waiting (the others are asked for if they stay in sight).
            ahead = [f for f in self._queue if not self._typesetting[f]]
            for stale in ahead[:-PREFETCH_QUEUED]:
                self._queue.remove(stale)
                del self._typesetting[stale]
                if len(self._passed_over) >= PASSED_OVER_KEPT:
                    self._passed_over.clear()
                self._passed_over.add(stale)
            self._send()

    def request(self, url: str, color: str, pixel_size: float, ratio: float) -> None:
        """Have the formula made; ``finished(url)`` follows (at once if there is nothing to do)."""
        key = (url, color, pixel_size, ratio)
        if self._closed:
            return
        if key in self._wanted:
            self._wanted[key] += 1
            return
        if key in self._images or url in self.failed:
            self.finished.emit(url)
            return
        self._wanted[key] = 1
        self._todo.append(key)
        self._queue_turn()

    def image_now(self, url: str, color: str, pixel_size: float, ratio: float) -> QImage | None:
        """Blocking: the image, typeset in this process if need be (for exports), from
        and into the same caches as the window's formulas (one SVG in ``currentColor``)."""
        key = (url, color, pixel_size, ratio)
        image = self._images.get(key)
        parsed = parse_math_url(url)
        if image is not None or parsed is None:
            return image
        formula = (parsed[0], parsed[1])
        svg = self._known(formula)
        if svg is None:
            svg = typeset_here(*formula) or BROKEN
            self._keep_svg(formula, svg)
            if self._cache is not None:
                self._cache.put(formula[0], formula[1], SVG_SIZE, svg)
        image = None if svg == BROKEN else self._painted(key, svg)
        if image is not None:
            self._store(key, image)
        return image

    # -- one turn of work: replies taken, formulas painted --------------------------------

    def _queue_turn(self) -> None:
        if not self._turn_queued:
            self._turn_queued = True
            QTimer.singleShot(0, self, self._turn)

    def _turn(self) -> None:
        """Take the child's answers and paint formulas for a few milliseconds, then let
        the window breathe."""
        self._turn_queued = False
        deadline = time.perf_counter() + TURN_SECONDS
        while self._replies and time.perf_counter() < deadline:
            self._take_reply(self._replies.popleft())
        while self._todo and time.perf_counter() < deadline:
            self._make(self._todo.popleft())
        if self._replies or self._todo:
            self._queue_turn()
        elif not self._pending:
            self._watchdog.stop()

    def _make(self, key: Key) -> None:
        parsed = parse_math_url(key[0])
        if parsed is None:
            self._done(key, None)
            return
        formula = (parsed[0], parsed[1])
        svg = self._known(formula)
        if svg is None:
            self._ask(formula, key)
        elif svg == BROKEN:
            self._done(key, None)
        else:
            self._paint(key, svg)

    def _known(self, formula: Formula) -> str | None:
        """The formula's SVG (or ``BROKEN``) from this session or from disk; None if new."""
        if formula in self._svgs:
            self._svgs.move_to_end(formula)
            return self._svgs[formula]
        svg = None if self._cache is None else self._cache.get(formula[0], formula[1], SVG_SIZE)
        if svg is not None:
            self._keep_svg(formula, svg)
        return svg

    def _keep_svg(self, formula: Formula, svg: str) -> None:
        self._svgs[formula] = svg
        while len(self._svgs) > SVG_CACHE_SIZE:
            self._svgs.popitem(last=False)

    def _paint(self, key: Key, svg: str) -> None:
        self._done(key, self._painted(key, svg))

    @staticmethod
    def _painted(key: Key, svg: str) -> QImage | None:
        return paint_svg(svg, key[1], key[2], key[3])

    # -- the child process ------------------------------------------------------------

    def _ask(self, formula: Formula, key: Key) -> None:
        waiting = self._typesetting.get(formula)
        if waiting is not None:  # on its way already (another colour, size or view)
            waiting.append(key)
            return
        self._typesetting[formula] = [key]
        self._queue.append(formula)
        self._send()

    def _send(self) -> None:
        """Keep the child busy with the newest formulas asked for (what was asked last is
        what the reader sees now), one at a time so the others can still be withdrawn."""
        while self._queue and len(self._pending) < IN_FLIGHT:
            process = self._worker()
            if process is None:
                for formula in self._queue:
                    for key in self._typesetting.pop(formula, []):
                        self._done(key, None)
                self._queue.clear()
                return
            formula = self._queue.pop()
            self._next_id += 1
            self._pending[self._next_id] = formula
            self.typeset += 1
            process.write(request_line(self._next_id, formula[0], formula[1], CURRENT, SVG_SIZE))
            if not self._watchdog.isActive():
                self._watchdog.start()

    def withdraw(self, url: str, color: str, pixel_size: float, ratio: float) -> None:
        """The formula went out of sight: not typeset unless the child has it already."""
        key = (url, color, pixel_size, ratio)
        if key not in self._wanted:
            return
        self._wanted[key] -= 1
        if self._wanted[key] > 0:
            return  # another view still shows it
        del self._wanted[key]
        with contextlib.suppress(ValueError):
            self._todo.remove(key)
        parsed = parse_math_url(url)
        formula = None if parsed is None else (parsed[0], parsed[1])
        keys = self._typesetting.get(formula) if formula is not None else None
        if formula is None or keys is None or key not in keys:
            return
        keys.remove(key)
        if not keys and formula in self._queue:
            self._queue.remove(formula)
            del self._typesetting[formula]

    def _worker(self) -> QProcess | None:
        if self._process is not None:
            return self._process
        if self._closed or self._starts >= MAX_STARTS:
            return None  # closing, or it keeps dying: formulas stay source text
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
            self._turn()

    def _take_reply(self, line: bytes) -> None:
        reply = parse_reply(line)
        if reply is None:
            return
        ident, svg = reply
        formula = self._pending.pop(ident, None)
        if formula is None:
            return
        kept = BROKEN if svg is None else svg
        self._keep_svg(formula, kept)
        if self._cache is not None:
            self._cache.put(formula[0], formula[1], SVG_SIZE, kept)
        # Painted in turn with the rest, in the order they were asked.
        self._todo.extendleft(reversed(self._typesetting.pop(formula, [])))
        self._send()

    def _on_stuck(self) -> None:
        """No answer for a long time: the oldest formula is left as source, the child
        is replaced, and the others are asked again (see ``_on_gone``)."""
        if not self._pending or self._process is None:
            return
        formula = self._pending.pop(min(self._pending))
        self._keep_svg(formula, BROKEN)  # not on disk: it may be this machine's bad moment
        for key in self._typesetting.pop(formula, []):
            self._done(key, None)
        self._process.kill()  # the others go back to the queue (see ``_on_gone``)

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._on_gone()

    def _on_gone(self) -> None:
        """The child ended: what it had not answered is asked again of a new one."""
        process, self._process = self._process, None
        self._buffer = b""
        if process is not None:
            process.deleteLater()
        unanswered = [self._pending[ident] for ident in sorted(self._pending)]
        self._pending.clear()
        self._queue.extend(reversed(unanswered))  # first again
        self._send()

    def _done(self, key: Key, image: QImage | None) -> None:
        self._wanted.pop(key, None)
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
