"""A big code block streams as plain lines in segments of its own, then turns highlighted
a piece per turn in place: every line shown once throughout, ending as a reopened block."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer

from benchmarks.content import big_code
from gui.core.conversation import Conversation, Message, MessageStatus, Role
from gui.ui.controller import StreamUpdate
from gui.ui.widgets.chat_view import ChatView
from gui.ui.widgets.code_stream import PART_CHARS
from gui.ui.widgets.markdown_view import MarkdownView
from gui.ui.widgets.message_body import MessageBody

LINES = 2_000
FRAME = 4_000


def code_lines(text: str) -> list[str]:
    """The lines of ``big_code``'s block, in the order shown."""
    return [
        line.strip()
        for line in text.split("\n")
        if line.strip().startswith(("def step_", "return value"))
    ]


def colours(body: MessageBody) -> list[tuple[str, str]]:
    """(text, colour) of every visible fragment that is not only spaces."""
    shown = []
    for segment in body.segments:
        if not isinstance(segment, MarkdownView) or not segment.isVisibleTo(body):
            continue
        block = segment.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.text().strip():
                    colour = fragment.charFormat().foreground().color().name()
                    shown.append((fragment.text().strip(), colour))
                fragments += 1
            block = block.next()
    return shown


def streaming_body(qtbot: Any, ready: set[str] | None = None) -> MessageBody:
    body = MessageBody(lexer_ready=None if ready is None else (lambda lang: lang in ready))
    qtbot.addWidget(body)
    body.resize(800, 600)  # not shown: painting all of a tall window's lines is slow here
    body.begin_stream()
    return body


def stream(qtbot: Any, body: MessageBody, text: str) -> None:
    for start in range(0, len(text), FRAME):
        body.append_stream(text[start : start + FRAME])
        qtbot.wait(1)


def reopened(qtbot: Any, text: str) -> MessageBody:
    body = MessageBody()
    qtbot.addWidget(body)
    body.resize(800, 600)
    body.set_markdown(text)
    qtbot.waitUntil(lambda: not body.rendering, timeout=20_000)
    return body


def test_open_big_code_waits_as_plain_lines_in_segments_of_its_own(qtbot: Any) -> None:
    text = big_code(LINES)
    body = streaming_body(qtbot)
    stream(qtbot, body, text[: len(text) // 2])
    views = [s for s in body.segments if isinstance(s, MarkdownView)]
    assert views[0].toPlainText().strip() == "Here is the code:"  # the text before stays apart
    plain = views[1:]
    assert len(plain) >= 2  # the block's lines so far, a part per segment
    assert all(len(view.toPlainText()) <= PART_CHARS + 100 for view in plain)
    assert plain[0].toPlainText().startswith("python\n")  # the language, on the first only
    assert not any(view.toPlainText().startswith("python") for view in plain[1:])
    expected = code_lines(text[: len(text) // 2])
    shown = code_lines(body.toPlainText())
    assert shown[: len(expected) - 1] == expected[:-1]  # the last may still be arriving


def test_finished_big_code_is_highlighted_as_when_its_chat_is_reopened(qtbot: Any) -> None:
    text = big_code(LINES)
    body = streaming_body(qtbot)
    stream(qtbot, body, text)
    body.finish_stream()
    qtbot.waitUntil(lambda: not body.rendering, timeout=20_000)
    again = reopened(qtbot, text)
    assert colours(body) == colours(again)
    assert len({colour for _text, colour in colours(body)}) > 3  # highlighted, not plain
    assert code_lines(body.toPlainText()) == code_lines(text)
    assert body.toPlainText().split() == again.toPlainText().split()
    assert body.toPlainText().count("python") == 1  # one language label, no plain copy


def test_the_swap_takes_many_turns_and_shows_every_line_once_throughout(qtbot: Any) -> None:
    text = big_code(LINES)
    body = streaming_body(qtbot)
    stream(qtbot, body, text)
    expected = code_lines(text)
    # The lines of the last frame, which closed the block, wait for their pieces.
    before = code_lines(body.toPlainText())
    assert before == expected[: len(before)]
    assert len(before) > len(expected) - 100
    snapshots: list[list[str]] = []
    watcher = QTimer()
    watcher.setInterval(0)
    watcher.timeout.connect(lambda: snapshots.append(code_lines(body.toPlainText())))
    body.finish_stream()  # the closing fence and the words after it were already there
    watcher.start()
    qtbot.waitUntil(lambda: not body.rendering, timeout=20_000)
    watcher.stop()
    assert len(snapshots) > 20  # a piece per turn, the loop running in between
    # Each line is shown once, in order, highlighted or still plain; none goes missing.
    assert all(lines == expected[: len(lines)] for lines in snapshots)
    assert all(len(lines) >= len(before) for lines in snapshots)
    assert snapshots[-1] == expected
    assert "That is all." in body.toPlainText()


def test_a_stream_that_ends_inside_a_big_code_block_shows_it_all_highlighted(qtbot: Any) -> None:
    text = big_code(LINES).split("```\n\nThat")[0]  # no closing fence
    body = streaming_body(qtbot)
    stream(qtbot, body, text)
    body.finish_stream()
    qtbot.waitUntil(lambda: not body.rendering, timeout=20_000)
    assert code_lines(body.toPlainText()) == code_lines(text)
    assert colours(body) == colours(reopened(qtbot, text))


def test_a_block_that_waits_for_its_highlighter_ends_as_when_reopened(qtbot: Any) -> None:
    ready: set[str] = set()
    text = big_code(LINES)
    body = streaming_body(qtbot, ready)
    stream(qtbot, body, text)
    body.finish_stream()
    qtbot.wait(50)
    assert body.rendering  # held for its highlighter, not compiled on this thread
    ready.add("python")
    qtbot.waitUntil(lambda: not body.rendering, timeout=20_000)
    assert colours(body) == colours(reopened(qtbot, text))


def test_showing_another_text_in_the_middle_of_the_swap_leaves_nothing_behind(
    qtbot: Any,
) -> None:
    text = big_code(LINES)
    body = streaming_body(qtbot)
    stream(qtbot, body, text)
    body.finish_stream()
    qtbot.waitUntil(lambda: body.pieces_rendered > 5)
    assert body.rendering
    body.set_markdown("Another answer.")
    qtbot.waitUntil(lambda: not body.rendering)
    qtbot.wait(20)
    assert body.toPlainText().strip() == "Another answer."
    body.begin_stream("```python\nx = 1\n")  # and it streams again from scratch
    assert code_lines(body.toPlainText()) == []
    assert "x = 1" in body.toPlainText()


def test_switching_chats_in_the_middle_of_the_swap_is_safe(qtbot: Any) -> None:
    text = big_code(LINES)
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    conv = Conversation(title="code")
    reply = Message(role=Role.ASSISTANT, status=MessageStatus.STREAMING)
    conv.messages += [Message(role=Role.USER, content="go"), reply]
    other = Conversation(title="other")
    other.messages += [Message(role=Role.USER, content="hi"), Message(
        role=Role.ASSISTANT, content="Hello.", status=MessageStatus.COMPLETE)]  # fmt: skip
    view.show_conversation(conv)
    for start in range(0, len(text), FRAME):
        piece = text[start : start + FRAME]
        view.apply_update(reply.id, StreamUpdate(False, piece, False, "", "writing", 1.0))
        qtbot.wait(1)
    reply.content, reply.status = text, MessageStatus.COMPLETE
    view.message_finished(reply.id)
    body = view.widget_for(reply.id).body
    qtbot.waitUntil(lambda: body.pieces_rendered > 5)
    view.show_conversation(other)
    qtbot.wait(50)
    view.show_conversation(conv)
    body = view.widget_for(reply.id).body
    qtbot.waitUntil(lambda: not body.rendering, timeout=20_000)
    assert code_lines(body.toPlainText()) == code_lines(text)
