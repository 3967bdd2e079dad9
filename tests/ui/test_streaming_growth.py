"""A streamed answer grows a few lines at a time, and fits its text when it ends (issue 15)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QWidget

from gui.core.conversation import Conversation, Message, MessageStatus, Role
from gui.core.progress import StreamPhase, StreamUpdate
from gui.ui.widgets.chat_view import ChatView
from gui.ui.widgets.markdown_view import MarkdownView
from gui.ui.widgets.message_widget import MessageWidget

WORDS = "steady tokens arrive at the pace of a real model and the answer grows "


class Resizes(QObject):
    """Counts the height changes of one widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(event, QResizeEvent):
            self.count += event.oldSize().height() != event.size().height()
        return False


def settle(turns: int = 3) -> None:
    for _ in range(turns):
        QApplication.processEvents()


def streaming_chat(qtbot: Any) -> tuple[ChatView, MessageWidget, Message]:
    conv = Conversation(title="growth")
    conv.messages.append(Message(role=Role.USER, content="go"))
    reply = Message(role=Role.ASSISTANT, status=MessageStatus.STREAMING)
    conv.messages.append(reply)
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(700, 900)
    view.show()
    view.show_conversation(conv)
    widget = view.widget_for(reply.id)
    assert widget is not None
    widget.begin_stream("")
    return view, widget, reply


def frame(view: ChatView, reply: Message, text: str) -> None:
    view.apply_update(reply.id, StreamUpdate(False, text, False, "", StreamPhase.WRITING, 1.0))
    settle()


def text_height(view: MarkdownView) -> int:
    """The height the view's text needs (what a finished answer's view is)."""
    margins = view.contentsMargins()
    height = view.document().documentLayout().documentSize().height()
    return max(24, int(height + 0.999) + margins.top() + margins.bottom())


def test_a_streamed_answer_grows_a_few_lines_at_a_time(qtbot: Any) -> None:
    """Each height change of the answer lays out its message, moves the actions below it
    and repaints strips of the chat under them: the view takes room for a few more lines
    when its text outgrows it, instead of growing with every line. No text is ever cut."""
    view, widget, reply = streaming_chat(qtbot)
    frame(view, reply, "The answer starts")
    answer = widget.body.segments[-1]
    assert isinstance(answer, MarkdownView)
    resizes = Resizes(answer)
    lines = 0
    for _ in range(24):  # about a line a frame, in one paragraph and then in new ones
        before = text_height(answer)
        frame(view, reply, " " + WORDS)
        lines += text_height(answer) > before
        assert answer.height() >= text_height(answer)  # nothing cut off
    assert lines >= 12, lines
    assert resizes.count <= lines // 2, (resizes.count, lines)


def test_a_finished_answer_fits_its_text(qtbot: Any) -> None:
    """The room for more lines goes when the answer ends."""
    view, widget, reply = streaming_chat(qtbot)
    for _ in range(10):
        frame(view, reply, " " + WORDS)
    answer = widget.body.segments[-1]
    assert isinstance(answer, MarkdownView)
    reply.content = widget.body.streamed_text()
    reply.status = MessageStatus.COMPLETE
    view.message_finished(reply.id)
    settle(10)
    assert widget.body.segments[-1] is answer  # the streamed text was kept
    assert answer.height() == text_height(answer)


def test_an_answer_shown_again_after_streaming_fits_its_text(qtbot: Any) -> None:
    """A reply that ends with other text than was streamed (stopped, or an error) is
    rendered again in the same view: it fits that text, however short."""
    view, widget, reply = streaming_chat(qtbot)
    for _ in range(10):
        frame(view, reply, " " + WORDS)
    reply.content = "Short."
    reply.status = MessageStatus.STOPPED
    view.message_finished(reply.id)
    settle(10)
    answer = widget.body.segments[0]
    assert isinstance(answer, MarkdownView)
    assert answer.toPlainText().strip() == "Short."
    assert answer.height() == text_height(answer)


def test_a_segment_the_stream_left_fits_its_text(qtbot: Any) -> None:
    """A long answer goes on in a new segment; the one it left fits its text at once."""
    from gui.ui.widgets.message_body import SEGMENT_CHARS

    view, widget, reply = streaming_chat(qtbot)
    paragraph = WORDS * 4 + "\n\n"
    for _ in range(SEGMENT_CHARS // len(paragraph) + 3):
        frame(view, reply, paragraph)
    first = widget.body.segments[0]
    assert len(widget.body.segments) > 1
    assert isinstance(first, MarkdownView)
    assert first.height() == text_height(first)
