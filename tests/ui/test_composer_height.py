"""The message box grows with the lines it shows, wrapped ones included, up to ten."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from gui.ui import theme
from gui.ui.widgets.composer import ComposerEdit


@pytest.fixture
def edit(qtbot: Any) -> Iterator[ComposerEdit]:
    """A message box 300 px wide under the app's style sheet (its border and padding)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet, palette, style = app.styleSheet(), app.palette(), app.style().name()
    theme.apply(app, "light")
    box = ComposerEdit()
    qtbot.addWidget(box)
    box.resize(300, 100)
    box.show()
    yield box
    app.setStyleSheet(sheet)
    app.setPalette(palette)
    app.setStyle(style)


def scrolls_at_its_height(edit: ComposerEdit, text: str) -> bool:
    """Whether ``text`` needs the scroll bar once the box takes the height it asks for."""
    edit.setPlainText(text)
    QApplication.processEvents()
    edit.setFixedHeight(edit.sizeHint().height())
    QApplication.processEvents()
    return edit.verticalScrollBar().maximum() > 0


@pytest.mark.parametrize(
    "text",
    ["", "two\nlines", "three\nshort\nlines", "a question typed on one line " * 8],
)
def test_the_box_shows_every_line_of_a_short_message(edit: ComposerEdit, text: str) -> None:
    """Two lines already had a scroll bar (two pixels short), and a question typed on one
    line (no Shift+Enter) stayed two lines high, its first lines scrolled out of sight."""
    assert not scrolls_at_its_height(edit, text)


def test_a_long_message_stops_growing_at_ten_lines(edit: ComposerEdit) -> None:
    assert scrolls_at_its_height(edit, "word " * 2000)
    line = edit.fontMetrics().lineSpacing()
    assert 10 * line < edit.height() < 11 * line + 40
