"""The side pane that shows a reply's reasoning, live while it streams."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.conversation import Message, MessageStatus, Role
from gui.core.formatting import duration, local_time, tokens
from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.core.progress import StreamPhase
from gui.core.tool_turns import TimelineStep, status_text, timeline
from gui.ui.plain_text import shown_line
from gui.ui.widgets.plain_math_view import PlainMathView

if TYPE_CHECKING:
    from gui.ui.math_images import MathImages


class ReasoningPane(QFrame):
    """Plain, selectable reasoning text with a "thought for N s" header.

    It follows the reply being generated, or whichever answer the user selected.

    Signals:
        close_requested(): the pane's close button was pressed.
    """

    close_requested = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, dark: bool = False, math: MathImages | None = None
    ) -> None:
        super().__init__(parent)
        self._math = math
        self.setObjectName("reasoning-pane")
        self.setAccessibleName(translate("ReasoningPane", "Reasoning pane"))
        self.message_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(6)

        header = QHBoxLayout()
        title = QLabel(translate("ReasoningPane", "Reasoning"))
        title.setObjectName("pane-title")
        header.addWidget(title)
        header.addStretch(1)
        self._copy = QToolButton()
        self._copy.setText(translate("ReasoningPane", "Copy"))
        self._copy.setObjectName("copy-reasoning")
        self._copy.setToolTip(translate("ReasoningPane", "Copy the reasoning"))
        self._copy.setAccessibleName(translate("ReasoningPane", "Copy the reasoning"))
        self._copy.setAutoRaise(True)
        self._copy.clicked.connect(self.copy_to_clipboard)
        header.addWidget(self._copy)
        close = QToolButton()
        close.setText("✕")
        close.setObjectName("close-reasoning")
        close.setToolTip(translate("ReasoningPane", "Hide the reasoning pane"))
        close.setAccessibleName(translate("ReasoningPane", "Hide the reasoning pane"))
        close.setAutoRaise(True)
        close.clicked.connect(self.close_requested)
        header.addWidget(close)
        layout.addLayout(header)

        self._summary = QLabel()
        self._summary.setObjectName("reasoning-summary")
        self._summary.setWordWrap(True)
        layout.addWidget(self._summary)
        self._summary.setText(_empty_hint())  # the text view's placeholder would be cut short

        self._layout = layout
        self.text = self._new_text_view(dark)
        layout.addWidget(self.text, 1)
        self._earlier: list[TimelineStep] = []  # the live turn's earlier tool rounds
        self._stick = True
        self._summary_for: tuple[StreamPhase, str] | None = None  # what the live summary shows

    def _new_text_view(self, dark: bool) -> PlainMathView:
        view = PlainMathView(dark=dark, math=self._math)
        view.setObjectName("reasoning-text")
        # No style-sheet rule for this view (app.qss): the viewport fills itself with the
        # pane's colour, so it is opaque and a streamed frame repaints only the viewport,
        # not the pane and the window under it.
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        view.setAccessibleName(translate("ReasoningPane", "Reasoning text"))
        view.setReadOnly(True)
        view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        return view

    def set_dark(self, dark: bool) -> None:
        """Typeset formulas for a dark (or light) background from now on."""
        old = self.text
        self.text = self._new_text_view(dark)
        self._layout.replaceWidget(old, self.text)
        self.text.setPlainText(old.toPlainText())
        old.deleteLater()

    def clear_message(self) -> None:
        self.message_id = None
        self._earlier = []
        self.text.clear()
        self._summary.setText(_empty_hint())
        self._summary_for = None

    def show_turn(self, turn: list[Message], message_id: str, *, follow: bool = False) -> None:
        """An answer that used tools: thinking → call → result → … as a timeline.

        ``follow``: the turn is still going (a result just arrived): keep the end in view.
        """
        self.message_id = message_id
        self.text.clear()
        write_timeline(self.text, timeline(turn))
        self._summary.setText(turn_summary(turn))
        self._summary_for = None
        if follow:
            self._scroll_to_end()
        else:
            self.text.moveCursor(QTextCursor.MoveOperation.Start)

    def show_message(self, message: Message) -> None:
        """Show a finished reply's reasoning."""
        self.message_id = message.id
        self.text.setPlainText(message.reasoning)
        self._summary.setText(summary_for(message))
        self._summary_for = None
        self.text.moveCursor(QTextCursor.MoveOperation.Start)

    def begin_live(self, message_id: str, text: str, earlier: Sequence[TimelineStep] = ()) -> None:
        """Follow a streaming reply, starting with what has arrived so far.

        ``earlier`` is the timeline of the turn's previous tool rounds, shown above.
        """
        self.message_id = message_id
        self._earlier = list(earlier)
        self._fill_live(text)
        self._summary.setText(translate("ReasoningPane", "Waiting for MiniMax…"))
        self._summary_for = None
        self._stick = True
        self._scroll_to_end()

    def _fill_live(self, text: str) -> None:
        """The turn's earlier rounds (if any), then the streaming round's reasoning."""
        self.text.clear()
        if self._earlier:
            write_timeline(self.text, self._earlier)
            _write(self.text, translate("ToolTimeline", "Thinking") + "\n", bold=True)
        self.text.append_text(text)

    def append_live(
        self, text: str, reset: bool, phase: StreamPhase, seconds: float | None
    ) -> None:
        if reset:
            self._fill_live(text)
        elif text:
            self.text.append_text(text)
        # Called for every frame of the answer, most of which bring no reasoning and the
        # same summary: only what changed is redone.
        shown = duration(seconds) if seconds else ""
        if (phase, shown) != self._summary_for:
            self._summary_for = (phase, shown)
            self._show_summary(phase, shown)
        if self._stick and (text or reset):
            self._scroll_to_end()

    def _show_summary(self, phase: StreamPhase, shown: str) -> None:
        if phase == StreamPhase.THINKING:
            self._summary.setText(
                translate("ReasoningPane", "Thinking… {duration}").format(duration=shown)
                if shown
                else translate("ReasoningPane", "Thinking…")
            )
        elif phase == StreamPhase.WRITING:
            self._summary.setText(
                translate("ReasoningPane", "Thought for {duration}; writing the answer…").format(
                    duration=shown
                )
                if shown
                else translate("ReasoningPane", "Writing the answer…")
            )

    def _scroll_to_end(self) -> None:
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _on_scrolled(self, value: int) -> None:
        self._stick = value >= self.text.verticalScrollBar().maximum() - 4

    def copy_to_clipboard(self) -> None:
        text = self.text.selected_source()  # formulas as their LaTeX source
        QGuiApplication.clipboard().setText(text or self.text.toPlainText())


def _empty_hint() -> str:
    return translate("ReasoningPane", "The model's thinking appears here while it answers.")


_KIND = {
    "thinking": QT_TRANSLATE_NOOP("ToolTimeline", "Thinking"),
    "call": QT_TRANSLATE_NOOP("ToolTimeline", "Call {tool}"),
    "result": QT_TRANSLATE_NOOP("ToolTimeline", "Result of {tool}: {status}"),
}
RESULT_LINES = 6  # of a result, the timeline shows its start; the card has all of it
RESULT_CHARS = 400


def _write(view: PlainMathView, text: str, *, bold: bool = False, muted: bool = False) -> None:
    """Append literal text (never markup, never formulas) in the given weight."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    if muted:
        fmt.setForeground(view.palette().placeholderText())
    view.append_literal(text, fmt)


def step_heading(step: TimelineStep) -> str:
    """The bold line of a step: what happened, then its time and tokens."""
    tool = shown_line(step.step.title) if step.step else ""
    status = status_text(step.step.status) if step.step else ""
    parts = [
        ("◆ " if step.kind == "thinking" else "→ " if step.kind == "call" else "← ")
        + translate("ToolTimeline", _KIND[step.kind]).format(tool=tool, status=status)
    ]
    if step.at:
        parts.append(local_time(step.at))
    if step.seconds is not None:
        parts.append(duration(step.seconds))
    if step.tokens:
        count = tokens(step.tokens)
        parts.append(
            translate("ToolTimeline", "≈{count} tokens").format(count=count)
            if step.approximate_tokens
            else translate("ToolTimeline", "{count} tokens").format(count=count)
        )
    return " · ".join(parts)


def step_body(step: TimelineStep) -> str:
    if step.kind == "call":
        return " ".join(step.text.split())  # the arguments on one line
    if step.kind == "result":
        lines = step.text.strip("\n").splitlines()
        text = "\n".join(lines[:RESULT_LINES])
        cut = len(lines) > RESULT_LINES or len(text) > RESULT_CHARS
        return text[:RESULT_CHARS] + ("…" if cut else "")
    return step.text.strip("\n")


def write_timeline(view: PlainMathView, steps: Sequence[TimelineStep]) -> None:
    for step in steps:
        _write(view, step_heading(step) + "\n", bold=True)
        body = step_body(step)
        if body:
            _write(view, body + "\n", muted=step.kind != "thinking")
        _write(view, "\n")


_COUNTS = {  # (one call, one round): English needs the singular; other languages may not
    (False, False): QT_TRANSLATE_NOOP("ToolTimeline", "{calls} tool calls in {rounds} rounds"),
    (False, True): QT_TRANSLATE_NOOP("ToolTimeline", "{calls} tool calls in 1 round"),
    (True, False): QT_TRANSLATE_NOOP("ToolTimeline", "1 tool call in {rounds} rounds"),
    (True, True): QT_TRANSLATE_NOOP("ToolTimeline", "1 tool call in 1 round"),
}


def turn_summary(turn: list[Message]) -> str:
    """ "2 tool calls in 3 rounds · thought for 4.5 s · 87 reasoning tokens"."""
    rounds = [m for m in turn if m.role is Role.ASSISTANT]
    calls = sum(len(m.tool_calls) for m in rounds)
    counts = _COUNTS[(calls == 1, len(rounds) == 1)]
    parts = [translate("ToolTimeline", counts).format(calls=calls, rounds=len(rounds))]
    seconds = sum(m.thinking_seconds or 0 for m in rounds)
    if seconds:
        parts.append(
            translate("ReasoningPane", "Thought for {duration}").format(duration=duration(seconds))
        )
    reasoning = sum((m.usage.reasoning_tokens or 0) if m.usage else 0 for m in rounds)
    if reasoning:
        parts.append(
            translate("ReasoningPane", "{count} reasoning tokens").format(count=tokens(reasoning))
        )
    return " · ".join(parts)


def summary_for(message: Message) -> str:
    """ "Thought for 12 s · 345 reasoning tokens", or why there is nothing to show."""
    if not message.reasoning:
        if message.status is MessageStatus.STREAMING:
            return translate("ReasoningPane", "Waiting for MiniMax…")
        return translate("ReasoningPane", "This answer has no recorded reasoning.")
    parts = []
    if message.thinking_seconds is not None:
        parts.append(
            translate("ReasoningPane", "Thought for {duration}").format(
                duration=duration(message.thinking_seconds)
            )
        )
    if message.usage and message.usage.reasoning_tokens:
        parts.append(
            translate("ReasoningPane", "{count} reasoning tokens").format(
                count=tokens(message.usage.reasoning_tokens)
            )
        )
    if message.status in (MessageStatus.STOPPED, MessageStatus.INTERRUPTED):
        parts.append(translate("ReasoningPane", "cut short, may be incomplete"))
    return " · ".join(parts)
