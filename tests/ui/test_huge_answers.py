"""Huge answers stay readable and copyable, and are laid out a bounded piece at a time.

No timings here (they live in ``python -m benchmarks --only stalls``): these tests
check the structure that keeps the window responsive: which path a big block takes,
how big each piece of work is, and that the event loop gets its turns while a huge
answer is laid out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QTimer
from PySide6.QtGui import QGuiApplication

from benchmarks.content import big_code, deep_nesting, huge_table, long_line
from gui.core.conversation import Conversation, Message, MessageStatus, Role
from gui.core.markdown_pieces import PIECE_CHARS
from gui.ui.controller import StreamUpdate
from gui.ui.widgets.chat_view import ChatView
from gui.ui.widgets.markdown_view import TAIL_LINE, MarkdownView
from gui.ui.widgets.message_body import MessageBody
from gui.ui.widgets.message_widget import MessageWidget
from gui.ui.widgets.table_block import TableBlock


def answer(text: str) -> Message:
    return Message(role=Role.ASSISTANT, content=text, status=MessageStatus.COMPLETE)


def tables(body: MessageBody) -> list[TableBlock]:
    return [s for s in body.segments if isinstance(s, TableBlock)]


def longest_paragraph(body: MessageBody) -> int:
    longest = 0
    for segment in body.segments:
        if isinstance(segment, MarkdownView):
            block = segment.document().begin()
            while block.isValid():
                longest = max(longest, block.length())
                block = block.next()
    return longest


def test_big_table_is_shown_in_a_table_view_and_copies_whole(qtbot: Any) -> None:
    text = huge_table(200, 200)
    widget = MessageWidget(answer(text))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not widget.body.rendering)
    [table] = tables(widget.body)
    assert (table.model.rowCount(), table.model.columnCount()) == (200, 200)
    assert table.model.data(table.model.index(199, 199)) == "r199c199"
    for segment in widget.body.segments:  # no rich-text table was laid out
        if isinstance(segment, MarkdownView):
            assert segment.document().rootFrame().childFrames() == []
    assert "A big table:" in widget.body.toPlainText()
    assert "The end." in widget.body.toPlainText()

    clipboard = QGuiApplication.clipboard()
    widget.copy_markdown()
    assert clipboard.text() == text
    widget.copy_answer()
    assert clipboard.text() == text
    table.copy_source()
    assert clipboard.text() == text.split("\n\n")[1] + "\n"

    model = table.model
    selection = QItemSelection(model.index(0, 0), model.index(1, 1))
    table.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)
    table.copy_selection()
    assert clipboard.text() == "r0c0\tr0c1\nr1c0\tr1c1"


def test_huge_answer_is_copied_as_text_without_rendering_it_to_html(qtbot: Any) -> None:
    text = huge_table(200, 200)
    widget = MessageWidget(answer(text))
    qtbot.addWidget(widget)
    widget.copy_answer()
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == text
    assert not data.hasHtml()


def test_opening_a_huge_answer_returns_to_the_event_loop_between_pieces(qtbot: Any) -> None:
    text = "\n\n".join(f"Paragraph {i}." for i in range(6_000))
    body = MessageBody()
    qtbot.addWidget(body)
    body.show()
    turns: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(0)
    heartbeat.timeout.connect(lambda: turns.append(body.pieces_rendered))
    heartbeat.start()
    body.set_markdown(text)
    assert "Paragraph 5999." not in body.toPlainText()  # only the first piece so far
    qtbot.waitUntil(lambda: not body.rendering, timeout=60_000)  # (a loaded machine)
    heartbeat.stop()
    assert "Paragraph 5999." in body.toPlainText()
    # The heartbeat ran between pieces: the loop was never held for the whole answer.
    assert len(set(turns)) >= body.pieces_rendered // 2 > 10
    assert body.largest_piece <= PIECE_CHARS


def test_opening_a_chat_of_pathological_answers_lets_the_loop_run(qtbot: Any) -> None:
    answers = [huge_table(60, 40), long_line(40_000), deep_nesting(50), big_code(400)]
    conv = Conversation(title="huge")
    for text in answers:
        conv.messages.append(Message(role=Role.USER, content="go"))
        conv.messages.append(answer(text))
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    beats: list[bool] = []
    heartbeat = QTimer()
    heartbeat.setInterval(0)
    heartbeat.timeout.connect(lambda: beats.append(True))
    heartbeat.start()
    view.show_conversation(conv)
    bodies = [view.widget_for(m.id).body for m in conv.messages if m.role is Role.ASSISTANT]
    beats_at_open = len(beats)
    assert any(body.rendering for body in bodies)
    qtbot.waitUntil(lambda: not any(body.rendering for body in bodies), timeout=30_000)
    heartbeat.stop()
    assert len(beats) - beats_at_open > 10
    shown = [body.toPlainText() for body in bodies]
    assert len(tables(bodies[0])) == 1
    assert long_line(40_000).split()[-1] in shown[1]
    assert "item at level 49" in shown[2] and "quoted at level 50" in shown[2]
    assert "line 399" in shown[3]


def test_deeply_nested_answer_loses_no_text(qtbot: Any) -> None:
    widget = MessageWidget(answer(deep_nesting(50)))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.body.rendering)
    shown = widget.body.toPlainText()
    assert all(f"item at level {level}" in shown for level in range(50))
    assert all(f"quoted at level {level}" in shown for level in range(1, 51))


def test_long_code_block_is_highlighted_in_parts(qtbot: Any) -> None:
    widget = MessageWidget(answer(big_code(600)))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.body.rendering)
    assert widget.body.pieces_rendered > 10
    html = "".join(s.toHtml() for s in widget.body.segments if isinstance(s, MarkdownView))
    assert html.count(">python<") == 1  # one label for the whole block
    shown = widget.body.toPlainText()
    assert "line 0" in shown and "line 597" in shown and "That is all." in shown


def test_streamed_long_line_is_shown_in_short_paragraphs(qtbot: Any) -> None:
    text = long_line(40_000)
    body = MessageBody()
    qtbot.addWidget(body)
    body.show()
    body.begin_stream()
    longest = 0
    for start in range(0, len(text), 1_000):
        body.append_stream(text[start : start + 1_000])
        longest = max(longest, longest_paragraph(body))
    assert longest <= max(TAIL_LINE, PIECE_CHARS) + 1  # not the whole line
    body.finish_stream()
    qtbot.waitUntil(lambda: not body.rendering)
    assert text.split()[-1] in body.toPlainText()


def test_streamed_big_table_ends_in_a_table_view(qtbot: Any) -> None:
    text = huge_table(80, 30)
    view = ChatView()
    qtbot.addWidget(view)
    view.show()
    conv = Conversation(title="t")
    reply = Message(role=Role.ASSISTANT, status=MessageStatus.STREAMING)
    conv.messages += [Message(role=Role.USER, content="go"), reply]
    view.show_conversation(conv)
    for start in range(0, len(text), 997):
        piece = text[start : start + 997]
        view.apply_update(reply.id, StreamUpdate(False, piece, False, "", "writing", 1.0))
        qtbot.wait(1)
    reply.content, reply.status = text, MessageStatus.COMPLETE
    view.message_finished(reply.id)
    body = view.widget_for(reply.id).body
    qtbot.waitUntil(lambda: not body.rendering)
    [table] = tables(body)
    assert table.model.rowCount() == 80
    assert "The end." in body.toPlainText()
    assert "| r0c0 |" not in body.toPlainText()  # the plain tail is gone


def streamed_body(qtbot: Any) -> MessageBody:
    body = MessageBody()
    qtbot.addWidget(body)
    body.resize(800, 600)
    body.show()
    body.begin_stream()
    return body


def test_big_table_grows_in_its_table_view_while_it_streams(qtbot: Any) -> None:
    text = huge_table(80, 30)
    body = streamed_body(qtbot)
    half = text.index("| r40c0 ")
    for start in range(0, half, 997):
        body.append_stream(text[start : min(half, start + 997)])
        qtbot.waitUntil(lambda: not body.rendering)
    # The rows so far are in a table view, not in a text document to be dropped later.
    [table] = tables(body)
    assert table.model.rowCount() == 40
    assert "| r0c0 |" not in body.toPlainText()
    assert all("r39c29" not in view.toPlainText() for view in body.segments if view is not table)
    body.append_stream(text[half:])
    body.finish_stream()
    qtbot.waitUntil(lambda: not body.rendering)
    assert tables(body) == [table]  # kept, not built again
    assert table.model.rowCount() == 80
    assert table.source == text.split("\n\n")[1] + "\n"
    assert body.toPlainText().count("The end.") == 1
    assert body.streamed_text() == text


def test_streamed_table_that_ends_without_a_line_end_keeps_its_last_row(qtbot: Any) -> None:
    text = huge_table(30, 30).split("\n\n")[1]  # the answer is the table alone
    body = streamed_body(qtbot)
    body.append_stream(text)
    qtbot.waitUntil(lambda: not body.rendering)
    [table] = tables(body)
    assert table.model.rowCount() == 29  # the last row may still grow
    body.finish_stream()
    qtbot.waitUntil(lambda: not body.rendering)
    assert tables(body) == [table]
    assert table.model.cells(29)[29] == "r29c29"
    assert not body.segments[0].isVisibleTo(body)  # no empty line above the table


def test_streamed_table_that_turns_out_otherwise_is_shown_as_finished(qtbot: Any) -> None:
    # A fence in the block makes the finished text code, not one big table.
    table = huge_table(30, 30).split("\n\n")[1]
    code = "x = 1\n" * 300
    text = f"{table}\n```| not a row\n{code}```\n\nAfter."
    body = streamed_body(qtbot)
    for start in range(0, len(text), 500):
        body.append_stream(text[start : start + 500])
        qtbot.waitUntil(lambda: not body.rendering)
    body.finish_stream()
    qtbot.waitUntil(lambda: not body.rendering)
    opened = MessageBody()
    qtbot.addWidget(opened)
    opened.set_markdown(text)
    qtbot.waitUntil(lambda: not opened.rendering)
    assert len(tables(body)) == len(tables(opened))
    assert body.toPlainText().count("After.") == 1
    assert body.toPlainText().count("r29c29") == opened.toPlainText().count("r29c29") == 1


def test_small_streamed_table_stays_rich_text(qtbot: Any) -> None:
    text = "Three:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nDone."
    body = streamed_body(qtbot)
    body.append_stream(text)
    qtbot.waitUntil(lambda: not body.rendering)
    body.finish_stream()
    qtbot.waitUntil(lambda: not body.rendering)
    assert tables(body) == []
    assert any(isinstance(s, MarkdownView) and s.document().rootFrame().childFrames()
               for s in body.segments)  # fmt: skip


def test_code_waits_for_its_highlighter_instead_of_compiling_it_here(qtbot: Any) -> None:
    ready: set[str] = set()
    body = MessageBody(lexer_ready=lambda language: language in ready)
    qtbot.addWidget(body)
    seen: list[str] = []
    body.code_language_seen.connect(seen.append)
    body.set_markdown(big_code(100))
    qtbot.waitUntil(lambda: "python" in seen)
    assert body.rendering  # held, not highlighted on this thread
    assert "line 99" not in body.toPlainText()
    ready.add("python")  # the window's worker thread loaded it
    qtbot.waitUntil(lambda: not body.rendering)
    assert "line 99" in body.toPlainText()
