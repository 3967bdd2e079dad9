"""A code block shows as code while it streams: shaded, under its language, no fence lines."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextDocument

from gui.core.markdown import DARK, LIGHT
from gui.ui.widgets.markdown_view import MarkdownView
from gui.ui.widgets.message_body import MessageBody


def text_of(body: MessageBody) -> str:
    return "\n".join(
        s.document().toPlainText() for s in body.segments if isinstance(s, MarkdownView)
    )


def shaded_lines(document: QTextDocument, color: str) -> list[str]:
    lines = []
    block = document.begin()
    while block.isValid():
        background = block.blockFormat().background()
        if background.style() != Qt.BrushStyle.NoBrush and background.color() == QColor(color):
            lines.append(block.text().rstrip())
        block = block.next()
    return lines


@pytest.mark.parametrize("dark", [False, True])
def test_an_open_code_block_streams_as_code_without_its_fence(qtbot: Any, dark: bool) -> None:
    body = MessageBody(dark=dark, lexer_ready=lambda language: True)
    qtbot.addWidget(body)
    palette = DARK if dark else LIGHT
    body.begin_stream()
    for piece in ["Intro line.\n\n", "```pyth", "on\ndef f():\n", "    return 1\n``"]:
        body.append_stream(piece)
    qtbot.waitUntil(lambda: not body.rendering)
    view = body.segments[-1]
    assert isinstance(view, MarkdownView)
    shown = text_of(body)
    assert "```" not in shown and "``" not in shown
    assert "python\ndef f():\n    return 1" in shown
    assert shaded_lines(view.document(), palette.code_bg) == ["def f():", "    return 1", ""]

    body.append_stream("`\n\nAfter the block.\n\nNext")
    qtbot.waitUntil(lambda: not body.rendering)
    shown = text_of(body)
    assert "```" not in shown
    assert "After the block." in shown
    document = view.document()
    for text in ("After the block.", "Next"):  # the shading did not leak into them
        background = document.find(text).block().blockFormat().background()
        assert background.style() == Qt.BrushStyle.NoBrush
    # Only the finished block's code is shaded now (the highlighter's <pre>), not its label.
    assert shaded_lines(document, palette.code_bg) == ["def f():", "    return 1"]


def test_the_growing_code_is_added_not_laid_out_again(qtbot: Any) -> None:
    body = MessageBody(lexer_ready=lambda language: True)
    qtbot.addWidget(body)
    body.begin_stream()
    body.append_stream("```sh\nls\n")
    qtbot.waitUntil(lambda: not body.rendering)
    view = body.segments[-1]
    assert isinstance(view, MarkdownView)
    first = view.document().findBlockByLineNumber(1)
    body.append_stream("pwd\n")
    qtbot.waitUntil(lambda: not body.rendering)
    # The block shown before is the same block object: only the end was added.
    assert view.document().findBlockByLineNumber(1) == first
    assert view.document().toPlainText() == "sh\nls\npwd\n"


def test_code_is_monospaced_when_its_fence_line_came_in_a_frame_of_its_own(qtbot: Any) -> None:
    body = MessageBody(lexer_ready=lambda language: True)
    qtbot.addWidget(body)
    body.begin_stream()
    for piece in ["Here:\n\n", "```python\n", "x = 1\n", "y = 2\n"]:
        body.append_stream(piece)
        qtbot.waitUntil(lambda: not body.rendering)
    view = body.segments[-1]
    assert isinstance(view, MarkdownView)
    for line in ("x = 1", "y = 2"):
        cursor = view.document().find(line)
        assert not cursor.isNull()
        assert cursor.charFormat().fontFixedPitch(), line
