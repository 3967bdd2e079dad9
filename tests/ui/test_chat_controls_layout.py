"""The chat controls row keeps the chat's choices readable and the chat total visible."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QToolButton

from gui.core.context_meter import ContextUse
from gui.ui.widgets.chat_controls import ChatControls

TOTAL = "This chat: 885 tokens · ≈ $0.0002636"


def filled(qtbot: Any) -> ChatControls:
    controls = ChatControls()
    qtbot.addWidget(controls)
    tools = QToolButton()
    tools.setText("Tools")
    controls.add_leading(tools)
    controls.show_model(None, "MiniMax-M2.7-highspeed", ["MiniMax-M2.7-highspeed", "MiniMax-M3"])
    controls.show_thinking("MiniMax-M3", None, "adaptive")
    controls.show_context("MiniMax-M3", ContextUse(5_500, 1_000_000, False))
    controls.show_totals(TOTAL, "tip")
    return controls


def one_line_width(controls: ChatControls) -> int:
    parts = [controls.model.parentWidget(), controls.totals.parentWidget()]
    margins = controls.layout().contentsMargins()
    return sum(p.sizeHint().width() for p in parts) + 12 + margins.left() + margins.right()


def test_a_narrow_row_wraps_instead_of_squeezing_the_choices_or_hiding_the_total(
    qtbot: Any,
) -> None:
    # Seen as a new user: after the first answer "Default (Adaptive)" read "Default (",
    # and later, with the model picker beside it, the chat total vanished altogether.
    controls = filled(qtbot)
    full = one_line_width(controls)
    # The row's minimum must not be the sum of every label: with both side panes open the
    # window cannot give it that
    assert controls.minimumSizeHint().width() <= full - 300
    controls.resize(full - 150, controls.heightForWidth(full - 150))
    controls.show()
    QApplication.processEvents()
    for choice in (controls.model, controls.thinking):
        assert choice.width() >= choice.sizeHint().width()
    assert controls.totals.width() >= controls.totals.sizeHint().width()
    assert controls.totals.isVisible() and controls.totals.text() == TOTAL
    assert controls.meter.parentWidget().y() > controls.model.parentWidget().y()  # line two


def test_a_wide_row_keeps_everything_on_one_line(qtbot: Any) -> None:
    controls = filled(qtbot)
    full = one_line_width(controls)
    controls.resize(full + 40, controls.heightForWidth(full + 40))
    controls.show()
    QApplication.processEvents()
    assert controls.meter.parentWidget().y() == controls.model.parentWidget().y()
    assert controls.totals.width() >= controls.totals.sizeHint().width()
    # the total sits at the right end of the line
    right_end = controls.totals.mapTo(controls, controls.totals.rect().topRight()).x()
    assert right_end >= controls.width() - controls.layout().contentsMargins().right() - 2


def test_the_model_box_is_as_wide_as_the_model_it_shows(qtbot: Any) -> None:
    """Not as wide as the longest id listed: that width is the row's, for the cost."""
    controls = filled(qtbot)
    default_width = controls.model.width()
    controls.show_model(
        "MiniMax-M3", "MiniMax-M2.7-highspeed", ["MiniMax-M2.7-highspeed", "MiniMax-M3"]
    )
    assert controls.model.width() < default_width
    assert controls.model.currentText() == "MiniMax-M3"
