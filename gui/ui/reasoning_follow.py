"""ReasoningFollow: keeps the reasoning pane on the answer the window shows, live or done."""

from __future__ import annotations

from collections.abc import Callable

from gui.core.conversation import Conversation, MessageStatus, Role
from gui.core.progress import StreamUpdate
from gui.core.tool_turns import earlier_rounds, turn_of
from gui.ui.controller import ChatController
from gui.ui.widgets.reasoning_pane import ReasoningPane


class ReasoningFollow:
    """What the pane shows as answers stream, finish, gain tool rounds, or get selected."""

    def __init__(
        self,
        pane: ReasoningPane,
        controller: ChatController,
        current: Callable[[], str | None],
        show_pane: Callable[[bool], None],
    ) -> None:
        self._pane = pane
        self._controller = controller
        self._current = current  # the open conversation's id
        self._show_pane = show_pane

    def begin_live(self, conv: Conversation, message_id: str, reasoning: str) -> None:
        self._pane.begin_live(message_id, reasoning, earlier_rounds(conv, message_id))

    def messages_changed(self, conv: Conversation) -> None:
        reply = self._controller.streaming_reply(conv.id)
        if reply is not None:
            self.begin_live(conv, reply.id, "")
        elif self._pane.message_id is not None:
            # A tool result arrived (or a message went): the open turn's timeline grows.
            self.show(conv, self._pane.message_id, follow=True)

    def message_changed(self, conv: Conversation, message_id: str) -> None:
        if self._pane.message_id == message_id and conv.find(message_id) is not None:
            self.show(conv, message_id)

    def stream_updated(self, message_id: str, update: StreamUpdate) -> None:
        if self._pane.message_id == message_id:
            self._pane.append_live(
                update.reasoning, update.reasoning_reset, update.phase, update.thinking_seconds
            )

    def after_stream(self, conversation_id: str) -> None:
        """A stream ended: the pane leaves its live view ("Waiting for MiniMax…") for the
        finished turn. Stop during a tool round ends the stream without a finished reply
        to redraw it; an answer no longer there gives way to the last one."""
        conv = self._controller.get(conversation_id)
        shown = self._pane.message_id
        if conv is None or shown is None:
            return
        if conv.find(shown) is None:
            last = next((m for m in reversed(conv.messages) if m.role is Role.ASSISTANT), None)
            if last is None:
                self._pane.clear_message()
                return
            shown = last.id
        self.show(conv, shown)

    def message_selected(self, message_id: str) -> None:
        conv = self._controller.get(self._current() or "")
        message = conv.find(message_id) if conv else None
        if message is None or message.role is not Role.ASSISTANT:
            return
        assert conv is not None
        if message.status is MessageStatus.STREAMING:
            live = self._controller.live_text(conv.id)
            self.begin_live(conv, message.id, live[1] if live else "")
        else:
            self.show(conv, message.id)
        if message.reasoning and not self._pane.isVisible():
            self._show_pane(True)

    def show(self, conv: Conversation, message_id: str, *, follow: bool = False) -> None:
        """The reasoning of an answer, as a timeline when its turn used tools."""
        index = next((i for i, m in enumerate(conv.messages) if m.id == message_id), None)
        if index is None:
            return
        turn = turn_of(conv.messages, index)
        if len(turn) > 1 or turn[0].tool_calls:
            self._pane.show_turn(turn, message_id, follow=follow)
        else:
            self._pane.show_message(conv.messages[index])
