"""Leaving earlier turns out of the open chat: the proposal, its confirmation, and undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from gui.core.context_trim import TrimOutcome
from gui.core.i18n import translate
from gui.ui.chat_status import ChatStatus
from gui.ui.controller import ChatController
from gui.ui.widgets.chat_view import ChatView


class ContextTrim(QObject):
    """Moves the open chat's context start, always after the user saw what it leaves out.

    ``offer`` (the warning row's button) proposes a start that brings the chat under half
    of the model's window and asks first; ``start_at`` (a message's context menu, the
    divider's undo) moves it where the user pointed.
    """

    def __init__(
        self,
        parent: QWidget,
        controller: ChatController,
        status: ChatStatus,
        chat: ChatView,
        current: Callable[[], str | None],
        announce: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._controller = controller
        self._status = status
        self._chat = chat
        self._current = current
        self._announce = announce

    def offer(self) -> None:
        """Propose where the context could start, and ask (or say why nothing can be cut)."""
        found = self._status.trim_proposal()
        conversation_id = self._current()
        if found is None or conversation_id is None:
            return
        model, proposal = found
        from gui.ui.widgets import dialogs  # the small dialogs load when first opened

        if proposal.outcome is not TrimOutcome.PROPOSED:
            dialogs.explain_trim(self._parent, model, proposal)
            return
        start = proposal.start_id

        def leave_out() -> None:
            if self._current() == conversation_id:  # not if another chat was opened since
                self.start_at(start, reveal=True)

        dialogs.confirm_trim(self._parent, model, proposal, leave_out)

    def start_at(self, message_id: str | None, *, reveal: bool = False) -> None:
        """Start the open chat's context at ``message_id`` (None: send the whole chat);
        ``reveal`` scrolls the divider into view (unless it is many pages up)."""
        conversation_id = self._current()
        if conversation_id is None:
            return
        if self._controller.set_context_start(conversation_id, message_id):
            self._chat.show_context_start(reveal=reveal)
            self._status.refresh()
            self._announce(
                translate("ContextTrim", "The whole chat is sent again.")
                if message_id is None
                else translate("ContextTrim", "Earlier messages are no longer sent to the model.")
            )
