"""ReplyStream: the state of one answer while it streams (and runs its tool rounds)."""

from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass

from gui.core.accumulator import StreamAccumulator
from gui.core.conversation import Conversation, Message
from gui.core.errors import ErrorKind
from gui.core.progress import StreamPhase, StreamUpdate
from gui.core.tools.approval import ApprovalGate
from gui.ui.throttle import RenderThrottle

FRAME_CHARS = 24
"""Characters (a few words) a frame brings for it to be drawn as soon as the render
interval allows; a smaller change waits one more interval. At MiniMax's pace (about 240
characters a second) answers are drawn 10 times a second instead of 20: each frame costs
a layout and a paint whether it adds two characters or twenty."""


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
    model: str = ""  # what every request of this answer names (the chat's, when it began)
    shown_phase: StreamPhase | None = None  # the phase of the last update

    def retry_delay(self, attempt: int, retries: int) -> float | None:
        """Pause before retrying a transient failure that produced no text at all."""
        error = self.accumulator.error
        if error is None or attempt >= retries or self.accumulator.has_output:
            return None
        failure = error.error
        busy = failure.kind is ErrorKind.RATE_LIMIT or failure.http_status == 529
        if not failure.retryable or not busy:
            return None  # other failures offer Retry; the user decides
        return failure.retry_after or 2.0

    def phase(self) -> StreamPhase:
        if self.notice:
            return StreamPhase.RETRYING
        if not self.received_first_byte:
            return StreamPhase.WAITING
        return StreamPhase.THINKING if self.accumulator.in_reasoning else StreamPhase.WRITING

    def worth_a_frame(self) -> bool:
        """Whether what arrived since the last update is worth drawing at once: a few
        words of text, or a new phase (the throttle holds anything less one interval)."""
        acc = self.accumulator
        return (
            acc.answer.waiting + acc.reasoning.waiting >= FRAME_CHARS
            or self.phase() is not self.shown_phase
        )

    def take_update(self) -> StreamUpdate:
        """What changed on screen since the last update, and the phase it is in."""
        acc = self.accumulator
        answer_reset, answer = acc.answer.take()
        reasoning_reset, reasoning = acc.reasoning.take()
        phase = self.shown_phase = self.phase()
        seconds = acc.thinking_seconds()
        if phase is StreamPhase.THINKING and seconds is not None:
            # A running clock in whole seconds ("Thinking… 3 s", none in the first): the
            # status and the reasoning pane's summary change once a second, not in every
            # frame with tenths (each change lays out the window around them again).
            seconds = float(math.floor(seconds)) or None
        return StreamUpdate(
            answer_reset, answer, reasoning_reset, reasoning, phase, seconds, self.notice
        )
