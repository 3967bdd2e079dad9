"""What a streamed frame repaints: the grown text, not the window under it (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QImage, QRegion
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from gui.core.conversation import Conversation, Message, MessageStatus, Role
from gui.core.progress import StreamPhase, StreamUpdate
from gui.ui import theme
from gui.ui.widgets.chat_view import ChatView
from gui.ui.widgets.message_widget import MessageWidget
from gui.ui.widgets.reasoning_pane import ReasoningPane

WORDS = "steady tokens arrive at the pace of a real model and the answer grows "


class Paints(QObject):
    """Records every paint event in the application: the widget and its region."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple[QWidget, QRegion]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self.events.append((watched, QRegion(event.region())))  # type: ignore[attr-defined]
        return False

    def widgets(self) -> set[QWidget]:
        return {widget for widget, _ in self.events}

    def region(self, widget: QWidget) -> QRegion:
        region = QRegion()
        for painted, part in self.events:
            if painted is widget:
                region += part
        return region


@pytest.fixture(params=["light", "dark"])
def themed(request: Any) -> Iterator[str]:
    """The app's palette and style sheet for one theme, restored afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet, palette, style = app.styleSheet(), app.palette(), app.style().name()
    theme.apply(app, request.param)
    yield request.param
    app.setStyleSheet(sheet)
    app.setPalette(palette)
    app.setStyle(style)


def settle(turns: int = 3) -> None:
    for _ in range(turns):
        QApplication.processEvents()


def streaming_chat(
    qtbot: Any, dark: bool, height: int = 600
) -> tuple[ChatView, MessageWidget, Message]:
    conv = Conversation(title="paint")
    conv.messages.append(Message(role=Role.USER, content="go"))
    reply = Message(role=Role.ASSISTANT, status=MessageStatus.STREAMING)
    conv.messages.append(reply)
    view = ChatView(dark=dark)
    qtbot.addWidget(view)
    view.resize(700, height)
    view.show()
    view.show_conversation(conv)
    view.select(reply.id)  # as the window does: the streaming answer is selected
    widget = view.widget_for(reply.id)
    assert widget is not None
    return view, widget, reply


def frame(view: ChatView, reply: Message, text: str) -> None:
    view.apply_update(reply.id, StreamUpdate(False, text, False, "", StreamPhase.WRITING, 1.0))
    settle()


def recording() -> Paints:
    paints = Paints()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(paints)
    return paints


def stop(paints: Paints) -> None:
    app = QApplication.instance()
    assert app is not None
    app.removeEventFilter(paints)


def test_a_streamed_frame_repaints_only_the_answer_text(qtbot: Any, themed: str) -> None:
    """Text added to the open line is painted by the answer's own view: the chat, the
    message frame and the window under it are not repainted."""
    view, widget, reply = streaming_chat(qtbot, themed == "dark")
    frame(view, reply, "A first paragraph.\n\nThe open one starts")
    answer = widget.body.segments[-1]
    paints = recording()
    try:
        frame(view, reply, " and grows")
    finally:
        stop(paints)
    assert paints.widgets() == {answer.viewport()}


def test_a_growing_answer_does_not_repaint_the_lines_above(qtbot: Any, themed: str) -> None:
    """When the open paragraph wraps to a new line the view grows; the finished
    paragraph above it is not painted again."""
    view, widget, reply = streaming_chat(qtbot, themed == "dark")
    frame(view, reply, "A first paragraph that is already finished.\n\nThe open one")
    answer = widget.body.segments[-1]
    first = answer.document().firstBlock()
    first_rect = answer.document().documentLayout().blockBoundingRect(first).toRect()
    height = answer.height()
    paints = recording()
    try:
        for _ in range(6):
            frame(view, reply, " " + WORDS)
    finally:
        stop(paints)
    assert answer.height() > height  # it did grow
    assert not paints.region(answer.viewport()).intersects(first_rect)


def test_a_frame_that_scrolls_the_chat_does_not_repaint_the_window_under_it(
    qtbot: Any, themed: str
) -> None:
    """When the answer outgrows the room below it in a full chat, the chat scrolls and
    what is visible is drawn again; the chat's container is opaque, so the view's viewport
    and the window under it are not painted as well (only under the scroll bar, which
    moved)."""
    view, widget, reply = streaming_chat(qtbot, themed == "dark", height=300)
    holder = QWidget()  # the window under the chat
    holder.resize(700, 320)
    view.setParent(holder)
    holder.show()
    try:
        for _ in range(8):  # taller than the view: it sticks to the bottom from now on
            frame(view, reply, WORDS * 3 + "\n\n")
        settle(10)
        bar = view.verticalScrollBar()
        before = bar.value()
        for _ in range(30):  # until a frame outgrows the room and scrolls
            paints = recording()
            try:
                frame(view, reply, WORDS)
                settle(10)
            finally:
                stop(paints)
            if bar.value() != before:
                break
        assert bar.value() > before  # it did scroll
        assert view.viewport() not in paints.widgets()
        assert widget in paints.widgets()  # drawn again where it moved to
        viewport = view.viewport()
        text_area = QRect(viewport.mapTo(holder, viewport.rect().topLeft()), viewport.size())
        assert not paints.region(holder).intersects(text_area)
    finally:
        view.setParent(None)  # qtbot closes the view itself


def test_an_answer_grows_into_room_below_it_instead_of_scrolling_each_line(
    qtbot: Any, themed: str
) -> None:
    """At the bottom of a full chat a streamed answer used to scroll the chat at every new
    line, and each scroll repaints everything in sight. Now the chat scrolls once to make
    room below the answer, which grows into it: the lines in sight are repainted only when
    it has filled the room, a few lines at a time."""
    view, widget, reply = streaming_chat(qtbot, themed == "dark", height=300)
    for _ in range(8):  # taller than the view: it sticks to the bottom from now on
        frame(view, reply, WORDS * 3 + "\n\n")
    settle(10)
    bar = view.verticalScrollBar()
    answer = widget.body.segments[-1]
    lines = scrolls = repainted = 0
    text = answer.document().documentLayout()
    for _ in range(16):  # a short paragraph each
        height, value = text.documentSize().height(), bar.value()
        paints = recording()
        try:
            frame(view, reply, WORDS + "\n\n")
            settle(10)
        finally:
            stop(paints)
        lines += text.documentSize().height() > height
        scrolls += bar.value() != value
        top = answer.viewport().mapFrom(view.viewport(), QPoint(0, 0))  # the chat's top
        top_lines = QRect(top, QSize(answer.viewport().width(), 40))
        repainted += paints.region(answer.viewport()).intersects(top_lines)
        assert bar.value() == bar.maximum()  # still following the answer
    assert lines >= 12, lines
    assert 1 <= scrolls <= lines // 3, (scrolls, lines)
    assert repainted == scrolls  # the lines in sight moved only with those scrolls


def test_the_room_below_an_answer_goes_when_it_ends(qtbot: Any) -> None:
    """Once the answer is complete the chat is as tall as its messages again, and the
    view still shows the end of the answer; a chat that fits its view never had room."""
    view, widget, reply = streaming_chat(qtbot, False, height=300)
    container = view.widget()
    frame(view, reply, WORDS)
    settle(10)
    assert view.verticalScrollBar().maximum() == 0  # it fits: nothing held
    rooms = []
    for _ in range(10):
        frame(view, reply, WORDS * 3 + "\n\n")
        settle(10)
        if view.verticalScrollBar().maximum() > 0:  # the chat is full
            rooms.append(container.height() - (widget.geometry().bottom() + 1))
    assert max(rooms) > 12 + 40  # the layout's bottom margin, and room for lines to come
    bar = view.verticalScrollBar()
    reply.content = "".join(widget.body.streamed_text())
    reply.status = MessageStatus.COMPLETE
    view.message_finished(reply.id)
    settle(20)
    room = container.height() - (widget.geometry().bottom() + 1)
    assert room <= 12  # the layout's bottom margin
    assert bar.value() == bar.maximum()


def test_the_screen_after_streaming_is_what_a_full_repaint_draws(qtbot: Any, themed: str) -> None:
    """Repainting only what changed leaves nothing stale: the selected answer's rounded
    border, the actions below it and the text are where a full repaint puts them (the
    chat is tall enough not to scroll, which would repaint it all)."""
    view, widget, reply = streaming_chat(qtbot, themed == "dark", height=900)
    for step in range(20):
        frame(view, reply, WORDS + ("\n\n" if step % 7 == 6 else ""))
    settle(20)  # the last layout and its scroll bar
    screen = QApplication.primaryScreen()
    shown = screen.grabWindow(view.winId()).toImage().convertToFormat(QImage.Format.Format_RGB32)
    drawn = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert shown.size() == drawn.size()
    rect = QRect(view.mapTo(view.window(), widget.pos()), widget.size()) & view.rect()
    assert shown.copy(rect) == drawn.copy(rect)


def test_streamed_reasoning_repaints_only_its_text(qtbot: Any, themed: str) -> None:
    """The reasoning pane's text view paints its own background: a frame of reasoning
    does not repaint the pane or the window under it."""
    pane = ReasoningPane(dark=themed == "dark")
    qtbot.addWidget(pane)
    pane.resize(320, 500)
    pane.show()
    pane.begin_live("m1", "Let me think.")
    settle()
    pane.append_live(" More", False, StreamPhase.THINKING, None)
    settle()
    paints = recording()
    try:
        pane.append_live(" thoughts", False, StreamPhase.THINKING, None)
        settle()
    finally:
        stop(paints)
    assert paints.widgets() == {pane.text.viewport()}


def test_reasoning_summary_follows_each_new_answer(qtbot: Any) -> None:
    """The live summary is only redone when it changes; a new answer that reaches the
    same phase and time as the last one still shows it, not "Waiting for MiniMax…"."""
    pane = ReasoningPane()
    qtbot.addWidget(pane)
    pane.begin_live("m1", "")
    pane.append_live("", False, StreamPhase.WRITING, 3.0)
    first = pane._summary.text()
    assert "3 s" in first
    pane.begin_live("m2", "")
    assert "3 s" not in pane._summary.text()
    pane.append_live("", False, StreamPhase.WRITING, 3.0)
    assert pane._summary.text() == first


class Resizes(QObject):
    """Counts resize events of one widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.count += 1
        return False


def test_a_frame_that_finishes_a_block_lays_out_the_answer_once(qtbot: Any) -> None:
    """The finished code block becomes rich text and the next paragraph opens as the new
    tail: one layout of the answer and one change of its height, not one per edit (each
    would lay out the chat under it again)."""
    view, widget, reply = streaming_chat(qtbot, False)
    frame(view, reply, "Intro.\n\n```python\nx = 1\ny = 2\n")
    answer = widget.body.segments[-1]
    sizes: list[object] = []
    answer.document().documentLayout().documentSizeChanged.connect(sizes.append)
    resizes = Resizes(answer)
    frame(view, reply, "```\n\nAfter the code")
    assert answer is widget.body.segments[-1]
    assert answer.toPlainText().endswith("y = 2\n\nAfter the code")  # the code is rich text
    assert len(sizes) == 1
    assert resizes.count <= 1  # (none when the room kept below its text takes the growth)


def test_the_room_is_kept_when_nothing_in_the_chat_wraps(qtbot: Any) -> None:
    """The scroll area sizes a chat by its height for the view's width only while some
    message wraps to it (the usual case), and by its minimum size otherwise: growth
    that stays within the room changes neither, so the chat does not scroll."""
    from gui.ui.widgets.chat_view import _Container

    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidgetResizable(True)
    container = _Container()
    layout = QVBoxLayout(container)
    growing = QWidget()
    growing.setFixedHeight(400)  # no height for width anywhere
    layout.addWidget(growing)
    layout.addStretch(1)
    area.setWidget(container)
    area.resize(300, 200)
    area.show()
    container.room = 0.3
    settle(5)
    assert not layout.hasHeightForWidth()
    bar = area.verticalScrollBar()
    first = bar.maximum()
    assert first >= 400 + 0.3 * area.viewport().height() - 200  # room made at once
    for height in range(410, 440, 10):  # grows within the room
        growing.setFixedHeight(height)
        settle(5)
        assert bar.maximum() == first
    growing.setFixedHeight(first + 200)  # outgrows it: room again below
    settle(5)
    assert bar.maximum() > first + 40
    container.release()
    settle(5)
    bottom = growing.geometry().bottom() + 1 + layout.contentsMargins().bottom()
    assert container.height() == bottom  # the messages' own height again


def test_the_composer_cursor_repaints_only_the_text_box(qtbot: Any, themed: str) -> None:
    """The cursor blinks twice a second while the user reads an answer: each blink
    repaints the text area under it, not the composer and the window under that (the
    box's rounded style-sheet frame would make the text area transparent)."""
    from gui.ui.widgets.composer import Composer

    holder = QWidget()  # the window under the composer
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    composer = Composer()
    layout.addWidget(composer)
    holder.resize(600, 140)
    holder.show()
    composer.edit.setPlainText("the next question")
    settle()
    edit = composer.edit
    paints = recording()
    try:
        edit.viewport().update(edit.cursorRect())  # what a blink asks for
        settle()
    finally:
        stop(paints)
    assert paints.widgets() == {edit.viewport()}


def test_the_composer_looks_the_same_with_its_own_background(qtbot: Any, themed: str) -> None:
    """The text area fills itself with the box's colour: on screen it looks as a plain
    text box under the same style-sheet rule, which Qt draws with the box's frame."""
    from PySide6.QtWidgets import QPlainTextEdit

    from gui.ui.widgets.composer import ComposerEdit

    def boxed(edit: QPlainTextEdit) -> QImage:
        holder = QWidget()
        holder.setObjectName("composer")
        qtbot.addWidget(holder)
        QVBoxLayout(holder).addWidget(edit)
        holder.resize(400, 100)
        holder.show()
        edit.setPlainText("the next question\nand a second line")
        settle()
        edit.viewport().update()  # painted alone, as the cursor's blinks are
        settle()
        shot = QApplication.primaryScreen().grabWindow(holder.winId()).toImage()
        return shot.convertToFormat(QImage.Format.Format_RGB32)

    plain = QPlainTextEdit()
    plain.setObjectName("composer-edit")
    assert boxed(ComposerEdit()) == boxed(plain)


def test_streamed_reasoning_on_screen_is_what_a_full_repaint_draws(qtbot: Any, themed: str) -> None:
    """What a frame of reasoning repaints leaves nothing stale: words that wrap to a new
    line, new paragraphs and a pane that scrolls to follow the end look as a full repaint
    draws them, and every character is there."""
    pane = ReasoningPane(dark=themed == "dark")
    qtbot.addWidget(pane)
    pane.resize(300, 260)
    pane.show()
    pane.begin_live("m1", "")
    settle()
    paragraphs = [WORDS * (2 + index % 3) for index in range(5)]
    source = "\n\n".join(paragraphs) + "a longer word at the end"
    sent = ""
    for start in range(0, len(source), 7):  # words cut in two, as tokens come
        piece = source[start : start + 7]
        pane.append_live(piece, False, StreamPhase.THINKING, None)
        sent += piece
        settle()
    settle(5)
    assert pane.text.toPlainText() == sent
    assert pane.text.verticalScrollBar().value() > 0  # it followed the end
    viewport = pane.text.viewport()
    shown = QApplication.primaryScreen().grabWindow(pane.winId()).toImage()
    drawn = pane.grab().toImage()
    rect = QRect(viewport.mapTo(pane, QPoint(0, 0)), viewport.size())
    shown = shown.convertToFormat(QImage.Format.Format_RGB32).copy(rect)
    drawn = drawn.convertToFormat(QImage.Format.Format_RGB32).copy(rect)
    assert shown == drawn


def test_a_streamed_rich_answer_on_screen_is_what_a_full_repaint_draws(
    qtbot: Any, themed: str
) -> None:
    """What a frame of the answer repaints (its room for more lines included) leaves
    nothing stale: lists, a code block that opens shaded and closes, headings, and bold
    words rendered as they arrive, cut as tokens come."""
    source = (
        "# A heading\n\nSome **bold words** and `code` in a paragraph that wraps over "
        + WORDS * 2
        + "\n\n- one item\n- two items that are longer than the first\n\n```python\n"
        + "def grow(x):\n    return x + 1\n```\n\nAfter the code, *emphasis* and "
        + WORDS
        + "\n\n> quoted words "
        + WORDS
        + "\n\n1. first\n2. second"
    )
    view, widget, reply = streaming_chat(qtbot, themed == "dark", height=1000)
    for start in range(0, len(source), 7):
        frame(view, reply, source[start : start + 7])
    settle(20)
    assert "def grow(x):" in widget.body.toPlainText()
    screen = QApplication.primaryScreen()
    shown = screen.grabWindow(view.winId()).toImage().convertToFormat(QImage.Format.Format_RGB32)
    drawn = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    rect = QRect(view.mapTo(view.window(), widget.pos()), widget.size()) & view.rect()
    assert shown.copy(rect) == drawn.copy(rect)
