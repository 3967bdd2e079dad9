"""Routes the controller's tool approval requests to the chat's card, per conversation."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from gui.ui.widgets.chat_view import ChatView

if TYPE_CHECKING:
    from gui.ui.controller import ChatController


class ApprovalRouter:
    """Keeps each conversation's waiting calls and shows them when that chat is open.

    A request stays pending until the user decides it or the controller withdraws it
    (Stop), even while another conversation is shown.
    """

    def __init__(
        self,
        controller: ChatController,
        chat: ChatView,
        current: Callable[[], str | None],
        focus_composer: Callable[[], None],
    ) -> None:
        self._controller = controller
        self._chat = chat
        self._current = current
        self._focus_composer = focus_composer
        self.pending: dict[str, list[Any]] = {}  # conversation id → ApprovalRequest list
        controller.approval_requested.connect(self.on_requested)
        controller.approval_withdrawn.connect(self.on_withdrawn)
        controller.tool_progress.connect(self.on_progress)
        chat.approval_decided.connect(self.on_decided)
        chat.approval_finished.connect(self._focus_composer)

    def on_requested(self, conversation_id: str, requests: list[Any]) -> None:
        known = {r.call_id for r in self.pending.get(conversation_id, [])}
        self.pending.setdefault(conversation_id, []).extend(
            r for r in requests if r.call_id not in known
        )
        if conversation_id == self._current():
            self.show(conversation_id)

    def on_withdrawn(self, conversation_id: str) -> None:
        self.pending.pop(conversation_id, None)
        if conversation_id == self._current():
            had_focus = self._chat.approval is not None and self._chat.approval.hasFocus()
            self._chat.clear_approval()
            if had_focus:
                self._focus_composer()

    def on_decided(self, call_id: str, decision: str) -> None:
        for conversation_id, requests in list(self.pending.items()):
            left = [r for r in requests if r.call_id != call_id]
            if len(left) != len(requests):
                if left:
                    self.pending[conversation_id] = left
                else:
                    del self.pending[conversation_id]
                self._controller.resolve_approval(call_id, decision)
                return

    def on_progress(self, conversation_id: str, call_id: str, state: str) -> None:
        if conversation_id == self._current():
            self._chat.show_call_state(call_id, state)

    def show(self, conversation_id: str) -> None:
        """Show the card for ``conversation_id``'s waiting calls (after opening it)."""
        requests = self.pending.get(conversation_id)
        if requests:
            self._chat.show_approval(requests)
