"""One message in the chat: header, rendered body, status or error, and its actions."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.conversation import Message, MessageStatus, Role
from gui.core.errors import ErrorKind, shown_text
from gui.core.formatting import assistant_meta, duration, local_time
from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.core.labels import label
from gui.core.markdown import render_markdown
from gui.core.progress import StreamPhase
from gui.core.tool_turns import ToolStep
from gui.ui.math_images import MathImages
from gui.ui.plain_text import plain, shown_block, shown_line
from gui.ui.widgets.attachment_strip import AttachmentStrip
from gui.ui.widgets.message_body import MessageBody
from gui.ui.widgets.tool_call_card import ToolCallCard

_PHASE_TEXT = {
    StreamPhase.WAITING: QT_TRANSLATE_NOOP("MessageWidget", "Waiting for MiniMax…"),
    StreamPhase.THINKING: QT_TRANSLATE_NOOP("MessageWidget", "Thinking…"),
    StreamPhase.WRITING: QT_TRANSLATE_NOOP("MessageWidget", "Writing…"),
}


BORDER_BAND = 12
"""Height of the frame's rounded bottom border (app.qss: 10 px radius, 1 px line)."""

RICH_COPY_CHARS = 100_000
"""Longer answers are copied as text only (their Markdown), without an HTML version."""


def _tool_button(text: str, tip: str, name: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setObjectName(name)
    button.setAutoRaise(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class MessageWidget(QFrame):
    """Shows one message and offers copy, reasoning, regenerate, edit and retry.

    Signals:
        selected(str): this message was clicked (its id).
        regenerate_requested(): the user asked for a new answer.
        edit_requested(str): edit this (last user) message; carries its text.
        settings_requested(): open Settings (after a key or region error).
        link_activated(QUrl): a safe link in the body was clicked.
    """

    selected = Signal(str)
    regenerate_requested = Signal()
    edit_requested = Signal(str)
    settings_requested = Signal()
    link_activated = Signal(QUrl)

    def __init__(
        self,
        message: Message,
        *,
        dark: bool = False,
        lexer_ready: Callable[[str], bool] | None = None,
        note: Callable[[Message], str] | None = None,
        math: MathImages | None = None,
        parent: QWidget | None = None,
        continuation: bool = False,
    ):
        super().__init__(parent)
        self.message = message
        self._note = note
        self._is_last = False
        is_user = message.role is Role.USER
        # A later round of an answer that used tools: shown inside the turn's first message.
        self.continuation = continuation
        self.tool_cards: dict[str, ToolCallCard] = {}
        self.continuations: list[MessageWidget] = []
        self.head: MessageWidget | None = None  # a continuation's turn's first message
        self._menu_entries: Callable[[QMenu], object] | None = None  # set_menu_entries
        self.setObjectName(
            "user-message"
            if is_user
            else ("assistant-continuation" if continuation else "assistant-message")
        )
        self.setProperty("selected", False)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        # A streamed answer grows a line at a time: only the new strip and the band of the
        # old bottom border are repainted (``resizeEvent``), not the whole answer above.
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*((0, 2, 0, 0) if continuation else (12, 8, 12, 6)))
        layout.setSpacing(4)
        self._layout = layout

        header = QHBoxLayout()
        self._author = QLabel(translate("MessageWidget", "You") if is_user else "MiniMax")
        self._author.setObjectName("message-author")
        self._status = QLabel()
        self._status.setObjectName("message-status")
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        header.addWidget(self._author)
        header.addWidget(self._status, 1)
        self._time = QLabel(local_time(message.created_at))
        self._time.setObjectName("message-time")
        header.addWidget(self._time)
        self._header = QWidget(self)
        self._header.setObjectName("message-header")
        self._header.setLayout(header)
        header.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._header)
        if continuation:
            self._header.hide()

        self.body = MessageBody(dark=dark, lexer_ready=lexer_ready, math=math)
        self.body.setAccessibleName(
            translate("MessageWidget", "Your message")
            if is_user
            else translate("MessageWidget", "Answer")
        )
        self.body.link_activated.connect(self.link_activated)
        self.body.clicked.connect(lambda: self.selected.emit(self.message.id))
        layout.addWidget(self.body)
        self._tools_box = QVBoxLayout()
        self._tools_box.setSpacing(3)
        layout.addLayout(self._tools_box)
        self._continuations_box = QVBoxLayout()
        self._continuations_box.setSpacing(4)
        layout.addLayout(self._continuations_box)
        self.attachments: AttachmentStrip | None = None
        if message.attachments:
            self.attachments = AttachmentStrip(removable=False)
            for ref in message.attachments:
                self.attachments.add(ref)
            layout.addWidget(self.attachments)
        if not message.content and message.attachments:
            self.body.hide()  # files only: no empty text box above them

        self._error = QLabel()
        self._error.setObjectName("message-error")
        self._error.setWordWrap(True)
        self._error.setTextFormat(Qt.TextFormat.PlainText)  # may quote a proxy's HTML page
        self._error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._error.hide()
        layout.addWidget(self._error)

        actions = QHBoxLayout()
        actions.setSpacing(2)
        self._meta = plain(QLabel())  # the model name is whatever the server sent
        self._meta.setObjectName("message-meta")
        self._meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._meta.setWordWrap(True)
        actions.addWidget(self._meta, 1)
        self.copy_button = _tool_button(
            translate("MessageWidget", "Copy"),
            translate("MessageWidget", "Copy this message"),
            "copy-button",
        )
        self.copy_button.clicked.connect(self.copy_answer)
        self.copy_menu: QMenu | None = None
        if not is_user:
            self.copy_button.setToolTip(
                translate("MessageWidget", "Copy the answer (the arrow offers more)")
            )
            self.copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            menu = QMenu(self.copy_button)
            menu.setObjectName("copy-menu")
            self.copy_answer_action = menu.addAction(
                translate("MessageWidget", "Copy answer"), self.copy_answer
            )
            self.copy_reasoning_action = menu.addAction(
                translate("MessageWidget", "Copy answer with reasoning"),
                self.copy_answer_with_reasoning,
            )
            self.copy_markdown_action = menu.addAction(
                translate("MessageWidget", "Copy as Markdown"), self.copy_markdown
            )
            self.copy_button.setMenu(menu)
            self.copy_menu = menu
        actions.addWidget(self.copy_button)
        self.reasoning_button = _tool_button(
            translate("MessageWidget", "Reasoning"),
            translate("MessageWidget", "Show this answer's reasoning in the side pane"),
            "reasoning-button",
        )
        self.reasoning_button.clicked.connect(lambda: self.selected.emit(self.message.id))
        self.edit_button = _tool_button(
            translate("MessageWidget", "Edit"),
            translate("MessageWidget", "Edit and resend this message"),
            "edit-button",
        )
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.message.content))
        self.regenerate_button = _tool_button(
            translate("MessageWidget", "Regenerate"),
            translate("MessageWidget", "Ask for a new answer"),
            "regenerate-button",
        )
        self.regenerate_button.clicked.connect(self.regenerate_requested)
        self.retry_button = QPushButton(translate("MessageWidget", "Retry"))
        self.retry_button.setObjectName("retry-button")
        self.retry_button.setAccessibleName(
            translate("MessageWidget", "Retry: send the same conversation again")
        )
        self.retry_button.clicked.connect(self.regenerate_requested)
        self.settings_button = QPushButton(translate("MessageWidget", "Open Settings"))
        self.settings_button.setObjectName("error-settings-button")
        self.settings_button.clicked.connect(self.settings_requested)
        for button in (
            self.reasoning_button,
            self.edit_button,
            self.regenerate_button,
            self.retry_button,
            self.settings_button,
        ):
            actions.addWidget(button)
        self.actions_bar = QWidget(self)
        self.actions_bar.setObjectName("message-actions")
        actions.setContentsMargins(0, 0, 0, 0)
        self.actions_bar.setLayout(actions)
        layout.addWidget(self.actions_bar)
        self.refresh()

    # -- state --------------------------------------------------------------------

    def set_last(self, is_last: bool) -> None:
        """Only the last message offers regenerate/edit."""
        self._is_last = is_last
        self._update_actions()

    def set_selected(self, selected: bool) -> None:
        self.setProperty("selected", selected)
        self.style().unpolish(self)
        self.style().polish(self)
        self.update()  # the border's colour: all of it, static contents or not

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        old, new = event.oldSize(), event.size()
        if old.width() != new.width():
            self.update()
        elif old.height() != new.height():
            # Qt repaints what a static widget gains; the rounded bottom border moved.
            bottom = min(old.height(), new.height())
            self.update(0, bottom - BORDER_BAND, new.width(), BORDER_BAND)

    def refresh(self) -> None:
        """Re-render from the message (after it finished or changed)."""
        msg = self.message
        if msg.status is MessageStatus.STREAMING:
            return
        if msg.role is Role.ASSISTANT and not msg.content and msg.reasoning and not msg.tool_calls:
            self.body.set_markdown(
                translate("MessageWidget", "*(No answer text: the model only produced reasoning.)*")
            )
        elif self.body.streaming and self.body.streamed_text().strip() == msg.content.strip():
            self.body.finish_stream()  # the streamed blocks are already rendered: keep them
        else:
            self.body.set_markdown(msg.content)
        self.body.setVisible(bool(msg.content.strip()) or not msg.tool_calls)
        self._render_status()
        self._update_actions()

    def _render_status(self) -> None:
        msg = self.message
        if msg.role is Role.USER:
            self._status.setText("")
            self._meta.setText("")
            self._error.hide()
            return
        status = {
            MessageStatus.STOPPED: translate("MessageWidget", "Stopped"),
            MessageStatus.INTERRUPTED: translate("MessageWidget", "Interrupted"),
            MessageStatus.ERROR: translate("MessageWidget", "Error"),
        }.get(msg.status, "")
        if msg.status is MessageStatus.COMPLETE and msg.finish_reason == "length":
            status = translate("MessageWidget", "Cut off at the output limit")
        self._status.setText(status)
        self._status.setProperty("state", msg.status.value)
        meta = assistant_meta(msg, self._note(msg) if self._note is not None else "")
        self._meta.setText(shown_line(meta))
        text = ""
        if msg.error is not None and msg.status is not MessageStatus.STOPPED:
            text = shown_text(msg.error.text_ids, msg.error.args, msg.error.message)
            if msg.error.code:
                text += translate("MessageWidget", " (MiniMax code {code})").format(
                    code=msg.error.code
                )
        elif msg.status is MessageStatus.COMPLETE and msg.finish_reason == "length":
            text = translate(
                "MessageWidget",
                "The answer reached the maximum output length (thinking counts toward it). "
                "Raise “Max output tokens” in Settings and regenerate.",
            )
        elif msg.status is MessageStatus.COMPLETE and msg.tool_calls and not self._calls_handled():
            names = ", ".join(
                sorted({str((c.get("function") or {}).get("name") or "?") for c in msg.tool_calls})
            )
            text = translate(
                "MessageWidget",
                "MiniMax asked to use a tool ({names}) that this app cannot run; it was told the "
                "call was cancelled. Regenerate to ask again, or just keep writing.",
            ).format(names=names)
        self._error.setText(shown_block(text))  # an imported error may be huge
        self._error.setVisible(bool(text))

    def _update_actions(self) -> None:
        msg = self.message
        streaming = msg.status is MessageStatus.STREAMING
        is_user = msg.role is Role.USER
        failed = msg.status in (MessageStatus.ERROR, MessageStatus.INTERRUPTED)
        kind = msg.error.kind if msg.error else ""
        has_text = bool(msg.content.strip() or msg.reasoning.strip())
        self.copy_button.setVisible(not streaming and has_text)
        if self.copy_menu is not None:
            self.copy_reasoning_action.setEnabled(bool(msg.reasoning.strip()))
        self.reasoning_button.setVisible(not is_user and bool(msg.reasoning or streaming))
        self.edit_button.setVisible(is_user and self._is_last)
        waiting = any(c.live and c.step.pending for c in self.tool_cards.values())  # a round runs
        self.regenerate_button.setVisible(
            not is_user and self._is_last and not streaming and not failed and not waiting
        )
        retry_ok = failed and self._is_last and (msg.error is None or msg.error.retryable)
        self.retry_button.setVisible(bool(retry_ok))
        self.settings_button.setVisible(
            failed and kind in (ErrorKind.AUTH, ErrorKind.NO_KEY, ErrorKind.NOT_FOUND)
        )

    # -- tool rounds ----------------------------------------------------------------

    def set_tool_steps(self, steps: list[ToolStep]) -> None:
        """Show (or update) a card per call this message made, in call order."""
        for index, step in enumerate(steps):
            key = step.call_id or f"#{index}"
            card = self.tool_cards.get(key)
            if card is None:
                card = ToolCallCard(step)
                self.tool_cards[key] = card
                self._tools_box.addWidget(card)
            else:
                card.update_step(step)
        self._render_status()
        self._update_actions()

    def _calls_handled(self) -> bool:
        """Whether the app runs (or ran) this message's calls: a result, or a live round."""
        return any(card.live or not card.step.pending for card in self.tool_cards.values())

    def show_call_state(self, call_id: str, state: str) -> None:
        card = self.tool_cards.get(call_id)
        if card is not None:
            card.show_state(state)
            self._render_status()
            self._update_actions()

    def add_continuation(self, widget: MessageWidget) -> None:
        """Show the next round of this answer turn below this one's tool calls."""
        self.continuations.append(widget)
        widget.head = self
        self._continuations_box.addWidget(widget)
        self._sync_action_bars()

    def remove_continuation(self, widget: MessageWidget) -> None:
        if widget in self.continuations:
            self.continuations.remove(widget)
        widget.head = None
        self._sync_action_bars()

    def _sync_action_bars(self) -> None:
        """Only the turn's last round carries the actions (copy, regenerate, meta)."""
        rounds = [self, *self.continuations]
        for index, part in enumerate(rounds):
            part.actions_bar.setVisible(index == len(rounds) - 1)

    # -- streaming ------------------------------------------------------------------

    def begin_stream(self, answer: str) -> None:
        self.body.begin_stream(answer)
        self._status.setText(translate("MessageWidget", _PHASE_TEXT[StreamPhase.WAITING]))
        self._meta.setText(shown_line(self.message.model))
        self._error.hide()
        self._update_actions()

    def show_phase(self, phase: StreamPhase, thinking_seconds: float | None, notice: str) -> None:
        text = notice or translate("MessageWidget", _PHASE_TEXT.get(phase, ""))
        if phase == StreamPhase.THINKING and thinking_seconds is not None:
            text = translate("MessageWidget", "Thinking… {duration}").format(
                duration=duration(thinking_seconds)
            )
        if text != self._status.text():  # called for every frame; mostly nothing changed
            self._status.setText(text)
        if self._status.property("state") != "streaming":
            self._status.setProperty("state", "streaming")

    # -- actions --------------------------------------------------------------------

    def _turn(self) -> Message:
        """What Copy takes: this answer with every round of its turn (it used tools)."""
        from gui.core.export.notes import turn_message

        head = self.head or self
        return turn_message([head.message, *(part.message for part in head.continuations)])

    def copy_answer(self) -> None:
        """The answer as text (its Markdown) and as formatted HTML for rich editors."""
        from gui.core.export.notes import answer_text  # export code loads on first copy

        text = answer_text(self._turn())
        # Rendering a huge answer to HTML in one go would freeze the window: text only.
        _to_clipboard(text, render_markdown(text) if len(text) <= RICH_COPY_CHARS else None)

    def copy_answer_with_reasoning(self) -> None:
        """The reasoning, clearly set apart, followed by the answer."""
        msg = self._turn()
        reasoning = msg.reasoning.strip("\n")
        from gui.core.export.notes import answer_text, answer_with_reasoning

        answer = answer_text(msg)
        rich = render_markdown(answer) if len(answer) <= RICH_COPY_CHARS else None
        if reasoning.strip() and rich is not None:
            rich = (
                f"<p><b>{html.escape(label('reasoning'))}</b></p><blockquote>"
                f'<p style="white-space: pre-wrap;"><i>{html.escape(reasoning)}</i></p>'
                f"</blockquote>{rich}"
            )
        _to_clipboard(answer_with_reasoning(msg), rich)

    def copy_markdown(self) -> None:
        """The answer's Markdown source only, so rich editors paste it as typed."""
        from gui.core.export.notes import answer_text, close_fences

        _to_clipboard(close_fences(answer_text(self._turn())))

    def copy_to_clipboard(self) -> None:
        self.copy_answer()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.selected.emit(self.message.id)
        super().mousePressEvent(event)

    def set_menu_entries(self, add: Callable[[QMenu], object] | None) -> None:
        """``add`` fills this message's right-click menu: on its text, below the text's
        own entries (copy, select all); anywhere else on it, alone."""
        self._menu_entries = add
        self.body.set_menu_entries(add)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # Right clicks the text does not take (header, margins, attachments) come here.
        add = self._menu_entries
        if add is None:
            super().contextMenuEvent(event)
            return
        menu = QMenu(self)
        add(menu)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())


def _to_clipboard(text: str, rich: str | None = None) -> None:
    data = QMimeData()
    data.setText(text)
    if rich is not None:
        data.setHtml(rich)
    QGuiApplication.clipboard().setMimeData(data)
