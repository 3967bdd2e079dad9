"""The chat controls row keeps the thinking choice readable when the chat total is long."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QToolButton

from gui.core.context_meter import ContextUse
from gui.ui.widgets.chat_controls import ChatControls


def test_a_long_chat_total_does_not_squeeze_the_thinking_choice(qtbot: Any) -> None:
    # Seen as a new user: after the first answer "Default (Adaptive)" read "Default ("
    controls = ChatControls()
    qtbot.addWidget(controls)
    tools = QToolButton()
    tools.setText("Tools")
    controls.add_leading(tools)
    controls.show_thinking("MiniMax-M3", None, "adaptive")
    controls.show_context("MiniMax-M3", ContextUse(5_500, 1_000_000, False))
    controls.show_totals("This chat: 885 tokens · ≈ $0.0002636", "tip")
    # The row's minimum must not be the sum of every label: with both side panes open the
    # window cannot give it that
    full = controls.sizeHint().width()
    assert controls.minimumSizeHint().width() <= full - 150
    controls.resize(full - 150, controls.sizeHint().height())
    controls.show()
    QApplication.processEvents()
    assert controls.thinking.width() >= controls.thinking.sizeHint().width()
    assert controls.totals.width() < controls.totals.sizeHint().width()  # the total gives way
