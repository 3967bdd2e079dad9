"""Where a chat's context starts: earlier messages stay in the chat but are not sent."""

from __future__ import annotations

from collections.abc import Sequence

from gui.core.conversation import Conversation, Message, Role
from gui.core.conversation import start_index as start_index  # defined beside the loader


def start_id(messages: Sequence[Message], context_from: str | None) -> str | None:
    """The context start in effect, by id; None when the whole chat is sent."""
    index = start_index(messages, context_from)
    return messages[index].id if index > 0 else None


def sent_part(messages: Sequence[Message], context_from: str | None) -> list[Message]:
    """The messages a request carries: those from the context start on."""
    return list(messages[start_index(messages, context_from) :])


def turns_before(messages: Sequence[Message], index: int) -> int:
    """How many user turns come before ``messages[index]``."""
    return sum(1 for message in messages[:index] if message.role is Role.USER)


def start_state(conversation: Conversation | None, message_id: str) -> str:
    """What a user message can do for the context start: "start" (it is the start),
    "can" (it could become it) or "cannot" (the first message while everything is sent)."""
    if conversation is None:
        return "cannot"
    messages = conversation.messages
    first = start_index(messages, conversation.context_from)
    if first > 0 and messages[first].id == message_id:
        return "start"
    index = next((i for i, m in enumerate(messages) if m.id == message_id), -1)
    if index < 0 or messages[index].role is not Role.USER:
        return "cannot"
    return "can" if index > 0 or first > 0 else "cannot"
