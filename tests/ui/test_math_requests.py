"""What is typeset, and when: formulas in sight only, each formula once, and from disk."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QScrollArea

from gui.core.math_cache import SvgCache
from gui.core.math_tex import math_url, parse_math_url
from gui.ui.math_images import MathImages
from gui.ui.widgets.formulas import math_positions
from gui.ui.widgets.markdown_view import MarkdownView
from gui.ui.widgets.message_body import MessageBody

IMAGE = QTextDocument.ResourceType.ImageResource.value
SILENT = [sys.executable, "-c", "import time; time.sleep(60)"]  # a typesetter never answering
LONG = "\n\n".join(
    f"Step {i}: by the lemma, $x_{{{i}}}^2 + y_{{{i}}}$ stays below the bound.\n\n"
    + "Some words in between. " * 12
    for i in range(60)
)


@pytest.fixture
def math() -> Iterator[MathImages]:
    images = MathImages()
    yield images
    images.shutdown()


def views(body: MessageBody) -> list[MarkdownView]:
    return [s for s in body.segments if isinstance(s, MarkdownView)]


def typeset_names(body: MessageBody) -> list[str]:
    """LaTeX of the formulas whose document holds their typeset picture (not the source's)."""
    found = []
    for view in views(body):
        document = view.document()
        formulas = view._formulas
        assert formulas is not None
        for position in math_positions(document):
            cursor = QTextCursor(document)
            cursor.setPosition(position + 1)
            name = cursor.charFormat().toImageFormat().name()
            shown = document.resource(IMAGE, QUrl(name))
            typeset = formulas._math.image(name, *formulas._style())
            parsed = parse_math_url(name)
            same = isinstance(shown, QImage) and typeset is not None
            if parsed and same and shown.cacheKey() == typeset.cacheKey():
                found.append(parsed[0])
    return found


def settled(body: MessageBody, math: MathImages) -> bool:
    formulas = [v._formulas for v in views(body)]
    return not body.rendering and not math.busy and not any(f and f.busy for f in formulas)


def long_answer(qtbot: Any, math: MathImages) -> tuple[QScrollArea, MessageBody]:
    area = QScrollArea()
    area.setWidgetResizable(True)
    body = MessageBody(math=math)
    area.setWidget(body)
    area.resize(500, 300)
    qtbot.addWidget(area)
    area.show()
    body.set_markdown(LONG)
    qtbot.waitUntil(lambda: settled(body, math) and math.rendered > 0, timeout=20_000)
    return area, body


def test_formulas_far_below_are_typeset_only_when_scrolled_near(
    qtbot: Any, math: MathImages
) -> None:
    area, body = long_answer(qtbot, math)
    first = typeset_names(body)
    assert "x_{0}^2 + y_{0}" in first
    assert "x_{59}^2 + y_{59}" not in first
    assert 0 < math.typeset < 30  # the top of 60, not all of them
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: "x_{59}^2 + y_{59}" in typeset_names(body), timeout=20_000)
    qtbot.waitUntil(lambda: settled(body, math), timeout=20_000)
    assert math.typeset < 60  # the middle is still waiting for the reader


def test_formulas_that_left_sight_before_their_turn_are_not_typeset(
    qtbot: Any, math: MathImages
) -> None:
    area = QScrollArea()
    area.setWidgetResizable(True)
    body = MessageBody(math=math)
    area.setWidget(body)
    area.resize(500, 300)
    qtbot.addWidget(area)
    area.show()
    body.set_markdown(LONG)
    # The first ones are asked for; the reader jumps to the end before they are typeset.
    qtbot.waitUntil(lambda: not body.rendering and math.typeset > 0, timeout=20_000)
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: "x_{59}^2 + y_{59}" in typeset_names(body), timeout=20_000)
    qtbot.waitUntil(lambda: settled(body, math), timeout=20_000)
    shown = typeset_names(body)
    assert "x_{3}^2 + y_{3}" not in shown  # withdrawn while it waited its turn
    assert math.typeset < 30


def test_a_hidden_view_asks_for_nothing_until_shown(qtbot: Any, math: MathImages) -> None:
    body = MessageBody(math=math)
    qtbot.addWidget(body)
    body.set_markdown("Hidden $a^2 + b^2 = c^2$ here.")
    body.resize(400, 200)
    qtbot.waitUntil(lambda: not body.rendering)
    for view in views(body):
        view.loadResource(IMAGE, QUrl(math_url("a^2 + b^2 = c^2", False, "$")))
    qtbot.wait(200)
    assert math.typeset == 0 and not math.busy
    body.show()
    qtbot.waitUntil(lambda: typeset_names(body) == ["a^2 + b^2 = c^2"], timeout=20_000)
    assert math.typeset == 1


def test_each_formula_is_typeset_once_for_every_view_theme_and_size(
    qtbot: Any, math: MathImages
) -> None:
    from gui.core.progress import StreamPhase
    from gui.ui.widgets.reasoning_pane import ReasoningPane

    text = "Twice $\\sqrt{2}$ and $\\sqrt{2}$, once $e^{i\\pi}$ and \\(\\sqrt{2}\\)."
    light, dark = MessageBody(math=math), MessageBody(dark=True, math=math)
    big = MessageBody(math=math)
    font = big.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    big.setFont(font)
    pane = ReasoningPane(math=math)
    for widget in (light, dark, big, pane):
        qtbot.addWidget(widget)
        widget.show()
    pane.begin_live("m1", "")
    pane.append_live(text + "\n", False, StreamPhase.THINKING, 1.0)
    for body in (light, dark, big):
        body.set_markdown(text)
    for body in (light, dark, big):
        qtbot.waitUntil(lambda b=body: len(typeset_names(b)) == 4, timeout=20_000)
    qtbot.waitUntil(lambda: not math.busy, timeout=20_000)
    assert math.typeset == 2  # \sqrt{2} (in three spellings) and e^{i\pi}


def test_partial_formulas_are_not_sent_while_they_grow(qtbot: Any, math: MathImages) -> None:
    from gui.core.progress import StreamPhase
    from gui.ui.widgets.reasoning_pane import ReasoningPane

    body = MessageBody(math=math)
    pane = ReasoningPane(math=math)
    for widget in (body, pane):
        qtbot.addWidget(widget)
        widget.show()
    text = (
        "We get $\\frac{a}{b} + \\frac{c}{d}$ and then\n\n"
        "$$\n\\int_0^1 x\\,dx = \\frac12\n$$\n\nend.\n"
    )
    body.begin_stream()
    pane.begin_live("m1", "")
    for start in range(0, len(text), 3):
        body.append_stream(text[start : start + 3])
        pane.append_live(text[start : start + 3], False, StreamPhase.THINKING, 1.0)
        qtbot.waitUntil(lambda: not body.rendering)
        qtbot.wait(5)
    body.finish_stream()
    qtbot.waitUntil(lambda: settled(body, math) and len(typeset_names(body)) == 2, timeout=20_000)
    qtbot.waitUntil(lambda: not math.busy, timeout=20_000)
    assert math.typeset == 2


def test_formulas_typeset_before_come_from_disk_without_a_typesetter(
    qtbot: Any, tmp_path: Path
) -> None:
    cache = SvgCache(tmp_path / "math")
    first = MathImages(cache=cache)
    try:
        body = MessageBody(math=first)
        qtbot.addWidget(body)
        body.show()
        body.set_markdown("Kept $\\sum_{k=1}^n k$ and broken $\\frac{a}$ here.")
        qtbot.waitUntil(lambda: settled(body, first) and first.rendered >= 2, timeout=20_000)
        assert typeset_names(body) == ["\\sum_{k=1}^n k"]
        assert first.typeset == 2
    finally:
        first.shutdown()
    later = MathImages(command=SILENT, cache=SvgCache(tmp_path / "math"))
    try:
        body = MessageBody(dark=True, math=later)
        qtbot.addWidget(body)
        body.show()
        body.set_markdown("Kept $\\sum_{k=1}^n k$ and broken $\\frac{a}$ here.")
        qtbot.waitUntil(lambda: settled(body, later) and later.rendered >= 2, timeout=20_000)
        assert typeset_names(body) == ["\\sum_{k=1}^n k"]
        assert "broken $\\frac{a}$ here." in body.toPlainText()
        assert later.typeset == 0  # nothing for the (silent) typesetter to do
    finally:
        later.shutdown()


def test_a_formula_typeset_while_its_paragraph_streams_shows_typeset_at_once(
    qtbot: Any, math: MathImages
) -> None:
    body = MessageBody(math=math)
    qtbot.addWidget(body)
    body.show()
    body.begin_stream()
    body.append_stream("We have $a^2 + b^2$ so far and $c^")
    qtbot.waitUntil(lambda: math.typeset == 1 and not math.busy, timeout=20_000)
    assert typeset_names(body) == []  # the open paragraph is plain text for now
    # The paragraph is laid out once the next one is known to have begun.
    body.append_stream("2$ too.\n\nNext paragraph.\n\nThird")
    qtbot.waitUntil(lambda: not body.rendering)
    assert "a^2 + b^2" in typeset_names(body)  # painted as it was laid out
    qtbot.waitUntil(lambda: typeset_names(body) == ["a^2 + b^2", "c^2"], timeout=20_000)
    assert math.rendered == 1  # only c^2 (it closed with its paragraph) showed as source
    assert math.typeset == 2


def test_formulas_typeset_ahead_of_a_burst_do_not_pile_up(qtbot: Any) -> None:
    from gui.ui.math_images import PREFETCH_QUEUED

    math = MathImages(command=SILENT)  # nothing is ever answered: the queue only grows
    try:
        for i in range(40):
            math.prefetch(f"x_{{{i}}}", False)
        assert math.typeset == 1  # one in the typesetter, the rest queued
        assert len(math._queue) == PREFETCH_QUEUED
        assert ("x_{39}", False) in math._queue and ("x_{5}", False) not in math._queue
    finally:
        math.shutdown()


def test_formulas_brought_into_sight_by_a_taller_window_are_typeset(
    qtbot: Any, math: MathImages
) -> None:
    from PySide6.QtCore import Qt

    area, body = long_answer(qtbot, math)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    qtbot.waitUntil(lambda: settled(body, math), timeout=20_000)
    assert "x_{8}^2 + y_{8}" not in typeset_names(body)
    area.resize(500, 900)  # no scrolling, no narrower text: the view just shows more
    qtbot.waitUntil(lambda: "x_{8}^2 + y_{8}" in typeset_names(body), timeout=20_000)


def test_a_formula_two_views_show_is_typeset_when_one_of_them_is_hidden(
    qtbot: Any, math: MathImages
) -> None:
    """Two views asked for one formula; the first leaving sight must not cancel the second's."""
    shown = []
    for _ in range(2):
        view = MarkdownView(math=math)
        view.resize(400, 200)
        qtbot.addWidget(view)
        view.set_markdown("Let $x^2$ be given.")
        view.show()
        shown.append(view)
    first, second = shown
    assert first._formulas is not None and second._formulas is not None
    qtbot.waitUntil(lambda: bool(first._formulas.waiting and second._formulas.waiting))
    first.hide()  # a collapsed reasoning pane, another chat shown
    qtbot.waitUntil(lambda: not second._formulas.busy, timeout=20_000)
    assert math.rendered == 1


def test_formulas_dropped_from_typesetting_ahead_are_not_looked_up_again(
    qtbot: Any, tmp_path: Path
) -> None:
    """A paragraph still streaming is scanned every frame: formulas passed over in a burst
    must not cost a disk look-up each time."""

    class CountingCache(SvgCache):
        looked_up = 0

        def get(self, tex: str, display: bool, size: float) -> str | None:
            CountingCache.looked_up += 1
            return super().get(tex, display, size)

    math = MathImages(command=SILENT, cache=CountingCache(tmp_path / "math", version="1"))
    try:
        formulas = [f"x_{{{i}}}" for i in range(40)]
        for tex in formulas:
            math.prefetch(tex, False)
        first = CountingCache.looked_up
        for tex in formulas:  # the next frame finds the same formulas in the text
            math.prefetch(tex, False)
        assert CountingCache.looked_up == first
    finally:
        math.shutdown()


def test_typing_ahead_never_starts_reading_between_two_dollar_signs(qtbot: Any) -> None:
    """A paragraph longer than the part looked at again on every frame: the formulas typed
    ahead are its own, never the text between one formula's closing sign and the next one's
    opening sign (``–`` here), as when the look began inside ``$[0,1]$``."""
    from gui.ui.widgets.formulas import DocumentFormulas

    view = MarkdownView()
    qtbot.addWidget(view)
    math = MathImages(command=SILENT)  # nothing answered: whatever is asked stays queued
    formulas = DocumentFormulas(view, math, dark=False)
    words = "Some words about the intervals we compare. " * 30
    paragraph = f"{words}The intervals $[0,1]$–$[2,3]$ meet nowhere. {words}{words}"
    try:
        for end in range(1, len(paragraph) + 1, 2):
            formulas.prefetch(paragraph[:end])
        asked = set(math._pending.values()) | set(math._queue) | math._passed_over
        assert asked == {("[0,1]", False), ("[2,3]", False)}
    finally:
        math.shutdown()


def test_an_export_typesets_a_formula_once_for_all_colours_and_keeps_it_on_disk(
    qtbot: Any, tmp_path: Path
) -> None:
    from gui.core.math_cache import BROKEN
    from gui.core.math_svg import tex_to_svg
    from gui.ui.math_images import SVG_SIZE

    tex = r"\frac{p_{17}}{q_{17}} + \sqrt{17}"  # typeset nowhere else in the tests
    url = math_url(tex, True, "$$")
    math = MathImages(command=SILENT, cache=SvgCache(tmp_path / "math", version="1"))
    later = MathImages(command=SILENT, cache=SvgCache(tmp_path / "math", version="1"))
    try:
        misses = tex_to_svg.cache_info().misses
        white = math.image_now(url, "#ffffff", 16.0, 1.0)
        black = math.image_now(url, "#000000", 16.0, 1.0)
        assert white is not None and black is not None and white != black
        assert tex_to_svg.cache_info().misses == misses + 1  # once, in currentColor
        kept = SvgCache(tmp_path / "math", version="1").get(tex, True, SVG_SIZE)
        assert kept is not None and "currentColor" in kept
        assert later.image_now(url, "#ff0000", 20.0, 2.0) is not None  # from disk
        assert tex_to_svg.cache_info().misses == misses + 1
        assert math.image_now(math_url(r"\frac{a}", False, "$"), "#000000", 16.0, 1.0) is None
        assert later._cache is not None
        assert later._cache.get(r"\frac{a}", False, SVG_SIZE) == BROKEN
        assert math.typeset == later.typeset == 0  # no typesetter was started
    finally:
        math.shutdown()
        later.shutdown()
