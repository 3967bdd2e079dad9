"""The scrolling list of messages of one conversation, laid out lazily from the end."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.core.context_start import start_index, start_state
from gui.core.conversation import Conversation, Message, MessageStatus, Role
from gui.core.i18n import translate
from gui.core.progress import StreamUpdate
from gui.core.tool_turns import is_continuation, results_by_call, steps_for, turn_start
from gui.ui.widgets.context_divider import ContextDivider
from gui.ui.widgets.start_menu import StartMenu

if TYPE_CHECKING:
    # Message widgets, approval cards and formulas load with the first message that needs
    # them: an empty window paints without them (benchmarks/: start-up).
    from gui.ui.math_images import MathImages
    from gui.ui.widgets.approval_card import ApprovalCard, Request
    from gui.ui.widgets.message_widget import MessageWidget

FIRST_PAGE = 15  # fills a tall window; each message costs a few milliseconds to build
PAGE = 25  # added each time the reader scrolls up to the top
REVEAL_STEP_SECONDS = 0.008  # building toward a divider yields to the event loop this often
REVEAL_ABOVE = 4  # left-out messages shown above a revealed divider
# At most this many messages are built to reveal a divider. Every message shown makes each
# relayout of the chat dearer (about 0.1 ms each: a few hundred cost more than a frame
# whenever an answer grows), so a start farther back is shown once the reader pages to it.
REVEAL_LIMIT = 3 * PAGE
FOLLOW_ROOM = 0.3
"""Share of the view kept free below an answer that streams past the bottom of a full
chat. The chat scrolls once the answer has filled it, then makes room again: each scroll
moves, and so repaints, everything in sight; a line at a time that was every few frames,
and the text being read moved each time."""


class _Container(QWidget):
    """The messages' widget: while an answer streams it can hold its height, so that the
    answer grows into room below it instead of scrolling the chat at every new line."""

    def __init__(self) -> None:
        super().__init__()
        self.room = 0.0  # share of the view to keep free while following (0: none)
        self._held = 0  # height held while the answer fills its room
        self._held_width = -1

    def heightForWidth(self, width: int) -> int:
        # The scroll area asks this each time the chat is laid out again (while any
        # message wraps to its width): the moment the answer outgrows what is held, the
        # room is made at once (one scroll, not two).
        return self._hold(super().heightForWidth(width), width)

    def minimumSizeHint(self) -> QSize:
        # What the scroll area asks instead when nothing in the chat wraps to its width.
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is None or layout.hasHeightForWidth():
            return hint
        return QSize(hint.width(), self._hold(hint.height(), -1))

    def _hold(self, natural: int, width: int) -> int:
        parent = self.parentWidget()
        if not self.room or parent is None or natural <= parent.height():
            self._held = 0  # it fits: nothing scrolls, nothing to hold
            return natural
        if natural > self._held or width != self._held_width:
            self._held = natural + int(parent.height() * self.room)
            self._held_width = width
        return self._held

    def release(self) -> None:
        """Back to the messages' own height (the answer ended, or another chat shows)."""
        if self.room:
            self.room = 0.0
            self._held = 0
            self.updateGeometry()


@dataclass(slots=True)
class _Reveal:
    """Messages being built, oldest first, between a far-back context start and those
    shown; each goes right above the first one shown, so nothing else moves."""

    stop_at: int  # the first message to build
    next: int  # the next message to build
    end: int  # the first message shown before
    position: int  # where the next one goes in the layout
    results: dict[str, Message]  # tool results by call id, for the cards of those built
    built: list[str] = field(default_factory=list)  # their ids
    jump: bool = True  # scroll to the divider when done (not once the reader scrolled)


class ChatView(QScrollArea):
    """Shows the newest messages of a conversation; older ones load on demand.

    Only the last ``FIRST_PAGE`` messages get widgets at first, so a long conversation
    opens as fast as a short one; translate("ChatView", "Show earlier messages") adds the next page.

    Signals:
        message_selected(str): a message was clicked (its id).
        regenerate_requested(): regenerate or retry the last answer.
        edit_requested(str): edit the last user message (its text).
        settings_requested(): open Settings.
        link_activated(QUrl): a safe link was clicked.
        code_language_seen(str): a streaming answer opened a code block in this language.
        approval_decided(str, str): a pending tool call (id) was allowed or denied.
        approval_finished(): every call of the approval card is decided.
        attachments_shown(object): a list of ``AttachmentChip``s now showing (thumbnails wanted).
        attachment_opened(object): an ``AttachmentRef`` was clicked.
        context_start_requested(object): start the context at this user message (its id),
            or send the whole chat again (None).
    """

    message_selected = Signal(str)
    regenerate_requested = Signal()
    edit_requested = Signal(str)
    settings_requested = Signal()
    link_activated = Signal(QUrl)
    code_language_seen = Signal(str)
    approval_decided = Signal(str, str)
    approval_finished = Signal()
    attachments_shown = Signal(object)
    attachment_opened = Signal(object)
    context_start_requested = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        dark: bool = False,
        lexer_ready: Callable[[str], bool] | None = None,
        math: MathImages | None = None,
    ) -> None:
        super().__init__(parent)
        self._dark = dark
        self._lexer_ready = lexer_ready
        self._math = math
        self.setObjectName("chat-view")
        self.setAccessibleName(translate("ChatView", "Conversation"))
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._conversation: Conversation | None = None
        self._widgets: dict[str, MessageWidget] = {}
        self.approval: ApprovalCard | None = None
        self._first_shown = 0
        self._selected: str | None = None
        self._stick_to_bottom = True
        self._loading_earlier = False
        self._keep_from_bottom: int | None = None
        self._restoring = False
        self._revealing = False  # the context divider is being scrolled into view
        self._reveal: _Reveal | None = None
        self._reveal_steps = QTimer(self)
        self._reveal_steps.setSingleShot(True)
        self._reveal_steps.setInterval(0)  # one step each turn of the event loop
        self._reveal_steps.timeout.connect(self._step_toward_start)
        # Extra words after an answer's model and tokens (its estimated cost); set by the window.
        self.answer_note: Callable[[Message], str] = lambda _message: ""

        self._container = _Container()
        self._container.setObjectName("chat-container")
        # Opaque (no style-sheet rule, app.qss): a frame that scrolls the chat repaints
        # the container and what is on it, not the window, splitter and view under it.
        self._container.setAutoFillBackground(True)
        self._container.setBackgroundRole(QPalette.ColorRole.Base)
        self._layout = QVBoxLayout(self._container)
        self._layout.setContentsMargins(16, 12, 16, 12)
        self._layout.setSpacing(10)
        self._more = QPushButton(translate("ChatView", "Show earlier messages"))
        self._more.setObjectName("show-earlier")
        self._more.clicked.connect(self.show_earlier)
        self._layout.addWidget(self._more, 0, Qt.AlignmentFlag.AlignHCenter)
        self._empty = QLabel()
        self._empty.setObjectName("chat-empty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._layout.addWidget(self._empty)
        self._layout.addStretch(1)
        self.setWidget(self._container)
        self._divider = ContextDivider(self._container)  # placed by _after_change
        self._divider.undo_requested.connect(lambda: self.context_start_requested.emit(None))
        self._start_menu = StartMenu(
            lambda message_id: start_state(self._conversation, message_id),
            self.context_start_requested.emit,
        )

        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrolled)
        bar.rangeChanged.connect(self._on_range_changed)

    # -- whole conversation ------------------------------------------------------------

    @property
    def conversation(self) -> Conversation | None:
        return self._conversation

    def set_dark(self, dark: bool) -> None:
        """Render Markdown for a dark (or light) background from now on."""
        self._dark = dark

    def set_empty_text(self, text: str) -> None:
        self._empty.setText(text)

    def show_conversation(self, conversation: Conversation | None) -> None:
        """Replace the view's content with the last page of ``conversation``."""
        self._reveal_steps.stop()
        self._reveal = None  # what it built goes with the rest
        self._divider.detach(self._layout)
        self._clear()
        self._conversation = conversation
        self._stick_to_bottom = True
        self._revealing = False
        self._keep_from_bottom = None
        messages = conversation.messages if conversation else []
        self._first_shown = turn_start(messages, max(0, len(messages) - FIRST_PAGE))
        position = self._layout.indexOf(self._empty) + 1
        for index in range(self._first_shown, len(messages)):
            position = self._place(index, position)
        self._refresh_tool_steps()
        self._after_change()

    def rebuild(self) -> None:
        """Messages were added or removed: sync widgets with the conversation."""
        conv = self._conversation
        if conv is None:
            return
        self._drop_reveal()
        self._divider.detach(self._layout)
        ids = {m.id for m in conv.messages}
        for message_id in [i for i in self._widgets if i not in ids]:
            self._remove(message_id)
        messages = conv.messages
        self._first_shown = turn_start(messages, min(self._first_shown, max(0, len(messages) - 1)))
        position = self._layout.indexOf(self._empty) + 1
        for index in range(self._first_shown, len(messages)):
            widget = self._widgets.get(messages[index].id)
            if widget is None:
                position = self._place(index, position)
            elif not widget.continuation:
                position += 1
        self._refresh_tool_steps()
        self._stick_to_bottom = True
        self._revealing = False
        self._keep_from_bottom = None
        self._after_change()

    def show_earlier(self) -> None:
        conv = self._conversation
        if conv is None or self._first_shown == 0 or self._reveal is not None:
            return  # (a far-back divider being revealed builds them)
        bar = self.verticalScrollBar()
        distance_from_bottom = bar.maximum() - bar.value()
        self._divider.detach(self._layout)
        start = turn_start(conv.messages, max(0, self._first_shown - PAGE))
        position = self._layout.indexOf(self._empty) + 1
        for index in range(start, self._first_shown):
            position = self._place(index, position)
        self._first_shown = start
        self._refresh_tool_steps()
        self._after_change()
        self._stick_to_bottom = False
        # Keep what the user was reading in place while the layout grows above it.
        self._keep_from_bottom = distance_from_bottom

    def _place(self, index: int, position: int) -> int:
        """Show ``messages[index]``; returns the layout position after it.

        A tool result becomes part of its call's card; a later round of a turn that used
        tools is shown inside the turn's first message, so the turn reads as one answer.
        """
        assert self._conversation is not None
        messages = self._conversation.messages
        message = messages[index]
        if message.role is Role.TOOL:
            return position  # shown in its call's card (``_refresh_tool_steps``)
        head = None
        if is_continuation(messages, index):
            head = self._widgets.get(messages[turn_start(messages, index)].id)
        if head is not None:
            widget = self._insert(message, None, continuation=True)
            head.add_continuation(widget)
        else:
            widget = self._insert(message, position)
            position += 1
        return position

    def _remove(self, message_id: str) -> None:
        widget = self._widgets.pop(message_id)
        head = widget.head
        if head is not None and head.message.id in self._widgets:
            head.remove_continuation(widget)
        widget.deleteLater()

    def _refresh_tool_steps(self) -> None:
        """Give every shown message that called tools its cards, with the results so far."""
        conv = self._conversation
        if conv is None:
            return
        results = results_by_call(conv.messages[self._first_shown :])
        for message in conv.messages[self._first_shown :]:
            widget = self._widgets.get(message.id) if message.tool_calls else None
            if widget is not None:
                widget.set_tool_steps(steps_for(message, results))

    def _insert(
        self, message: Message, position: int | None, *, continuation: bool = False
    ) -> MessageWidget:
        from gui.ui.widgets.message_widget import MessageWidget

        widget = MessageWidget(
            message,
            dark=self._dark,
            lexer_ready=self._lexer_ready,
            continuation=continuation,
            note=self.answer_note,
            math=self._math,
        )
        widget.selected.connect(self.select)
        widget.regenerate_requested.connect(self.regenerate_requested)
        widget.edit_requested.connect(self.edit_requested)
        widget.settings_requested.connect(self.settings_requested)
        widget.link_activated.connect(self.link_activated)
        widget.body.code_language_seen.connect(self.code_language_seen)
        if widget.attachments is not None:
            widget.attachments.opened.connect(self.attachment_opened)
            self.attachments_shown.emit(widget.attachments.chips())
        self._widgets[message.id] = widget
        if message.role is Role.USER:
            message_id = message.id
            widget.set_menu_entries(lambda menu: self._start_menu.add_to(menu, message_id))
        if position is not None:
            self._layout.insertWidget(position, widget)
        if message.status is MessageStatus.STREAMING:
            widget.begin_stream("")
        return widget

    def _clear(self) -> None:
        for widget in self._widgets.values():
            if not widget.continuation:
                widget.deleteLater()  # continuations go with the turn's first message
        self._widgets.clear()
        self._selected = None
        self.clear_approval()

    def _after_change(self) -> None:
        conv = self._conversation
        messages = conv.messages if conv else []
        self._more.setVisible(self._first_shown > 0 and self._reveal is None)
        self._more.setText(
            translate("ChatView", "Show {count} earlier messages").format(
                count=min(PAGE, self._first_shown)
            )
        )
        self._empty.setVisible(not messages)
        last_id = messages[-1].id if messages else None
        last_user = next((m.id for m in reversed(messages) if m.role is Role.USER), None)
        streaming = bool(messages) and messages[-1].status is MessageStatus.STREAMING
        if streaming:
            self._container.room = FOLLOW_ROOM
        else:
            self._container.release()
        for message_id, widget in self._widgets.items():
            if widget.message.role is Role.USER:
                widget.set_last(message_id == last_user and not streaming)
            else:
                widget.set_last(message_id == last_id)
        self._divider.place(self._layout, conv, self._widgets)

    def show_context_start(self, *, reveal: bool = False) -> None:
        """The chat's context start changed: move the divider and the dimming of the
        messages shown with it (and with ``reveal``, scroll the divider into view).

        A start a few pages above the messages shown gets the messages up to it built
        first, a few each turn of the event loop, so the window never freezes; a start
        farther back (``REVEAL_LIMIT``) is left where it is: the reader keeps their place,
        and the divider shows once they page up to it.
        """
        self._drop_reveal()
        conv = self._conversation
        self._divider.place(self._layout, conv, self._widgets)
        first = start_index(conv.messages, conv.context_from) if conv and reveal else 0
        if 0 < first < self._first_shown:
            assert conv is not None
            stop_at = turn_start(conv.messages, max(0, first - REVEAL_ABOVE))
            if self._first_shown - stop_at > REVEAL_LIMIT:
                return
            position = self._layout.indexOf(self._empty) + 1
            results = results_by_call(conv.messages[stop_at:])
            self._reveal = _Reveal(stop_at, stop_at, self._first_shown, position, results)
            self._more.hide()  # it would load what is being built; hidden now, while few move
            self._reveal_steps.start()
        elif reveal:
            self._reveal_divider_now()

    def _step_toward_start(self) -> None:
        """Build the next few messages of the reveal; once all are, scroll to the divider."""
        conv, pending = self._conversation, self._reveal
        if conv is None or pending is None:
            return
        messages = conv.messages
        bar = self.verticalScrollBar()
        distance_from_bottom = bar.maximum() - bar.value()
        deadline = time.perf_counter() + REVEAL_STEP_SECONDS
        built = 0
        while pending.next < pending.end and built < PAGE:
            index = pending.next
            pending.position = self._place(index, pending.position)
            pending.built.append(messages[index].id)
            widget = self._widgets.get(messages[index].id)
            if widget is not None and messages[index].tool_calls:
                widget.set_tool_steps(steps_for(messages[index], pending.results))
            pending.next += 1
            built += 1
            if time.perf_counter() >= deadline:
                break
        # Keep what the user was reading in place while the layout grows above it.
        self._stick_to_bottom = False
        self._keep_from_bottom = distance_from_bottom
        if pending.next < pending.end:
            self._reveal_steps.start()
            return
        self._reveal = None
        self._first_shown = pending.stop_at
        self._refresh_tool_steps()
        self._after_change()
        if pending.jump:
            self._reveal_divider_now()

    def _drop_reveal(self) -> None:
        """Stop a reveal half way, and take away what it built."""
        self._reveal_steps.stop()
        pending = self._reveal
        self._reveal = None
        if pending is None:
            return
        for message_id in pending.built:
            widget = self._widgets.get(message_id)
            if widget is None:
                continue
            if not widget.continuation:
                self._layout.removeWidget(widget)  # now: later positions count without it
                widget.hide()
            self._remove(message_id)
        self._divider.detach(self._layout)
        self._more.setVisible(self._first_shown > 0)

    def _reveal_divider_now(self) -> None:
        if self._divider.isVisible():
            self._stick_to_bottom = False
            self._keep_from_bottom = None
            self._revealing = True  # kept in view while messages finish laying out
            self._layout.activate()  # the divider's place is known now, not on the next paint
            self._reveal_divider()

    def _reveal_divider(self) -> None:
        self._restoring = True
        self.ensureWidgetVisible(self._divider, 0, 80)
        self._restoring = False

    # -- single messages ---------------------------------------------------------------

    def widget_for(self, message_id: str) -> MessageWidget | None:
        return self._widgets.get(message_id)

    def select(self, message_id: str) -> None:
        if self._selected == message_id:
            self.message_selected.emit(message_id)
            return
        previous = self._widgets.get(self._selected or "")
        if previous is not None:
            previous.set_selected(False)
        self._selected = message_id
        widget = self._widgets.get(message_id)
        if widget is not None:
            widget.set_selected(True)
        self.message_selected.emit(message_id)

    def message_finished(self, message_id: str) -> None:
        widget = self._widgets.get(message_id)
        if widget is not None:
            widget.refresh()
        self._refresh_tool_steps()  # a call's result arrived, or a turn's calls are known
        self._after_change()

    def begin_stream(self, message_id: str, answer: str) -> None:
        widget = self._widgets.get(message_id)
        if widget is not None:
            widget.begin_stream(answer)

    def apply_update(self, message_id: str, update: StreamUpdate) -> None:
        widget = self._widgets.get(message_id)
        if widget is None:
            return
        if update.answer or update.answer_reset:
            widget.body.append_stream(update.answer, update.answer_reset)
        widget.show_phase(update.phase, update.thinking_seconds, update.notice)

    # -- approvals ---------------------------------------------------------------------

    def show_approval(self, requests: Sequence[Request]) -> ApprovalCard:
        """Ask about pending tool calls in a card below the answer; it takes the focus."""
        self.clear_approval()
        for request in requests:
            self.show_call_state(request.call_id, "waiting")
        from gui.ui.widgets.approval_card import ApprovalCard

        card = ApprovalCard(requests)
        card.decided.connect(self.approval_decided)
        card.finished.connect(self._on_approval_finished)
        self._layout.insertWidget(self._layout.count() - 1, card)
        self.approval = card
        card.show()  # now, not when the layout gets to it: a hidden widget takes no focus
        self.scroll_to_bottom()
        card.setFocus(Qt.FocusReason.OtherFocusReason)
        return card

    def show_call_state(self, call_id: str, state: str) -> None:
        """A call without its result yet is waiting for approval or running."""
        for widget in self._widgets.values():
            widget.show_call_state(call_id, state)

    def clear_approval(self) -> None:
        if self.approval is not None:
            self.approval.hide()
            self.approval.deleteLater()
            self.approval = None

    def _on_approval_finished(self) -> None:
        card = self.approval
        self.clear_approval()
        if card is not None:
            self.approval_finished.emit()

    # -- scrolling ---------------------------------------------------------------------

    def _on_scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        if not self._restoring:
            self._keep_from_bottom = None  # the reader moved: stop holding the old place
            self._revealing = False
            if self._reveal is not None:
                self._reveal.jump = False  # and no jump to the divider once it is built
        self._stick_to_bottom = value >= bar.maximum() - 24
        if value < 120 and self._first_shown > 0 and not self._loading_earlier:
            # Reading back up: add the previous page before the top is reached.
            self._loading_earlier = True
            QTimer.singleShot(0, self._load_earlier_now)

    def _load_earlier_now(self) -> None:
        self._loading_earlier = False
        if self.verticalScrollBar().value() < 120:
            self.show_earlier()

    def _on_range_changed(self, _low: int, high: int) -> None:
        if self._revealing:
            self._reveal_divider()
            return
        # Following the content is not the reader scrolling (see ``_on_scrolled``).
        self._restoring = True
        if self._keep_from_bottom is not None:
            self.verticalScrollBar().setValue(high - self._keep_from_bottom)
        elif self._stick_to_bottom or self.verticalScrollBar().value() > high:
            self.verticalScrollBar().setValue(high)  # (Qt would clamp it, as if the reader had)
        self._restoring = False

    def scroll_to_bottom(self) -> None:
        self._keep_from_bottom = None
        self._stick_to_bottom = True
        self._revealing = False
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def sizeHint(self) -> QSize:
        return QSize(640, super().sizeHint().height())
