"""The slim row under the composer: this chat's model and thinking, context meter and total cost."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.core import thinking
from gui.core.context_meter import ContextLevel, ContextUse
from gui.core.formatting import tokens
from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.core.minimax_models import ThinkingControl
from gui.ui.plain_text import plain, plain_tooltip, shown_block, shown_line
from gui.ui.widgets.flow_row import FlowRow

_CHOICE_TEXT = {
    thinking.ADAPTIVE: QT_TRANSLATE_NOOP("ChatControls", "Adaptive"),
    thinking.OFF: QT_TRANSLATE_NOOP("ChatControls", "Off"),
}


def _t(text: str) -> str:
    return translate("ChatControls", text)


class _EndsInEllipsis(QLabel):
    """A one-line label that ends in "…" where the row cuts it (its tooltip has it all):
    cut by the layout alone, it showed a stray sliver of a letter. ``text()`` stays whole."""

    def paintEvent(self, event: QPaintEvent) -> None:
        room = self.contentsRect()
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(self.text()) <= room.width():
            super().paintEvent(event)
            return
        shown = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, room.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            room,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )


class ChatControls(QWidget):
    """Shows and edits what belongs to the open chat, in one unobtrusive line (two when
    the column is narrow).

    Signals:
        model_changed(object): the chat's new model id, or None for "the default from Settings".
        thinking_changed(object): the chat's new choice ("adaptive", "off") or None for
            "the default from Settings".
        new_chat_requested(): the user followed the advice of a full context.
        trim_requested(): the user asked to leave earlier turns out of the chat.
    """

    model_changed = Signal(object)
    thinking_changed = Signal(object)
    new_chat_requested = Signal()
    trim_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chat-controls")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 0, 12, 6)
        outer.setSpacing(2)
        # Two parts on one line, the second (context and cost) on a line of its own when
        # the column is narrow: the chat's choices never get squeezed, nor the cost hidden.
        flow = FlowRow(spacing=12)
        choices = QWidget()
        row = QHBoxLayout(choices)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self._row = row
        self.model_label = QLabel(translate("ChatControls", "Model:"))
        self.model_label.setObjectName("chat-model-label")
        row.addWidget(self.model_label)
        self.model = QComboBox()
        self.model.setObjectName("chat-model")
        self.model.setAccessibleName(translate("ChatControls", "Model for this chat"))
        self.model.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model.activated.connect(self._on_model)
        self.model_label.setBuddy(self.model)
        row.addWidget(self.model)
        row.addSpacing(12)
        self.thinking_label = QLabel(translate("ChatControls", "Thinking:"))
        self.thinking_label.setObjectName("thinking-label")
        row.addWidget(self.thinking_label)
        self.thinking = QComboBox()
        self.thinking.setObjectName("thinking-choice")
        self.thinking.setAccessibleName(translate("ChatControls", "Thinking for this chat"))
        self.thinking.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.thinking.activated.connect(self._on_choice)
        self.thinking_label.setBuddy(self.thinking)
        row.addWidget(self.thinking)
        self.always_on = QLabel(translate("ChatControls", "always on"))
        self.always_on.setObjectName("thinking-always-on")
        row.addWidget(self.always_on)
        row.addStretch(1)
        flow.addWidget(choices)
        usage = QWidget()
        row = QHBoxLayout(usage)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.meter = QProgressBar()
        self.meter.setObjectName("context-meter")
        self.meter.setRange(0, 1000)
        self.meter.setTextVisible(False)
        self.meter.setFixedSize(80, 8)
        self.meter.setAccessibleName(translate("ChatControls", "Context used"))
        row.addWidget(self.meter, 0, Qt.AlignmentFlag.AlignVCenter)
        self.context = plain(QLabel())
        self.context.setObjectName("context-text")
        row.addWidget(self.context)
        row.addStretch(1)
        self.totals = plain(_EndsInEllipsis())  # holds model names the server sent
        self.totals.setObjectName("chat-totals")
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The total gives way when even its own line is narrow (its tooltip has it all):
        # summed with the other labels its full width made the window squeeze the choices.
        self.totals.setMinimumWidth(1)
        row.addWidget(self.totals)
        flow.addWidget(usage)
        outer.addLayout(flow)
        warn_row = QHBoxLayout()
        self.warning = plain(QLabel())
        self.warning.setObjectName("context-warning")
        self.warning.setWordWrap(True)
        warn_row.addWidget(self.warning, 1)
        self.new_chat = QToolButton()
        self.new_chat.setObjectName("context-new-chat")
        self.new_chat.setText(translate("ChatControls", "New chat"))
        self.new_chat.clicked.connect(self.new_chat_requested)
        warn_row.addWidget(self.new_chat, 0, Qt.AlignmentFlag.AlignTop)
        self.trim = QToolButton()
        self.trim.setObjectName("context-trim")
        self.trim.setText(translate("ChatControls", "Leave out earlier turns…"))
        self.trim.setToolTip(
            translate(
                "ChatControls",
                "Keep the earlier messages in this chat, but stop sending them to MiniMax.",
            )
        )
        self.trim.clicked.connect(self.trim_requested)
        warn_row.addWidget(self.trim, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(warn_row)
        self._set_warning("")
        self._choices: list[str | None] = []
        self._models: list[str | None] = []

    def add_leading(self, widget: QWidget) -> None:
        """Put another per-chat control (the Tools button) at the start of the row."""
        self._row.insertWidget(0, widget)
        self._row.insertSpacing(1, 12)

    # -- model ---------------------------------------------------------------------------

    def show_model(self, chat_model: str | None, default: str, models: list[str]) -> None:
        """The chat's model among ``models``; "Default (…)" when it follows Settings."""
        self._models = [None, *models]
        items = [translate("ChatControls", "Default ({model})").format(model=default)]
        items += models
        items = [shown_line(item) for item in items]  # names the server sent, on one line
        self.model.blockSignals(True)
        if [self.model.itemText(i) for i in range(self.model.count())] != items:
            self.model.clear()  # refilled only when needed: an open list stays open
            self.model.addItems(items)
        index = self._models.index(chat_model) if chat_model in self._models else 0
        self.model.setCurrentIndex(index)
        self.model.blockSignals(False)
        self._fit_model()
        self.model.setToolTip(
            plain_tooltip(
                translate(
                    "ChatControls",
                    "The model that answers this chat's next messages. Default follows "
                    "Settings → Model (now {default}); other chats keep their own. Earlier "
                    "answers keep the model that wrote them.",
                ).format(default=default)
            )
        )

    def _fit_model(self) -> None:
        """As wide as the model shown, not the longest one listed (the open list is as wide
        as it needs): the row has room for the context and the cost beside it."""
        metrics = self.model.fontMetrics()
        texts = [self.model.itemText(i) for i in range(self.model.count())]
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        frame = self.model.sizeHint().width() - widest  # arrow, margins, frame
        self.model.setFixedWidth(frame + metrics.horizontalAdvance(self.model.currentText()))

    def model_choice(self) -> str | None:
        index = self.model.currentIndex()
        return self._models[index] if 0 <= index < len(self._models) else None

    def _on_model(self, _index: int) -> None:
        self.model_changed.emit(self.model_choice())

    # -- thinking ------------------------------------------------------------------------

    def show_thinking(self, model: str, chat_choice: str | None, default: str) -> None:
        """The control for ``model``: a choice (M3), a plain "always on" (M2.x), or nothing."""
        control = thinking.control_for(model)
        switchable = control is ThinkingControl.SWITCHABLE
        self.thinking_label.setVisible(control is not None)
        self.thinking.setVisible(switchable)
        self.always_on.setVisible(control is ThinkingControl.ALWAYS_ON)
        self.always_on.setToolTip(
            plain_tooltip(
                translate(
                    "ChatControls",
                    "{model} always thinks before it answers; it cannot be switched off.",
                ).format(model=model)
            )
        )
        if not switchable:
            return
        shown_default = _t(_CHOICE_TEXT[thinking.effective_choice(None, default)])
        self._choices = [None, thinking.ADAPTIVE, thinking.OFF]
        items = [translate("ChatControls", "Default ({choice})").format(choice=shown_default)]
        items += [_t(_CHOICE_TEXT[c]) for c in self._choices if c is not None]
        self.thinking.blockSignals(True)
        if [self.thinking.itemText(i) for i in range(self.thinking.count())] != items:
            self.thinking.clear()  # refilled only when needed: an open list stays open
            self.thinking.addItems(items)
            # its minimum stays that of an empty box otherwise, and a crowded row (after
            # the chat's total appears) shrank it to "Default ("
            self.thinking.setMinimumWidth(self.thinking.sizeHint().width())
        self.thinking.setCurrentIndex(self._choices.index(thinking.valid_choice(chat_choice)))
        self.thinking.blockSignals(False)
        self.thinking.setToolTip(
            plain_tooltip(
                translate(
                    "ChatControls",
                    "Adaptive: {model} thinks as much as the question needs. Off: it answers "
                    "straight away (faster, fewer tokens). Applies to this chat's next answers.",
                ).format(model=model)
            )
        )

    def thinking_choice(self) -> str | None:
        index = self.thinking.currentIndex()
        return self._choices[index] if 0 <= index < len(self._choices) else None

    def _on_choice(self, _index: int) -> None:
        self.thinking_changed.emit(self.thinking_choice())

    # -- context and cost ------------------------------------------------------------------

    def show_context(self, model: str, use: ContextUse | None, long_input_note: str = "") -> None:
        """The meter for ``use`` (hidden for a model whose window is unknown)."""
        self.meter.setVisible(use is not None)
        self.context.setVisible(use is not None)
        if use is None:
            self._set_warning("")
            return
        percent = min(100, int(use.fraction * 100))  # never "80 %" before the warning
        self.meter.setValue(min(1000, round(use.fraction * 1000)))
        self.context.setText(
            translate("ChatControls", "{used} of {window} context ({percent} %)").format(
                used=tokens(use.used), window=tokens(use.window), percent=percent
            )
        )
        if use.measured:
            basis = translate(
                "ChatControls",
                "Counted by MiniMax for the last answer, plus an estimate for what came after.",
            )
        elif use.left_out:
            basis = translate(
                "ChatControls", "An estimate: MiniMax has not counted what is sent now."
            )
        else:
            basis = translate("ChatControls", "An estimate: MiniMax has not counted this chat yet.")
        if use.left_out:
            basis += "\n" + translate(
                "ChatControls",
                "Earlier turns left out: {count}. They stay in this chat but are not sent, "
                "and do not count here.",
            ).format(count=use.left_out)
        self.context.setToolTip(
            plain_tooltip(
                translate(
                    "ChatControls",
                    "This chat's history would use about {used} of {model}'s {window} tokens.",
                ).format(used=f"{use.used:,}", model=model, window=f"{use.window:,}")
                + "\n"
                + basis
            )
        )
        level = use.level
        for widget in (self.meter, self.context):
            widget.setProperty("level", level.value)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        helps = True  # a new chat, or leaving out earlier turns, would make room
        if level is ContextLevel.FULL and use.draft_overflows:
            helps = False
            text = translate(
                "ChatControls",
                "This message is too large for {model}'s context window on its own (about "
                "{draft} of {window} tokens): MiniMax will refuse it. Before sending, remove "
                "attachments or shorten the text.",
            ).format(model=model, draft=tokens(use.draft), window=tokens(use.window))
        elif level is ContextLevel.FULL:
            text = translate(
                "ChatControls",
                "This chat no longer fits {model}'s context window: MiniMax will refuse the next "
                "message. Leave out earlier turns (they stay in this chat, but are no longer "
                "sent), or start a new chat and bring over what still matters.",
            ).format(model=model)
        elif level is ContextLevel.WARN:
            text = translate(
                "ChatControls",
                "This chat uses {percent} % of {model}'s context window. When it is full, MiniMax "
                "refuses new messages: start a new chat for a new topic, or leave out earlier "
                "turns that no longer matter.",
            ).format(percent=percent, model=model)
        else:
            text = ""
        if long_input_note:
            text = (text + " " + long_input_note).strip()
        self._set_warning(text, show_new_chat=helps and level is not ContextLevel.OK)

    def show_totals(self, text: str, tooltip: str) -> None:
        self.totals.setText(shown_block(text))
        self.totals.setToolTip(plain_tooltip(tooltip) if text else "")

    def _set_warning(self, text: str, *, show_new_chat: bool = False) -> None:
        self.warning.setText(shown_block(text))
        self.warning.setVisible(bool(text))
        self.new_chat.setVisible(bool(text) and show_new_chat)
        self.trim.setVisible(bool(text) and show_new_chat)
