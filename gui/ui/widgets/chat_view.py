"""The scrolling list of messages of one conversation, laid out lazily from the end."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.core.i18n import translate
from gui.core.models import Conversation, Message, MessageStatus, Role
from gui.core.progress import StreamUpdate
from gui.ui.widgets.message_widget import MessageWidget

FIRST_PAGE = 15  # fills a tall window; each message costs a few milliseconds to build
PAGE = 25  # added each time the reader scrolls up to the top


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
        attachments_shown(object): a list of ``AttachmentChip``s now showing (thumbnails wanted).
        attachment_opened(object): an ``AttachmentRef`` was clicked.
    """

    message_selected = Signal(str)
    regenerate_requested = Signal()
    edit_requested = Signal(str)
    settings_requested = Signal()
    link_activated = Signal(QUrl)
    code_language_seen = Signal(str)
    attachments_shown = Signal(object)
    attachment_opened = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        dark: bool = False,
        lexer_ready: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._dark = dark
        self._lexer_ready = lexer_ready
        self.setObjectName("chat-view")
        self.setAccessibleName(translate("ChatView", "Conversation"))
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._conversation: Conversation | None = None
        self._widgets: dict[str, MessageWidget] = {}
        self._first_shown = 0
        self._selected: str | None = None
        self._stick_to_bottom = True
        self._loading_earlier = False
        self._keep_from_bottom: int | None = None
        self._restoring = False
        # Extra words after an answer's model and tokens (its estimated cost); set by the window.
        self.answer_note: Callable[[Message], str] = lambda _message: ""

        self._container = QWidget()
        self._container.setObjectName("chat-container")
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
        self._clear()
        self._conversation = conversation
        self._stick_to_bottom = True
        self._keep_from_bottom = None
        messages = conversation.messages if conversation else []
        self._first_shown = max(0, len(messages) - FIRST_PAGE)
        for message in messages[self._first_shown :]:
            self._insert(message, self._layout.count() - 1)
        self._after_change()

    def rebuild(self) -> None:
        """Messages were added or removed: sync widgets with the conversation."""
        conv = self._conversation
        if conv is None:
            return
        ids = {m.id for m in conv.messages}
        for message_id in [i for i in self._widgets if i not in ids]:
            self._widgets.pop(message_id).deleteLater()
        self._first_shown = min(self._first_shown, max(0, len(conv.messages) - 1))
        position = self._layout.indexOf(self._empty) + 1
        for message in conv.messages[self._first_shown :]:
            widget = self._widgets.get(message.id)
            if widget is None:
                self._insert(message, position)
            position += 1
        self._stick_to_bottom = True
        self._keep_from_bottom = None
        self._after_change()

    def show_earlier(self) -> None:
        conv = self._conversation
        if conv is None or self._first_shown == 0:
            return
        bar = self.verticalScrollBar()
        distance_from_bottom = bar.maximum() - bar.value()
        start = max(0, self._first_shown - PAGE)
        position = self._layout.indexOf(self._empty) + 1
        for message in conv.messages[start : self._first_shown]:
            self._insert(message, position)
            position += 1
        self._first_shown = start
        self._after_change()
        self._stick_to_bottom = False
        # Keep what the user was reading in place while the layout grows above it.
        self._keep_from_bottom = distance_from_bottom

    def _insert(self, message: Message, position: int) -> MessageWidget:
        widget = MessageWidget(
            message, dark=self._dark, lexer_ready=self._lexer_ready, note=self.answer_note
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
        self._layout.insertWidget(position, widget)
        if message.status is MessageStatus.STREAMING:
            widget.begin_stream("")
        return widget

    def _clear(self) -> None:
        for widget in self._widgets.values():
            widget.deleteLater()
        self._widgets.clear()
        self._selected = None

    def _after_change(self) -> None:
        conv = self._conversation
        messages = conv.messages if conv else []
        self._more.setVisible(self._first_shown > 0)
        self._more.setText(
            translate("ChatView", "Show {count} earlier messages").format(
                count=min(PAGE, self._first_shown)
            )
        )
        self._empty.setVisible(not messages)
        last_id = messages[-1].id if messages else None
        last_user = next((m.id for m in reversed(messages) if m.role is Role.USER), None)
        streaming = bool(messages) and messages[-1].status is MessageStatus.STREAMING
        for message_id, widget in self._widgets.items():
            if widget.message.role is Role.USER:
                widget.set_last(message_id == last_user and not streaming)
            else:
                widget.set_last(message_id == last_id)

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

    # -- scrolling ---------------------------------------------------------------------

    def _on_scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        if not self._restoring:
            self._keep_from_bottom = None  # the reader moved: stop holding the old place
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
        if self._keep_from_bottom is not None:
            self._restoring = True
            self.verticalScrollBar().setValue(high - self._keep_from_bottom)
            self._restoring = False
        elif self._stick_to_bottom:
            self.verticalScrollBar().setValue(high)

    def scroll_to_bottom(self) -> None:
        self._keep_from_bottom = None
        self._stick_to_bottom = True
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def sizeHint(self) -> QSize:
        return QSize(640, super().sizeHint().height())
