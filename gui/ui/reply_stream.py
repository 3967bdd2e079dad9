"""ReplyStream: the state of one answer while it streams (and runs its tool rounds)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from gui.core.accumulator import StreamAccumulator
from gui.core.conversation import Conversation, Message
from gui.core.tools.approval import ApprovalGate
from gui.ui.throttle import RenderThrottle


@dataclass(slots=True)
class ReplyStream:
    """One answer being streamed: its conversation, current reply, and what it shows."""

    conversation: Conversation
    reply: Message
    accumulator: StreamAccumulator
    throttle: RenderThrottle
    task: asyncio.Task[None] | None = None
    last_checkpoint: float = 0.0
    received_first_byte: bool = False
    notice: str = ""
    gate: ApprovalGate | None = None  # the round's calls waiting for the user
