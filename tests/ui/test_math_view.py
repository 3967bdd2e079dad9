"""Formulas in the window: typeset images in both themes, source while waiting or broken, copy."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QImage, QTextCursor, QTextDocument

from gui.core.conversation import Message, MessageStatus, Role
from gui.core.markdown import DARK, LIGHT
from gui.core.math_tex import math_url, parse_math_url
from gui.ui.math_images import MathImages
from gui.ui.widgets.formulas import math_positions
from gui.ui.widgets.markdown_view import MarkdownView
from gui.ui.widgets.message_body import MessageBody
from gui.ui.widgets.message_widget import MessageWidget

QUADRATIC = r"x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}"
PROOF = (
    f"The roots of $ax^2 + bx + c = 0$ are ${QUADRATIC}$; it costs $5 and $10.\n\n"
    "$$\n\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}\n$$\n\n"
    "Run `echo $HOME` to see \\(\\alpha\\).\n"
)
IMAGE = QTextDocument.ResourceType.ImageResource.value


@pytest.fixture
def math() -> Iterator[MathImages]:
    images = MathImages()
    yield images
    images.shutdown()


def views(body: MessageBody) -> list[MarkdownView]:
    return [s for s in body.segments if isinstance(s, MarkdownView)]


def shown_formulas(body: MessageBody) -> list[tuple[str, QImage]]:
    """(tex, the image the document holds for it) of every formula on screen."""
    found = []
    for view in views(body):
        document = view.document()
        for position in math_positions(document):
            cursor = QTextCursor(document)
            cursor.setPosition(position + 1)
            name = cursor.charFormat().toImageFormat().name()
            image = document.resource(IMAGE, QUrl(name))
            parsed = parse_math_url(name)
            assert parsed is not None and isinstance(image, QImage)
            found.append((parsed[0], image))
    return found


def typeset(body: MessageBody, math: MathImages, qtbot: Any, count: int) -> None:
    qtbot.waitUntil(lambda: not body.rendering and math.rendered >= count, timeout=20_000)
    qtbot.waitUntil(
        lambda: not any(v._formulas and v._formulas.busy for v in views(body)), timeout=20_000
    )


def ink(image: QImage) -> QColor:
    """The most opaque pixel's colour: the formula's ink."""
    best, colour = -1, QColor()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > best:
                best, colour = pixel.alpha(), pixel
    return colour


@pytest.mark.parametrize("dark", [False, True])
def test_each_formula_becomes_a_typeset_image_in_the_text_colour(
    qtbot: Any, math: MathImages, dark: bool
) -> None:
    body = MessageBody(dark=dark, math=math)
    qtbot.addWidget(body)
    body.show()
    body.set_markdown(PROOF)
    typeset(body, math, qtbot, 4)
    shown = shown_formulas(body)
    assert [tex for tex, _image in shown] == [
        "ax^2 + bx + c = 0",
        QUADRATIC,
        "\n\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}\n",
        "\\alpha",
    ]
    for _tex, image in shown:
        assert not image.isNull() and image.width() > 4 and image.height() > 4
    line = QFontMetrics(views(body)[0].document().defaultFont()).height()
    assert shown[2][1].height() > 1.5 * line  # typeset (a fraction), not the one-line source
    text = QColor((DARK if dark else LIGHT).text)
    colour = ink(shown[1][1])
    assert abs(colour.red() - text.red()) < 40 and abs(colour.blue() - text.blue()) < 40
    plain = body.toPlainText()
    assert "it costs $5 and $10." in plain  # dollar amounts stay text
    assert "echo $HOME" in plain


def test_broken_latex_is_shown_as_its_source_text(qtbot: Any, math: MathImages) -> None:
    body = MessageBody(math=math)
    qtbot.addWidget(body)
    body.show()
    body.set_markdown("Good $\\alpha$, broken $\\frac{a}$ and\n\n$$\n\\left( x\n$$\n\nend.")
    typeset(body, math, qtbot, 3)
    assert [tex for tex, _image in shown_formulas(body)] == ["\\alpha"]
    plain = body.toPlainText()
    assert "broken $\\frac{a}$ and" in plain
    assert "$$\n\\left( x\n$$" in plain.replace("\u2029", "\n").replace("\u2028", "\n")
    assert plain.rstrip().endswith("end.")


def test_copy_yields_the_latex_source(qtbot: Any, math: MathImages) -> None:
    message = Message(role=Role.ASSISTANT, content=PROOF, status=MessageStatus.COMPLETE)
    widget = MessageWidget(message, math=math)
    qtbot.addWidget(widget)
    widget.show()
    typeset(widget.body, math, qtbot, 4)
    widget.copy_answer()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == PROOF
    assert "<img" not in clipboard.mimeData().html()
    assert f"${QUADRATIC}$" in clipboard.mimeData().html()
    view = views(widget.body)[0]
    view.selectAll()
    selected = view.createMimeDataFromSelection().text()
    assert f"are ${QUADRATIC}$; it costs $5 and $10." in selected
    assert "$$\n\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}\n$$" in selected
    assert "\\(\\alpha\\)" in selected
    assert "\ufffc" not in selected


def test_streaming_a_formula_in_pieces_ends_typeset(qtbot: Any, math: MathImages) -> None:
    body = MessageBody(math=math)
    qtbot.addWidget(body)
    body.show()
    pieces = [
        "So $$\n\\int_0",
        "^1 x^2\\,dx",
        " = \\frac{1}{3}\n$",
        "$\n\nand $e^{i\\pi",
        "}+1=0$ done.",
    ]
    body.begin_stream()
    for index, piece in enumerate(pieces):
        body.append_stream(piece)
        qtbot.waitUntil(lambda: not body.rendering)
        if index == 2:  # the open formula shows as its source
            assert "\\int_0^1" in body.toPlainText()
    body.finish_stream()
    typeset(body, math, qtbot, 2)
    assert [tex for tex, _image in shown_formulas(body)] == [
        "\n\\int_0^1 x^2\\,dx = \\frac{1}{3}\n",
        "e^{i\\pi}+1=0",
    ]


def test_only_our_own_formulas_are_loaded(qtbot: Any, math: MathImages) -> None:
    view = MarkdownView(math=math)
    qtbot.addWidget(view)
    for url in ("https://example.com/a.png", "file:///etc/hosts", "data:image/png;base64,AA==",
                "math:x", "qrc:/icon.png"):  # fmt: skip
        assert view.loadResource(IMAGE, QUrl(url)) is None
    placeholder = view.loadResource(IMAGE, QUrl(math_url("x^2", False, "$")))
    assert isinstance(placeholder, QImage) and not placeholder.isNull()
    assert MarkdownView().loadResource(IMAGE, QUrl(math_url("x^2", False, "$"))) is None


def test_pdf_typesets_formulas_and_prints_broken_ones_as_text(qapp: Any) -> None:
    from gui.core.conversation import Conversation
    from gui.core.export.options import ExportOptions
    from gui.ui.pdf_export import _PrintDocument, document_html, render_pdf

    convo = Conversation(title="Math")
    convo.messages.append(
        Message(
            role=Role.ASSISTANT,
            content=f"Roots ${QUADRATIC}$, broken $\\frac{{a}}$, cost $5 and $10.",
            status=MessageStatus.COMPLETE,
        )
    )
    page = document_html(convo, ExportOptions())
    [name] = re.findall(r'<img src="(math:[^"]+)"', page)
    assert parse_math_url(name) == (QUADRATIC, False, "$")
    assert "broken $\\frac{a}$, cost $5 and $10." in page
    document = _PrintDocument()
    image = document.loadResource(IMAGE, QUrl(name))
    assert isinstance(image, QImage) and image.height() > 10
    assert document.loadResource(IMAGE, QUrl("https://example.com/x.png")) is None
    assert render_pdf(convo, ExportOptions()).startswith(b"%PDF")


def test_pdf_typesets_the_reasoning_as_the_window_does(qapp: Any) -> None:
    from gui.core.conversation import Conversation
    from gui.core.export.options import ExportOptions
    from gui.ui.pdf_export import document_html

    convo = Conversation(title="Math")
    convo.messages.append(
        Message(
            role=Role.ASSISTANT,
            content="Done.",
            reasoning=f"Check ${QUADRATIC}$; broken $\\frac{{a}}$, $5 and $10.\n<b>x</b>",
            status=MessageStatus.COMPLETE,
        )
    )
    page = document_html(convo, ExportOptions(include_reasoning=True))
    [name] = re.findall(r'<img src="(math:[^"]+)"', page)
    assert parse_math_url(name) == (QUADRATIC, False, "$")
    assert "; broken $\\frac{a}$, $5 and $10.\n&lt;b&gt;x&lt;/b&gt;" in page


def test_reasoning_typesets_formulas_while_it_streams_and_copies_source(
    qtbot: Any, math: MathImages
) -> None:
    from gui.core.progress import StreamPhase
    from gui.ui.widgets.reasoning_pane import ReasoningPane

    pane = ReasoningPane(math=math)
    qtbot.addWidget(pane)
    pane.show()
    pane.begin_live("m1", "")
    reasoning = (
        "We need $b^2 - 4ac \\ge 0$ for real roots; price $5 and $10 ignored.\n"
        "Display:\n$$\n\\frac{-b}{2a}\n$$\nbroken \\(\\frac{a}\\) here.\nTail $x"
    )
    for start in range(0, len(reasoning), 7):
        pane.append_live(reasoning[start : start + 7], False, StreamPhase.THINKING, 1.0)
    document = pane.text.document()

    def typeset() -> bool:
        waiting = pane.text._formulas is not None and pane.text._formulas.busy
        return len(math_positions(document)) == 2 and not waiting

    qtbot.waitUntil(typeset, timeout=20_000)
    names = []
    for position in math_positions(document):
        cursor = QTextCursor(document)
        cursor.setPosition(position + 1)
        names.append(parse_math_url(cursor.charFormat().toImageFormat().name()))
        image = document.resource(IMAGE, QUrl(cursor.charFormat().toImageFormat().name()))
        assert isinstance(image, QImage) and not image.isNull()
    assert names == [("b^2 - 4ac \\ge 0", False, "$"), ("\n\\frac{-b}{2a}\n", True, "$$")]
    shown = document.toPlainText()
    assert "broken \\(\\frac{a}\\) here." in shown  # broken: back to its source text
    assert "price $5 and $10 ignored." in shown
    assert pane.text.toPlainText() == reasoning
    pane.text.selectAll()
    assert pane.text.selected_source() == reasoning
    pane.copy_to_clipboard()
    assert QGuiApplication.clipboard().text() == reasoning


def test_a_streamed_display_formula_is_centred(qtbot: Any, math: MathImages) -> None:
    from PySide6.QtCore import Qt

    body = MessageBody(math=math)
    qtbot.addWidget(body)
    body.show()
    body.begin_stream()
    for piece in ["Taking roots gives\n\n", "\\[x = \\frac{1}{2}\\]\n\n", "and so on.\n"]:
        body.append_stream(piece)
        qtbot.waitUntil(lambda: not body.rendering)
    body.finish_stream()
    typeset(body, math, qtbot, 1)
    document = views(body)[0].document()
    [position] = math_positions(document)
    alignment = document.findBlock(position).blockFormat().alignment()
    assert alignment & Qt.AlignmentFlag.AlignHCenter


def test_a_stuck_typesetter_is_replaced_and_the_formula_stays_source(qtbot: Any) -> None:
    import sys

    silent = [sys.executable, "-c", "import time; time.sleep(60)"]  # a child that never answers
    math = MathImages(command=silent, timeout_ms=300)
    try:
        body = MessageBody(math=math)
        qtbot.addWidget(body)
        body.show()
        body.set_markdown("Stuck $x^2$ here.")
        qtbot.waitUntil(lambda: math.rendered >= 1 and not math.busy, timeout=20_000)
        qtbot.waitUntil(lambda: not views(body)[0]._formulas.busy, timeout=20_000)
        assert "Stuck $x^2$ here." in body.toPlainText()  # shown as its source text
        assert math_positions(views(body)[0].document()) == []
    finally:
        math.shutdown()


def test_reasoning_of_one_line_is_typeset_once_the_answer_starts(
    qtbot: Any, math: MathImages
) -> None:
    """Reasoning is often one long paragraph: its formulas waited for a line break that
    never came, and stayed source until the whole answer had arrived."""
    from gui.core.progress import StreamPhase
    from gui.ui.widgets.reasoning_pane import ReasoningPane

    pane = ReasoningPane(math=math)
    qtbot.addWidget(pane)
    pane.show()
    pane.begin_live("m1", "")
    reasoning = "Check $\\int_0^1 x^2\\,dx = \\frac{1}{3}$ first; a coffee costs $5 and a cake $10."
    for start in range(0, len(reasoning), 7):
        pane.append_live(reasoning[start : start + 7], False, StreamPhase.THINKING, 1.0)
    pane.append_live("", False, StreamPhase.WRITING, 1.0)
    document = pane.text.document()
    qtbot.waitUntil(lambda: len(math_positions(document)) == 1, timeout=10_000)
    assert "a coffee costs $5 and a cake $10." in document.toPlainText()
    assert pane.text.toPlainText() == reasoning
    pane.append_live(" More $y$ later.\n", False, StreamPhase.WRITING, 1.0)
    qtbot.waitUntil(lambda: len(math_positions(document)) == 2, timeout=10_000)
    pane.text.selectAll()
    assert pane.text.selected_source() == reasoning + " More $y$ later.\n"
